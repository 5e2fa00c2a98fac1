package id.kabar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.DateSource;
import id.kabar.model.MemberRef;
import id.kabar.model.PublishedBasis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    private static AnnotatedArticle plain(String id, String body) {
        return new AnnotatedArticle(new Article(id, null, "id", "Antara", "Banjir di Demak", LocalDate.of(2024, 3, 18),
                null, List.of(), "Demak", body), Annotations.EMPTY);
    }

    @Test
    void storedArticlesReadBackEqualAfterReopening() {
        SeedCorpus seeds = SeedCorpus.load();
        try (Store store = Store.open(dir)) {
            seeds.storeInto(store);
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.articleCount()).isEqualTo(5);
            for (AnnotatedArticle a : seeds.articles()) {
                assertThat(store.article(a.id())).contains(a);
            }
            assertThat(store.corpus()).isEqualTo(seeds.corpus());
            assertThat(store.storyOfEvent("E1")).map(s -> s.id()).contains("S1");
            assertThat(store.corpusIsCurrent()).isTrue();
        }
    }

    /**
     * The time of day an article was published is kept, as an instant with its offset, only when the page stated it:
     * sindonews.com's "Pasutri, Korban kebakaran di Kalibata City Dirawat di RS Siloam", 11 September 2019 19:23 WIB.
     */
    @Test
    void anArticlesPublicationTimeIsRecordedOnlyWhenKnown() {
        LocalDate day = LocalDate.of(2019, 9, 11);
        AnnotatedArticle timed = new AnnotatedArticle(new Article("clickid-sindonews-2187", null, "id", "sindonews.com",
                "Pasutri, Korban kebakaran di Kalibata City Dirawat di RS Siloam", day, PublishedBasis.STATED, List.of(),
                null, "Keduanya langsung dilarikan ke Rumah Sakit (RS) Siloam Duren Tiga, Kalibata, Jakarta Selatan.",
                DateSource.INPUT, null, Instant.parse("2019-09-11T19:23:00+07:00")), Annotations.EMPTY);
        String json = new String(RecordCodec.article(timed), StandardCharsets.UTF_8);
        assertThat(json).contains("\"publishedAt\":\"2019-09-11T12:23:00Z\"");
        assertThat(RecordCodec.article(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(timed);
        // a record stored before the time was kept, or of a page that stated none, has no time
        String untimed = new String(RecordCodec.article(plain("demak/1.html", "Banjir.")), StandardCharsets.UTF_8);
        assertThat(untimed).doesNotContain("publishedAt");
        assertThat(RecordCodec.article(untimed.getBytes(StandardCharsets.UTF_8)).article().publishedAt()).isNull();
    }

    @Test
    void puttingAnArticleAgainReplacesItInListAndIndex() {
        try (Store store = Store.open(dir)) {
            store.put(plain("demak/1.html", "Banjir merendam 12 desa di Kabupaten Demak, Jawa Tengah."), 1);
            store.put(plain("demak/2.html", "Tanggul Sungai Wulan jebol pada Minggu malam."), 2);
            store.put(plain("demak/1.html", "Banjir merendam 15 desa di Kabupaten Demak, Jawa Tengah."), 3);
            store.commit(new byte[0], null);
            assertThat(store.articleIds(0, 10).items()).containsExactly("demak/1.html", "demak/2.html");
            assertThat(store.holds("demak/1.html", 3)).isTrue();
            assertThat(store.holds("demak/1.html", 1)).isFalse();
            assertThat(store.article("demak/1.html").orElseThrow().article().body()).contains("15 desa");
            assertThat(store.search(query("desa")).total()).isEqualTo(1);
        }
    }

    @Test
    void aCrashBeforeTheManifestRenameRollsBackLogAndIndex() throws IOException {
        try (Store store = Store.open(dir)) {
            store.put(plain("a.txt", "Gempa berkekuatan 5,6 mengguncang Cianjur."), 1);
            store.commit(new byte[0], null);
        }
        Path saved = dir.resolve("MANIFEST.saved");
        Files.copy(dir.resolve("MANIFEST"), saved);
        try (Store store = Store.open(dir)) {
            store.put(plain("b.txt", "Pengungsi gempa Cianjur membutuhkan tenda dan selimut."), 2);
            store.commit(new byte[0], null);
        }
        // The second commit's log bytes and index commit are on disk, but its manifest never landed.
        Files.move(saved, dir.resolve("MANIFEST"), StandardCopyOption.REPLACE_EXISTING);
        try (Store store = Store.open(dir)) {
            assertThat(store.articleIds(0, 10).items()).containsExactly("a.txt");
            assertThat(store.search(query("pengungsi")).total()).isZero();
            assertThat(store.search(query("gempa")).total()).isEqualTo(1);
            store.put(plain("b.txt", "Pengungsi gempa Cianjur membutuhkan tenda dan selimut."), 2);
            store.commit(new byte[0], null);
            assertThat(store.search(query("gempa")).total()).isEqualTo(2);
        }
    }

    @Test
    void aTornTailAfterTheLastCommitIsCutOff() throws IOException {
        try (Store store = Store.open(dir)) {
            store.put(plain("a.txt", "Harga beras naik di Pasar Induk Cipinang."), 1);
            store.commit(new byte[0], null);
        }
        Files.write(dir.resolve("articles-00001.log"), new byte[] {0x4B, 0x42, 0x52, 0x31, 0, 0, 7},
                StandardOpenOption.APPEND);
        try (Store store = Store.open(dir)) {
            assertThat(store.articleCount()).isEqualTo(1);
            store.put(plain("b.txt", "Bulog menyalurkan beras ke pasar."), 2);
            store.commit(new byte[0], null);
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.articleIds(0, 10).items()).containsExactly("a.txt", "b.txt");
            assertThat(store.article("b.txt").orElseThrow().article().body()).startsWith("Bulog");
        }
    }

    @Test
    void aLostIndexIsRebuiltFromTheLog() throws IOException {
        try (Store store = Store.open(dir)) {
            SeedCorpus.load().storeInto(store);
        }
        try (var files = Files.list(dir.resolve("index"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.search(query("Peskov")).total()).isEqualTo(4);
        }
    }

    @Test
    void aSecondProcessCannotOpenAStoreInUse() {
        try (Store open = Store.open(dir)) {
            assertThat(open.articleCount()).isZero();
            assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("in use");
        }
    }

    @Test
    void searchFiltersFacetsAndHighlights() {
        try (Store store = Store.open(dir)) {
            SeedCorpus.load().storeInto(store);
            SearchResult peskov = store.search(query("Peskov"));
            assertThat(peskov.total()).isEqualTo(4);
            assertThat(peskov.facets().get("speaker")).extracting(SearchResult.FacetCount::value).contains("Dmitry Peskov");
            assertThat(peskov.facets().get("outlet")).hasSize(4);
            Snippet first = peskov.hits().get(0).snippets().get(0);
            assertThat(first.parts()).anySatisfy(p -> {
                assertThat(p.match()).isTrue();
                assertThat(p.text()).isEqualTo("Peskov");
            });
            SearchResult inMarch = store.search(new SearchQuery("Peskov", null, null, null, null,
                    LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31), 0, 10));
            assertThat(inMarch.hits()).extracting(SearchResult.Hit::published)
                    .allSatisfy(d -> assertThat(d).isAfterOrEqualTo(LocalDate.of(2022, 3, 1)));
            assertThat(inMarch.total()).isEqualTo(2);
            SearchResult gatra = store.search(new SearchQuery("Peskov", "Gatra.com", null, null, null, null, null, 0, 10));
            assertThat(gatra.hits()).extracting(SearchResult.Hit::id).containsExactly("004_7ddc2eaf4f871cd2.txt");
            // Indonesian stemming: "perundingan" finds "berunding"/"runding" forms.
            assertThat(store.search(query("perundingan")).total()).isPositive();
        }
    }

    @Test
    void quotesBySpeaker() {
        try (Store store = Store.open(dir)) {
            SeedCorpus seeds = SeedCorpus.load();
            seeds.storeInto(store);
            Page<MemberRef> peskov = store.quotes("Dmitry Peskov", 0, 100);
            long expected = seeds.articles().stream().flatMap(a -> a.annotations().quotes().stream())
                    .filter(q -> "Dmitry Peskov".equals(q.speaker())).count();
            assertThat(peskov.total()).isEqualTo(expected);
            assertThat(peskov.items()).allSatisfy(ref -> assertThat(store.article(ref.article()).orElseThrow()
                    .annotations().quotes().get(ref.index()).speaker()).isEqualTo("Dmitry Peskov"));
            Page<MemberRef> second = store.quotes(null, 1, 1);
            assertThat(second.items()).containsExactly(store.quotes(null, 0, 2).items().get(1));
        }
    }

    @Test
    void longUrlIdsAreStoredAndImmenseOnesRefused() {
        String url = "https://www.antaranews.com/berita/banjir-demak?" + "utm_campaign=x&".repeat(300);
        try (Store store = Store.open(dir)) {
            store.put(plain(url, "Banjir merendam 12 desa di Kabupaten Demak."), 1);
            store.commit(new byte[0], null);
            String immense = "x".repeat(Store.MAX_ID_BYTES + 1);
            assertThatThrownBy(() -> store.put(plain(immense, "Isi."), 2)).isInstanceOf(IllegalArgumentException.class);
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.article(url)).isPresent();
            assertThat(store.articleIds(0, 10).items()).containsExactly(url);
        }
    }

    @Test
    void longPassagesAreCutAtWordsAroundTheMatch() {
        String sentence = "Pemerintah Kabupaten Demak menyiapkan tenda pengungsian, dapur umum, dan layanan kesehatan bagi warga"
                + " yang terdampak banjir di dua belas desa sepanjang aliran sungai yang meluap sejak Minggu malam setelah"
                + " hujan deras mengguyur wilayah hulu selama berjam-jam tanpa henti sehingga tanggul jebol di beberapa"
                + " titik dan air merendam rumah, sawah, serta jalan utama penghubung antarkecamatan menurut keterangan Bupati.";
        try (Store store = Store.open(dir)) {
            store.put(plain("demak.txt", sentence), 1);
            store.commit(new byte[0], null);
            List<Snippet.Part> parts = store.search(query("bupati")).hits().get(0).snippets().get(0).parts();
            assertThat(parts.get(0).text()).isEqualTo("…");
            assertThat(parts.get(1).text()).matches("^\\S.*").satisfies(t ->
                    assertThat(sentence).contains(" " + t));
            assertThat(parts).anySatisfy(p -> assertThat(p.text()).isEqualTo("Bupati"));
        }
    }

    /**
     * Sixteen {@code word~2} terms took 1.2 s on 2,146 articles: each fuzzy or prefix term walks the term
     * dictionary, so a query may have only a few, and a prefix must be long enough to narrow it.
     */
    @Test
    void termsThatExpandAreFewPerQueryAndTheirLimitIsNamed() {
        try (Store store = Store.open(dir)) {
            store.put(plain("a.txt", "Banjir merendam 12 desa di Demak, warga mengungsi ke balai desa."), 1);
            store.commit(new byte[0], null);

            assertThat(store.search(query("banjr~1 demk~1 wargaa~1")).total()).isEqualTo(1);
            assertThat(store.search(query("warg* desa")).total()).isEqualTo(1);
            String sixteen = "banjir~2 merendam~2 desa~2 demak~2 warga~2 mengungsi~2 balai~2 sungai~2 tanggul~2 jebol~2"
                    + " hujan~2 deras~2 pengungsi~2 bantuan~2 logistik~2 posko~2";
            assertThatThrownBy(() -> store.search(query(sixteen))).isInstanceOf(QueryTooCostlyException.class)
                    .hasMessageContaining("16 fuzzy or prefix terms").hasMessageContaining("at most 3");
            assertThatThrownBy(() -> store.search(query("d* banjir"))).isInstanceOf(QueryTooCostlyException.class)
                    .hasMessageContaining("'d*'").hasMessageContaining("at least 2 letters");
        }
    }

    /**
     * A search past its time budget is refused rather than answered with the hits of the part it searched;
     * a budget already spent stands for a search over a store too large to search in time.
     */
    @Test
    void aSearchPastItsTimeBudgetIsRefusedNamingTheBudget() {
        try (Store store = Store.open(dir)) {
            SeedCorpus.load().storeInto(store);

            assertThat(store.search(query("Peskov"), Duration.ofMinutes(1)).total()).isPositive();
            assertThatThrownBy(() -> store.search(query("Peskov"), Duration.ZERO))
                    .isInstanceOf(QueryTooCostlyException.class)
                    .hasMessage("the search ran past its budget of 0 ms: search for fewer or more specific words");
        }
    }

    private static SearchQuery query(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, 0, 10);
    }
}
