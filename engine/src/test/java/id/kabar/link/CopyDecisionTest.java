package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies told from follow-ups on CLICK-ID articles of September 2019 (fixture {@code clickid-copies.jsonl}):
 * how much of the shorter body the longer holds, whether titles and leads agree, and the outlets.
 */
class CopyDecisionTest {
    private final Map<String, AnnotatedArticle> byId = IndoSumSample.read("/link/clickid-copies.jsonl").stream()
            .map(IndoSumSample::crude).collect(Collectors.toMap(AnnotatedArticle::id, Function.identity()));

    private LinkedCorpus linked(String earlier, String later) {
        Linker linker = new Linker();
        linker.add(byId.get(earlier));
        linker.add(byId.get(later));
        return linker.result();
    }

    private ArticleProfile profile(String id) {
        return new ArticleProfiler(new Vocabulary()).profile(0, byId.get(id));
    }

    /** The article as a page that does not name its outlet would give it. */
    private AnnotatedArticle withoutOutlet(String id) {
        Article a = byId.get(id).article();
        return IndoSumSample.crude(new Article(a.id(), a.url(), a.language(), null, a.title(), a.published(),
                a.publishedBasis(), a.authors(), a.dateline(), a.body()));
    }

    private ArticleProfile unknownOutlet(String id) {
        return new ArticleProfiler(new Vocabulary()).profile(0, withoutOutlet(id));
    }

    private static double jaccard(ArticleProfile a, ArticleProfile b) {
        return ArticleProfiler.MINHASH.getFractionOfEqualComponents(a.signature(), b.signature());
    }

    @Test
    void containmentIsTheShareOfTheSmallerSetInTheLarger() {
        // 30 shingles inside 90: Jaccard 30 / 90, and all of the smaller set is held.
        assertThat(CopyDecision.containment(30.0 / 90, 30, 90)).isCloseTo(1.0, within(1e-9));
        // Two sets of 100 sharing 60: Jaccard 60 / 140, each 60% held.
        assertThat(CopyDecision.containment(60.0 / 140, 100, 100)).isCloseTo(0.6, within(1e-9));
        assertThat(CopyDecision.containment(0.5, 0, 100)).isZero();
    }

    /**
     * Kompas.com's "Awas Virus Joker, Segera Hapus 24 Aplikasi Ini dari Ponsel Android Anda" cut down to
     * its first half by tribunnews.com ("Waspadai Virus Joker, ..."): the two share little of the longer
     * text (Jaccard about 0.4), but nearly all of the shorter one stands in the longer.
     */
    @Test
    void aCondensedRePostOnAnotherOutletIsACopy() {
        ArticleProfile kompas = profile("clickid-kompas-319");
        ArticleProfile tribun = profile("clickid-tribunnews-245");
        double j = jaccard(kompas, tribun);
        assertThat(j).isLessThan(0.45);
        assertThat(CopyDecision.containment(j, kompas.shingles(), tribun.shingles()))
                .isGreaterThanOrEqualTo(CopyDecision.MOSTLY_CONTAINED);
        assertThat(linked("clickid-kompas-319", "clickid-tribunnews-245").links().get("clickid-tribunnews-245").duplicateOf())
                .isEqualTo("clickid-kompas-319");
    }

    /**
     * tribunnews.com opens with its own paragraph ("Presiden Joko Widodo menyambut tuntutan warga ... yang
     * meminta dibangun ...") and goes on "Dilansir dari Kompas.com, puluhan tokoh ... hadir ke Istana kompak
     * mengenakan topi rumbai": a syndicated copy with a new lead, under a headline of the same meeting.
     */
    @Test
    void aSyndicatedCopyWithANewLeadIsACopyWhenTheHeadlinesAgree() {
        ArticleProfile kompas = profile("clickid-kompas-170");
        ArticleProfile tribun = profile("clickid-tribunnews-456");
        // The new paragraph keeps part of the text from being found: the headlines decide.
        assertThat(CopyDecision.containment(jaccard(kompas, tribun), kompas.shingles(), tribun.shingles()))
                .isBetween(CopyDecision.CONTAINED_UNDER_ONE_TITLE, CopyDecision.MOSTLY_CONTAINED);
        assertThat(CopyDecision.overlap(ArticleProfiler.wordSet(kompas.title()), ArticleProfiler.wordSet(tribun.title())))
                .isGreaterThanOrEqualTo(CopyDecision.TITLES_AGREE);
        assertThat(linked("clickid-kompas-170", "clickid-tribunnews-456").links().get("clickid-tribunnews-456").duplicateOf())
                .isEqualTo("clickid-kompas-170");
    }

