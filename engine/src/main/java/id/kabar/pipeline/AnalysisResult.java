package id.kabar.pipeline;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.Rejection;
import java.time.Duration;
import java.util.List;

/** What one analysis run produced: accepted articles in input order, the linked corpus, rejects. */
public record AnalysisResult(List<AnnotatedArticle> articles, LinkedCorpus corpus, List<Rejection> rejected,
                             Duration elapsed) {
    public AnalysisResult {
        articles = List.copyOf(articles);
        rejected = List.copyOf(rejected);
    }
}
