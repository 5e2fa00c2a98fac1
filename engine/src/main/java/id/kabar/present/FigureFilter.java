package id.kabar.present;

import id.kabar.model.ClaimCategory;
import id.kabar.model.ClaimGroupKind;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Which claim groups the figures page and {@code /api/claims} list; a null field does not restrict. Outlet and
 * entity names compare without regard to case (readers type {@code kompas} for {@code Kompas.com}'s outlet
 * {@code Kompas}); a group is in a date range when one of its articles was published in it.
 */
public record FigureFilter(ClaimGroupKind kind, ClaimCategory category, String outlet, String entity,
                           LocalDate from, LocalDate to, String story) {
    public boolean accepts(FigureGroup g) {
        return (kind == null || g.view().kind() == kind)
                && (category == null || g.view().category().equals(category.wire()))
                && (story == null || story.equals(g.storyId()))
                && (outlet == null || g.outlets().contains(key(outlet)))
                && (entity == null || g.entities().contains(key(entity)))
                && (from == null && to == null || g.days().stream().anyMatch(this::inRange));
    }

    private boolean inRange(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** A name as the filters compare it. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