    /**
     * Bank Indonesia's foreign-debt release of 16 September as okezone.com ("Utang Luar Negeri Indonesia Kian
     * Membengkak, Tembus Rp5.534 Triliun per Juli") and Kompas.com ("Kembali Naik, Utang Luar Negeri Indonesia
     * Tembus Rp 5.534 Triliun") wrote it, 24 minutes apart: seven tenths of the shorter body's three-word shingles
     * stand in the other, its figures and phrases being the release's, but each outlet wrote its own sentences
     * around them, so few runs of eight words survive. Outlets of different media groups: a rewrite, not a copy.
     */
    @Test
    void aReleaseRewrittenByOutletsOfDifferentGroupsIsNotACopy() {
        ArticleProfile okezone = profile("clickid-okezone-1189");
        ArticleProfile kompas = profile("clickid-kompas-667");
        assertThat(CopyDecision.containment(jaccard(okezone, kompas), okezone.shingles(), kompas.shingles()))
                .isGreaterThanOrEqualTo(CopyDecision.CONTAINED_UNDER_ONE_TITLE);
        assertThat(MediaGroups.apart(okezone.outlet(), kompas.outlet())).isTrue();
        assertThat(CopyDecision.verbatim(okezone, kompas)).isLessThan(CopyDecision.VERBATIM_APART);
        assertThat(linked("clickid-okezone-1189", "clickid-kompas-667").links().get("clickid-kompas-667").duplicateOf())
                .isNull();
    }

    /**
     * Astra Honda Motor's release on its riders' Moto2 debut ("Saya sangat senang dan bahagia bisa ikut balapan
     * World Championship untuk kali pertama") on tempo.co and, with a lead of its own, on sindonews.com: the
     * paragraphs after the lead are the release's as it came, so the runs of words stand too.
     */
    @Test
    void aReleasePostedAsItCameByOutletsOfDifferentGroupsIsACopy() {
        ArticleProfile tempo = profile("clickid-tempo-2627");
        ArticleProfile sindonews = profile("clickid-sindonews-3062");
        assertThat(MediaGroups.apart(tempo.outlet(), sindonews.outlet())).isTrue();
        assertThat(CopyDecision.verbatim(tempo, sindonews)).isGreaterThanOrEqualTo(CopyDecision.VERBATIM_APART);
        assertThat(linked("clickid-tempo-2627", "clickid-sindonews-3062").links().get("clickid-sindonews-3062").duplicateOf())
                .isEqualTo("clickid-tempo-2627");
    }

    /**
     * Kompas.com's report that the news of BJ Habibie's death was a hoax ("Kabar Habibie Meninggal Dipastikan
     * Hoaks"), tribunnews.com's rewrite of it ("Hoaks Kabar BJ Habibie Meninggal Dunia, Dokter Ungkap Kondisi
     * Sebenarnya": "Kabar meninggalnya BJ Habibie dipastikan hoaks, hal itu dikonfirmasi oleh sekretaris
     * pribadinya"), and tribunnews.com's re-post of the report under a title of its own ("Bukan Hanya Sekali, BJ
     * Habibie Tercatat Dikabarkan Meninggal Dunia 6 Kali Sejak 2012"), which holds much of the rewrite too. The
     * re-post is a copy of the report; the rewrite is no copy of it, through the re-post or otherwise. Of one
     * outlet, the re-post's "6 kali" in headline and lead already tells it from the rewrite ({@link
     * CopyDecision#newFigureUpFront}); with the outlets unknown, only the bridge check keeps the two apart.
     */
    @Test
    void aTextCopyingTwoTextsThatAreNotCopiesOfEachOtherDoesNotJoinThem() {
        assertThat(CopyDecision.update(profile("clickid-tribunnews-589"), profile("clickid-tribunnews-603"))).isTrue();
        ArticleProfile report = unknownOutlet("clickid-kompas-318");
        ArticleProfile rewrite = unknownOutlet("clickid-tribunnews-603");
        ArticleProfile rePost = unknownOutlet("clickid-tribunnews-589");
        assertThat(CopyDecision.copies(rePost, report, jaccard(rePost, report))).isTrue();
        assertThat(CopyDecision.copies(rePost, rewrite, jaccard(rePost, rewrite))).isTrue();
        assertThat(CopyDecision.copies(rewrite, report, jaccard(rewrite, report))).isFalse();

        Linker linker = new Linker();
        for (String id : List.of("clickid-kompas-318", "clickid-tribunnews-603", "clickid-tribunnews-589")) {
            linker.add(withoutOutlet(id));
        }
        Map<String, ArticleLinks> links = linker.result().links();
        assertThat(links.get("clickid-tribunnews-589").duplicateOf()).isEqualTo("clickid-kompas-318");
        assertThat(links.get("clickid-tribunnews-603").duplicateOf()).isNull();
    }

