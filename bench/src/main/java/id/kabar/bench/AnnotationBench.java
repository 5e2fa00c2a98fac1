package id.kabar.bench;

import id.kabar.annotate.Annotator;
import id.kabar.annotate.entity.EntityRecognizer;
import id.kabar.annotate.entity.NamedEntityTagger;
import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import id.kabar.annotate.text.TextSegmenter;
import id.kabar.annotate.text.Token;
import id.kabar.bench.corpus.IndoSumArticle;
import id.kabar.bench.measure.CpuClock;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kabar bench annotation --indosum FILE...}: speed of the annotate stage on IndoSum articles, on one
 * thread after a warm-up: articles per second for the whole {@link Annotator} and for entity recognition alone,
 * and tokens per second for the named-entity tagger.
 */
@Command(name = "annotation", mixinStandardHelpOptions = true,
        description = {"Articles per second of CPU time (one thread, after warm-up) of the whole annotate stage over IndoSum",
                "articles (tokens joined by spaces, paragraphs by blank lines), and tokens per second of the",
                "named-entity tagger."},
        footer = {"", "Example:", "  kabar bench annotation --indosum data/indosum/dev.01.jsonl"})
final class AnnotationBench implements Callable<Integer> {

    @Mixin
    IndoSumFolds indosum;

    @Option(names = "--limit", paramLabel = "N", description = "read at most N articles (default: all)")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--seconds", paramLabel = "S", description = "least time measured per figure (default: ${DEFAULT-VALUE})")
    double seconds = 10;

    @Override
    public Integer call() throws IOException {
        List<Article> articles = read();
        if (articles.isEmpty()) {
            System.err.println("kabar bench: no articles in " + indosum.files);
            return 2;
        }
        TextSegmenter segmenter = new TextSegmenter();
        List<Text> texts = articles.stream().map(a -> segmenter.segment(a.body())).toList();
        List<String[]> sentences = new ArrayList<>();
        long tokens = 0;
        for (Text text : texts) {
            for (Sentence s : text.sentences()) {
                sentences.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
                tokens += s.tokens().size();
            }
        }
        System.out.printf(Locale.ROOT, "articles: %d, sentences: %d, tokens: %d (%.0f tokens per article)%n",
                articles.size(), sentences.size(), tokens, (double) tokens / articles.size());

        Annotator annotator = new Annotator();
        EntityRecognizer recognizer = new EntityRecognizer();
        NamedEntityTagger tagger = NamedEntityTagger.standard();

        double annotate = rate(articles.size(), () -> {
            long entities = 0;
            for (Article a : articles) {
                AnnotatedArticle done = annotator.annotate(a);
                entities += done.annotations().entities().size();
            }
            return entities;
        });
        double recognize = rate(texts.size(), () -> {
            long entities = 0;
            for (Text t : texts) {
                entities += recognizer.recognize(t).size();
            }
            return entities;
        });
        final long tokenCount = tokens;
        double tag = rate(tokenCount, () -> {
            long named = 0;
            for (String[] s : sentences) {
                for (var t : tagger.tag(s)) {
                    named += t.isBegin() ? 1 : 0;
                }
            }
            return named;
        });
        System.out.printf(Locale.ROOT, "annotate (whole stage): %.0f articles/s on one core (%.2f ms per article)%n",
                annotate, 1000 / annotate);
        System.out.printf(Locale.ROOT, "entities (segmented text in): %.0f articles/s on one core (%.2f ms per article)%n",
                recognize, 1000 / recognize);
        System.out.printf(Locale.ROOT, "ner tagger: %.0f tokens/s on one core%n", tag);
        return 0;
    }

    /** A pass over the data, returning a count so the work cannot be optimised away. */
    private interface Pass {
        long run();
    }

    /**
     * Items per second of this thread's CPU time (so other processes on a shared machine do not count): one
     * warm-up pass, then whole passes until {@code seconds} of CPU time have gone by.
     */
    private double rate(long itemsPerPass, Pass pass) {
        long sink = pass.run();
        long passes = 0;
        long start = CpuClock.threadNanos();
        long elapsed;
        do {
            sink += pass.run();
            passes++;
            elapsed = CpuClock.threadNanos() - start;
        } while (elapsed < seconds * 1e9);
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return itemsPerPass * passes / (elapsed / 1e9);
    }

    /** The IndoSum articles with any text, at most {@code limit}, as the corpus splits them into tokens. */
    private List<Article> read() throws IOException {
        List<Article> out = new ArrayList<>();
        for (IndoSumArticle source : indosum.read()) {
            String body = source.tokenText();
            if (out.size() < limit && !body.isBlank()) {
                out.add(new Article(source.id(), null, "id", null, null, null, null, List.of(), null, body));
            }
        }
        return out;
    }
}
