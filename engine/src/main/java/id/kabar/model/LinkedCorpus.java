package id.kabar.model;

import java.util.List;
import java.util.Map;

/** What linking makes of the corpus: each article's place, and the stories. */
public record LinkedCorpus(Map<String, ArticleLinks> links, List<Story> stories) {
    public LinkedCorpus {
        links = Map.copyOf(links);
        stories = List.copyOf(stories);
    }
}
