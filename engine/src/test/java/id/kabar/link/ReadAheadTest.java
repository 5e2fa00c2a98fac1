package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import id.kabar.model.AnnotatedArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Articles read for linking ahead of their turn, on other threads and in any order, on the CLICK-ID articles of 11
 * and 16 September 2019 of fixture {@code clickid-copy-followups.jsonl} (okezone.com's "Neraca Perdagangan RI Surplus
 * Tipis USD85,1 Juta pada Agustus 2019" among them): the words are numbered as the linker takes them in, so the
 * profiles are those of profiling each article in one step as it arrives.
 */
class ReadAheadTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final List<AnnotatedArticle> articles = IndoSumSample.read("/link/clickid-copy-followups.jsonl").stream()
            .map(ANNOTATOR::annotate).toList();

    @Test
    void articlesReadInReverseAreNumberedAsIfProfiledInArrivalOrder() {
        ArticleProfiler inOneStep = new ArticleProfiler(new Vocabulary());
        List<ArticleProfile> expected = new ArrayList<>();
        for (int seq = 0; seq < articles.size(); seq++) {
            expected.add(inOneStep.profile(seq, articles.get(seq)));
        }
        List<ArticleReading> read = new ArrayList<>();
        for (int i = articles.size() - 1; i >= 0; i--) {
            read.add(0, ArticleProfiler.read(articles.get(i)));
        }
        ArticleProfiler readAhead = new ArticleProfiler(new Vocabulary());
        for (int seq = 0; seq < read.size(); seq++) {
            assertThat(readAhead.profile(seq, read.get(seq))).usingRecursiveComparison().isEqualTo(expected.get(seq));
        }
        // the fixture's articles share words, so numbering them in another order would have given other numbers
        assertThat(expected.get(1).terms()).isNotEqualTo(new ArticleProfiler(new Vocabulary())
                .profile(0, articles.get(1)).terms());
    }

    @Test
    void aLinkerTakingArticlesReadAheadLinksThemAsOneTakingTheArticles() {
        Linker oneByOne = new Linker();
        articles.forEach(oneByOne::add);
        Linker readAhead = new Linker();
        ReadAhead readings = new ReadAhead(articles);
        List<String> order = new ArrayList<>();
        while (readings.hasNext()) {
            ArticleReading reading = readings.next();
            order.add(reading.id());
            readAhead.add(reading);
        }
        assertThat(order).isEqualTo(articles.stream().map(AnnotatedArticle::id).toList());
        assertThat(readAhead.result()).usingRecursiveComparison().isEqualTo(oneByOne.result());
    }
}
