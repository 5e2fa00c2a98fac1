package id.kabar.link;

import id.kabar.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Labels and dates events and stories. */
final class TitleChooser {
    /** Centrality is measured among the first members only: a label needs no more evidence. */
    static final int MEMBERS_COMPARED = 30;

    private TitleChooser() {
    }

    /**
     * An event's day is the day its articles most often speak of (annotated times and publication days
     * pooled), and its title the headline of its most central article: the one sharing most words with
     * the others. Without headlines, that article's lead sentence.
     */
    static Event event(String id, List<ArticleProfile> members, DocumentFrequencies df) {
        List<LocalDate> days = new ArrayList<>();
        members.forEach(p -> days.addAll(p.days()));
        ArticleProfile central = mostCentral(members, df);
        String title = central.title() != null ? central.title() : central.lead();
        return new Event(id, ArticleProfiler.mostSupported(days), title, members.stream().map(ArticleProfile::id).toList());
    }

    /** A story is named after its largest event, the earliest on ties. */
    static String storyTitle(List<Event> events) {
        return events.stream()
                .max(Comparator.<Event>comparingInt(e -> e.articles().size())
                        .thenComparing(e -> e.date() == null ? LocalDate.MAX : e.date(), Comparator.reverseOrder()))
                .map(Event::title).orElse(null);
    }

    private static ArticleProfile mostCentral(List<ArticleProfile> members, DocumentFrequencies df) {
        List<ArticleProfile> compared = members.subList(0, Math.min(MEMBERS_COMPARED, members.size()));
        boolean anyTitled = compared.stream().anyMatch(p -> p.title() != null);
        // each member's norm once: weighing a whole pair's features for each of up to 870 pairs, to read only their
        // words' cosine, took 2.4 % of the Java samples of a run of the CLICK-ID week, an eighth of the linking at its end
        double[] norms = compared.stream().mapToDouble(p -> df.norm(p.terms(), p.termWeights())).toArray();
        ArticleProfile best = null;
        double bestScore = -1;
        for (int i = 0; i < compared.size(); i++) {
            ArticleProfile p = compared.get(i);
            // A headline labels an event better than a lead sentence does.
            if (anyTitled && p.title() == null) {
                continue;
            }
            double score = 0;
            for (int j = 0; j < compared.size(); j++) {
                ArticleProfile q = compared.get(j);
                if (q != p) {
                    score += df.cosine(p.terms(), p.termWeights(), norms[i], q.terms(), q.termWeights(), norms[j]);
                }
            }
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }
}
