package id.kabar.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The publication day when the page states it: declared metadata, a dated dateline, or a date line
 * under the headline that carries a clock time or a publishing label ({@code Senin, 14 Maret 2022 18:15 WIB}).
 * A date above the headline is the site's clock, not the article's date, and is never read. Days the text
 * itself implies are left to the time annotator.
 */
final class StatedDateFinder {
    private static final Pattern PUBLISH_LABEL = Pattern.compile(
            "(?iu)\\b(diterbitkan|dipublikasikan|terbit|publikasi|dipublish|published|posted|tayang|dibuat)\\b");
    private static final int DATE_LINE_MAX_WORDS = 16;

    Optional<LocalDate> find(PageMetadata metadata, Optional<Dateline> dateline, List<String> before, String title) {
        Optional<LocalDate> declared = CalendarDates.parseValue(metadata.published());
        if (declared.isPresent()) {
            return declared;
        }
        if (dateline.isPresent() && dateline.get().date() != null) {
            return Optional.of(dateline.get().date());
        }
        int titleAt = title == null ? -1 : before.indexOf(title);
        if (titleAt < 0) {
            return Optional.empty();
        }
        for (String line : before.subList(titleAt + 1, before.size())) {
            if (LineShape.words(line) <= DATE_LINE_MAX_WORDS && (CalendarDates.hasClock(line) || PUBLISH_LABEL.matcher(line).find())) {
                Optional<CalendarDates.Found> found = CalendarDates.find(line);
                if (found.isPresent()) {
                    return Optional.of(found.get().date());
                }
            }
        }
        return Optional.empty();
    }
}
