package id.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.link.Linker;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import id.kabar.store.Store;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time of day an article was published outlives the store, so a linker rebuilt from the stored articles (a run
 * resumed after a kill, a store whose saved linker cannot be read) links as a fresh run does. CLICK-ID, 11 September
 * 2019: sindonews.com's "Pasutri, Korban kebakaran di Kalibata City Dirawat di RS Siloam" (19:23) follows up its own
 * report of the Kalibata City fire (11:25) eight hours on and is the next happening; linked without its time, it joins
 * the fire's event.
 */
class StoredPublicationTimesTest {
    private static final String REPORT = "clickid-sindonews-2165";
    private static final String FOLLOW_UP = "clickid-sindonews-2187";

    @TempDir
    Path tmp;

    private AnalysisResult fresh;

    @BeforeEach
    void linkFresh() throws URISyntaxException {
        Path pages = Path.of(getClass().getResource("/link/clickid-kalibata-fire.jsonl").toURI());
        fresh = new Analysis().run(List.of(pages), ProgressListener.NONE);
        assertThat(event(fresh.corpus(), FOLLOW_UP)).as("a fresh run keeps the follow-up apart")
                .isNotEqualTo(event(fresh.corpus(), REPORT));
    }

    @Test
    void aStoredArticleKeepsItsPublicationTime() {
        try (Store store = Store.open(tmp)) {
            fresh.articles().forEach(a -> store.put(a, 1));
            store.commit(null, null);
        }
        try (Store store = Store.open(tmp)) {
            AnnotatedArticle followUp = store.article(FOLLOW_UP).orElseThrow();
            assertThat(followUp.article().publishedAt()).isEqualTo(Instant.parse("2019-09-11T12:23:00Z"));
            assertThat(followUp).isEqualTo(article(FOLLOW_UP));
        }
    }

    @Test
    void aLinkerRebuiltFromTheStoredArticlesLinksAsAFreshRun() {
        try (Store store = Store.open(tmp)) {
            fresh.articles().forEach(a -> store.put(a, 1));
            store.commit(null, null); // no saved linker: it is rebuilt from the articles
        }
        try (Store store = Store.open(tmp); Linker rebuilt = LinkerCheckpoint.restore(store)) {
            assertThat(rebuilt.size()).isEqualTo(fresh.articles().size());
            assertThat(events(rebuilt.result())).isEqualTo(events(fresh.corpus()));
        }
    }

    private AnnotatedArticle article(String id) {
        return fresh.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static String event(LinkedCorpus corpus, String id) {
        return corpus.links().get(id).event();
    }

    /** The events as sets of article ids, whatever they are called. */
    private static Set<Set<String>> events(LinkedCorpus corpus) {
        Map<String, Set<String>> byEvent = new TreeMap<>();
        corpus.links().forEach((id, l) -> byEvent.computeIfAbsent(l.event(), k -> new TreeSet<>()).add(id));
        return new HashSet<>(byEvent.values());
    }
}
