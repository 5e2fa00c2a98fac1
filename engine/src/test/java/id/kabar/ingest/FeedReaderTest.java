package id.kabar.ingest;

import static id.kabar.ingest.TestInputs.fixture;
import static id.kabar.ingest.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    @TempDir
    Path dir;

    private CollectingSink ingest(String name, byte[] feed) throws Exception {
        CollectingSink sink = new CollectingSink();
        new Ingestor().ingest(List.of(write(dir, name, feed)), sink);
        return sink;
    }

    @Test
    void rssItemsBecomeArticlesWithLinkTitleDateAndAuthorAsHints() throws Exception {
        CollectingSink sink = ingest("suara.rss", fixture("feed-rss.xml"));

        SourceDocument mentan = sink.accepted.get(0);
        assertThat(mentan.id()).isEqualTo(mentan.url())
                .isEqualTo("https://www.suara.com/bisnis/2017/03/13/201620/mentan-lepas-ekspor-perdana-daging-ayam-olahan-ke-papua-nugini");
        assertThat(mentan.format()).isEqualTo(SourceFormat.HTML);
        assertThat(mentan.content()).startsWith("<p>Menteri Pertanian Andi Amran Sulaiman mengatakan");
        assertThat(mentan.hints().title()).isEqualTo("Mentan Lepas Ekspor Perdana Daging Ayam Olahan ke Papua Nugini");
        // 06:16 WIB is still 13 March in UTC; the date must stay on the feed's own day.
        assertThat(mentan.hints().published()).isEqualTo("2017-03-14T06:16:20+07:00");
        assertThat(mentan.hints().authors()).containsExactly("Adhitya Himawan");
        assertThat(mentan.hints().outlet()).isEqualTo("Suara.com");
    }

    @Test
    void itemWithoutLinkIsNumberedWithinItsFeedAndDescriptionServesAsContent() throws Exception {
        CollectingSink sink = ingest("suara.rss", fixture("feed-rss.xml"));

        SourceDocument bond = sink.accepted.get(1);
        assertThat(bond.id()).isEqualTo("suara.rss#2");
        assertThat(bond.url()).isNull();
        assertThat(bond.content()).isEqualTo("<p>Cerita sekuel terbaru James Bond bocor. Agen rahasia 007 berhenti"
                + " menjadi mata-mata Inggris demi menikah.</p>");
    }

    @Test
    void itemWithoutContentIsRejected() throws Exception {
        CollectingSink sink = ingest("suara.rss", fixture("feed-rss.xml"));

        assertThat(sink.accepted).hasSize(2);
        assertThat(sink.reasonsById()).containsExactly(java.util.Map.entry(
                "https://www.suara.com/foto/2017/09/07/070000/suasana-monas", "feed item has no content"));
    }

    @Test
    void atomEntriesReadWithPublishedDateAndAuthors() throws Exception {
        SourceDocument entry = ingest("kumparan.atom", fixture("feed-atom.xml")).only();

        assertThat(entry.id()).startsWith("https://kumparan.com/ananda-wardhiati-teresia/ketua-mpr");
        assertThat(entry.content()).startsWith("<p>Ketua MPR Zulkifli Hasan menyesalkan kisruh");
        assertThat(entry.hints().published()).isEqualTo("2017-03-27T05:30:00+07:00");
        assertThat(entry.hints().authors()).containsExactly("Ananda Wardhiati Teresia");
        assertThat(entry.hints().outlet()).isEqualTo("kumparan");
    }

    @Test
    void brokenXmlIsRejectedAsNotAFeed() throws Exception {
        CollectingSink sink = ingest("rusak.rss", "<rss><channel><item><title>Banjir</channel>".getBytes());

        assertThat(sink.reasonsById().get("rusak.rss")).startsWith("not an RSS or Atom feed:");
    }

    @Test
    void feedWithADoctypeIsReadButExternalEntitiesAreNotResolved() throws Exception {
        byte[] feed = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><link>https://a.id/1</link>"
                + "<description>Banjir &x; Jakarta</description></item></channel></rss>").getBytes();

        assertThat(ingest("x.rss", feed).only().content()).isEqualTo("Banjir  Jakarta");
    }

    @Test
    void entityExpansionBombIsRejectedNotExpanded() throws Exception {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"banjir\">");
        for (int i = 1; i <= 12; i++) {
            doctype.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        byte[] feed = (doctype + "]><rss version=\"2.0\"><channel><title>t</title><item><link>https://a.id/1</link>"
                + "<description>&a12;</description></item></channel></rss>").getBytes();

        assertThat(ingest("bom.rss", feed).reasonsById().get("bom.rss")).startsWith("not an RSS or Atom feed:");
    }

    @Test
    void rssAuthorEmailGivesTheNameInBracketsAndABareAddressGivesNone() throws Exception {
        byte[] feed = ("<rss version=\"2.0\"><channel><title>Antara</title>"
                + "<item><link>https://www.antaranews.com/1</link><author>redaksi@antaranews.com (Budi Santoso)</author>"
                + "<description>Gempa mengguncang Maluku.</description></item>"
                + "<item><link>https://www.antaranews.com/2</link><author>redaksi@antaranews.com</author>"
                + "<description>Banjir merendam Jakarta.</description></item></channel></rss>").getBytes();

        CollectingSink sink = ingest("antara.rss", feed);

        assertThat(sink.accepted).extracting(d -> d.hints().authors())
                .containsExactly(List.of("Budi Santoso"), List.of());
    }
}
