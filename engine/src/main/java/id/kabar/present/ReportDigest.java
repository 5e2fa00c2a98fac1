package id.kabar.present;

import id.kabar.model.Rejection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the summary report shows of a run, whatever its size: its counts, its most active stories in full, the
 * figures outlets disagree on, and why inputs were rejected.
 *
 * @param stories   the most active stories, in order
 * @param conflicts claim groups whose figures disagree, the most reported first
 * @param causes    rejected inputs by cause, in the causes' alphabetical order
 * @param rejected  the first rejected inputs
 */
public record ReportDigest(int articleCount, int storyCount, int rejectedCount, List<StoryView> stories,
                           List<FigureConflict> conflicts, Map<String, Integer> causes, List<Rejection> rejected) {
    public ReportDigest {
        stories = List.copyOf(stories);
        conflicts = List.copyOf(conflicts);
        causes = Collections.unmodifiableSortedMap(new TreeMap<>(causes));
        rejected = List.copyOf(rejected);
    }

    /** Stories of the run the summary does not show. */
    public int storiesLeftOut() {
        return storyCount - stories.size();
    }

    /** Rejected inputs the summary does not list. */
    public int rejectedLeftOut() {
        return rejectedCount - rejected.size();
    }

    /** Figures for one thing that outlets of one story report differently for the same moment. */
    public record FigureConflict(StorySummary story, StoryView.ClaimGroupView group) {
    }
}
