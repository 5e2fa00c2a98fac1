package id.kabar.link;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.LinkedCorpus;
import java.util.ArrayList;
import java.util.List;

/** The corpus the linker's own tests replay: the five seeds, then the IndoSum sample. */
final class LinkingCorpus {
    private LinkingCorpus() {}

    /** A fresh, mutable list each call, so a test may add its own articles. */
    static List<AnnotatedArticle> seedsAndSample() {
        List<AnnotatedArticle> all = new ArrayList<>(new SeedArticles().articles);
        all.addAll(IndoSumSample.articles());
        return all;
    }

    /** The grouping every incremental or restored run must reproduce: all articles linked in one pass. */
    static LinkedCorpus linkedAtOnce(List<AnnotatedArticle> articles) {
        Linker linker = new Linker();
        articles.forEach(linker::add);
        return linker.result();
    }
}
