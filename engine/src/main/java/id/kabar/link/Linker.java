package id.kabar.link;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the link stage: places each arriving article among the duplicates, events and
 * stories seen so far. Articles are added one at a time, so a corpus can grow batch by batch.
 */
public final class Linker {
    private final Map<String, AnnotatedArticle> articles = new LinkedHashMap<>();

    public void add(AnnotatedArticle article) {
        articles.put(article.id(), article);
    }

    public LinkedCorpus result() {
        Map<String, ArticleLinks> links = new LinkedHashMap<>();
        List<Story> stories = new ArrayList<>();
        int n = 0;
        for (AnnotatedArticle a : articles.values()) {
            n++;
            String event = "e" + n;
            String story = "s" + n;
            links.put(a.id(), new ArticleLinks(null, event, story));
            Event e = new Event(event, a.article().published(), a.article().title(), List.of(a.id()));
            stories.add(new Story(story, a.article().title(), List.of(a.id()), List.of(e), List.of(), List.of()));
        }
        return new LinkedCorpus(links, stories);
    }
}