    @Test
    void outletsOfOneMediaGroupAreNotApartAndAnOutletListedNowhereIsAGroupOfItsOwn() {
        assertThat(MediaGroups.apart(ArticleProfiler.outletKey("okezone.com"), ArticleProfiler.outletKey("SINDOnews.com"))).isFalse();
        assertThat(MediaGroups.apart(ArticleProfiler.outletKey("Kompas.com"), ArticleProfiler.outletKey("Tribunnews"))).isFalse();
        assertThat(MediaGroups.apart(ArticleProfiler.outletKey("Kompas.com"), ArticleProfiler.outletKey("okezone.com"))).isTrue();
        assertThat(MediaGroups.apart(ArticleProfiler.outletKey("tempo.co"), ArticleProfiler.outletKey("suara.com"))).isTrue();
        assertThat(MediaGroups.apart(ArticleProfiler.outletKey("tempo.co"), ArticleProfiler.outletKey("tempo.co"))).isFalse();
        assertThat(MediaGroups.apart(null, ArticleProfiler.outletKey("tempo.co"))).isFalse();
    }

    /**
     * Two sindonews.com reports an hour apart on BJ Habibie's death, the minister's condolence ("Menteri Luar
     * Negeri Retno Lestari Priansari Marsudi menyampaikan belasungkawa") and the US embassy's ("Kedutaan
     * Besar (Kedubes) Amerika Serikat (AS) di Jakarta turut menyampaikan ucapan dukacita"), each ending on
     * the same seven paragraphs of his life: two thirds of one body is in the other, yet each has its own
     * lead and title, so neither is a copy.
     */
    @Test
    void aFollowUpOfTheSameOutletReusingBackgroundParagraphsIsNotACopy() {
        ArticleProfile minister = profile("clickid-sindonews-1927");
        ArticleProfile embassy = profile("clickid-sindonews-1899");
        assertThat(CopyDecision.containment(jaccard(minister, embassy), minister.shingles(), embassy.shingles()))
                .isGreaterThanOrEqualTo(CopyDecision.CONTAINED_UNDER_ONE_LEAD);
        assertThat(CopyDecision.overlap(minister.leadWords(), embassy.leadWords())).isLessThan(CopyDecision.LEAD_WORDS_AGREE);
        assertThat(CopyDecision.leadsAgree(minister, embassy)).isFalse();
        assertThat(linked("clickid-sindonews-1927", "clickid-sindonews-1899").links().get("clickid-sindonews-1899").duplicateOf())
                .isNull();
    }

    /**
     * tempo.co's two texts of Jokowi's speech at Habibie's funeral on 12 September 2019, "Di Pemakaman BJ Habibie,
     * Jokowi: Selamat Jalan Mr Crack" and "Jokowi: Habibie, Negarawan yang Yakin Bahaya Cerdas Tanpa Cinta": the second
     * keeps the first's last five paragraphs of the speech ("Semasa hidupnya, kata Jokowi, Habibie kerap mengingatkan
     * ..."), but opens with a lead and a quote of its own under a headline of its own. Its lead shares the first's
     * words (the president, the funeral, Habibie) but not its phrases.
     */
    @Test
    void aSecondTextOnOneSpeechUnderItsOwnLeadAndHeadlineIsNotACopy() {
        ArticleProfile first = profile("clickid-tempo-2629");
        ArticleProfile second = profile("clickid-tempo-2637");
        assertThat(CopyDecision.containment(first, second, jaccard(first, second)))
                .isGreaterThanOrEqualTo(CopyDecision.CONTAINED_UNDER_ONE_LEAD);
        assertThat(CopyDecision.overlap(first.leadWords(), second.leadWords()))
                .isGreaterThanOrEqualTo(CopyDecision.LEAD_WORDS_AGREE);
        assertThat(CopyDecision.leadsAgree(first, second)).isFalse();
        assertThat(CopyDecision.headlinesMeet(first, second)).isFalse();
        assertThat(linked("clickid-tempo-2629", "clickid-tempo-2637").links().get("clickid-tempo-2637").duplicateOf())
                .isNull();
    }

