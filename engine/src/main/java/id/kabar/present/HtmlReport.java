package id.kabar.present;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.Rejection;
import id.kabar.model.Story;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code report.html}, one self-contained page of a run with the web UI's story views (timelines, quote
 * comparisons, claim tables). By default a summary whose size does not grow with the run: the most active
 * stories, the figures outlets disagree on and the rejected inputs, linking to the store's pages when the run
 * has a store; {@link Scope#ALL} shows every story and every article with its evidence view, linked by anchors.
 */
public final class HtmlReport {
    /** Stories the summary shows in full: a reader's first screenfuls; on the CLICK-ID week (9,773 articles)
     *  the twentieth story still has 19 articles from several outlets. */
    static final int TOP_STORIES = 20;
    /** Disagreeing figures the summary lists, the most reported first. */
    static final int MAX_CONFLICTS = 50;
    /** Rejected inputs the summary names one by one; all of them are in {@code rejected.jsonl}. */
    static final int MAX_REJECTED_LISTED = 100;

    /** How much of the run the report shows. */
    public enum Scope {
        SUMMARY, ALL
    }

    private final Pages pages = new Pages();
    private final Scope scope;
    private final URI site;

    /** @param site the address of {@code kabar serve} on the run's store, or null when the run has no store */
    public HtmlReport(Scope scope, URI site) {
        this.scope = scope;
        this.site = site;
    }

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
        List<StorySummary> active = Presenter.mostActive(corpus.stories(), Integer.MAX_VALUE);
        Messages m = Messages.of("id");
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            if (scope == Scope.ALL) {
                all(out, m, articles, corpus, rejected, presenter, storyById, active);
            } else {
                summary(out, m, articles.size(), rejected, presenter, storyById, active);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void all(Writer out, Messages m, List<AnnotatedArticle> articles, LinkedCorpus corpus,
                     List<Rejection> rejected, Presenter presenter, Map<String, Story> storyById,
                     List<StorySummary> active) {
        ReportLinks links = new ReportLinks(articles.stream().map(AnnotatedArticle::id).toList(),
                storyById.keySet(), site);
        pages.report(out, m, links, active.stream().map(s -> presenter.story(storyById.get(s.id()))).toList(),
                articles.stream().map(a -> {
                    ArticleLinks l = corpus.links().get(a.id());
                    return presenter.article(a, l == null ? null : storyById.get(l.story()), m);
                }).toList(), rejected);
    }

    private void summary(Writer out, Messages m, int articleCount, List<Rejection> rejected, Presenter presenter,
                         Map<String, Story> storyById, List<StorySummary> active) {
        List<StorySummary> top = active.subList(0, Math.min(TOP_STORIES, active.size()));
        List<ReportDigest.FigureConflict> conflicts = new ArrayList<>();
        for (StorySummary s : active) {
            presenter.claimGroups(storyById.get(s.id()), ClaimGroupKind.DISAGREEMENT)
                    .forEach(g -> conflicts.add(new ReportDigest.FigureConflict(s, g)));
        }
        conflicts.sort(Comparator.comparingInt((ReportDigest.FigureConflict c) -> c.group().rows().size()).reversed());
        Map<String, Integer> causes = new HashMap<>();
        rejected.forEach(r -> causes.merge(r.cause(), 1, Integer::sum));
        ReportDigest digest = new ReportDigest(articleCount, active.size(), rejected.size(),
                top.stream().map(s -> presenter.story(storyById.get(s.id()))).toList(),
                conflicts.subList(0, Math.min(MAX_CONFLICTS, conflicts.size())), causes,
                rejected.subList(0, Math.min(MAX_REJECTED_LISTED, rejected.size())));
        pages.summary(out, m, new ReportLinks(List.of(), top.stream().map(StorySummary::id).toList(), site), digest);
    }
}
