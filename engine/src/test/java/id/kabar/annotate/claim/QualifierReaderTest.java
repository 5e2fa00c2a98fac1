package id.kabar.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
import id.kabar.model.Qualifier;
import org.junit.jupiter.api.Test;

class QualifierReaderTest {
    private final QualifierReader reader = new QualifierReader();

    private Qualifier hedgeOf(String sentence, String number) {
        Words words = Words.of(new TextSegmenter().segment(sentence).sentences().get(0).tokens());
        QualifierReader.Hedge hedge = reader.read(words, words.firstAt(sentence.indexOf(number)));
        return hedge == null ? null : hedge.qualifier();
    }

    @Test
    void hedgesRightBeforeTheNumber() {
        assertThat(hedgeOf("Sedikitnya 20 orang tewas dalam ledakan itu.", "20")).isEqualTo(Qualifier.AT_LEAST);
        assertThat(hedgeOf("Korban luka mencapai paling sedikit 40 orang.", "40")).isEqualTo(Qualifier.AT_LEAST);
        assertThat(hedgeOf("Bantuan itu menjangkau lebih dari 15 ribu transaksi.", "15")).isEqualTo(Qualifier.MORE_THAN);
        assertThat(hedgeOf("Banjir merendam kurang lebih 300 rumah warga.", "300")).isEqualTo(Qualifier.ABOUT);
        assertThat(hedgeOf("Korban meninggal hampir 100 orang.", "100")).isEqualTo(Qualifier.ABOUT);
        assertThat(hedgeOf("Denda maksimal Rp 50 juta dikenakan kepada pelanggar.", "Rp")).isEqualTo(Qualifier.AT_MOST);
    }

    @Test
    void introducingWordsMayStandBetween() {
        assertThat(hedgeOf("Pengungsi tercatat sekitar sebanyak 1.200 jiwa.", "1.200")).isEqualTo(Qualifier.ABOUT);
        assertThat(hedgeOf("Sebanyak 12 orang meninggal dunia.", "12")).isNull();
    }
}
