package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnreadScriptBodiesTest {
    @Test
    void aTrackersBodyAndAStyleSheetAreTakenOutTheirTagsStay() {
        String page = "<head><script type=\"text/javascript\">var jnews_ajax_url = \"/?ajax-request=jnews\";</script>"
                + "<STYLE>.jeg_post_title { font-size: 22px }</STYLE></head><body><h1>Banjir Rendam Tiga Desa di Puger</h1></body>";
        assertThat(UnreadScriptBodies.removeFrom(page)).isEqualTo("<head><script type=\"text/javascript\"></script>"
                + "<STYLE></STYLE></head><body><h1>Banjir Rendam Tiga Desa di Puger</h1></body>");
    }

    @Test
    void theScriptsTheMetadataReaderReadsStayWhole() {
        String jsonLd = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harga Beras Premium Naik Lagi\"}</script>";
        String pageData = "<script>window.__DATA__ = {\"article\":{\"datePublished\":\"2019-09-16T10:20:00+07:00\"}};</script>";
        String escaped = "<script><!-- document.write('<script src=\"a.js\"></script>'); --></script>";
        for (String kept : new String[] {jsonLd, pageData, escaped}) {
            assertThat(UnreadScriptBodies.removeFrom(kept + "<p>Teks</p>")).isEqualTo(kept + "<p>Teks</p>");
        }
    }

    @Test
    void aScriptTagWrittenInACommentATitleOrAnUnpairedQuoteIsLeftAsItIs() {
        String comment = "<!-- <script> lama --><p>Ratusan warga mengungsi ke balai desa.</p><script>x()</script>";
        assertThat(UnreadScriptBodies.removeFrom(comment))
                .isEqualTo("<!-- <script> lama --><p>Ratusan warga mengungsi ke balai desa.</p><script></script>");
        String title = "<title>Cara menulis <script> di blog</title><p>Teks</p>";
        assertThat(UnreadScriptBodies.removeFrom(title)).isEqualTo(title);
        String quote = "<script data-x=\"a>b\">y()</script>";
        assertThat(UnreadScriptBodies.removeFrom(quote)).isEqualTo(quote);
        assertThat(UnreadScriptBodies.removeFrom("<script>unclosed(")).isEqualTo("<script>unclosed(");
    }
}
