package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlMetadataReaderTest {
    private final HtmlMetadataReader reader = new HtmlMetadataReader();

    /** The page's metadata, the page Indonesian when it declares so (its text is not sampled here). */
    private PageMetadata read(Document doc) {
        return reader.read(doc, HtmlMetadataReader.declaresIndonesian(doc));
    }

    @Test
    void readsTheArticleObjectInsideAJsonLdGraph() {
        PageMetadata m = read(Jsoup.parse("""
                <html><head><title>Gempa M 5,2 Guncang Simeulue - Serambinews.com</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Serambinews.com"},
                  {"@type":["NewsArticle"],"headline":"Gempa M 5,2 Guncang Simeulue","datePublished":"2022-03-14T07:30:00+07:00",
                   "author":[{"@type":"Person","name":"Sara Masroni"},{"@type":"Person","name":"Yocerizal"}],
                   "publisher":{"@type":"Organization","name":"Serambinews.com"},
                   "articleBody":"SERAMBINEWS.COM, SINABANG - Gempa bumi magnitudo 5,2 mengguncang Kabupaten Simeulue."}]}
                </script></head><body></body></html>"""));
        assertThat(m.titles()).startsWith("Gempa M 5,2 Guncang Simeulue");
        assertThat(m.published()).isEqualTo("2022-03-14T07:30:00+07:00");
        assertThat(m.authors()).containsExactly("Sara Masroni", "Yocerizal");
        assertThat(m.siteName()).isEqualTo("Serambinews.com");
        assertThat(m.articleBody()).startsWith("SERAMBINEWS.COM, SINABANG");
    }

    @Test
    void propertyMetaTagsComeBeforeNamedOnesAndBrokenJsonLdIsSkipped() {
        PageMetadata m = read(Jsoup.parse("""
                <html><head>
                <meta name="DC.title" content="Judul dari name">
                <meta property="dc:title" content="Judul dari property">
                <meta property="og:site_name" content="Gatra.com">
                <meta name="author" content="Hidayat Adhiningrat P">
                <meta property="article:published_time" content="2022-03-01T10:00:00+07:00">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                </head><body></body></html>"""));
        assertThat(m.titles()).startsWith("Judul dari property");
        assertThat(m.siteName()).isEqualTo("Gatra.com");
        assertThat(m.authors()).containsExactly("Hidayat Adhiningrat P");
        assertThat(m.published()).startsWith("2022-03-01");
    }

    @Test
    void theDateTagsOfMoreSystemsAreRead() {
        assertThat(read(Jsoup.parse("<html><head><meta name=\"content_create_date\" content=\"2019-09-12 10:00:00\"></head></html>"))
                .published()).isEqualTo("2019-09-12 10:00:00");
        assertThat(read(Jsoup.parse("<html><head><meta property=\"article:post_date\" content=\"2019-09-12\"></head></html>"))
                .published()).isEqualTo("2019-09-12");
        assertThat(read(Jsoup.parse("""
                <html><head><meta name="timestamp" content="2019-09-14T10:00:00Z">
                <meta name="DC.date.issued" content="2019-09-12"></head></html>""")).published())
                .as("a bare timestamp comes after the named publishing tags").isEqualTo("2019-09-12");
        assertThat(read(Jsoup.parse("""
                <html><head><meta name="parsely-page" content='{"title": "Council approves cycle lanes", "pub_date": "2016-09-29T08:00:00Z",
                "section": "Local"}'></head></html>""")).published()).isEqualTo("2016-09-29T08:00:00Z");
    }

    @Test
    void theLastChangeIsKeptApartFromThePublication() {
        PageMetadata ld = read(Jsoup.parse("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Gempa M 5,2 Guncang Simeulue",
                "datePublished":"2022-03-14T07:30:00+07:00","dateModified":"2022-03-15T10:00:00+07:00"}</script>
                </head><body></body></html>"""));
        assertThat(ld.published()).startsWith("2022-03-14");
        assertThat(ld.modified()).startsWith("2022-03-15");
        PageMetadata og = read(Jsoup.parse("""
                <html><head><meta property="article:modified_time" content="2022-03-02T08:00:00+07:00">
                <meta property="article:published_time" content="2022-03-01T10:00:00+07:00"></head><body></body></html>"""));
        assertThat(og.published()).startsWith("2022-03-01");
        assertThat(og.modified()).startsWith("2022-03-02");
    }

    @Test
    void aTimeElementInAListOfOtherArticlesDoesNotDateThisOne() {
        PageMetadata m = read(Jsoup.parse("""
                <html><body><aside class="berita-terkait"><time datetime="2021-12-30">30 Des 2021</time></aside>
                <article><h1>Rusia Bantah Minta Bantuan Militer China</h1><time datetime="2022-03-14T18:15:00+07:00">
                Senin, 14 Maret 2022</time><p>Teks berita.</p></article></body></html>"""));
        assertThat(m.published()).startsWith("2022-03-14");
        PageMetadata related = read(Jsoup.parse("""
                <html><body><div class="related-posts"><time datetime="2021-12-30">30 Des 2021</time></div>
                <p>Teks berita tanpa tanggal.</p></body></html>"""));
        assertThat(related.published()).isNull();
    }

    @Test
    void aTimeInTheFooterOfTheHeadlinesArticleDatesIt() {
        PageMetadata m = read(Jsoup.parse("""
                <html><body><article class="post"><h1 class="headline">Library Reopens After Flood Repairs</h1>
                <div class="article-body"><p>The county library on Main Street reopened on Thursday, nine months after
                floodwater filled its basement and damaged more than four thousand books.</p></div>
                <footer class="entry-footer">Posted on <time pubdate datetime="2015-07-09T08:00:00-05:00">Thursday,
                July 9th</time> in Local</footer></article>
                <footer class="site-footer"><p>&copy; 2026 Valley Gazette.</p></footer></body></html>"""));
        assertThat(m.published()).isEqualTo("2015-07-09T08:00:00-05:00");
        PageMetadata teaser = read(Jsoup.parse("""
                <html><body><h1>Library Reopens After Flood Repairs</h1><p>Text without its day.</p>
                <div class="more"><article class="card"><a href="/fair">Fair returns to the county grounds</a>
                <footer><time datetime="2015-07-12">July 12, 2015</time></footer></article></div></body></html>"""));
        assertThat(teaser.published()).isNull();
    }

    @Test
    void aTimeElementInAReadAlsoListDoesNotDateThisOne() {
        PageMetadata m = read(Jsoup.parse("""
                <html><body><h1>Kementan Kawal Penyaluran Pupuk Bersubsidi</h1><div>Selasa, 10 September 2019 | 20:37 WIB</div>
                <p>Teks berita.</p><div class="read-also"><h3>Artikel Terkait</h3><ul><li><a>Pupuk Subsidi, Ini Langkah
                Kementan Tanggapi Rekomendasi KPK dan BPK</a><time>Rabu, 11 September 2019</time></li></ul></div></body></html>"""));
        assertThat(m.published()).isNull();
    }

    @Test
    void onAnIndonesianPageTheOnlyHeadlineWinsOverTitlesThatRetellIt() {
        String page = """
                <html lang="id"><head><title>Driver Ojol Bangun Yayasan Pendidikan | Okezone</title>%s</head><body>
                <h1>Kisah Inspiratif Driver Ojol yang Mampu Bangun Yayasan Pendidikan di Surakarta</h1><p>Teks berita.</p></body></html>""";
        assertThat(read(Jsoup.parse(page.formatted(""))).titles())
                .startsWith("Kisah Inspiratif Driver Ojol yang Mampu Bangun Yayasan Pendidikan di Surakarta");
        assertThat(read(Jsoup.parse(page.formatted("<meta property=\"og:title\" content=\"Driver Ojol Bangun Yayasan\">")))
                .titles()).as("a declared title retelling it").startsWith("Kisah Inspiratif Driver Ojol yang Mampu Bangun Yayasan Pendidikan di Surakarta");
        assertThat(read(Jsoup.parse(page.formatted("").replace(" lang=\"id\"", ""))).titles())
                .as("a page not declared Indonesian").startsWith("Driver Ojol Bangun Yayasan Pendidikan");
    }

    @Test
    void aDeclaredDateThatDoesNotReadAsADayLeavesItToTheNextSource() {
        PageMetadata m = read(Jsoup.parse("""
                <html><head><meta property="article:published_time" content="2 jam lalu">
                <meta name="pubdate" content="2022-03-14 18:15:00"></head><body></body></html>"""));
        assertThat(m.published()).isEqualTo("2022-03-14 18:15:00");
        PageMetadata timed = read(Jsoup.parse("""
                <html><head><meta name="date" content="{{publish_date}}"></head><body><article>
                <time datetime="">baru saja</time><time datetime="2022-03-14T18:15:00+07:00">Senin, 14 Maret 2022</time>
                </article></body></html>"""));
        assertThat(timed.published()).startsWith("2022-03-14");
    }

    @Test
    void aJsonLdNameThatIsThePublishersIsNoHeadline() {
        PageMetadata m = read(Jsoup.parse("""
                <html><head><title>Krmenčík divoce slavil gól své Plzni | Aktuálně.cz</title>
                <script type="application/ld+json">{"@type":"NewsArticle","name":"Aktuálně.cz",
                "publisher":{"@type":"Organization","name":"Aktuálně.cz"},
                "headline":"West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout"}</script>
                </head><body></body></html>"""));
        assertThat(m.titles().get(0)).isEqualTo("West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout");
    }

    @Test
    void jsonLdInsideACdataSectionIsRead() {
        PageMetadata m = read(Jsoup.parse("""
                <html><head><script type="application/ld+json"><![CDATA[
                        {"@context":"https:\\/\\/schema.org","@type":"Article","name":"New Zealand",
                        "datePublished":"2001-10-29T01:59:14Z","dateModified":"2019-09-26T11:35:37Z"}
                ]]></script><script type="application/ld+json">//<![CDATA[
                {"@type":"WebSite","name":"Wikipedia"}
                //]]></script></head><body></body></html>"""));
        assertThat(m.published()).startsWith("2001-10-29");
        assertThat(m.modified()).startsWith("2019-09-26");
    }

    @Test
    void jsonLdNestedTooDeepIsSkippedNotFatal() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        PageMetadata m = read(Jsoup.parse("<html><head><title>Judul Berita Hari Ini</title><script type=\"application/ld+json\">"
                + deep + "</script></head><body></body></html>"));
        assertThat(m.titles()).containsExactly("Judul Berita Hari Ini");
    }

    @Test
    void theArticleNestedAsThePagesMainEntityIsRead() {
        PageMetadata m = read(Jsoup.parse("""
                <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage",
                "name":"Kabut Asap Riau Makin Pekat","mainEntity":{"@type":"NewsArticle","headline":"Kabut Asap Riau Makin Pekat, Sekolah Diliburkan",
                "datePublished":"2019-09-16T10:20:00+07:00","dateModified":"2019-09-17T08:00:00+07:00"}}</script></head><body></body></html>"""));
        assertThat(m.titles()).startsWith("Kabut Asap Riau Makin Pekat, Sekolah Diliburkan");
        assertThat(m.published()).startsWith("2019-09-16");
        assertThat(m.modified()).startsWith("2019-09-17");
    }

    @Test
    void thePagesOrItsVideosDatesDateAnArticleObjectWithout() {
        PageMetadata page = read(Jsoup.parse("""
                <html><head><script type="application/ld+json">[{"@type":"NewsArticle","headline":"Kabut Asap Riau Makin Pekat"},
                {"@type":"WebPage","datePublished":"2019-09-16T10:20:00+07:00","dateModified":"2019-09-16T12:00:00+07:00"}]</script>
                </head><body></body></html>"""));
        assertThat(page.published()).startsWith("2019-09-16T10:20");
        assertThat(page.modified()).startsWith("2019-09-16T12:00");
        PageMetadata video = read(Jsoup.parse("""
                <html><head><script type="application/ld+json">{"@type":"VideoObject","name":"Detik-detik Kabut Asap Selimuti Pekanbaru",
                "uploadDate":"2019-09-16T07:05:00+07:00"}</script></head><body></body></html>"""));
        assertThat(video.published()).startsWith("2019-09-16");
    }

    @Test
    void anEmbeddedClipsUploadDayIsTheLastMarkedDateOfAnArticlesPage() {
        String clip = """
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "VideoObject",
                "name": "Pimpinan KPK Baru Dipilih DPR Pekan Depan", "uploadDate": "2019-09-07T14:00:00+07:00"}</script>""";
        PageMetadata page = read(Jsoup.parse("<html><head><meta property=\"og:type\" content=\"article\">" + clip
                + "</head><body><h1>Revisi UU Dinilai Penting agar KPK Utamakan Pencegahan Korupsi</h1></body></html>"));
        assertThat(page.published()).isNull();
        assertThat(page.markedDates()).last().asString().startsWith("2019-09-07");
        PageMetadata beside = read(Jsoup.parse("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Revisi UU Dinilai Penting agar KPK Utamakan Pencegahan Korupsi\"}</script>" + clip
                + "</head><body></body></html>"));
        assertThat(beside.published()).isNull();
    }

    @Test
    void anArticlesCreationTimeComesAfterTheDeclaredPublishingTags() {
        PageMetadata m = read(Jsoup.parse("""
                <html><head><meta property="article:published_time" content="2017-02-23T17:18:13-08:00">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Star Wars Original Cuts","dateCreated":"2017-02-24T01:18:13Z"}</script>
                </head><body></body></html>"""));
        assertThat(m.published()).startsWith("2017-02-23");
        PageMetadata created = read(Jsoup.parse("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Star Wars Original Cuts","dateCreated":"2017-02-24T01:18:13Z"}</script>
                </head><body></body></html>"""));
        assertThat(created.published()).startsWith("2017-02-24");
    }

    @Test
    void theCommonPublishingTagsOfNewsSitesAreRead() {
        for (String tag : List.of("<meta name=\"publication_date\" content=\"2019-09-16\">",
                "<meta property=\"og:published_time\" content=\"2019-09-16T10:20:00+07:00\">",
                "<meta name=\"sailthru.date\" content=\"2019-09-16 10:20:00\">",
                "<meta name=\"parsely-pub-date\" content=\"2019-09-16T03:20:00Z\">",
                "<meta name=\"DC.date.issued\" content=\"2019-09-16\">",
                "<meta name=\"citation_publication_date\" content=\"2019/09/16\">",
                "<meta http-equiv=\"date\" content=\"Mon, 16 Sep 2019 03:20:00 GMT\">",
                "<meta name=\"pub_date\" content=\"2019-09-16\">",
                "<meta property=\"bt:pubDate\" content=\"2019-09-16T10:20:00+02:00\">",
                "<meta name=\"DC.date.published\" content=\"2019-09-16\">")) {
            PageMetadata m = read(Jsoup.parse("<html><head>" + tag + "</head><body></body></html>"));
            assertThat(CalendarDates.parseValue(m.published())).as(tag).contains(LocalDate.of(2019, 9, 16));
        }
        PageMetadata modified = read(Jsoup.parse("""
                <html><head><meta property="og:modified_time" content="2019-09-17T08:00:00+07:00"></head><body></body></html>"""));
        assertThat(modified.published()).isNull();
        assertThat(modified.modified()).startsWith("2019-09-17");
    }

    @Test
    void datesWrittenAsTextInMicrodataAndTimeElementsAreRead() {
        PageMetadata itemprop = read(Jsoup.parse("""
                <html><body><article><h1>Kabut Asap Riau Makin Pekat</h1>
                <span itemprop="datePublished">Senin, 16 Sep 2019 10:20 WIB</span><p>Teks berita.</p></article></body></html>"""));
        assertThat(CalendarDates.parseValue(itemprop.published())).contains(LocalDate.of(2019, 9, 16));
        PageMetadata time = read(Jsoup.parse("""
                <html><body><aside class="terpopuler"><time>Minggu, 15 Sep 2019 21:00 WIB</time></aside>
                <article><h1>Kabut Asap Riau Makin Pekat</h1><time>Senin, 16 Sep 2019 10:20 WIB</time><p>Teks berita.</p></article></body></html>"""));
        assertThat(CalendarDates.parseValue(time.published())).contains(LocalDate.of(2019, 9, 16));
    }

    @Test
    void aDatePublishedTheScriptsHandTheirDataIsReadLastAndTheFirstIsThePages() {
        PageMetadata m = read(Jsoup.parse("""
                <html><head><title>Pemkot Bekasi Tambah 20 Bus Sekolah Gratis</title>
                <script>window.__NUXT__={"state":"{\\"article\\":{\\"title\\":\\"Pemkot Bekasi Tambah 20 Bus Sekolah Gratis\\",\\"datePublished\\":\\"2019-09-16T08:15:00+07:00\\"},\\"related\\":[{\\"datePublished\\":\\"2019-09-02T10:00:00+07:00\\"}]}"}</script>
                </head><body></body></html>"""));
        assertThat(m.published()).isEqualTo("2019-09-16T08:15:00+07:00");
        PageMetadata declared = read(Jsoup.parse("""
                <html><head><meta property="article:published_time" content="2019-09-15T22:00:00+07:00">
                <script>var page = {"datePublished": "2019-09-16T08:15:00+07:00"};</script></head><body></body></html>"""));
        assertThat(declared.published()).as("a declared tag first").isEqualTo("2019-09-15T22:00:00+07:00");
    }

    @Test
    void theOutletsOwnScriptsKeysDateAPageThatShowsNoDay() {
        // Media Indonesia's data layer, a Nuxt state's unquoted key, KRjogja's variable: the day nowhere else
        assertThat(read(Jsoup.parse("""
                <html><head><script>window.dataLayer = window.dataLayer || [];
                dataLayer.push({"event": "articleView", "content_id": "735512", "publish_date": "2026-12-05 14:20:00", "page_type": "detail"});
                </script></head><body></body></html>""")).published()).isEqualTo("2026-12-05 14:20:00");
        assertThat(read(Jsoup.parse("""
                <html><body><script>window.__NUXT__=(function(a,b,c){return {data:[{article:{id:88412,category:{slug:a},
                publishedAt:"2026-12-04T09:15:00+07:00",views:b}}],error:c}}("narasi-daily",1532,null));</script></body></html>"""))
                .published()).isEqualTo("2026-12-04T09:15:00+07:00");
        assertThat(read(Jsoup.parse("""
                <html><head><script type="text/javascript">var articleId = 1243007;
                var publishDate = '2026-12-03 08:40:00';</script></head><body></body></html>""")).published())
                .isEqualTo("2026-12-03 08:40:00");
        assertThat(read(Jsoup.parse("""
                <html><head><script>var republishDate = '2026-12-03 08:40:00'; var unpublished_at = "2026-12-09";</script>
                </head><body></body></html>""")).published()).as("only the keys themselves").isNull();
    }

    @Test
    void anH1LinkingToTheHomePageIsTheSitesLogo() {
        assertThat(HtmlMetadataReader.linksHome(Jsoup.parse(
                "<h1 class=\"logo\"><a href=\"https://www.slemankab.go.id\">Pemerintah Kabupaten Sleman</a></h1>").selectFirst("h1")))
                .isTrue();
        assertThat(HtmlMetadataReader.linksHome(Jsoup.parse("<h1><a href=\"/\">SuaraKampung.id</a></h1>").selectFirst("h1")))
                .isTrue();
        assertThat(HtmlMetadataReader.linksHome(Jsoup.parse(
                "<h1><a href=\"https://sumselnews.co.id/read/2019/09/09/ribuan-pelari\">Ribuan Pelari</a></h1>").selectFirst("h1")))
                .as("a headline linking to its article").isFalse();
        assertThat(HtmlMetadataReader.linksHome(Jsoup.parse("<h1>Ribuan Pelari Ramaikan Lomba Lari</h1>").selectFirst("h1")))
                .isFalse();
    }

    /**
     * A press room's page titled with the menu's section and the name its home link writes, its release's headline an
     * {@code h2}: {@code <title>Sala de prensa - Solaria Levante</title>}, {@code <div class="logo"><a
     * href="/">Solaria Levante</a></div>}, {@code <a href="/prensa">Sala de prensa</a>} in the menu.
     */
    @Test
    void aTitleOfTheMenusSectionAndTheHomeLinksNameNamesNoArticle() {
        String body = """
                <div class="logo"><a href="/">Solaria Levante</a></div>
                <nav><a href="/empresa">Empresa</a> <a href="/prensa">Sala de prensa</a></nav>
                <div class="press-release"><span class="label">Nota de prensa</span>
                <h2 class="release-title">Solaria Levante llevará paneles solares a tres cooperativas agrícolas de Murcia</h2>
                <div class="release-date">3 de marzo de 2019</div></div>""";
        PageMetadata press = read(Jsoup.parse("<html lang=\"es\"><head><title>Sala de prensa - Solaria Levante</title></head><body>"
                + body + "</body></html>"));
        assertThat(press.titles()).containsExactly("Solaria Levante llevará paneles solares a tres cooperativas agrícolas de Murcia");
        PageMetadata headline = read(Jsoup.parse("<html lang=\"es\"><head><title>Paneles para tres cooperativas - Solaria Levante</title>"
                + "</head><body>" + body + "</body></html>"));
        assertThat(headline.titles()).as("a title the menu does not link is the article's").startsWith("Paneles para tres cooperativas");
    }

    @Test
    void aNuxt3PayloadKeyDatesThePageByTheIndexOfItsValue() {
        // Radar Pakuan's payload (date-pages dev6): the article's publishedAt is index 8, its updatedAt 9, the related item's 12 and 13
        PageMetadata m = read(Jsoup.parse("""
                <html><body><script type="application/json" id="__NUXT_DATA__" data-ssr="true">[["ShallowReactive",1],\
                {"data":2},["ShallowReactive",3],{"article-pemkot-bogor":4},{"id":5,"title":6,"slug":7,"publishedAt":8,\
                "updatedAt":9,"related":10},21734,"Pemkot Bogor Buka 12 Posko Mudik Gratis","pemkot-bogor","2024-03-14T08:45:00+07:00",\
                "2024-03-15T10:20:00+07:00",[11],{"publishedAt":12,"updatedAt":13},"2024-03-11T14:10:00+07:00","2024-03-12T09:00:00+07:00"]\
                </script></body></html>"""));
        assertThat(m.published()).isEqualTo("2024-03-14T08:45:00+07:00");
        assertThat(m.lastEdit()).as("the article's own updatedAt, the related item's after it").isEqualTo("2024-03-15T10:20:00+07:00");
        assertThat(m.modified()).as("kept apart: never a bound on the publishing").isNull();
        // the same numbers in any other script point nowhere
        assertThat(read(Jsoup.parse("""
                <html><body><script>var page = {"publishedAt":8, "views":[1,2,3,4,5,6,7,"2024-03-14"]};</script></body></html>"""))
                .published()).isNull();
    }

    @Test
    void joomlasArticleInfoDatesThePageAndItsLastChange() {
        // Joomla 3's Protostar (date-pages dev6): no date metadata, the details written as text in the site's language
        PageMetadata m = read(Jsoup.parse("""
                <html lang="en-gb"><body><div class="item-page"><h2>Autumn head race results</h2>
                <dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby">Written by Margaret Hale</dd>
                <dd class="create"><span class="icon-calendar"></span> Created: Wednesday, 16 October 2019 09:40</dd>
                <dd class="modified"><span class="icon-calendar"></span> Last Updated: Monday, 21 October 2019 14:02</dd>
                <dd class="hits">Hits: 412</dd></dl><p>Eleven crews from the club raced at the Tees autumn head.</p></div>
                <ul class="latestnews"><li><dl class="item"><dd class="create">04 November 2019</dd></dl></li></ul></body></html>"""));
        assertThat(CalendarDates.parseValue(m.published())).contains(LocalDate.of(2019, 10, 16));
        assertThat(CalendarDates.parseValue(m.modified())).contains(LocalDate.of(2019, 10, 21));
    }
}
