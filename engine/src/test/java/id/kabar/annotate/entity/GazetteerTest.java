package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
import id.kabar.annotate.text.Token;
import id.kabar.model.EntityType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    private List<String> found(String sentence) {
        List<Token> tokens = TextSegmenter.tokens(sentence, 0, sentence.length());
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        String[] lower = tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        return gazetteer.find(words, lower).stream()
                .map(m -> String.join(" ", List.of(words).subList(m.start(), m.end())) + "/" + m.name().type())
                .toList();
    }

    @Test
    void aliasTableGivesTheCanonicalName() {
        assertThat(gazetteer.lookup("Jokowi").canonical()).isEqualTo("Joko Widodo");
        assertThat(gazetteer.lookup("SBY").canonical()).isEqualTo("Susilo Bambang Yudhoyono");
        assertThat(gazetteer.lookup("Ahok").canonical()).isEqualTo("Basuki Tjahaja Purnama");
        assertThat(gazetteer.lookup("BPS").canonical()).isEqualTo("Badan Pusat Statistik");
        assertThat(gazetteer.lookup("Tiongkok").canonical()).isEqualTo("China");
        assertThat(gazetteer.lookup("Kiev").canonical()).isEqualTo(gazetteer.lookup("Kyiv").canonical());
        assertThat(gazetteer.lookup("Belarusia").canonical()).isEqualTo("Belarus");
    }

    @Test
    void indonesianClubsAreOrganisationsWithOrWithoutTheirTown() {
        // "Pada laga lain, pimpinan klasemen Wilayah Barat, Sriwijaya FC, takluk 0-1 di kandang Persita Tangerang."
        // (tempo.co); "Persibat Batang paling banyak menerima denda" (kompas.com)
        assertThat(found("pimpinan klasemen Wilayah Barat, Sriwijaya FC, takluk 0-1 di kandang Persita Tangerang."))
                .contains("Sriwijaya FC/ORG", "Persita Tangerang/ORG");
        assertThat(found("Persibat Batang paling banyak menerima denda")).containsExactly("Persibat Batang/ORG");
        assertThat(gazetteer.lookup("Persita").canonical()).isEqualTo("Persita Tangerang");
    }

    @Test
    void anInstitutionWrittenShortOrSpeltAnotherWayIsTheListedOne() {
        // "dorong kinerja Badan POM"; "Badan Pengawasan Obat dan Makanan" (sindonews.com)
        assertThat(gazetteer.lookup("Badan POM").canonical()).isEqualTo(gazetteer.lookup("BPOM").canonical());
        assertThat(gazetteer.lookup("Badan Pengawasan Obat dan Makanan").canonical())
                .isEqualTo(gazetteer.lookup("BPOM").canonical());
    }

    @Test
    void nicknamesOfTheDayAreOnePerson() {
        // CLICK-ID, September 2019: "Bamsoet menegaskan, terlepas dari pro dan kontra atas revisi UU KPK ini, ..."
        assertThat(found("Bamsoet menegaskan, terlepas dari pro dan kontra atas revisi UU KPK ini"))
                .containsExactly("Bamsoet/PER", "KPK/ORG");
        assertThat(gazetteer.lookup("Bamsoet").canonical()).isEqualTo("Bambang Soesatyo");
        assertThat(gazetteer.lookup("Setnov").canonical()).isEqualTo("Setya Novanto");
    }

    @Test
    void contractTypesOfMetonymsAndAgencies() {
        assertThat(gazetteer.lookup("Kremlin").type()).isEqualTo(EntityType.ORG);
        assertThat(gazetteer.lookup("Gedung Putih").type()).isEqualTo(EntityType.ORG);
        assertThat(gazetteer.lookup("AFP").type()).isEqualTo(EntityType.ORG);
        assertThat(gazetteer.lookup("Ukraina").type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void findsTheLongestListedName() {
        assertThat(found("Delegasi Amerika Serikat tiba di Kementerian Luar Negeri, kata AFP."))
                .containsExactly("Amerika Serikat/LOC", "Kementerian Luar Negeri/ORG", "AFP/ORG");
    }

    @Test
    void aListedHyphenWrittenAsAWordOfItsOwnStillMatches() {
        // "servis superstar Paris Saint - Germain Neymar" (IndoSum, 2018, tokenised text)
        assertThat(found("servis superstar Paris Saint - Germain Neymar .")).containsExactly("Paris Saint - Germain/ORG");
        assertThat(gazetteer.lookup("Paris Saint - Germain").canonical()).isEqualTo("Paris Saint-Germain");
    }

    @Test
    void commonWordsAndLowerCaseAcronymsDoNotMatch() {
        // "istana" and "ap" written in lower case are ordinary words here
        assertThat(found("Rumah itu bak istana, kata warga yang tinggal di gang ap.")).isEmpty();
        assertThat(found("Pejabat Istana menolak berkomentar.")).containsExactly("Istana/ORG");
    }

    @Test
    void acronymsAreLookedUpAsWrittenNotBySpellingFolds() {
        assertThat(gazetteer.lookup("JK").canonical()).isEqualTo("Jusuf Kalla");
        assertThat(gazetteer.lookup("PSSI").canonical()).isEqualTo("Persatuan Sepak Bola Seluruh Indonesia");
        assertThat(gazetteer.lookup("PSI").canonical()).isEqualTo("Partai Solidaritas Indonesia");
        assertThat(gazetteer.lookup("ITALIA").canonical()).isEqualTo("Italia");
    }
}
