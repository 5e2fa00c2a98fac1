package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotePairStagesTest {
    private final Vocabulary vocabulary = new Vocabulary();
    private final ArticleProfiler profiler = new ArticleProfiler(vocabulary);

    private ArticleProfile.QuoteForm quote(String speaker, QuoteKind kind, String text) {
        Quote q = new Quote(text, kind, speaker, EntityType.PER, "kata", 0, text.length());
        return new ArticleProfile.QuoteForm(q, SpeakerNames.key(speaker, List.of()), profiler.quoteStems(text));
    }

    private static ArticleProfile article(int seq, String id, int day, ArticleProfile.QuoteForm... quotes) {
        LocalDate published = LocalDate.of(2019, 9, day);
        return new ArticleProfile(seq, id, null, published, null, List.of(), published, "", new int[0], new float[0],
                new int[0], new float[0], new int[0], List.of(quotes), List.of(), null, 0, null, 0, new int[0],
                new int[0], new int[0], HappeningKinds.NONE, new int[0], null, null, null, null);
    }

    @Test
    void eachPairIsLostAtTheFirstStageThatKeepsItApart() {
        // Gisella Anastasia on the video (okezone.com, tempo.co, 11 September 2019): one outlet puts her word to her
        // former husband; her word on the place is retold in words the quote does not share
        var okezone = article(0, "okezone", 11,
                quote("Gading Marten", QuoteKind.INDIRECT, "video tersebut diambil bukan di klub malam, Selasa 10 "
                        + "September 2019"),
                quote("Gisella Anastasia", QuoteKind.INDIRECT, "lokasi yang disambanginya itu merupakan tempat untuk "
                        + "menikmati live musik"));
        var tempo = article(1, "tempo", 11,
                quote("Gisella Anastasia", QuoteKind.INDIRECT, "aktivitas yang ia lakukan di dalam video tersebut "
                        + "bukan di klub malam seperti yang dituduhkan kepadanya"),
                quote("Gisella Anastasia", QuoteKind.DIRECT, "Itu tempat nonton band. Aku di sana nonton Lalahuta. Itu "
                        + "tempat baik-baik"));
        // the South Halmahera earthquake: tempo.co quotes, Kompas.com retells (15 September 2019), and again a
        // week later, past the days a statement is retold in
        String said = "Gempa dipastikan dipicu oleh aktivitas sesar aktif";
        var quoted = article(2, "tempo-quake", 15, quote("Daryono", QuoteKind.DIRECT, said));
        var retold = article(3, "kompas-quake", 15, quote("Daryono", QuoteKind.INDIRECT, said));
        var later = article(4, "kompas-later", 22, quote("Daryono", QuoteKind.INDIRECT, said));
        List<ArticleProfile> corpus = List.of(okezone, tempo, quoted, retold, later);
        assertThat(QuoteGrouper.stages(corpus, vocabulary::word, List.of(new int[] {0, 0, 1, 0},
                new int[] {0, 1, 1, 1}, new int[] {2, 0, 3, 0}, new int[] {2, 0, 4, 0}))).containsExactly(
                QuotePairStages.Stage.SPEAKER, QuotePairStages.Stage.WORDING, QuotePairStages.Stage.GROUPED,
                QuotePairStages.Stage.NEVER_MET);
    }
}
