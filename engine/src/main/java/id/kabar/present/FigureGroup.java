package id.kabar.present;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A claim group as the figures page lists it: its figures side by side ({@code view}), the story it belongs
 * to, and what the page filters on. {@code outlets} and {@code entities} are lower-cased, as filters compare
 * them.
 *
 * @param id     the story id and the group's place among the story's claim groups ({@code S1/0})
 * @param newest the latest publication day of its articles, or null when none is dated
 * @param days   the publication days of its articles
 */
public record FigureGroup(String id, String storyId, String storyTitle, StoryView.ClaimGroupView view,
                          LocalDate newest, List<LocalDate> days, Set<String> outlets, Set<String> entities) {
    public FigureGroup {
        days = List.copyOf(days);
        outlets = Set.copyOf(outlets);
        entities = Set.copyOf(entities);
    }
}
