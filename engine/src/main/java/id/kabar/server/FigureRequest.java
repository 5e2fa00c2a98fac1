package id.kabar.server;

import id.kabar.model.ClaimCategory;
import id.kabar.model.ClaimGroupKind;
import id.kabar.present.FigureFilter;
import id.kabar.store.Store;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The claim-group filters shared by {@code /api/claims} and the figures page, checked. */
final class FigureRequest {
    static final Set<String> PARAMS = Set.of("flag", "category", "outlet", "entity", "from", "to", "story");
    static final List<String> FLAGS = Arrays.stream(ClaimGroupKind.values()).map(ClaimGroupKind::wire).toList();
    static final List<String> CATEGORIES = Arrays.stream(ClaimCategory.values()).map(ClaimCategory::wire).toList();

    private FigureRequest() {
    }

    /** The filter the parameters ask for; {@code withDates} false leaves the dates out (the page shows why). */
    static FigureFilter read(Params p, Store store, boolean withDates) {
        String flag = p.oneOf("flag", FLAGS);
        String category = p.oneOf("category", CATEGORIES);
        LocalDate from = withDates ? p.date("from") : null;
        LocalDate to = withDates ? p.date("to") : null;
        if (from != null && to != null && from.isAfter(to)) {
            throw RequestError.badParameter("from", "is after 'to'");
        }
        String story = p.text("story");
        if (story != null && store.story(story).isEmpty()) {
            throw RequestError.notFound("no story with id '" + story + "'");
        }
        return new FigureFilter(flag == null ? null : ClaimGroupKind.valueOf(flag.toUpperCase(Locale.ROOT)),
                category == null ? null : ClaimCategory.valueOf(category.toUpperCase(Locale.ROOT)),
                p.text("outlet"), p.text("entity"), from, to, story);
    }
}
