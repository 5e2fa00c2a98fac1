package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.MemberRef;
import id.kabar.model.Qualifier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Casualty and money figures of a flood story as three outlets report them. */
class ClaimGrouperTest {
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 11);

    private static Claim claim(String text, ClaimCategory category, double value, String subject, String unit,
                               LocalDate asOf) {
        return new Claim(text, category, value, Qualifier.EXACT, unit, subject, null, asOf, 0, text.length());
    }

    private static ArticleProfile article(String id, LocalDate published, Claim... claims) {
        return new ArticleProfile(0, id, null, published, null, List.of(), published, "", new int[0], new float[0],
                new int[0], new float[0], new int[0], List.of(), List.of(claims), null, 0, new int[0]);
    }

    @Test
    void theSameTollFromTwoOutletsAgrees() {
        List<ClaimGroup> groups = ClaimGrouper.group(List.of(
                article("a", MONDAY, claim("12 orang meninggal dunia", ClaimCategory.KILLED, 12, "orang", "orang", null)),
                article("b", MONDAY, claim("12 warga tewas terseret arus", ClaimCategory.KILLED, 12, "warga", "orang", null))));
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(ClaimGroupKind.AGREEMENT);
            assertThat(g.members()).containsExactly(new MemberRef("a", 0), new MemberRef("b", 0));
        });
    }

    @Test
    void aHigherTollTwoDaysLaterIsAnUpdate() {
        List<ClaimGroup> groups = ClaimGrouper.group(List.of(
                article("a", MONDAY, claim("12 orang meninggal dunia", ClaimCategory.KILLED, 12, "orang", "orang", null)),
                article("b", MONDAY.plusDays(2), claim("korban meninggal bertambah menjadi 19 orang",
                        ClaimCategory.KILLED, 19, "korban meninggal", "orang", MONDAY.plusDays(2)))));
        assertThat(groups).singleElement().extracting(ClaimGroup::kind).isEqualTo(ClaimGroupKind.UPDATE);
    }

    @Test
    void differentTollsForTheSameDayDisagree() {
        List<ClaimGroup> groups = ClaimGrouper.group(List.of(
                article("a", MONDAY, claim("setidaknya 137 orang tewas", ClaimCategory.KILLED, 137, "orang", "orang", MONDAY)),
                article("b", MONDAY.plusDays(1), claim("136 orang telah tewas", ClaimCategory.KILLED, 136, "orang", "orang", null))));
        assertThat(groups).singleElement().extracting(ClaimGroup::kind).isEqualTo(ClaimGroupKind.DISAGREEMENT);
    }

    @Test
    void soldiersAndCiviliansAreCountedApartAndOtherCategoriesNeverMix() {
        List<ClaimGroup> groups = ClaimGrouper.group(List.of(
                article("a", MONDAY,
                        claim("40 tentara tewas", ClaimCategory.KILLED, 40, "tentara", "orang", null),
                        claim("57 orang luka-luka", ClaimCategory.INJURED, 57, "orang", "orang", null)),
                article("b", MONDAY,
                        claim("350 warga sipil tewas", ClaimCategory.KILLED, 350, "warga sipil", "orang", null),
                        claim("57 orang terluka", ClaimCategory.INJURED, 57, "orang", "orang", null))));
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.category()).isEqualTo(ClaimCategory.INJURED);
            assertThat(g.kind()).isEqualTo(ClaimGroupKind.AGREEMENT);
        });
    }

    @Test
    void moneyFiguresNeedTheSameSubjectAndUnit() {
        List<ClaimGroup> groups = ClaimGrouper.group(List.of(
                article("a", MONDAY, claim("bantuan Rp 2 miliar untuk korban banjir", ClaimCategory.MONEY, 2e9,
                        "bantuan korban banjir", "rupiah", null)),
                article("b", MONDAY, claim("kerugian mencapai Rp 5 miliar", ClaimCategory.MONEY, 5e9,
                        "kerugian", "rupiah", null)),
                article("c", MONDAY, claim("bantuan sebesar Rp 2,5 miliar", ClaimCategory.MONEY, 2.5e9,
                        "bantuan", "rupiah", null))));
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.members()).containsExactly(new MemberRef("a", 0), new MemberRef("c", 0));
            assertThat(g.kind()).isEqualTo(ClaimGroupKind.DISAGREEMENT);
        });
    }
}
