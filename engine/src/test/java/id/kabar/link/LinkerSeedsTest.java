package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.MemberRef;
import id.kabar.model.QuoteGroup;
import id.kabar.model.Story;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The five seed articles about the 2022 Russia-Ukraine talks, linked as the gold annotation groups them. */
class LinkerSeedsTest {
    private final SeedArticles seeds = new SeedArticles();

    private LinkedCorpus link() {
        Linker linker = new Linker();
        seeds.articles.forEach(linker::add);
        return linker.result();
    }

    @Test
    void twoOutletsReportingOneKremlinStatementShareAnEventAndTheRestStandApart() {
        LinkedCorpus c = link();
        Map<String, Set<String>> gold = new HashMap<>();
        seeds.goldEvent.forEach((id, e) -> gold.computeIfAbsent(e, k -> new TreeSet<>()).add(id));
        assertThat(Partitions.events(c)).isEqualTo(new HashSet<>(gold.values()));
    }

    @Test
    void allFiveArticlesFollowOneStoryWithATimelineInDateOrder() {
        LinkedCorpus c = link();
        assertThat(c.stories()).hasSize(1);
        Story story = c.stories().get(0);
        assertThat(story.articles()).hasSize(5);
        assertThat(story.events()).hasSize(4);
        assertThat(story.events()).extracting(Event::date).isSorted();
        assertThat(story.title()).isNotBlank();
    }

    @Test
    void anArticleWhoseDayCannotBeToldStillJoinsItsStoryButNoOtherEvent() {
        Linker linker = new Linker();
        for (AnnotatedArticle a : seeds.articles) {
            boolean undated = a.id().startsWith("002");
            linker.add(undated ? withoutDays(a) : a);
        }
        LinkedCorpus c = linker.result();
        assertThat(Partitions.stories(c)).hasSize(1);
        assertThat(Partitions.events(c)).hasSize(4);
    }

    /** The same article as if neither its date nor any day in its text had been read. */
    private static AnnotatedArticle withoutDays(AnnotatedArticle a) {
        Annotations n = a.annotations();
        return new AnnotatedArticle(a.article().withPublished(null, null),
                new Annotations(n.entities(), n.quotes(), List.of(), n.claims()));
    }

    @Test
    void eventDayIsTheMostSupportedDayNotOnlyPublication() {
        Event kremlinStatement = link().stories().get(0).events().get(0);
        assertThat(kremlinStatement.articles()).hasSize(2);
        // 000 speaks of Friday 25/2 twice and Thursday once; 001 of Thursday; both were published on the 25th.
        assertThat(kremlinStatement.date()).isEqualTo(LocalDate.of(2022, 2, 25));
    }

    @Test
    void rewritesByDifferentWritersAreNotDuplicates() {
        assertThat(link().links().values()).allSatisfy(l -> assertThat(l.duplicateOf()).isNull());
    }

    @Test
    void peskovAndZelenskyQuotesAreGroupedAcrossTheTwoOutlets() {
        Story story = link().stories().get(0);
        String a = seeds.byPrefix("000").id();
        String b = seeds.byPrefix("001").id();
        assertThat(story.quoteGroups()).anySatisfy(g -> {
            assertThat(g.speaker()).isEqualTo("Dmitry Peskov");
            assertThat(g.members()).contains(new MemberRef(a, 0), new MemberRef(b, 0));
        });
        assertThat(story.quoteGroups()).anySatisfy(g -> {
            assertThat(g.speaker()).contains("Zelensky");
            assertThat(g.members()).contains(new MemberRef(a, 2), new MemberRef(b, 1));
        });
        for (QuoteGroup g : story.quoteGroups()) {
            assertThat(g.members().stream().map(MemberRef::article).distinct().count()).isGreaterThan(1);
        }
    }

    @Test
    void deathTollsOf137And136ForTheSameDayDisagree() {
        Story story = link().stories().get(0);
        String a = seeds.byPrefix("000").id();
        String b = seeds.byPrefix("001").id();
        ClaimGroup killed = story.claimGroups().stream()
                .filter(g -> g.members().contains(new MemberRef(a, 0))).findFirst().orElseThrow();
        assertThat(killed.members()).contains(new MemberRef(b, 0), new MemberRef(b, 1));
        assertThat(killed.kind()).isEqualTo(ClaimGroupKind.DISAGREEMENT);
    }
}
