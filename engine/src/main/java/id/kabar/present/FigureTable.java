package id.kabar.present;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ClaimGroup;
import id.kabar.model.Entity;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.MemberRef;
import id.kabar.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every claim group of a linked corpus, newest first, with what the figures page filters on. Reading the groups'
 * articles is the costly part, so it is done once per linked corpus (only the articles that hold a grouped
 * claim); a request then filters this list, in time linear in the number of groups.
 */
public final class FigureTable {
    private static final Comparator<FigureGroup> NEWEST_FIRST = Comparator
            .comparing(FigureGroup::newest, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(FigureGroup::id);

    private final List<FigureGroup> groups;

    private FigureTable(List<FigureGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    public static FigureTable of(LinkedCorpus corpus, Presenter presenter, Presenter.Source source) {
        List<FigureGroup> all = new ArrayList<>();
        for (Story story : corpus.stories()) {
            Map<String, AnnotatedArticle> articles = new HashMap<>();
            for (ClaimGroup g : story.claimGroups()) {
                for (MemberRef ref : g.members()) {
                    if (!articles.containsKey(ref.article())) {
                        source.article(ref.article()).ifPresent(a -> articles.put(ref.article(), a));
                    }
                }
            }
            for (int i = 0; i < story.claimGroups().size(); i++) {
                ClaimGroup g = story.claimGroups().get(i);
                String id = story.id() + "/" + i;
                presenter.claimGroup(g, articles).ifPresent(view -> all.add(group(id, story, g, view, articles)));
            }
        }
        all.sort(NEWEST_FIRST);
        return new FigureTable(all);
    }

    private static FigureGroup group(String id, Story story, ClaimGroup g, StoryView.ClaimGroupView view,
                                     Map<String, AnnotatedArticle> articles) {
        List<LocalDate> days = view.rows().stream().map(r -> r.source().published()).filter(Objects::nonNull).toList();
        Set<String> outlets = new HashSet<>();
        Set<String> entities = new HashSet<>();
        for (MemberRef ref : g.members()) {
            AnnotatedArticle a = articles.get(ref.article());
            if (a != null) {
                if (a.article().outlet() != null) {
                    outlets.add(FigureFilter.key(a.article().outlet()));
                }
                for (Entity e : a.annotations().entities()) {
                    entities.add(FigureFilter.key(e.name()));
                }
            }
        }
        return new FigureGroup(id, story.id(), story.title(), view, days.stream().max(Comparator.naturalOrder()).orElse(null),
                days, outlets, entities);
    }

    /** The groups {@code filter} accepts, newest first. */
    public List<FigureGroup> matching(FigureFilter filter) {
        return groups.stream().filter(filter::accepts).toList();
    }
}