    /**
     * tempo.co's gold price of 10 September ("Harga Emas Antam Turun Rp 4.000 per Gram", "turun Rp 4.000 ...
     * harga Senin, 9 September 2019 yang sebesar Rp 758.000") and of the next day ("Turun Jadi Rp 751.000",
     * "turun Rp 3.000 ... Rp 754.000"): the same template, most of the body alike, other figures up front.
     */
    @Test
    void theDaysGoldPriceWrittenOverYesterdaysTemplateIsAnUpdateNotACopy() {
        ArticleProfile tenth = profile("clickid-tempo-1210");
        ArticleProfile eleventh = profile("clickid-tempo-1004");
        assertThat(CopyDecision.containment(jaccard(tenth, eleventh), tenth.shingles(), eleventh.shingles()))
                .isGreaterThanOrEqualTo(CopyDecision.CONTAINED_UNDER_ONE_LEAD);
        assertThat(CopyDecision.update(tenth, eleventh)).isTrue();
        assertThat(linked("clickid-tempo-1210", "clickid-tempo-1004").links().get("clickid-tempo-1004").duplicateOf())
                .isNull();
    }

    /**
     * okezone.com's half-time report ("Unggul 1-0 atas Filipina di Babak Pertama") and its full-time report
     * ("Gilas Filipina 4-0") of one match: 87% of the shorter body stands in the longer, but the score differs.
     */
    @Test
    void aHalfTimeReportRewrittenForTheFinalScoreIsAnUpdate() {
        ArticleProfile halfTime = profile("clickid-okezone-1464");
        ArticleProfile fullTime = profile("clickid-okezone-1472");
        assertThat(CopyDecision.update(halfTime, fullTime)).isTrue();
        assertThat(linked("clickid-okezone-1464", "clickid-okezone-1472").links().get("clickid-okezone-1472").duplicateOf())
                .isNull();
        // A copy keeps its figures: the condensed Kompas.com text on tribunnews.com is no update.
        assertThat(CopyDecision.update(profile("clickid-kompas-319"), profile("clickid-tribunnews-245"))).isFalse();
    }

    /**
     * Kompas.com's first report of the Vice President's visit to Habibie ("Wapres Kalla Jenguk BJ Habibie": "Kalla
     * tiba di RSPAD Gatot Soebroto sekitar pukul 18.25 WIB") and its later one ("Wapres Kalla Jenguk Habibie 5
     * Menit": "menjenguk ayahnya selama lima menit"), which keeps the doctors' statement: a new figure up front.
     */
    @Test
    void aLaterReportWithANewFigureInHeadlineAndLeadIsAnUpdate() {
        ArticleProfile first = profile("clickid-kompas-1158");
        ArticleProfile later = profile("clickid-kompas-1301");
        assertThat(CopyDecision.newFigureUpFront(later, first)).isTrue();
        assertThat(CopyDecision.newFigureUpFront(first, later)).isFalse();
        assertThat(CopyDecision.update(first, later)).isTrue();
        assertThat(linked("clickid-kompas-1158", "clickid-kompas-1301").links().get("clickid-kompas-1301").duplicateOf())
                .isNull();
    }

    /**
     * okezone.com's half-time report ("Timnas Indonesia dan Thailand Sama Kuat di Babak Pertama", "skor kacamata
     * 0-0" past its first 40 words) and its final report ("Menyerah 0-3", "takluk dengan skor 0-3" in the lead).
     */
    @Test
    void aFinalScoreOnlyOneHeadlineWritesIsAnUpdate() {
        ArticleProfile halfTime = profile("clickid-okezone-4174");
        ArticleProfile fullTime = profile("clickid-okezone-3497");
        assertThat(ArticleProfiler.figureSet(halfTime.title())).isEmpty();
        assertThat(CopyDecision.update(halfTime, fullTime)).isTrue();
        assertThat(linked("clickid-okezone-4174", "clickid-okezone-3497").links().get("clickid-okezone-3497").duplicateOf())
                .isNull();
    }

