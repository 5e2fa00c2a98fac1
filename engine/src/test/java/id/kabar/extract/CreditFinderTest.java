package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreditFinderTest {
    private final CreditFinder finder = new CreditFinder();

    private List<String> authors(List<String> before, List<String> body, List<String> after, String... outlets) {
        return finder.find(new PageReading(before, body, after, PageMetadata.NONE), List.of(outlets));
    }

    @Test
    void theWriterInAClosingCreditIsTheCapitalisedPartNotTheDeskCode() {
        assertThat(CreditFinder.creditNames("Ade/cnn")).containsExactly("Ade");
        assertThat(CreditFinder.creditNames("wk/Sisi")).containsExactly("Sisi");
        assertThat(CreditFinder.creditNames("*")).isEmpty();
        assertThat(CreditFinder.creditNames("rdp/imk")).isEmpty();
    }

    @Test
    void readsTheClosingCreditOfTheLastParagraph() {
        List<String> body = List.of("KNews.id- Rusia menyatakan siap mengirim perwakilan.",
                "Berdasarkan catatan pemerintah setempat, setidaknya 137 orang tewas akibat gempuran Rusia. (Ade/cnn)");
        assertThat(authors(List.of(), body, List.of(), "KNews.id")).containsExactly("Ade");
    }

    @Test
    void readsLabelledCreditLines() {
        assertThat(authors(List.of("Editor: M Nur Pakar", "VOA"), List.of("Teks."), List.of())).containsExactly("M Nur Pakar");
        assertThat(authors(List.of("Penulis: Fitria Chusna Farisa | Editor: Bagus Santosa"), List.of("Teks."), List.of()))
                .containsExactly("Fitria Chusna Farisa", "Bagus Santosa");
        assertThat(authors(List.of(), List.of("Teks."), List.of("Reporter: Yuni Astutik, Dewi Safitri"))).containsExactly("Yuni Astutik", "Dewi Safitri");
    }

    @Test
    void readsTheNameOnTheLineUnderABareLabel() {
        assertThat(authors(List.of("Banjir Rendam Ratusan Rumah di Kudus", "Penulis :", "Rina Ayu Larasati"), List.of("Teks."), List.of()))
                .containsExactly("Rina Ayu Larasati");
        assertThat(authors(List.of("Fotografer:", "Dimas Prasetyo"), List.of("Teks."), List.of())).isEmpty();
        assertThat(authors(List.of("Redaktur", "Kontak Kami"), List.of("Teks."), List.of())).isEmpty();
        assertThat(authors(List.of("Penulis :", "Tim Redaksi"), List.of("Teks."), List.of())).isEmpty();
    }

    @Test
    void readsABylineOpenedInAnotherLanguageOnlyAtTheLinesStart() {
        // the Jena tram page of the multilingual extraction pages: <p class="article-author">Von Franziska Lenz</p>
        assertThat(authors(List.of("Von Franziska Lenz"), List.of("Nach fast drei Jahren Bauzeit."), List.of()))
                .containsExactly("Franziska Lenz");
        assertThat(CreditFinder.labelledNames("Por Josh Max")).containsExactly("Josh Max");
        assertThat(CreditFinder.labelledNames("Ein Bericht von Franziska Lenz")).isEmpty();
    }

    @Test
    void aCreditRunningIntoItsDateLineEndsBeforeTheWeekday() {
        // indonesian-pages dev4: <div class="byline">Reporter: Dwi Andayani &nbsp; <span class="tgl">Senin, 9 September 2019 ...
        assertThat(CreditFinder.labelledNames("Reporter: Dwi Andayani Senin, 9 September 2019 10:15 WIB"))
                .containsExactly("Dwi Andayani");
        assertThat(CreditFinder.labelledNames("By Jane Doe Tuesday, March 5, 2019")).containsExactly("Jane Doe");
        // extraction-pages dev 07: <span class="author">By Megan Hollis</span> <time class="published">Published Nov. 13, ...
        assertThat(CreditFinder.labelledNames("By Megan Hollis Published Nov. 13, 2024, 6:12 a.m. Updated 3 hours ago"))
                .containsExactly("Megan Hollis");
        assertThat(CreditFinder.labelledNames("Reporter: Dwi Andayani")).containsExactly("Dwi Andayani");
    }

    @Test
    void aNameShoutedInOnePlaceIsKeptAsTheOtherWritesIt() {
        // Mozilla's nytimes-1: the byline shouts what the credit under the text writes in capitals and lower case
        assertThat(authors(List.of("By JEFFREY GETTLEMAN", "JAN. 13, 2017"), List.of("The text."), List.of("Penulis: Jeffrey Gettleman")))
                .containsExactly("Jeffrey Gettleman");
    }

    @Test
    void stopsAtTheFirstPartOfABylineThatIsNoPerson() {
        assertThat(CreditFinder.labelledNames("By Daniel Kahn Gillmor, ACLU Speech, Privacy, and Technology Project"))
                .containsExactly("Daniel Kahn Gillmor");
    }

    @Test
    void readsANameSetOffFromTheOutletsName() {
        assertThat(CreditFinder.bylineName("Wilda Hayatun Nufus - detikNews", List.of("detikNews"))).contains("Wilda Hayatun Nufus");
        assertThat(CreditFinder.bylineName("Internasional - Dunia", List.of("detikNews"))).isEmpty();
    }

    @Test
    void outletsTeamsAndDesksAreNeverAuthors() {
        assertThat(authors(List.of("Penulis: Tim Redaksi"), List.of("Teks. (Tribunnews.com/Ade)"), List.of(), "Tribunnews.com"))
                .containsExactly("Ade");
        assertThat(authors(List.of("Editor: Serambinews"), List.of("Teks."), List.of(), "Serambinews.com")).isEmpty();
    }

    @Test
    void anOutletsReporterLabelCreditsTheNameAfterTheOutlet() {
        // tribunnews.com (extraction bench page tribun-sabu): the label from outlet-reporter-labels.txt
        assertThat(authors(List.of("Laporan Wartawan Tribunnews.com, Reza Deni"), List.of("Teks."), List.of(),
                "Tribunnews.com")).containsExactly("Reza Deni");
    }
}
