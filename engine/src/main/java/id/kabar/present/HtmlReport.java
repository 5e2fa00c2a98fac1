package id.kabar.present;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.Rejection;
import id.kabar.model.Story;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code report.html}: one self-contained page of a run with the web UI's story and
 * article views (timelines, quote comparisons, claim tables, the evidence view), linked by anchors.
 */
public final class HtmlReport {
    private final Pages pages = new Pages();

    public void write(Path file, List<AnnotatedArticle> articles, LinkedCorpus corpus, List<Rejection> rejected)
            throws IOException {
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Presenter presenter = new Presenter(new Presenter.Source() {
            @Override
            public Optional<AnnotatedArticle> article(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public ArticleLinks links(String id) {
                return corpus.links().get(id);
            }
        });
        Map<String, Story> storyById = new HashMap<>();
        corpus.stories().forEach(s -> storyById.put(s.id(), s));
        Messages m = Messages.of("id");
        List<Story> ordered = Presenter.mostActive(corpus.stories(), Integer.MAX_VALUE).stream()
                .map(s -> storyById.get(s.id())).toList();
        ReportLinks links = new ReportLinks(articles.stream().map(AnnotatedArticle::id).toList());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            pages.report(out, m, links, ordered.stream().map(presenter::story).toList(),
                    articles.stream().map(a -> {
                        ArticleLinks l = corpus.links().get(a.id());
                        return presenter.article(a, l == null ? null : storyById.get(l.story()), m);
                    }).toList(), rejected);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