    /**
     * Kompas.com's report of Mahfud MD's word that the KPK cannot hand its mandate back ("Secara Hukum, KPK Tak Bisa
     * Serahkan Mandat ke Presiden") re-posted eight minutes later under "Sekarang Waktunya Presiden Ajak Bicara
     * Pimpinan KPK", his closing quote moved up front: the leads differ, but each body holds most of the other.
     */
    @Test
    void aRePostWithItsQuotesReorderedIsACopyOfTheSameOutlet() {
        ArticleProfile first = profile("clickid-kompas-1014");
        ArticleProfile rePost = profile("clickid-kompas-1019");
        double j = jaccard(first, rePost);
        assertThat(CopyDecision.overlap(first.leadWords(), rePost.leadWords())).isLessThan(CopyDecision.LEAD_WORDS_AGREE);
        assertThat(CopyDecision.containedBothWays(j, first.shingles(), rePost.shingles()))
                .isGreaterThanOrEqualTo(CopyDecision.CONTAINED_BOTH_WAYS);
        assertThat(linked("clickid-kompas-1014", "clickid-kompas-1019").links().get("clickid-kompas-1019").duplicateOf())
                .isEqualTo("clickid-kompas-1014");
    }

    @Test
    void figuresAreReadFromDigitsAndNumberWords() {
        assertThat(ArticleProfiler.figure("5")).isEqualTo("5");
        assertThat(ArticleProfiler.figure("lima")).isEqualTo("5");
        assertThat(ArticleProfiler.figure("2019")).isNull();
        assertThat(ArticleProfiler.figure("satu")).isNull();
        assertThat(ArticleProfiler.figure("menit")).isNull();
    }

    @Test
    void figuresAreTheRunsOfDigitsAmongTheWords() {
        assertThat(ArticleProfiler.figureSet("Harga Emas Antam Turun Jadi Rp 751.000 per Gram"))
                .isEqualTo(ArticleProfiler.wordSet("751 000"));
        assertThat(ArticleProfiler.figureSet("Timnas Indonesia U-16 Gilas Filipina 4-0"))
                .isEqualTo(ArticleProfiler.wordSet("16 4 0"));
        assertThat(ArticleProfiler.figureSet("Lima Catatan LHKPN Pimpinan KPK 2019-2023")).isEmpty();
        assertThat(ArticleProfiler.figureSet(null)).isEmpty();
    }

    @Test
    void aCopyArrivingAfterARestartIsStillFoundFromTheSavedShingleCountAndLead(@TempDir Path dir) throws IOException {
        Linker first = Linker.in(dir);
        first.add(byId.get("clickid-kompas-319"));
        byte[] saved = first.checkpoint();
        first.close();

        Linker restored = Linker.restore(dir, saved);
        restored.add(byId.get("clickid-tribunnews-245"));

        assertThat(restored.profiles.get(0).shingles()).isEqualTo(profile("clickid-kompas-319").shingles());
        assertThat(restored.profiles.get(0).leadWords()).isEqualTo(profile("clickid-kompas-319").leadWords());
        assertThat(restored.profiles.get(0).runSignature()).isEqualTo(profile("clickid-kompas-319").runSignature());
        assertThat(restored.profiles.get(0).runs()).isEqualTo(profile("clickid-kompas-319").runs());
        assertThat(restored.profiles.get(0).leadShingles()).isEqualTo(profile("clickid-kompas-319").leadShingles());
        assertThat(restored.profiles.get(0).shingleSample()).isEqualTo(profile("clickid-kompas-319").shingleSample());
        assertThat(restored.result().links().get("clickid-tribunnews-245").duplicateOf()).isEqualTo("clickid-kompas-319");
    }

