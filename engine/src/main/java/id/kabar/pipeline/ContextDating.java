package id.kabar.pipeline;

import id.kabar.annotate.time.DateContext;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Dates the articles that state no date and could not be dated from their own text, from the articles read
 * with them. First their dates are read in the years their batch covers ({@link BatchYears}); then those
 * still undated are read near the day the articles they are linked with were written: a report of a
 * happening is written when its fellow reports are, so its bare weekdays ({@code hari Senin}) can be read in
 * that week. Fellows in the same event are asked first, then the story's; the day is their median, so one
 * late follow-up does not move it. The second round counts the dates the first one found.
 */
final class ContextDating {

    private ContextDating() {
    }

    /**
     * The articles of {@code articles} that the context dates anew, re-annotated by {@code annotateIn}, by id
     * (one whose own date lay outside the batch's years and that the context cannot date comes back undated):
     * both rounds, {@link #inBatchYears} and then {@link #nearFellows}.
     *
     * @param publishedOf any linked article's date (or null)
     * @param batch       the years the batch covers
     */
    static Map<String, AnnotatedArticle> redate(Collection<AnnotatedArticle> articles, LinkedCorpus corpus,
                                                Function<String, LocalDate> publishedOf, DateContext batch,
                                                BiFunction<AnnotatedArticle, DateContext, AnnotatedArticle> annotateIn) {
        Map<String, AnnotatedArticle> changed = inBatchYears(articles, batch, annotateIn);
        List<AnnotatedArticle> current = articles.stream().map(a -> changed.getOrDefault(a.id(), a)).toList();
        Function<String, LocalDate> known = id -> changed.containsKey(id) ? changed.get(id).article().published() : publishedOf.apply(id);
        changed.putAll(nearFellows(current, corpus, known, batch, annotateIn));
        return changed;
    }

    /**
     * The first round, which needs no links: the articles whose dates the batch's years fix (or unfix: an own
     * date outside them that the years cannot place comes back undated), re-annotated, by id. Run before
     * linking, so that the articles are linked on the days they report.
     */
    static Map<String, AnnotatedArticle> inBatchYears(Collection<AnnotatedArticle> articles, DateContext batch,
                                                      BiFunction<AnnotatedArticle, DateContext, AnnotatedArticle> annotateIn) {
        Map<String, AnnotatedArticle> changed = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            LocalDate own = a.article().published();
            if (own != null && (a.article().publishedBasis() == PublishedBasis.STATED || batch.admits(own))) {
                continue;
            }
            AnnotatedArticle inYears = annotateIn.apply(a, batch);
            if (inYears != a) {
                changed.put(a.id(), inYears);
            }
        }
        return changed;
    }

    /**
     * The second round: the articles still undated whose bare weekdays are read near their linked fellows'
     * day, re-annotated, by id.
     */
    static Map<String, AnnotatedArticle> nearFellows(Collection<AnnotatedArticle> articles, LinkedCorpus corpus,
                                                     Function<String, LocalDate> publishedOf, DateContext batch,
                                                     BiFunction<AnnotatedArticle, DateContext, AnnotatedArticle> annotateIn) {
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, AnnotatedArticle> changed = new LinkedHashMap<>();
        contextDays(articles, corpus, publishedOf).forEach((id, day) -> {
            AnnotatedArticle near = annotateIn.apply(byId.get(id), batch.withNear(day));
            if (near.article().published() != null) {
                changed.put(id, near);
            }
        });
        return changed;
    }

    /**
     * Article id to the day its weekdays should be read near, for those of {@code articles} that are
     * undated and have dated fellows; {@code publishedOf} tells any linked article's date (or null).
     */
    static Map<String, LocalDate> contextDays(Collection<AnnotatedArticle> articles, LinkedCorpus corpus,
                                              Function<String, LocalDate> publishedOf) {
        Map<String, List<String>> eventMembers = new HashMap<>();
        Map<String, List<String>> storyMembers = new HashMap<>();
        for (Story s : corpus.stories()) {
            s.events().forEach(e -> eventMembers.put(e.id(), e.articles()));
            storyMembers.put(s.id(), s.articles());
        }
        Map<String, LocalDate> days = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            var links = corpus.links().get(a.id());
            if (a.article().published() != null || links == null) {
                continue;
            }
            LocalDate day = median(eventMembers.getOrDefault(links.event(), List.of()), publishedOf);
            if (day == null) {
                day = median(storyMembers.getOrDefault(links.story(), List.of()), publishedOf);
            }
            if (day != null) {
                days.put(a.id(), day);
            }
        }
        return days;
    }

    private static LocalDate median(List<String> members, Function<String, LocalDate> publishedOf) {
        List<Long> days = new ArrayList<>();
        for (String id : members) {
            LocalDate d = publishedOf.apply(id);
            if (d != null) {
                days.add(d.toEpochDay());
            }
        }
        if (days.isEmpty()) {
            return null;
        }
        days.sort(null);
        int mid = days.size() / 2;
        long day = days.size() % 2 == 1 ? days.get(mid) : Math.floorDiv(days.get(mid - 1) + days.get(mid), 2);
        return LocalDate.ofEpochDay(day);
    }
}
