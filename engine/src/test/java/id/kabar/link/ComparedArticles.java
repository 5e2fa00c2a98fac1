package id.kabar.link;

import id.kabar.model.AnnotatedArticle;
import java.util.ArrayList;
import java.util.List;

/** Articles profiled as the linker would, with document frequencies over all of them, for comparing pairs. */
final class ComparedArticles {
    private final List<ArticleProfile> profiles = new ArrayList<>();
    private final DocumentFrequencies df;
    private final Vocabulary vocabulary = new Vocabulary();

    ComparedArticles(List<AnnotatedArticle> articles) {
        ArticleProfiler profiler = new ArticleProfiler(vocabulary);
        df = new DocumentFrequencies(vocabulary, BackgroundFrequencies.bundled());
        for (AnnotatedArticle a : articles) {
            ArticleProfile p = profiler.profile(profiles.size(), a);
            profiles.add(p);
            df.add(p);
        }
    }

    /** The features of the two articles whose ids contain these words. */
    PairFeatures pair(String first, String second) {
        return PairFeatures.of(profile(first), profile(second), df);
    }

    /** The stems and entity keys of the articles. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    int size() {
        return profiles.size();
    }

    ArticleProfile profile(String word) {
        return profiles.stream().filter(p -> p.id().contains(word)).findFirst().orElseThrow();
    }
}
