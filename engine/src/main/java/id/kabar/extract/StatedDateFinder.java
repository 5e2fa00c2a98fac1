package id.kabar.extract;

import id.kabar.lang.Calendar;
import id.kabar.lang.WordLists;
import id.kabar.model.DateSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day when the page states it, and the day of its last change when it says one. The
 * publication day comes from declared metadata, else a dated dateline, else a line labelled as the publishing
 * ({@code Posted on 5 March 2019}) a few lines above the headline, or anywhere above the text when no headline
 * is found, else a date line next to the headline
 * that carries a clock time or a publishing label ({@code Senin, 14 Maret 2022 18:15 WIB}), under it or on the
 * line just above it, or a short byline or date line under it that is no sentence. A date further above the headline is the site's clock, not the article's date, and is
 * never read. With no headline to go by, a clocked or labelled date line right above the text is read, and a
 * publishing line a few lines under the text when nothing above dates it; before that line, the elements the markup
 * names as the article's date ({@link PageMetadata#markedDates()}). No line gives a day before
 * {@link CalendarDates#EARLIEST_PUBLICATION}, or after the page's declared last change or the day the site's clock atop
 * the page shows ({@link #siteClock}), a day apart at most. The last resorts, when nothing else dates the page, are
 * bare date lines near the headline and under the text and publishing lines anywhere in the text ({@link #lastResort}). A line labelled as an update ({@code Diperbarui 01/03/2022, 10:05}) dates the last change only: a
 * page dated by nothing else is dated by it in the extractor, after its address and its title. The article's own clocked or labelled date line under the headline
 * dates it over declared metadata a day off ({@link #DECLARED_SHIFT_MAX_DAYS}), and an age under the headline
 * ({@code 2 jam yang lalu}) is counted back from the site's clock when nothing else dates the page. Days the text
 * itself implies are left to the time annotator.
 */
final class StatedDateFinder {
    private static final Pattern PUBLISH_LABEL = CalendarDates.PUBLISH_LABEL;
    private static final Pattern UPDATE_LABEL = CalendarDates.UPDATE_LABEL;
    static final int DATE_LINE_MAX_WORDS = 16;
    /** The words that open a byline ({@code Oleh}, {@code By}, {@code Von}). */
    private static final String BYLINE_OPENERS = WordLists.alternation(WordLists.read(WordLists.class, "byline-openers.txt"));
    /**
     * A byline's opening word and the name after it, capitalised ({@code Oleh karena itu} opens a sentence), up to the
     * dash, bar, comma or dot ({@code By Dana Ruiz · 3/3/19}) before its date.
     */
    private static final Pattern BYLINE_OPENER = Pattern.compile("(?iu)^\\s*(" + BYLINE_OPENERS + ")\\s*[:：]?\\s+(?-i:\\p{Lu})[^-–—|,·•]*[-–—|,·•]");

    /** A byline's opening word and the writer's capitalised name right after a date ({@code ... 2019 by Bradley M. Kuhn}). */
    private static final Pattern WRITER_AFTER_DATE = Pattern.compile("(?iu)[\\s,|·•–—-]*(" + BYLINE_OPENERS + ")\\s*[:：]?\\s+(?-i:\\p{Lu})");

    /**
     * A date line opening with its weekday: the way a site's clock writes today ({@code Jumat, Mei 3, 2024}, {@code
     * Mittwoch, 18.09.2019}), where an entry's date set over its title writes the day alone ({@code September 29, 2016}).
     */
    private static final Pattern OPENS_WITH_WEEKDAY = Pattern.compile("(?iu)\\s*(?:" + Calendar.WEEKDAY_ANY_FORM + ")(?![\\p{L}\\p{N}])");
    /** A weekday and what opens the date after it in a sentence ({@code Senin (}, {@code Senin, }). */
    private static final Pattern WEEKDAY_BEFORE_DATE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + Calendar.WEEKDAY_ANY_FORM
            + ")(?:\\s*\\(|,?\\s+)");

    /**
     * What parts a section kicker or a breadcrumb's steps from the day closing the line ({@code Internasional · Selasa,
     * 10 September 2019 00:28 WIB}, {@code Home › Muslim › Selasa 10 September 2019}, {@code Kompas.com - 10/09/2019}):
     * a mark of its own, or a dash, slash or angle bracket between spaces.
     */
    private static final Pattern KICKER_SEPARATOR = Pattern.compile("\\s*[·•|›»]\\s*|\\s+[-–—/>]\\s+");
    /**
     * A kicker's or a breadcrumb step's most words: a section's name ({@code Internasional}, {@code Sepak Bola
     * Nasional}); a longer part before a date is a listed story's headline.
     */
    private static final int KICKER_MAX_WORDS = 3;

    /** Lines read under the headline: the date line follows it closely, with a byline or a photo credit at most. */
    private static final int LINES_UNDER_HEADLINE = 6;
    /**
     * Lines read above the headline for one that says it dates the publishing ({@code Posted on 5 March 2019}):
     * themes set the entry's meta line above the title, a category or a kicker between them.
     */
    private static final int LINES_ABOVE_HEADLINE = 3;
    /**
     * Share of the shorter of two headlines that the longer must hold for them to be one headline: the chosen
     * title often differs from the page's heading by a site name or a kicker ({@code VIDEO: ...}); .8 leaves
     * room for those and none for a different story's headline.
     */
    private static final double SAME_HEADLINE = 0.8;
    /**
     * Lines read above the text for a clocked date line when no headline is found: the date line sits right
     * above the text, a byline or a photo credit between them at most; the site's clock stands far higher.
     */
    private static final int LINES_ABOVE_TEXT = 3;
    /** A headline has a subject and a verb at least; shorter title-cased lines are sections and labels. */
    private static final int HEADLINE_MIN_WORDS = 3;
    /**
     * Days by which declared metadata may miss the day the article's own date line under the headline shows, the
     * line then dating it: a time declared in UTC falls on the day before a morning in WIB (detik's JSON-LD
     * {@code 2019-09-15T23:10:12Z} under {@code Senin, 16 Sep 2019 06:10 WIB}), and a CMS may declare its last change as
     * the publishing (kumparan's {@code datePublished} the time of {@code diperbarui 17 Februari 2025 9:05 WIB} under
     * {@code 16 Februari 2025 14:30 WIB}). A day further apart is another story's date or a reissue, and is left to
     * the metadata.
     */
    private static final int DECLARED_SHIFT_MAX_DAYS = 1;

    private static final long MINUTES_PER_DAY = 24 * 60;
    /** {@code relative-age-units.txt}: a unit's spelling to its length in minutes. */
    private static final Map<String, Integer> AGE_UNIT_MINUTES = ageUnits();
    /** An article's age as a page writes it under the headline ({@code 2 jam yang lalu}, {@code 3 hours ago}). */
    private static final Pattern RELATIVE_AGE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(\\d{1,3})\\s+("
            + WordLists.alternation(List.copyOf(AGE_UNIT_MINUTES.keySet())) + ")\\s+(?:"
            + WordLists.alternation(WordLists.read(StatedDateFinder.class, "relative-age-marks.txt")) + ")(?![\\p{L}\\p{N}])");

    private final BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();

    /** Whether the line is an article's age and nothing else ({@code 2 jam yang lalu}): a date line, no text. */
    static boolean isAgeAlone(String line) {
        return RELATIVE_AGE.matcher(LineShape.tidy(line)).matches();
    }

    private static Map<String, Integer> ageUnits() {
        Map<String, Integer> units = new HashMap<>();
        for (String[] columns : WordLists.pairs(StatedDateFinder.class, "relative-age-units.txt", "minutes and spelling")) {
            units.put(columns[1].toLowerCase(Locale.ROOT), Integer.parseInt(columns[0]));
        }
        return Map.copyOf(units);
    }

    /**
     * Paragraphs of the text read for a publishing line or a post's header the cleaner kept: the date line stands first,
     * under a standfirst or the thread's title at most.
     */
    private static final int LEAD_LINES = 2;

    /** Lines read under the text for a publishing line: a byline, tags and share buttons come before it at most. */
    private static final int LINES_UNDER_TEXT = 6;

    /** What the page states: its publication day with the part that stated it, and its last change. */
    record StatedDates(LocalDate published, DateSource source, LocalDate modified) {
    }

    StatedDates find(PageMetadata metadata, Optional<Dateline> dateline, List<String> before, String title) {
        return find(metadata, dateline, before, List.of(), List.of(), title, false);
    }

    /**
     * @param before the lines above the article's text
     * @param lead   the first paragraphs of the text, where a publishing line the cleaner kept as text ({@code Posted by
     *               kovarex, TOGos on 2019-02-15, all posts}) dates the page after the lines above the text
     * @param after  the lines under it, where a line labelled as the publishing ({@code Diterbitkan 16 September
     *               2019}) is read when nothing above the text dates it
     * @param addressDated a folder of the page's address states a day, which the extractor weighs against the declared
     *                     metadata itself: the date line under the headline then leaves the metadata's day standing
     */
    StatedDates find(PageMetadata metadata, Optional<Dateline> dateline, List<String> before, List<String> lead,
                     List<String> after, String title, boolean addressDated) {
        NumericDateOrder order = metadata.dateOrder();
        LocalDate declaredChange = CalendarDates.parseValue(metadata.modified(), order).orElse(null);
        LocalDate published = CalendarDates.parseValue(metadata.published(), order).orElse(null);
        DateSource source = published == null ? null : DateSource.METADATA;
        int titleAt = headlineLine(before, title);
        if (titleAt < 0) {
            titleAt = headingLine(before, metadata.headings());
        }
        // no line dates the publishing after the page's last change, nor after the day its own clock shows
        LocalDate modified = earlier(declaredChange, siteClock(before, titleAt, order));
        if (source == DateSource.METADATA && !addressDated) {
            LocalDate shown = shownDay(before, titleAt, modified, order);
            // a CMS may declare its last change as the publishing, days later: under "Updated 7 March 2019 · First
            // published 5 March 2019" a declared 7 March is the update the page shows, and the publishing line dates it
            if (shown != null && !shown.equals(published)
                    && (Math.abs(ChronoUnit.DAYS.between(shown, published)) <= DECLARED_SHIFT_MAX_DAYS
                    || shown.isBefore(published) && published.equals(shownUpdate(before, titleAt, order)))) {
                published = shown;
                source = DateSource.DATE_LINE;
            }
        }
        if (published == null && dateline.isPresent() && dateline.get().date() != null
                && CalendarDates.mayPublish(dateline.get().date(), modified)) {
            published = dateline.get().date();
            source = DateSource.DATELINE;
        }
        LocalDate updateLine = null;
        if (published == null || modified == null) {
            // the lines next to the headline first, then the elements the markup names as the date
            List<String> lines = new ArrayList<>(dateLines(before, titleAt, order));
            metadata.markedDates().stream().filter(m -> LineShape.words(m) <= DATE_LINE_MAX_WORDS).forEach(lines::add);
            lead.stream().limit(LEAD_LINES).filter(l -> isPublishingLine(l) || isPostHeader(l)).forEach(lines::add);
            for (String line : lines) {
                // Diterbitkan 14 Maret 2022, 18:15 WIB Diperbarui 14 Maret 2022, 20:00 WIB: one line, two days
                String[] parts = publishingAndUpdate(line);
                Optional<LocalDate> first = CalendarDates.findInDateLine(parts[0], order).map(CalendarDates.Found::date)
                        .filter(d -> CalendarDates.mayPublish(d, modified));
                if (first.isPresent() && published == null) {
                    published = first.get();
                    source = DateSource.DATE_LINE;
                }
                if (!parts[1].isEmpty() && updateLine == null) {
                    updateLine = CalendarDates.findInDateLine(parts[1], order).map(CalendarDates.Found::date)
                            .filter(d -> !d.isBefore(CalendarDates.EARLIEST_PUBLICATION)).orElse(null);
                }
            }
        }
        if (published == null) {
            for (String line : after.subList(0, Math.min(after.size(), LINES_UNDER_TEXT))) {
                // a labelled line, or the sentence a blog's theme closes the entry with (This entry was posted on ...)
                Optional<LocalDate> found = (isPublishingLine(line)
                        ? CalendarDates.findInDateLine(line, order).map(CalendarDates.Found::date)
                        : CalendarDates.postingSentenceDay(line, order)).filter(d -> CalendarDates.mayPublish(d, modified));
                if (found.isPresent()) {
                    published = found.get();
                    source = DateSource.DATE_LINE;
                    break;
                }
            }
        }
        if (published == null && updateLine == null) {
            published = countedFromClock(before, titleAt, lead, order);
            source = published == null ? null : DateSource.DATE_LINE;
        }
        if (published == null && updateLine == null) {
            published = lastResort(before, lead, after, titleAt, modified, order);
            source = published == null ? null : DateSource.DATE_LINE;
        }
        // an update line alone leaves the publishing to the address or the title, which the extractor reads next
        LocalDate changed = declaredChange == null ? updateLine : declaredChange;
        if (published != null && changed != null && !changed.isAfter(published)) {
            changed = null; // a change on the day of publishing, or before it, tells nothing more
        }
        return new StatedDates(published, source, changed);
    }

    /**
     * The day the article's own date line under the headline shows for its publishing, with a clock time or a
     * publishing label ({@code Senin, 16 Sep 2019 06:10 WIB}); null when no such line stands there.
     */
    private static LocalDate shownDay(List<String> before, int titleAt, LocalDate modified, NumericDateOrder order) {
        for (String line : underHeadline(before, titleAt)) {
            String publishing = publishingAndUpdate(line)[0];
            if (isLabelledOrClocked(publishing)) {
                Optional<LocalDate> day = CalendarDates.findInDateLine(publishing, order).map(CalendarDates.Found::date)
                        .filter(d -> CalendarDates.mayPublish(d, modified));
                if (day.isPresent()) {
                    return day.get();
                }
            }
        }
        return null;
    }

    /** The day the first line under the headline that labels an update shows for it ({@code Updated 7 March 2019}); else null. */
    private static LocalDate shownUpdate(List<String> before, int titleAt, NumericDateOrder order) {
        for (String line : underHeadline(before, titleAt)) {
            String update = publishingAndUpdate(line)[1];
            Optional<LocalDate> day = update.isEmpty() ? Optional.empty()
                    : CalendarDates.findInDateLine(update, order).map(CalendarDates.Found::date);
            if (day.isPresent()) {
                return day.get();
            }
        }
        return null;
    }

    /**
     * The short lines that date the article, in reading order: just above the headline, one with a clock or a
     * label (a bare date there is the site's clock); under it, also a byline or date line that is no sentence
     * ({@code By Jane Doe | March 5, 2019}, {@code 5 de marzo de 2019}), as a caption or a lead would be.
     */
    private List<String> dateLines(List<String> before, int titleAt, NumericDateOrder order) {
        if (titleAt < 0) {
            // no headline to go by: a line that says it dates the publishing, else a date line with a clock or a
            // label right above the text ("Senin, 16 Sep 2019 10:20 WIB"), where the article's own stands
            List<String> near = new ArrayList<>(before.stream().filter(StatedDateFinder::isPublishingLine).toList());
            for (int i = Math.max(0, before.size() - LINES_ABOVE_TEXT); i < before.size(); i++) {
                // under a line shaped like a headline, the date is that story's, listed above this one
                if (isLabelledOrClocked(before.get(i)) && (i == 0 || !isHeadlineShaped(before.get(i - 1)))) {
                    near.add(before.get(i));
                }
            }
            return near;
        }
        List<String> near = new ArrayList<>();
        for (int i = Math.max(0, titleAt - LINES_ABOVE_HEADLINE); i < titleAt - 1; i++) {
            if (isPublishingLine(before.get(i))) {
                near.add(before.get(i));
            }
        }
        // under a line shaped like a headline, the clocked line over the headline dates that item of a list closing there
        // (a Terpopuler column set before the article: "Festival Kuliner Nusantara Digelar di Lapangan Banteng" over
        // "Jumat, 4 Desember 2026 14:00 WIB" over the headline)
        // a section kicker or a breadcrumb closing with the day names this article's place in the site, whatever the
        // line over it (a mobile page's menu of three section names reads as a short headline)
        String above = titleAt > 0 && (isKickerDated(before.get(titleAt - 1))
                || isLabelledOrClocked(before.get(titleAt - 1)) && !headsAnotherStory(before.get(titleAt - 1), order)
                && (titleAt < 2 || !isHeadlineShaped(before.get(titleAt - 2)))) ? before.get(titleAt - 1) : null;
        List<String> under = new ArrayList<>();
        for (int i = titleAt + 1; i < Math.min(before.size(), titleAt + 1 + LINES_UNDER_HEADLINE); i++) {
            String line = before.get(i);
            // a read-more line set above the text dates the story it links (Baca juga: Polisi Tilang 300 Pelanggar
            // Ganjil Genap Senin, 9 September 2019), not this one
            if (isLabelledOrClocked(line) || LineShape.words(line) <= DATE_LINE_MAX_WORDS && !LineShape.endsLikeSentence(line)
                    && !isFactsTableRow(before, i) && classifier.classify(line) != LineKind.READ_MORE) {
                under.add(line);
            }
        }
        if (above != null && !isSiteClockOver(above, under, order)) {
            near.add(above);
        }
        near.addAll(under);
        return near;
    }

    /**
     * Whether a clocked line right above the headline is the site's clock over the article's own date line: it opens
     * with a weekday, as clocks write today, names no publishing, and a date line under the headline dates an earlier
     * day ({@code Sunday, 10 March 2019, 14:05} in a date bar under the menu over {@code By Ann Lee | 5 March 2019} or
     * {@code Ani Lestari | 16 September 2019}). The article's own date line set above its headline ({@code Senin, 16
     * Sep 2019 10:20 WIB}) has no earlier day under it.
     */
    private static boolean isSiteClockOver(String above, List<String> under, NumericDateOrder order) {
        if (!opensWithWeekday(above) || PUBLISH_LABEL.matcher(above).find()) {
            return false;
        }
        Optional<LocalDate> shown = CalendarDates.findInDateLine(above, order).map(CalendarDates.Found::date);
        return shown.isPresent() && under.stream().anyMatch(line -> !UPDATE_LABEL.matcher(line).find()
                && CalendarDates.findInDateLine(line, order).filter(d -> d.date().isBefore(shown.get())).isPresent());
    }

    /**
     * Whether a line is a section kicker or a breadcrumb trail closed by a day that is all its last part says
     * ({@code Internasional · Selasa, 10 September 2019 00:28 WIB} on tribunnews's mobile page, {@code Home › Muslim ›
     * Selasa 10 September 2019}): each part before it a short name opening with a letter. Set right above the headline, it
     * dates the article: a listed story's date stands alone under its headline, a site's clock opens with the day.
     */
    static boolean isKickerDated(String line) {
        if (LineShape.words(line) > DATE_LINE_MAX_WORDS) {
            return false;
        }
        String[] parts = KICKER_SEPARATOR.split(line.strip());
        if (parts.length < 2 || !CalendarDates.isDateOnly(parts[parts.length - 1])) {
            return false;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            int words = LineShape.words(parts[i]);
            if (words == 0 || words > KICKER_MAX_WORDS || !Character.isLetter(parts[i].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line opens with its weekday, as a site's clock writes today ({@code Selasa, 17 September 2019}). */
    static boolean opensWithWeekday(String line) {
        return OPENS_WITH_WEEKDAY.matcher(line).lookingAt();
    }

    /**
     * Whether line {@code i} is a row of a table of facts, its cells joined by the bar, among rows like it: an infobox
     * under the headline dates what it tells of ({@code Industry | Open-source software} over {@code Founded | February
     * 28, 1998; 18 years ago (1998-02-28)} on a Wikipedia page), where the article's date line stands alone.
     */
    private static boolean isFactsTableRow(List<String> lines, int i) {
        return lines.get(i).contains(BlockTextFlattener.CELL_SEPARATOR)
                && (i > 0 && lines.get(i - 1).contains(BlockTextFlattener.CELL_SEPARATOR)
                || i + 1 < lines.size() && lines.get(i + 1).contains(BlockTextFlattener.CELL_SEPARATOR));
    }

    /**
     * The page's last resort when nothing states a day: a line under the headline that says nothing but a date, a
     * byline ending with one or a line labelled as the publishing, however far under it (a standfirst, a photo, its credit and a share bar of a line per
     * button may stand between); with no headline to go by, the nearest such line above the text that carries a clock
     * or a label and heads no item of a list (a line shaped like a headline over it). A date above the headline is the
     * site's clock and stays unread, but for the line right above it, where an entry's date is set over its title,
     * unless a line shaped like a headline stands over that date: a list of other entries (a sidebar's latest posts)
     * ends there. Then, anywhere in the content block and under it: a bare date line closing the text or among the
     * few lines under it (a byline, a share bar) before the label of the site's lists, that heads no item of a list, and a line the
     * text keeps that says it dates the publishing ({@code Diterbitkan: 16 September 2019}) and is no sentence.
     */
    private LocalDate lastResort(List<String> before, List<String> text, List<String> after, int titleAt, LocalDate modified,
                                 NumericDateOrder order) {
        if (titleAt >= 0) {
            List<String> lines = new ArrayList<>(before.subList(titleAt + 1, before.size()));
            if (titleAt > 1 && !OPENS_WITH_WEEKDAY.matcher(before.get(titleAt - 1)).lookingAt()
                    && !isHeadlineShaped(before.get(titleAt - 2))) {
                // a line right above the headline saying nothing but a date: the entry's date set over its title; the
                // site's clock heads the page, with its menu between it and the headline
                lines.add(before.get(titleAt - 1));
            }
            for (String line : lines) {
                Optional<LocalDate> day = dateLineDay(line, modified, order);
                if (day.isEmpty() && isPublishingLine(line)) {
                    // a labelled line too far under the headline for the date lines, a share bar between them
                    day = CalendarDates.findInDateLine(publishingAndUpdate(line)[0], order).map(CalendarDates.Found::date)
                            .filter(d -> CalendarDates.mayPublish(d, modified));
                }
                if (day.isPresent()) {
                    return day.get();
                }
            }
        } else {
            for (int i = before.size() - 1; i > 0; i--) {
                // a bare date there may be the site's clock ("Jumat, Mei 3, 2024" atop a scraped page): a clock or a label
                // tells the article's date line from it
                String line = before.get(i);
                Optional<LocalDate> day = isHeadlineShaped(before.get(i - 1)) || !isLabelledOrClocked(line)
                        ? Optional.empty() : dateLineDay(line, modified, order);
                if (day.isPresent()) {
                    return day.get();
                }
            }
        }
        for (int i = 0; i < Math.min(after.size(), LINES_UNDER_TEXT); i++) {
            // a date closing the text, where blogs set it under the entry; under an item of a list, that item's, and
            // from the label of the site's lists on (related headlines, tags, comments) every date is theirs
            String line = after.get(i);
            if (classifier.classify(line) == LineKind.SECTION_LABEL) {
                break;
            }
            if (UPDATE_LABEL.matcher(line).find() || i > 0 && isHeadlineShaped(after.get(i - 1))) {
                continue;
            }
            Optional<LocalDate> day = dateLineDay(line, modified, order);
            if (day.isPresent()) {
                return day.get();
            }
        }
        for (String line : text) {
            if (isPublishingLine(line) && !LineShape.endsLikeSentence(line)) {
                Optional<LocalDate> day = CalendarDates.findInDateLine(line, order).map(CalendarDates.Found::date)
                        .filter(d -> CalendarDates.mayPublish(d, modified));
                if (day.isPresent()) {
                    return day.get();
                }
            }
        }
        return null;
    }

    /**
     * The day the page's own clock shows, set atop the page by the site ({@code Senin, 16 September 2019}): a line
     * above the headline, but for the one right above it, that says nothing but a date and opens with its weekday,
     * as clocks write today, under no line shaped like a headline (that dates an item of a list of other entries,
     * older than this one). Of several such lines the latest: none of the entries a list dates is later than today.
     * Null when no headline is found or no such line stands.
     */
    private LocalDate siteClock(List<String> before, int titleAt, NumericDateOrder order) {
        LocalDate clock = null;
        for (int i = 0; i < titleAt - 1; i++) {
            String line = before.get(i);
            if (OPENS_WITH_WEEKDAY.matcher(line).lookingAt() && CalendarDates.isDateOnly(line)
                    && (i == 0 || !isHeadlineShaped(before.get(i - 1)))) {
                LocalDate day = CalendarDates.findInDateLine(line, order).map(CalendarDates.Found::date).orElse(null);
                clock = day == null || clock != null && !day.isAfter(clock) ? clock : day;
            }
        }
        return clock;
    }

    /**
     * The day an age written under the headline ({@code 2 jam yang lalu}) counts back to from the site's clock atop
     * the page ({@code Senin, 16 September 2019 | 17:05 WIB}, the menu's links perhaps on its line): the clock's
     * moment less the age, or its day less the age's whole days when it shows no time. An age in hours or minutes is
     * cut down to its unit or rounded to it, so {@code 8 jam yang lalu} under {@code 08:00} allows 23:00 to 00:30:
     * where that span crosses midnight the day the lead writes with its weekday ({@code Senin (16/9/2019)}) picks
     * between the two, if it is one of them. Null when the age or the clock is missing.
     */
    private static LocalDate countedFromClock(List<String> before, int titleAt, List<String> lead, NumericDateOrder order) {
        Long ageMinutes = null;
        long unitMinutes = 0;
        for (String line : underHeadline(before, titleAt)) {
            Matcher age = LineShape.words(line) <= DATE_LINE_MAX_WORDS ? RELATIVE_AGE.matcher(line) : null;
            if (age != null && age.find()) {
                unitMinutes = AGE_UNIT_MINUTES.get(age.group(2).toLowerCase(Locale.ROOT));
                ageMinutes = Long.parseLong(age.group(1)) * unitMinutes;
                break;
            }
        }
        if (ageMinutes == null) {
            return null;
        }
        for (int i = 0; i < titleAt - 1; i++) {
            String line = before.get(i);
            Optional<CalendarDates.Found> day = OPENS_WITH_WEEKDAY.matcher(line).lookingAt()
                    ? CalendarDates.findInDateLine(line, order) : Optional.empty();
            if (day.isPresent()) {
                LocalTime time = CalendarDates.clockTime(line, day.get().end()).orElse(null);
                // a clock with no time of day counts back whole days only: "2 jam yang lalu" stays on its day,
                // "5 hari yang lalu" under "Sabtu, 19 Oktober 2019" is 14 October
                if (time == null) {
                    return day.get().date().minusDays(ageMinutes / MINUTES_PER_DAY);
                }
                LocalDateTime moment = day.get().date().atTime(time).minusMinutes(ageMinutes);
                if (unitMinutes >= MINUTES_PER_DAY) {
                    return moment.toLocalDate();
                }
                LocalDate earliest = moment.minusMinutes(unitMinutes).toLocalDate();
                LocalDate latest = moment.plusMinutes(unitMinutes / 2).toLocalDate();
                LocalDate leadDay = earliest.equals(latest) || lead.isEmpty() ? null : leadWeekdayDate(lead.get(0), order);
                return leadDay != null && (leadDay.equals(earliest) || leadDay.equals(latest)) ? leadDay : moment.toLocalDate();
            }
        }
        return null;
    }

    /**
     * The first date the lead writes right after the weekday it falls on ({@code Senin (16/9/2019)}, {@code Senin, 16
     * September 2019}); null when none, or when its weekday is not the one written.
     */
    private static LocalDate leadWeekdayDate(String paragraph, NumericDateOrder order) {
        Matcher weekday = WEEKDAY_BEFORE_DATE.matcher(paragraph);
        while (weekday.find()) {
            Optional<CalendarDates.Found> found = CalendarDates.find(paragraph.substring(weekday.end()), order)
                    .filter(f -> f.start() == 0);
            if (found.isPresent()) {
                return found.get().date().getDayOfWeek() == Calendar.weekday(weekday.group(1)) ? found.get().date() : null;
            }
        }
        return null;
    }

    /** The lines just under the headline, where the article's own byline and date line stand; none without one. */
    private static List<String> underHeadline(List<String> before, int titleAt) {
        return titleAt < 0 ? List.of()
                : before.subList(titleAt + 1, Math.min(before.size(), titleAt + 1 + LINES_UNDER_HEADLINE));
    }

    /** The earlier of two days, either null when unknown. */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isBefore(a) ? a : b;
    }

    /** The day of a line that says nothing but a date, or of a byline that ends with one, that may date the publishing. */
    private static Optional<LocalDate> dateLineDay(String line, LocalDate modified, NumericDateOrder order) {
        if (!CalendarDates.isDateOnly(line) && !isDatedByline(line)) {
            return Optional.empty();
        }
        return CalendarDates.findInDateLine(line, order).map(CalendarDates.Found::date).filter(d -> CalendarDates.mayPublish(d, modified));
    }

    /**
     * A byline that ends with the date ({@code Oleh Hafiyyan - 10 September 2019}, {@code Von Max Muster - 16.09.2019}):
     * its opening word names the writer, and the date follows the name; or a date line that names the writer after
     * the date ({@code Tuesday 15 October 2019 by Bradley M. Kuhn}).
     */
    static boolean isDatedByline(String line) {
        if (LineShape.words(line) > DATE_LINE_MAX_WORDS) {
            return false;
        }
        Matcher opener = BYLINE_OPENER.matcher(line);
        if (opener.lookingAt()) {
            return CalendarDates.findInDateLine(line.substring(opener.end())).isPresent();
        }
        Optional<CalendarDates.Found> date = CalendarDates.findInDateLine(line);
        return date.isPresent() && CalendarDates.isDateOnly(line.substring(0, date.get().end()))
                && WRITER_AFTER_DATE.matcher(line).region(date.get().end(), line.length()).lookingAt();
    }

    /**
     * Whether a clocked line is another story's headline with its time, unlabelled: a news ticker set over the headline
     * ({@code Breaking News Gempa Magnitudo 5,1 Guncang Maluku Utara Pagi Ini 16/09/2019 08:10} over an article of 10
     * September), where the article's own date line holds no headline before its date.
     */
    private boolean headsAnotherStory(String line, NumericDateOrder order) {
        if (PUBLISH_LABEL.matcher(line).find() || UPDATE_LABEL.matcher(line).find()) {
            return false;
        }
        Optional<CalendarDates.Found> date = CalendarDates.findInDateLine(line, order);
        return date.isPresent() && isHeadlineShaped(line.substring(0, date.get().start()).strip());
    }

    private boolean isHeadlineShaped(String line) {
        return LineShape.words(line) >= HEADLINE_MIN_WORDS && classifier.classify(line) == LineKind.HEADLINE;
    }

    private static boolean isPublishingLine(String line) {
        return LineShape.words(line) <= DATE_LINE_MAX_WORDS && (PUBLISH_LABEL.matcher(line).find() || isDatedByline(line));
    }

    /**
     * A post's header the text kept as its own line, its date and time of day after the writer's name ({@code Beitrag
     * von tom » So 3. Mär 2019, 10:15}): short, no sentence and no update's line.
     */
    private static boolean isPostHeader(String line) {
        return LineShape.words(line) <= DATE_LINE_MAX_WORDS && CalendarDates.hasClock(line) && !LineShape.endsLikeSentence(line)
                && !UPDATE_LABEL.matcher(line).find();
    }

    private static boolean isLabelledOrClocked(String line) {
        return LineShape.words(line) <= DATE_LINE_MAX_WORDS && (CalendarDates.hasClock(line) || PUBLISH_LABEL.matcher(line).find()
                || UPDATE_LABEL.matcher(line).find() || isDatedByline(line));
    }

    /**
     * The line's publishing part and its update part, each from its label on: the update label may come first
     * ({@code Last updated 3 Oct 2019 · First published 29 Sep 2019}); a date before any label is the publishing's.
     * The update part is empty when the line names no update.
     */
    private static String[] publishingAndUpdate(String line) {
        Matcher update = UPDATE_LABEL.matcher(line);
        if (!update.find()) {
            return new String[] {line, ""};
        }
        Matcher publish = PUBLISH_LABEL.matcher(line);
        if (publish.find(update.end())) {
            return new String[] {line.substring(0, update.start()) + " " + line.substring(publish.start()),
                line.substring(update.start(), publish.start())};
        }
        return new String[] {line.substring(0, update.start()), line.substring(update.start())};
    }

    /**
     * Where the page's headline ({@code h1}) stands among the lines above the text when the chosen title is worded
     * differently ({@code og:title} a short form of it): the first heading of a headline's length found there; -1
     * if none. A shorter heading is the site's name set as its logo.
     */
    private static int headingLine(List<String> before, List<String> headings) {
        for (String heading : headings) {
            String line = LineShape.tidy(heading);
            int at = before.indexOf(line);
            if (at >= 0 && LineShape.words(line) > HEADLINE_MIN_WORDS) {
                return at;
            }
        }
        return -1;
    }

    /** Where the headline stands among the lines above the text: the title itself, or a heading it mostly shares. */
    private static int headlineLine(List<String> before, String title) {
        if (title == null) {
            return -1;
        }
        int exact = before.indexOf(title);
        if (exact >= 0) {
            return exact;
        }
        TokenBag headline = TokenBag.of(title);
        for (int i = 0; i < before.size(); i++) {
            String text = before.get(i);
            // A line has at least a token for each of its words and at most one for every two characters: lines
            // too long or too short to be within twice the headline's length are passed without being tokenised.
            if (LineShape.words(text) > 2 * headline.size() || text.length() + 1 < headline.size()) {
                continue;
            }
            TokenBag line = TokenBag.of(text);
            TokenBag shorter = line.size() < headline.size() ? line : headline;
            TokenBag longer = shorter == line ? headline : line;
            if (shorter.size() > 0 && 2 * shorter.size() >= longer.size()
                    && shorter.containedIn(longer) >= SAME_HEADLINE) {
                return i;
            }
        }
        return -1;
    }
}