    /**
     * tribunnews.com's "Kronologis Penggerebekan Oknum Kepsek dan Guru TK" re-posted across its network as "Menangkap
     * Basah Kepala Sekolah Mesum dengan Guru TK": a new title, the lead's sentences reworded but keeping their phrases
     * ("Kepala Dusun Prebutan, Desa Kemejing, Kecamatan Semin"), the village head's account word for word. Less than
     * two thirds of the shorter body stands in the other, but as much of the longer.
     */
    @Test
    void aNetworkRePostWithItsLeadRewordedIsACopyOfTheSameOutlet() {
        ArticleProfile first = profile("clickid-tribunnews-507");
        ArticleProfile rePost = profile("clickid-tribunnews-900");
        double j = jaccard(first, rePost);
        assertThat(CopyDecision.containment(first, rePost, j)).isLessThan(CopyDecision.CONTAINED_UNDER_ONE_LEAD);
        assertThat(CopyDecision.containedBothWays(j, first.shingles(), rePost.shingles()))
                .isGreaterThanOrEqualTo(CopyDecision.LEAD_CONTAINED_BOTH_WAYS);
        assertThat(CopyDecision.leadsAgree(first, rePost)).isTrue();
        assertThat(linked("clickid-tribunnews-507", "clickid-tribunnews-900").links().get("clickid-tribunnews-900").duplicateOf())
                .isEqualTo("clickid-tribunnews-507");
    }

    /**
     * okezone.com's two paragraphs on the Jagorawi crash victims ("Korban Kecelakaan di Tol Jagorawi Hendak Pergi
     * Ibadah ke Serpong", 51 shingles) re-posted by sindonews.com within a text three times as long, under the same
     * headline reworded: the short body's sample holds all its shingles, so the share the other holds (0.63) is
     * counted; the Jaccard of 0.16 would have put it at 0.50. (Whether the look-up meets such a pair at all is for
     * the LSH bands to say: at that Jaccard in four cases of five, {@link DuplicateDetector#ROWS}.)
     */
    @Test
    void aShortTextIsCountedInTheLongerOneNotEstimated() {
        ArticleProfile okezone = profile("clickid-okezone-4159");
        ArticleProfile sindonews = profile("clickid-sindonews-1390");
        assertThat(okezone.shingleSample()).hasSize(okezone.shingles());
        assertThat(sindonews.shingleSample()).hasSize(ArticleProfiler.SAMPLE);
        double j = jaccard(okezone, sindonews);
        assertThat(CopyDecision.containment(j, okezone.shingles(), sindonews.shingles()))
                .isLessThan(CopyDecision.CONTAINED_UNDER_ONE_TITLE);
        assertThat(CopyDecision.containment(okezone, sindonews, j)).isBetween(0.6, 0.7);
        assertThat(CopyDecision.copies(okezone, sindonews, j)).isTrue();
    }

    @Test
    void twoShortBodiesAreComparedShingleByShingle() {
        ArticleProfile a = profile("clickid-okezone-4159");
        ArticleProfile same = new ArticleProfiler(new Vocabulary()).profile(1, byId.get("clickid-okezone-4159"));
        assertThat(CopyDecision.containment(a, same, 0)).isEqualTo(1.0);
        // A profile saved before samples were kept: the Jaccard decides.
        ArticleProfile none = new ArticleProfile(a.seq(), a.id(), a.outlet(), a.published(), a.title(), a.days(),
                a.happened(), a.lead(), a.terms(), a.termWeights(), a.entities(), a.entityWeights(), a.indexKeys(),
                a.quotes(), a.claims(), a.signature(), a.shingles(), a.runSignature(), a.runs(), a.leadWords(),
                a.leadFigures(), a.titleStems(), a.kinds(), a.placeStems(), a.leadDay(), a.leadActor(), a.leadShingles(),
                null);
        assertThat(CopyDecision.containment(none, same, 0)).isZero();
    }

    @Test
    void theLeadsShinglesAreReadAfterTheDateline() {
        assertThat(ArticleProfiler.leadShingles("TEMPO.CO, Jakarta - Menteri Keuangan Sri Mulyani mengenang"))
                .hasSize(3)
                .isEqualTo(ArticleProfiler.leadShingles("Menteri Keuangan Sri Mulyani mengenang"));
        assertThat(ArticleProfiler.leadShingles("Jakarta - Presiden")).hasSize(1);
    }

