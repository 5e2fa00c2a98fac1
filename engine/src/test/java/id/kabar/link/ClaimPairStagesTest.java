package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.Qualifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimPairStagesTest {
    private static Claim count(String text, double value, String subject, String unit) {
        return new Claim(text, ClaimCategory.COUNT, value, Qualifier.EXACT, unit, subject, null, null, 0, text.length());
    }

    private static ArticleProfile article(int seq, String id, LocalDate published, Claim... claims) {
        return new ArticleProfile(seq, id, null, published, null, List.of(), published, "", new int[0], new float[0],
                new int[0], new float[0], new int[0], List.of(), List.of(claims), null, 0, null, 0, new int[0],
                new int[0], new int[0], HappeningKinds.NONE, new int[0], null, null, null, null);
    }

    @Test
    void eachPairIsLostAtTheFirstStageThatKeepsItApart() {
        // Merbabu's forest fire (13 September 2019): sindonews.com's and okezone.com's reports of one event give the
        // burnt land as 50 and as 150 hectares; another outlet's 150 agrees
        LocalDate day = LocalDate.of(2019, 9, 13);
        var sindonews = article(0, "sindonews-2365", day, count("sekira 50 hektare lahan", 50, "hektare lahan",
                "hektare"));
        var okezone = article(1, "okezone-4398", day, count("sekira 150 hektare lahan", 150, "hektare lahan",
                "hektare"));
        var tribun = article(2, "tribunnews", day, count("150 hektare lahan", 150, "hektare lahan", "hektare"));
        // Papua's regions (11 September 2019): seven cities and seven regencies are two kinds of region
        var cities = article(3, "sindonews-2007", day.minusDays(2), count("tujuh kota", 7, "kota", "kota"));
        var regencies = article(4, "tempo-2263", day.minusDays(2), count("tujuh kabupaten", 7, "kabupaten",
                "kabupaten"));
        // the same burnt land of another story a month later: past the days claims of two stories meet in
        var later = article(5, "later", day.plusDays(30), count("150 hektare lahan", 150, "hektare lahan", "hektare"));
        Map<String, Integer> story = Map.of("sindonews-2365", 1, "okezone-4398", 1, "tribunnews", 1,
                "sindonews-2007", 2, "tempo-2263", 2, "later", 3);
        List<ArticleProfile> corpus = List.of(sindonews, okezone, tribun, cities, regencies, later);
        assertThat(ClaimGrouper.stages(corpus, p -> story.get(p.id()), String::valueOf, ArticleProfile::seq,
                p -> story.get(p.id()), List.of(new int[] {1, 0, 2, 0}, new int[] {3, 0, 4, 0},
                        new int[] {2, 0, 5, 0}, new int[] {0, 0, 1, 0}))).containsExactly(
                ClaimPairStages.Stage.GROUPED, ClaimPairStages.Stage.SUBJECT, ClaimPairStages.Stage.NEVER_MET,
                ClaimPairStages.Stage.REFUSED);
    }
}
