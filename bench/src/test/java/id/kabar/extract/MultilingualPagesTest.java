package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Article;
import id.kabar.model.DateSource;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Pages written for the classes of extraction failure in six languages (the extraction bench's
 * {@code extraction-pages/dev}), each showing a way its title, day or text was read wrong or is kept right.
 */
class MultilingualPagesTest {
    /** The bench's own copy of the pages, read from its classpath so the fixtures are not kept twice. */
    private static final String DEV = "/id/kabar/bench/extraction-pages/dev/";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article page(String folder) throws IOException, ExtractionException {
        try (InputStream in = MultilingualPagesTest.class.getResourceAsStream(folder + "/source.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return extractor.extract(new SourceDocument(folder, SourceFormat.HTML, html, null, null));
        }
    }

    private Article dev(String name) throws IOException, ExtractionException {
        return page(DEV + name);
    }

    @Test
    void anUpdateLineLeavesThePublishingToTheAddressAndDatesTheChange() throws Exception {
        // <link rel="canonical" href=".../2024/04/16/drei-tigerbabys-im-zoo-osnabrueck-geboren/"> over
        // "Redaktion · Aktualisiert am 18.04.2024" under the headline
        Article a = dev("16-widget-url-folders-aktualisiert-de");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 16));
        assertThat(a.publishedSource()).isEqualTo(DateSource.ADDRESS);
        assertThat(a.modified()).isEqualTo(LocalDate.of(2024, 4, 18));
    }

    @Test
    void aTeaserCardListedAfterTheHeadlineDatesNothing() throws Exception {
        // "Lo más leído": <article class="elementor-post"><h4 ...>Cierra la última librería del centro histórico</h4>
        // <span class="elementor-post-date">15 de noviembre de 2024</span></article>, beside the entry's own
        // "12 de noviembre de 2024" above its headline
        assertThat(dev("01-elementor-vea-tambien-es").published()).isEqualTo(LocalDate.of(2024, 11, 12));
    }

    @Test
    void aVideoPageIsItsDeclaredDescriptionOverItsCaption() throws Exception {
        assertThat(dev("05-video-month-first-en-us").body())
                .startsWith("Crews in Tulsa spent the night clearing downed trees")
                .endsWith("most customers should have power back by Thursday night.");
        assertThat(dev("17-video-vea-fecha-in-block-actualizado-es").body())
                .startsWith("Un incendio forestal obligó a desalojar a más de 300 vecinos")
                .contains("El Infoca desplegó seis medios aéreos y 120 efectivos.").doesNotContain("VEA TAMBIÉN");
    }

    @Test
    void aVideosDescriptionTheTextAlreadySaysIsNotAddedAgain() throws Exception {
        // og:description "Tumpukan sampah di TPA Suwung, Denpasar, Bali, sudah melebihi kapasitas." over the text
        // "Denpasar: Tumpukan sampah di Tempat Pemrosesan Akhir (TPA) Suwung, Denpasar, Bali, sudah melebihi kapasitas. ..."
        assertThat(page("/id/kabar/bench/indonesian-pages/dev2/medcom-video-sampah").body())
                .startsWith("Denpasar: Tumpukan sampah di Tempat Pemrosesan Akhir");
    }

    @Test
    void aGallerysCaptionsAreReadAsTheirPartsWithoutTheirCredits() throws Exception {
        // <figcaption><span class="caption-text">Parada wyruszyła spod Złotej Bramy ...</span>
        // <span class="caption-author">Fot. Karolina Wiśniewska</span></figcaption>
        Article a = dev("04-gallery-captions-jsonld-pl");
        assertThat(a.body()).startsWith("Tysiące mieszkańców Gdańska wzięło udział w sobotniej paradzie")
                .doesNotContain("Fot.");
        assertThat(a.body().split("\n\n")).hasSize(6).doesNotHaveDuplicates();
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 11, 11));
    }

    @Test
    void aSiteNameGluedToTheTitleIsCutInEitherLanguagesStyle() throws Exception {
        assertThat(dev("13-glued-site-colon-relative-age-id").title())
                .isEqualTo("Merapi Luncurkan Awan Panas Sejauh 2,5 Km, Hujan Abu di Turi");
        Article french = dev("14-glued-site-french-colon-url-compact-fr");
        assertThat(french.title()).isEqualTo("Chambéry rend ses bus gratuits le samedi");
        // og:url ".../savoie/20210304-chambery-bus-gratuits-samedi"
        assertThat(french.published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(french.body()).doesNotContain("À lire aussi");
    }

    @Test
    void subheadingsInCapitalsAndNumberOnlyCellsStayInTheText() throws Exception {
        assertThat(dev("10-capitals-czytaj-date-above-pl").body()).contains("KTO JEST ZWOLNIONY", "KONTROLE OD LIPCA")
                .doesNotContain("Czytaj też:");
        assertThat(dev("11-price-table-baca-juga-jsonld-modified-id").body()).contains("62.000", "85.000")
                .doesNotContain("Baca juga");
    }

    @Test
    void aStandfirstBesideTheTextsParentLeadsAndTheLinksAndBoxesAfterItGo() throws Exception {
        Article a = dev("07-dek-newsletter-br-links-en-us");
        assertThat(a.body()).startsWith("Portland's school board voted 5-2 to delay the start of the school day")
                .endsWith("after California required later high school bells in 2022.")
                .doesNotContain("More education news", "Morning Bell");
        assertThat(dev("08-closing-boxes-dateline-in-block-de").body())
                .endsWith("die Fußwege unter der Brücke neu angelegt.");
    }

    @Test
    void declaredPublishingAndChangeAreKeptApart() throws Exception {
        // "datePublished":"2024-01-25T08:05:00+07:00","dateModified":"2024-01-26T13:40:00+07:00"
        Article a = dev("11-price-table-baca-juga-jsonld-modified-id");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 25));
        assertThat(a.modified()).isEqualTo(LocalDate.of(2024, 1, 26));
    }

    @Test
    void aBylineAStampAndAnUnpunctuatedReadMoreLineAreNoText() throws Exception {
        // <div class="article-text"><p class="article-dateline">11.03.2024, 16:40 Uhr</p>
        // <p class="article-author">Von Franziska Lenz</p> ...
        Article jena = dev("08-closing-boxes-dateline-in-block-de");
        assertThat(jena.body()).startsWith("Nach fast drei Jahren Bauzeit");
        assertThat(jena.authors()).contains("Franziska Lenz");
        assertThat(dev("10-capitals-czytaj-date-above-pl").body()).doesNotContain("Czytaj też", "Ceny biletów MPK");
        Article marbella = dev("17-video-vea-fecha-in-block-actualizado-es");
        assertThat(marbella.body()).doesNotContain("19 de agosto de 2024");
        assertThat(marbella.published()).isEqualTo(LocalDate.of(2024, 8, 19));
        assertThat(marbella.modified()).isEqualTo(LocalDate.of(2024, 8, 20));
        assertThat(dev("16-widget-url-folders-aktualisiert-de").body()).startsWith("Der Zoo Osnabrück hat Nachwuchs");
    }
}