    @Test
    void theLeadIsReadAfterTheDatelineAndTitlesAsWordSets() {
        assertThat(ArticleProfiler.leadWords("TEMPO.CO, Jakarta - Menteri Keuangan mengenang"))
                .isEqualTo(ArticleProfiler.wordSet("Menteri Keuangan mengenang"));
        assertThat(CopyDecision.overlap(ArticleProfiler.wordSet("Gandeng Satpol PP, Bea Cukai Amankan Puluhan Cairan Vape"),
                ArticleProfiler.wordSet("Bea Cukai Amankan Cairan Vape"))).isEqualTo(1.0);
        assertThat(CopyDecision.overlap(ArticleProfiler.wordSet(null), ArticleProfiler.wordSet("Bea Cukai"))).isZero();
    }
    /**
     * BNPB's release on the Karangetang evacuation of 13 September 2019 as tempo.co ("Gunung Karangetang Erupsi, 47 Warga
     * Sitaro Dievakuasi") and okezone.com ("... 47 Warga Desa Dievakuasi") posted it three hours apart: okezone.com
     * reworded the lead and named BNPB's spokesman, every other paragraph stands with light edits ("Sementara itu,
     * Pemerintah Kabupaten Sitaro juga telah menyalurkan bantuan"). Outlets of different media groups, but the shorter
     * body held whole enough to be one release posted by both, whatever runs of words the edits broke.
     */
    @Test
    void aReleasePostedWithLightEditsByOutletsOfDifferentGroupsIsACopy() {
        ArticleProfile tempo = profile("clickid-tempo-2233");
        ArticleProfile okezone = profile("clickid-okezone-4373");
        assertThat(MediaGroups.apart(tempo.outlet(), okezone.outlet())).isTrue();
        assertThat(CopyDecision.containment(tempo, okezone, jaccard(tempo, okezone)))
                .isGreaterThanOrEqualTo(CopyDecision.POSTED_BY_BOTH);
        assertThat(linked("clickid-tempo-2233", "clickid-okezone-4373").links().get("clickid-okezone-4373").duplicateOf())
                .isEqualTo("clickid-tempo-2233");
    }

    /**
     * The Demokrat party's text of Ibas's speech asking its members to pray for BJ Habibie, as tribunnews.com ("Ibas Ajak
     * Kader Demokrat Doa Bersama Untuk Kesembuhan BJ Habibie") and okezone.com ("Ibas Ajak Seluruh Kader Demokrat
     * Doakan Kesembuhan BJ Habibie") posted it an hour and a half apart: outlets of different media groups, edits in
     * every paragraph that break the runs of words and leave under 0.75 of the shorter body in the other, but both
     * open with the party's own first sentence ("Ketua Fraksi ... meminta seluruh kader ... meluangkan waktu sejenak
     * untuk mendoakan"), as a rewrite does not.
     */
    @Test
    void aReleaseBothPostUnderItsOwnOpeningIsACopyAcrossMediaGroups() {
        ArticleProfile tribunnews = profile("clickid-tribunnews-511");
        ArticleProfile okezone = profile("clickid-okezone-3821");
        assertThat(MediaGroups.apart(tribunnews.outlet(), okezone.outlet())).isTrue();
        assertThat(CopyDecision.containment(tribunnews, okezone, jaccard(tribunnews, okezone)))
                .isBetween(CopyDecision.RELEASE_POSTED, CopyDecision.POSTED_BY_BOTH);
        assertThat(CopyDecision.verbatim(tribunnews, okezone)).isLessThan(CopyDecision.VERBATIM_APART);
        assertThat(CopyDecision.leadsAgree(tribunnews, okezone)).isTrue();
        assertThat(linked("clickid-tribunnews-511", "clickid-okezone-3821").links().get("clickid-okezone-3821")
                .duplicateOf()).isEqualTo("clickid-tribunnews-511");
    }

    /**
     * tribunnews.com's report of Dul Jaelani meeting the families of the Jagorawi crash victims ("Dul Jaelani Kembali
     * Temui Keluarga Korban Tewas Kecelakaan Tol Jagorawi, 'Tolong, Maafkan Saya'") re-posted seven hours later under
     * a new headline and new first lines ("6 tahun berlalu ... kembali menyesali jatuhnya korban meninggal dunia"): the
     * leads share no phrase, but the rest stands word for word ("Saya ingin meminta maaf sebanyak-banyaknya atas
     * kesalahan saya"), most of either body in the other.
     */
    @Test
    void aRePostUnderANewLeadAndHeadlineKeepingTheRestWordForWordIsACopy() {
        ArticleProfile first = profile("clickid-tribunnews-581");
        ArticleProfile rePost = profile("clickid-tribunnews-287");
        double jaccard = jaccard(first, rePost);
        assertThat(CopyDecision.leadsAgree(first, rePost)).isFalse();
        assertThat(CopyDecision.containedBothWays(jaccard, first.shingles(), rePost.shingles()))
                .isBetween(CopyDecision.KEPT_BOTH_WAYS, CopyDecision.CONTAINED_BOTH_WAYS);
        assertThat(CopyDecision.verbatim(first, rePost)).isGreaterThanOrEqualTo(CopyDecision.KEPT_WORD_FOR_WORD);
        assertThat(linked("clickid-tribunnews-581", "clickid-tribunnews-287").links().get("clickid-tribunnews-287")
                .duplicateOf()).isEqualTo("clickid-tribunnews-581");
    }

