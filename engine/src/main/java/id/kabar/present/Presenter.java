package id.kabar.present;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.Event;
import id.kabar.model.MemberRef;
import id.kabar.model.Quote;
import id.kabar.model.QuoteGroup;
import id.kabar.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns stored articles and stories into what the pages show. Used by the web server (articles
 * from the store) and by {@code report.html} (articles of one run), so both look the same.
 */
public final class Presenter {

    /** Where the presenter gets articles and their place in the corpus. */
    public interface Source {
        Optional<AnnotatedArticle> article(String id);

        /** Null when the article has not been linked. */
        ArticleLinks links(String id);
    }

    private final Source source;

    public Presenter(Source source) {
        this.source = source;
    }

    /** The stories with the most articles first, the most recent first among equals. */
    public static List<StorySummary> mostActive(List<Story> stories, int max) {
        return stories.stream().map(Presenter::summary)
                .sorted(Comparator.comparingInt(StorySummary::articles).reversed()
                        .thenComparing(StorySummary::last, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(max).toList();
    }

    /** A story's size and days, as its card shows them. */
    public static StorySummary summary(Story s) {
        List<LocalDate> days = s.events().stream().map(Event::date).filter(Objects::nonNull).sorted().toList();
        return new StorySummary(s.id(), s.title(), s.articles().size(), s.events().size(),
                days.isEmpty() ? null : days.get(0), days.isEmpty() ? null : days.get(days.size() - 1));
    }

    public StoryView story(Story story) {
        Map<String, AnnotatedArticle> articles = new HashMap<>();
        for (String id : story.articles()) {
            source.article(id).ifPresent(a -> articles.put(id, a));
        }
        Map<String, ArticleRow> rows = new HashMap<>();
        Map<String, List<ArticleRow>> byOutlet = new TreeMap<>(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        for (String id : story.articles()) {
            AnnotatedArticle a = articles.get(id);
            if (a != null) {
                ArticleRow row = row(a);
                rows.put(id, row);
                byOutlet.computeIfAbsent(a.article().outlet(), k -> new ArrayList<>()).add(row);
            }
        }
        List<StoryView.OutletGroup> groups = new ArrayList<>();
        byOutlet.forEach((outlet, ofOutlet) -> groups.add(new StoryView.OutletGroup(outlet,
                ofOutlet.stream().sorted(Comparator.comparing(ArticleRow::published, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList())));
        List<StoryView.QuoteGroupView> quoteGroups = new ArrayList<>();
        for (QuoteGroup g : story.quoteGroups()) {
            quoteGroup(g, articles).ifPresent(quoteGroups::add);
        }
        List<StoryView.ClaimGroupView> claimGroups = new ArrayList<>();
        for (ClaimGroup g : story.claimGroups()) {
            claimGroup(g, articles).ifPresent(claimGroups::add);
        }
        return new StoryView(story.id(), story.title(), articles.size(), Timeline.of(story.events(), rows), groups,
                quoteGroups, claimGroups);
    }

    /** The story's claim groups of one {@code kind}, as its page shows them. */
    public List<StoryView.ClaimGroupView> claimGroups(Story story, ClaimGroupKind kind) {
        List<ClaimGroup> ofKind = story.claimGroups().stream().filter(g -> g.kind() == kind).toList();
        Map<String, AnnotatedArticle> articles = new HashMap<>();
        ofKind.forEach(g -> g.members().forEach(ref -> source.article(ref.article())
                .ifPresent(a -> articles.put(ref.article(), a))));
        List<StoryView.ClaimGroupView> views = new ArrayList<>();
        for (ClaimGroup g : ofKind) {
            claimGroup(g, articles).ifPresent(views::add);
        }
        return views;
    }

    /**
     * One statement as each article worded it, the words that differ from the first version marked (the first
     * against the second); empty when none of its articles is at hand.
     */
    public Optional<StoryView.QuoteGroupView> quoteGroup(QuoteGroup g, Map<String, AnnotatedArticle> articles) {
        List<Member<Quote>> members = members(g.members(), articles, a -> a.annotations().quotes());
        if (members.isEmpty()) {
            return Optional.empty();
        }
        String reference = members.get(0).item().text();
        List<StoryView.QuoteVersion> versions = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member<Quote> m = members.get(i);
            String other = i == 0 ? (members.size() > 1 ? members.get(1).item().text() : reference) : reference;
            versions.add(new StoryView.QuoteVersion(m.row(), m.item(), WordDiff.mark(m.item().text(), other)));
        }
        return Optional.of(new StoryView.QuoteGroupView(g.speaker(), versions));
    }

    /** A claim group's figures side by side, from the articles at hand; empty when none of them is. */
    public Optional<StoryView.ClaimGroupView> claimGroup(ClaimGroup g, Map<String, AnnotatedArticle> articles) {
        List<StoryView.ClaimRow> rows = members(g.members(), articles, a -> a.annotations().claims()).stream()
                .map(m -> new StoryView.ClaimRow(m.row(), m.item(), m.index())).toList();
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(new StoryView.ClaimGroupView(g.category().wire(), g.subject(), g.kind(), rows));
    }

    private record Member<T>(ArticleRow row, T item, int index) {
    }

    private <T> List<Member<T>> members(List<MemberRef> refs, Map<String, AnnotatedArticle> articles,
                                        java.util.function.Function<AnnotatedArticle, List<T>> items) {
        List<Member<T>> out = new ArrayList<>();
        for (MemberRef ref : refs) {
            AnnotatedArticle a = articles.get(ref.article());
            if (a != null && ref.index() >= 0 && ref.index() < items.apply(a).size()) {
                out.add(new Member<>(row(a), items.apply(a).get(ref.index()), ref.index()));
            }
        }
        return out;
    }

    public ArticleRow row(AnnotatedArticle a) {
        return ArticleRow.of(a.article(), source.links(a.id()));
    }

    public ArticleView article(AnnotatedArticle a, Story story, Messages m) {
        return ArticleView.of(a, row(a), story == null ? null : story.id(), story == null ? null : story.title(), m);
    }

    /** One part of a long article ({@link ArticleView#PART_CHARS} characters of body a part), as a page shows it. */
    public ArticleView article(AnnotatedArticle a, Story story, Messages m, int part) {
        return ArticleView.part(a, row(a), story == null ? null : story.id(), story == null ? null : story.title(), m,
                part, ArticleView.PART_CHARS);
    }
}
