package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
import id.kabar.annotate.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract's rules on top of the shipped model. */
class NamedEntityTaggerTest {
    private static final NamedEntityTagger TAGGER = NamedEntityTagger.standard();

    /** "words/TYPE" for every span of the contract tagging. */
    private static List<String> spans(String sentence) {
        String[] words = TextSegmenter.tokens(sentence, 0, sentence.length()).stream().map(Token::text)
                .toArray(String[]::new);
        BioTag[] tags = TAGGER.tagForContract(words);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].isBegin()) {
                int end = i + 1;
                while (end < tags.length && tags[end].isInside()) {
                    end++;
                }
                out.add(String.join(" ", List.of(words).subList(i, end)) + "/" + tags[i].type());
                i = end - 1;
            }
        }
        return out;
    }

    @Test
    void placeNounIntroducesPlaces() {
        assertThat(spans("Menteri pertahanan Rusia mengatakan pihaknya telah mengepung kota Berdyansk dan Enerhodar."))
                .contains("Berdyansk/LOC", "Enerhodar/LOC");
    }

    @Test
    void metonymsAreOrganisationsAndCountriesPlaces() {
        assertThat(spans("Kremlin mengatakan Israel dan Palestina harus kembali berunding."))
                .contains("Kremlin/ORG", "Israel/LOC", "Palestina/LOC");
    }

    @Test
    void aDatelineDashEndsAName() {
        assertThat(spans("MOSKOW - Pemerintah Rusia membantah telah meminta bantuan militer China."))
                .contains("MOSKOW/LOC", "Rusia/LOC", "China/LOC")
                .noneMatch(s -> s.contains("-"));
    }

    @Test
    void organisationHeadWithItsNameButNotAlone() {
        assertThat(spans("Peskov mengatakan Kementerian Pertahanan memastikan keamanan maksimum penduduk sipil."))
                .contains("Kementerian Pertahanan/ORG");
        assertThat(spans("Kementerian itu belum memberikan tanggapan.")).isEmpty();
    }

    @Test
    void ordinaryWordsAroundAListedPlaceAreLeftOut() {
        assertThat(spans("Pertemuan akan dilaksanakan di Ibu Kota Belarus, Minsk."))
                .contains("Belarus/LOC", "Minsk/LOC").doesNotContain("Kota Belarus/LOC");
    }

    @Test
    void aCourtOfAListedTownKeepsItsTown() {
        // tempo.co, 11 September 2019
        assertThat(spans("Majelis Hakim Pengadilan Negeri Bandung menjatuhkan vonis kepada terdakwa."))
                .containsExactly("Pengadilan Negeri Bandung/ORG");
    }

    @Test
    void clubsNamedLikeTheirTownsAreClubs() {
        // the league table of tempo.co, 16 September 2019
        assertThat(spans("15. Watford: 2")).containsExactly("Watford/ORG");
        assertThat(spans("Sementara City melakukan perjalanan ke Norwich City pada Sabtu malam."))
                .contains("Norwich City/ORG");
    }
}