    /**
     * sindonews.com's report of Netanyahu's claim that Iran built nuclear weapons at Abadeh, and its report an hour later
     * of Iran's reply ("Iran Balas Netanyahu: Israel Pemilik Bom Nuklir Sesungguhnya"), which opens with the reply and
     * keeps the whole first report under "Seperti diberitakan sebelumnya, Perdana Menteri Benjamin Netanyahu menuduh
     * Iran": the shorter body stands wholly in the longer, yet the longer is a follow-up, not a copy.
     */
    @Test
    void aFollowUpKeepingTheFirstReportAsWhatWasReportedBeforeIsNotACopy() {
        ArticleProfile claim = profile("clickid-sindonews-1751");
        ArticleProfile reply = profile("clickid-sindonews-1798");
        assertThat(CopyDecision.containment(claim, reply, jaccard(claim, reply)))
                .isGreaterThanOrEqualTo(CopyDecision.WHOLLY_CONTAINED);
        assertThat(reply.retells()).isTrue();
        assertThat(claim.retells()).isFalse();
        assertThat(CopyDecision.followUp(claim, reply)).isTrue();
        assertThat(linked("clickid-sindonews-1751", "clickid-sindonews-1798").links().get("clickid-sindonews-1798").duplicateOf())
                .isNull();
    }

    @Test
    void aParagraphOpeningWithWhatWasReportedBeforeRetellsIt() {
        assertThat(ArticleProfiler.retells("Anggota DPRD itu dari Partai Demokrat.\n\nSebelumnya diberitakan, seorang "
                + "anggota DPRD Bandung, Jawa Barat berinisial IH (59) ditahan polisi.")).isTrue();
        assertThat(ArticleProfiler.retells("\"Seperti diberitakan sebelumnya, Komisi VII DPR-RI menggelar Rapat.")).isTrue();
        // Said inside a paragraph, or of another outlet's report, it does not mark the outlet's own background.
        assertThat(ArticleProfiler.retells("Hal itu, seperti diberitakan sebelumnya, dibantah polisi.")).isFalse();
        assertThat(ArticleProfiler.retells("Seperti diberitakan Kompas.com, polisi menahan IH.")).isFalse();
    }

    /**
     * tribunnews.com's "Kisah Eko Driver Go-Food Antar Pesanan Naik Sepeda, Sempat Jatuh Sakit Selama Seminggu" takes
     * Kompas.com's "Cerita Eko Driver Go-Food Pengayuh Sepeda di Bekasi" under a lead of its own ("..., melainkan
     * sepeda., Mengutip Kompas.com, pria bernama Eko Susilo (47) itu pun menceritakan alasannya."): 0.63 of its body
     * stands in the other's, below the bound for two outlets, and the headlines share a third of their words, too few
     * to agree, yet it names Kompas.com as its source, so it is a copy.
     */
    @Test
    void aTextThatNamesTheOtherOutletAsItsSourceIsACopyUnderANewLead() {
        ArticleProfile kompas = profile("clickid-kompas-1232");
        ArticleProfile tribun = profile("clickid-tribunnews-93");
        double jaccard = jaccard(kompas, tribun);
        assertThat(CopyDecision.containment(kompas, tribun, jaccard))
                .isBetween(CopyDecision.CREDITED_CONTAINED, CopyDecision.MOSTLY_CONTAINED);
        assertThat(CopyDecision.overlap(ArticleProfiler.wordSet(kompas.title()), ArticleProfiler.wordSet(tribun.title())))
                .isLessThan(CopyDecision.TITLES_AGREE);
        assertThat(tribun.credited()).contains("kompas");
        assertThat(CopyDecision.credits(tribun, kompas)).isTrue();
        assertThat(CopyDecision.credits(kompas, tribun)).isFalse();
        assertThat(CopyDecision.copies(kompas, tribun, jaccard)).isTrue();
        assertThat(ArticleProfiler.credited("Sumber: Kompas.com")).containsExactly("kompas", "com");
    }
}
