package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An event keeps its first reports, the two that arrived first, and an article joins it only when it shares something
 * with them. CLICK-ID, 13 September 2019: Sindonews's "Komisi III DPR Pilih Irjen Firli Bahuri Jadi Ketua KPK" and
 * Tempo's "Tok! Komisi III DPR Bulat Pilih Firli Bahuri sebagai Ketua KPK" began the event of the DPR's vote, Okezone's
 * "Ini 5 Pimpinan KPK 2019-2023 Hasil Pilihan DPR" joined it, and Tempo's "Lima Catatan LHKPN Pimpinan KPK 2019-2023",
 * the new leaders' wealth, shares the chosen leaders' names with Okezone's list but hardly a word with the vote
 * (passages of the four reports).
 */
class EventCentreTest {
    private static final LocalDate FRIDAY = LocalDate.of(2019, 9, 13);

    @Test
    void anArticleCloseOnlyToALaterMemberDoesNotJoinTheEvent() {
        Vocabulary vocabulary = new Vocabulary();
        DocumentFrequencies df = new DocumentFrequencies(vocabulary, BackgroundFrequencies.bundled());
        List<ArticleProfile> profiles = new ArrayList<>(List.of(
                article(0, "Komisi III DPR Pilih Irjen Firli Bahuri Jadi Ketua KPK", "Komisi III DPR menetapkan Kapolda"
                        + " Sumatera Selatan (Sumsel) Irjen Pol Firli Bahuri sebagai Ketua Komisi Pemberantasan Korupsi (KPK)"
                        + " periode 2019-2023 atau jilid V.", vocabulary),
                article(1, "Tok! Komisi III DPR Bulat Pilih Firli Bahuri sebagai Ketua KPK", "Komisi Hukum DPR sepakat"
                        + " memilih Inspektur Jenderal, sebagai Ketua Komisi Pemberantasan Korupsi (KPK) periode 2019-2023.",
                        vocabulary),
                article(2, "Ini 5 Pimpinan KPK 2019-2023 Hasil Pilihan DPR", "Kelima pimpinan KPK periode 2019-2023 yang"
                        + " terpilih adalah Firli Bahuri, Alexander Marwata, Lili Pintauli Siregar, Nurul Ghufron, dan Nawawi"
                        + " Pomolango.", vocabulary),
                article(3, "Lima Catatan LHKPN Pimpinan KPK 2019-2023", "Disusul, Alexander Marwata dengan 53 suara, Nurul"
                        + " Ghufron dengan 51 suara, Nawawi Pomolango dengan 50 suara, dan Lili Pintauli Siregar dengan 44"
                        + " suara. Kekayaan yang dilaporkannya pada Maret 2019 itu meliputi harta bergerak dan tidak"
                        + " bergerak.", vocabulary)));
        profiles.forEach(df::add);
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));
        clusterer.join(1, 0);
        PairFeatures.Comparer list = new PairFeatures.Comparer(profiles.get(2), df);
        assertThat(EventClusterer.nearCentre(clusterer.closestFirstReport(2, 0, list))).isTrue();
        clusterer.join(2, 0);
        PairFeatures.Comparer wealth = new PairFeatures.Comparer(profiles.get(3), df);

        assertThat(EventClusterer.evidence(wealth.with(profiles.get(2)))).isGreaterThan(EventClusterer.CENTRE_EVIDENCE);
        EventClusterer.FirstReport closest = clusterer.closestFirstReport(3, 2, wealth);
        assertThat(EventClusterer.evidence(closest.features())).isLessThan(EventClusterer.CENTRE_EVIDENCE);
        assertThat(EventClusterer.nearCentre(closest)).isFalse();
    }

    @Test
    void anEventOfOneIsItsOwnFirstReport() {
        long centre = EventClusterer.Centre.of(7);

        assertThat(EventClusterer.Centre.member(centre, 0)).isEqualTo(7);
        assertThat(EventClusterer.Centre.member(centre, 1)).isEqualTo(-1);
    }

    @Test
    void joinedEventsKeepTheEarliestTwoOfTheirFirstReports() {
        long early = EventClusterer.Centre.merge(EventClusterer.Centre.of(3), EventClusterer.Centre.of(9));
        long late = EventClusterer.Centre.merge(EventClusterer.Centre.of(12), EventClusterer.Centre.of(5));

        long joined = EventClusterer.Centre.merge(late, early);

        assertThat(EventClusterer.Centre.member(joined, 0)).isEqualTo(3);
        assertThat(EventClusterer.Centre.member(joined, 1)).isEqualTo(5);
        assertThat(EventClusterer.Centre.merge(joined, EventClusterer.Centre.of(3))).isEqualTo(joined);
    }

    /** A report whose stems are the words of a passage of its body, each once. */
    private static ArticleProfile article(int seq, String title, String passage, Vocabulary vocabulary) {
        int[] terms = Arrays.stream(passage.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .mapToInt(vocabulary::idOf).distinct().sorted().toArray();
        float[] weights = new float[terms.length];
        Arrays.fill(weights, 1f);
        return new ArticleProfile(seq, "a" + seq, null, FRIDAY, title, List.of(FRIDAY), FRIDAY, null, terms, weights,
                new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0, new int[0], new int[0],
                new int[0], HappeningKinds.of(title), new int[0], FRIDAY, null, null, null);
    }
}
