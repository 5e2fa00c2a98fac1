package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.link.ClaimProfiles.Read;
import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.MemberRef;
import id.kabar.model.Qualifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Figures that two outlets give in one sentence retold, from the CLICK-ID week (September 2019): one group, agreeing or
 * disagreeing.
 */
class RetoldSentenceClaimsTest {
    private static final LocalDate MONDAY = LocalDate.of(2019, 9, 16);

    private static ArticleProfile article(String id, String outlet, String body, Read... read) {
        return ClaimProfiles.article(id, outlet, MONDAY, body, read);
    }

    /** The groups of one event's articles, each article its own story and its own text. */
    private static List<ClaimGroup> groupsOfOneEvent(ArticleProfile... articles) {
        List<ArticleProfile> all = List.of(articles);
        return ClaimGrouper.group(all, all::indexOf, String::valueOf, all::indexOf, p -> 0);
    }

    @Test
    void oneSentenceRetoldWithAnotherSumDisagrees() {
        ArticleProfile kompas = article("kompas", "kompas.com",
                "Kemudian, David Wira melalui perantara bernama Susanto hanya memberikan uang senilai Rp 3 miliar.",
                new Read("Rp 3 miliar", ClaimCategory.MONEY, 3e9, "rupiah", null));
        ArticleProfile okezone = article("okezone", "okezone.com",
                "Melalui orang bernama Susanto, David Wira memberikan uang sebesar Rp5 miliar yang akan dipinjamkan "
                        + "kepadanya.",
                new Read("Rp5 miliar", ClaimCategory.MONEY, 5e9, "rupiah", null));

        assertThat(groupsOfOneEvent(kompas, okezone)).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(ClaimGroupKind.DISAGREEMENT);
            assertThat(g.members()).containsExactlyInAnyOrder(new MemberRef("kompas", 0), new MemberRef("okezone", 0));
        });
    }

    @Test
    void oneSentenceRetoldWordForWordNeedsNoName() {
        String sindonews = "Tercatat sekira 50 hektare lahan yang dilalap si jago merah.";
        String okezone = "Tercatat sekira 150 hektare lahan yang dilalap si jago merah.";

        assertThat(groupsOfOneEvent(
                article("sindonews", "sindonews.com", sindonews,
                        new Read("sekira 50 hektare lahan", ClaimCategory.COUNT, 50, "hektare", "hektare lahan")),
                article("okezone", "okezone.com", okezone,
                        new Read("sekira 150 hektare lahan", ClaimCategory.COUNT, 150, "hektare", "hektare lahan"))))
                .singleElement().extracting(ClaimGroup::kind).isEqualTo(ClaimGroupKind.DISAGREEMENT);
    }

    @Test
    void oneOutletsTwoReportsAreNoRetelling() {
        String first = "Kemudian, David Wira melalui perantara bernama Susanto hanya memberikan uang senilai Rp 3 miliar.";
        String second = "Melalui orang bernama Susanto, David Wira memberikan uang sebesar Rp5 miliar.";

        assertThat(groupsOfOneEvent(
                article("first", "kompas.com", first, new Read("Rp 3 miliar", ClaimCategory.MONEY, 3e9, "rupiah", null)),
                article("second", "kompas.com", second, new Read("Rp5 miliar", ClaimCategory.MONEY, 5e9, "rupiah", null))))
                .isEmpty();
    }

    @Test
    void aShareBesideTheFigureTellsTwoSentencesApart() {
        String sindonews = "Jabar pun menjadi provinsi dengan jumlah penduduk muslim terbesar se-Indonesia yakni mencapai "
                + "45,5 juta jiwa atau 97 persen dari penduduknya.";
        String tribunnews = "Dengan jumlah penduduk 48,683 juta jiwa atau sekira 20 persen dari total populasi Indonesia, "
                + "Jabar tak hanya menjadi provinsi dengan jumlah penduduk terbesar di Tanah Air.";

        assertThat(groupsOfOneEvent(
                article("sindonews", "sindonews.com", sindonews,
                        new Read("45,5 juta jiwa", ClaimCategory.COUNT, 45.5e6, "jiwa", "jiwa")),
                article("tribunnews", "tribunnews.com", tribunnews,
                        new Read("48,683 juta jiwa", ClaimCategory.COUNT, 48.683e6, "jiwa", "jiwa"))))
                .isEmpty();
    }

    @Test
    void aSentenceGivingTheOthersFigureRetellsThatClaim() {
        String okezone = "Bahkan, dari 10 anggota DPR termuda 2019-2024, tiga di antaranya berasal dari Partai Golkar.";
        String sindonews = "Bahkan, dari 10 anggota DPR termuda 2019-2024, tiga di antaranya berasal dari Partai Golkar";
        Read ten = new Read("10 anggota DPR", ClaimCategory.COUNT, 10, "anggota", "anggota DPR");
        Read three = new Read("tiga di antaranya", ClaimCategory.COUNT, 3, "anggota", "anggota DPR");

        List<ClaimGroup> groups = groupsOfOneEvent(article("okezone", "okezone.com", okezone, ten, three),
                article("sindonews", "sindonews.com", sindonews, ten, three));

        assertThat(groups).isNotEmpty().allSatisfy(g -> assertThat(g.kind()).isEqualTo(ClaimGroupKind.AGREEMENT));
    }

    @Test
    void aListRetoldTiesEachLineToItsNamedSubject() {
        String okezone = "Seperti Danau Toba dengan total anggaran Rp109,2 miliar, Labuan Bajo sebesar Rp207,6 miliar, dan "
                + "Destinasi Mandalika sebesar Rp126,5 miliar.";
        String kompas = "Danau Toba dengan total anggaran Rp109,2 miliar, Labuan Bajo sebesar Rp207,6 miliar, dan Destinasi "
                + "Mandalika sebesar Rp, 26,5 miliar.";
        ArticleProfile first = article("okezone", "okezone.com", okezone,
                new Read("Rp109,2 miliar", ClaimCategory.MONEY, 109.2e9, "rupiah", "Danau Toba"),
                new Read("Rp207,6 miliar", ClaimCategory.MONEY, 207.6e9, "rupiah", "Labuan Bajo"),
                new Read("Rp126,5 miliar", ClaimCategory.MONEY, 126.5e9, "rupiah", "Destinasi Mandalika"));
        ArticleProfile second = article("kompas", "kompas.com", kompas,
                new Read("Rp109,2 miliar", ClaimCategory.MONEY, 109.2e9, "rupiah", "Danau Toba"),
                new Read("Rp207,6 miliar", ClaimCategory.MONEY, 207.6e9, "rupiah", "Labuan Bajo"),
                new Read("Rp, 26,5 miliar", ClaimCategory.MONEY, 26.5e9, "rupiah", "Destinasi Mandalika"));

        List<ClaimGroup> groups = groupsOfOneEvent(first, second);

        assertThat(groups).filteredOn(g -> g.kind() == ClaimGroupKind.DISAGREEMENT).singleElement()
                .satisfies(g -> assertThat(g.members())
                        .containsExactlyInAnyOrder(new MemberRef("okezone", 2), new MemberRef("kompas", 2)));
    }

    @Test
    void aSentenceKeepsItsNamesAndFiguresBesideTheClaim() {
        String body = "Harga naik. Kementerian Keuangan pada Senin (16/9/2019) menaikkan cukai rokok 23 persen dan harga "
                + "jual eceran menjadi 35 persen.";
        Claim cukai = new Claim("23 persen", ClaimCategory.PERCENT, 23, Qualifier.EXACT, "persen", "cukai rokok", null,
                null, body.indexOf("23 persen"), body.indexOf("23 persen") + "23 persen".length());

        ClaimSentence sentence = ClaimSentence.of(body, List.of(cukai)).get(0);

        assertThat(sentence.start()).isEqualTo(body.indexOf("Kementerian"));
        // the sentence's first word and the day are no names
        assertThat(sentence.names()).containsExactly(ArticleProfiler.wordHash(NameKeys.fold("Keuangan")));
        // the other share is a figure, the date's parts and the claim's own figure are not
        assertThat(sentence.figures()).containsExactly(ArticleProfiler.wordHash("35"));
        assertThat(sentence.stems())
                .contains(ArticleProfiler.wordHash(TermAnalyzer.stems("cukai").get(0)))
                .doesNotContain(ArticleProfiler.wordHash("23"));
        // the date's year and day are its times
        assertThat(sentence.times()).containsExactly(2019, ClaimSentence.DAY_TIME + 16 * 100 + 9);
    }

    /**
     * KEIN's view of the surplus of {@code Agustus 2018} (kompas.com, 16 September 2019) and BPS's of {@code Agustus
     * 2019} (sindonews.com) name different years: different figures, however alike their words. KEIN's view as
     * sindonews.com wrote it names both years, so neither year tells it apart from BPS's.
     */
    @Test
    void sentencesNamingDifferentYearsTellDifferentFigures() {
        String kompas = "Wakil Ketua KEIN Arif Budimanta mengatakan, surplus neraca perdagangan pada Agustus 2018 yang "
                + "sebesar 0,085 miliar dollar AS bukan akibat dari kinerja ekspor yang membaik dari bulan sebelumnya.";
        String bps = "Badan Pusat Statistik (BPS) mengumumkan neraca perdagangan Indonesia pada Agustus 2019 mengalami "
                + "surplus USD0,08 miliar.";
        String sindonews = "Wakil Ketua Komite Ekonomi dan Industri Nasional (KEIN) Arif Budimanta mengatakan, surplus "
                + "neraca perdagangan pada Agustus 2018 yang sebesar USD0,085 miliar bukan akibat dari kinerja ekspor "
                + "yang membaik dari bulan sebelumnya akan tetapi karena impor Agustus 2019 yang turun dari Juli 2019.";

        ClaimSentence kein = sentenceOf(kompas, "0,085 miliar dollar AS");
        ClaimSentence surplus = sentenceOf(bps, "USD0,08 miliar");
        ClaimSentence bothYears = sentenceOf(sindonews, "USD0,085 miliar");

        assertThat(kein.namesOtherTimes(surplus)).isTrue();
        assertThat(surplus.namesOtherTimes(kein)).isTrue();
        assertThat(bothYears.namesOtherTimes(surplus)).isFalse();
        assertThat(kein.namesOtherTimes(bothYears)).isFalse();
    }

    /**
     * One bank fraud as tribunnews.com (10 September 2019) and tempo.co (11 September 2019) quote the police: {@code
     * Dua orang ini baru satu sindikat} are the two arrested, {@code masih ada dua orang yang belum ditangkap} two
     * others, sought; each report's two counts of two people stand in one group. The sentences retold tie no group
     * of them across the reports, which would make the arrested and the sought one figure.
     */
    @Test
    void fewPeopleAReportCountsTwiceAreNotTiedByASentenceRetold() {
        String arrested = "Total keseluruhan kerugian bank BUMN ini adalah Rp 16 miliar dari beberapa sindikat ya. Dua "
                + "orang ini baru satu sindikat, masih ada yang lainnya yang masih kami kejar,\" ujar Ronald. ";
        String sought = "\"Dari jaringan sindikat ini, masih ada dua orang yang belum ditangkap dan sudah masuk DPO. Masih "
                + "ada sindikat lainnya yang masih kami kejar juga,\" tandasnya.";
        Read twoArrested = new Read("Dua orang", ClaimCategory.COUNT, 2, "orang", "orang");
        Read twoSought = new Read("dua orang", ClaimCategory.COUNT, 2, "orang", "orang");

        assertThat(groupsOfOneEvent(
                article("tribunnews", "tribunnews.com", arrested + sought, twoArrested, twoSought),
                article("tempo", "tempo.co", arrested + sought, twoArrested, twoSought)))
                .isEmpty();
    }

    /**
     * Mount Merbabu's fire as sindonews.com and okezone.com told it (13 September 2019), {@code Tercatat sekira 50
     * hektare lahan yang dilalap si jago merah} and {@code sekira 150 hektare}: one sentence retold, the two figures
     * disagreeing. Each stands in a story with another event's area of the same figure (tempo.co, 11 September 2019:
     * a plantation burnt in Indragiri Hilir, a business park), which the disagreement does not tie together.
     */
    @Test
    void aDisagreementRetoldTiesNoOtherEventsFigures() {
        ArticleProfile sindonews = article("sindonews", "sindonews.com",
                "Tercatat sekira 50 hektare lahan yang dilalap si jago merah.",
                new Read("sekira 50 hektare lahan", ClaimCategory.COUNT, 50, "hektare", "hektare lahan"));
        ArticleProfile okezone = article("okezone", "okezone.com",
                "Tercatat sekira 150 hektare lahan yang dilalap si jago merah.",
                new Read("sekira 150 hektare lahan", ClaimCategory.COUNT, 150, "hektare", "hektare lahan"));
        ArticleProfile plantation = article("tempo-plantation", "tempo.co", "Gakkum KLHK juga telah menetapkan PT Bhumi "
                        + "Reksa Nusa Sejati sebagai tersangka pada 2014 karena lahannya terbakar seluas 50 hektar.",
                new Read("50 hektar", ClaimCategory.COUNT, 50, "hektar", "hektar"));
        ArticleProfile park = article("tempo-park", "tempo.co",
                "Lahan kluster bisnis yang sudah tersedia menembus 150 hektare.",
                new Read("150 hektare", ClaimCategory.COUNT, 150, "hektare", "hektare"));
        List<ArticleProfile> all = List.of(sindonews, okezone, plantation, park);
        Map<ArticleProfile, Integer> story = Map.of(sindonews, 0, plantation, 0, okezone, 1, park, 1);
        Map<ArticleProfile, Integer> event = Map.of(sindonews, 0, okezone, 0, plantation, 1, park, 2);

        List<ClaimGroup> groups = ClaimGrouper.group(all, story::get, String::valueOf, all::indexOf, event::get);

        assertThat(groups).hasSize(2).allSatisfy(g -> assertThat(g.kind()).isEqualTo(ClaimGroupKind.AGREEMENT));
    }

    private static ClaimSentence sentenceOf(String body, String claim) {
        int start = body.indexOf(claim);
        return ClaimSentence.of(body, List.of(new Claim(claim, ClaimCategory.MONEY, 0, Qualifier.EXACT, null, null, null,
                null, start, start + claim.length()))).get(0);
    }
}
