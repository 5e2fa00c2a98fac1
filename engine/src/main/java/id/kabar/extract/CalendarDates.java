package id.kabar.extract;

import id.kabar.lang.Calendar;
import id.kabar.lang.WordLists;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads full calendar dates (a year is required) as Indonesian and English pages write them:
 * {@code 28 Februari 2022}, {@code Senin, 28/2/2022}, {@code Mei 3, 2024}, {@code 2022-02-28T10:15:00+07:00},
 * {@code Feb 28, 2022}, {@code 2019/09/16}, {@code 2019年9月16日}; and as the date lines of other European languages write them ({@code 5 de marzo de 2019},
 * {@code 5. März 2019}, {@code 1er mars 2019}). Relative days ({@code Jumat (25/2)}) are left to the time annotator.
 */
final class CalendarDates {
    /** A month in any spelling, captured, with the dot an abbreviation may take. */
    private static final String MONTH = "(" + Calendar.MONTH + ")\\.?";
    /** The day may take a period, as German writes it ({@code 16. September 2019}), or an English ordinal ({@code 16th of September 2019}). */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    /**
     * The month first, as English writes it ({@code Feb 28, 2022}), the weekday perhaps between the day and the year as
     * blog platforms set it over a post ({@code Dec 28 Sat 2013 00:28}, Pixnet).
     */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:(?:"
            + Calendar.WEEKDAY_ANY_FORM + ")\\.?,?\\s+)?((?:19|20)\\d{2})\\b");
    private static final Map<String, Integer> OTHER_LANGUAGE_MONTHS = otherLanguageMonths();
    /** Day, month and year with the ordinal marks and linking words of other languages between them. */
    private static final Pattern OTHER_LANGUAGE_DAY_MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|º|er)?\\s+(?:de\\s+)?("
            + WordLists.alternation(List.copyOf(OTHER_LANGUAGE_MONTHS.keySet())) + ")\\.?,?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2})\\b");
    /**
     * Day, month and year joined by dots, the month an abbreviation in any language, as Folha de S.Paulo and the blogs of
     * its group write their date lines ({@code 14.fev.2020 às 9h30}, {@code 18.mai.2021}).
     */
    private static final Pattern DOTTED_DAY_MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.])(\\d{1,2})\\.(" + Calendar.MONTH + "|"
            + WordLists.alternation(List.copyOf(OTHER_LANGUAGE_MONTHS.keySet())) + ")\\.((?:19|20)\\d{2})(?!\\d)");
    /**
     * Day, month name and a year of two digits, as some outlets write their date line ({@code 10 Sep 19 | 08:12}): read
     * only in a date line (the two digits are no clock, {@code 19.00}, and no count, {@code 20 orang}).
     */
    private static final Pattern DAY_MONTH_SHORT_YEAR = Pattern.compile("(?iu)\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{2})(?![\\d:.]|\\s*\\p{L})");
    /**
     * Day, month and a year of two digits in numbers, one separator between all three ({@code 3/3/19}, {@code
     * 03.03.19}), as local papers and forums write a date line: read only in a date line, like {@link
     * #DAY_MONTH_SHORT_YEAR}; a third number after the year ({@code 1.2.19.4}) makes it a version or a code.
     */
    private static final Pattern NUMERIC_SHORT_YEAR = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2})(?![\\d/-]|\\.\\d)");
    /** The century of a year written in two digits: no page was published before 1995 ({@link #EARLIEST_PUBLICATION}). */
    private static final int SHORT_YEAR_CENTURY = 2000;
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})\\b");
    /**
     * The year first with dashes: ISO 8601 ({@code 2019-03-05T10:15:00+01:00}), and the month and day without their
     * leading zeros as Chinese outlets' English editions print a date line ({@code 2019-7-3 10:15}).
     */
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?!\\d)(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    /** The year first with slashes or dots ({@code 2019/09/16}, {@code 2019.09.16}), or in Chinese, Japanese or Korean. */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(?:([/.])(\\d{1,2})\\2(\\d{1,2})\\b|\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일])");
    /**
     * A clock time ({@code 10:20}, {@code 10.20}, French {@code 10h20}); not the day and month of a date written with
     * dots ({@code 18.09.2019}), which it would match.
     */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d.])\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?![.:]?\\d)");
    private static final String PUBLISH_WORDS = WordLists.alternation(WordLists.read(CalendarDates.class, "publishing-labels.txt"));
    private static final String UPDATE_WORDS = WordLists.alternation(WordLists.read(CalendarDates.class, "update-labels.txt"));
    /** Words that label a line as the article's publishing ({@code Diterbitkan}, {@code Posted}, {@code Opublikowano}). */
    static final Pattern PUBLISH_LABEL = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + PUBLISH_WORDS + ")(?![\\p{L}\\p{N}])");
    /** Words that label a date as the page's last change ({@code Diperbarui}, {@code Updated}, {@code Aktualisiert}). */
    static final Pattern UPDATE_LABEL = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + UPDATE_WORDS + ")(?![\\p{L}\\p{N}])");
    /** Day names of other European languages that open a date line ({@code Do 12. Sep. 2019}, {@code jeudi 12 septembre 2019}). */
    private static final String OTHER_LANGUAGE_WEEKDAYS = WordLists.alternation(WordLists.read(Calendar.class, "date-line-weekdays.txt"));
    /**
     * What a date line holds besides its date: a day name, a time zone, the labels above, and the words that join
     * them to the date and the clock ({@code Publié le ... à}, {@code Veröffentlicht am ... um ... Uhr}, {@code o},
     * Russian {@code г.} for the year and {@code в} for the clock), and the word {@code Date} itself ({@code Datum:
     * 16.09.2019}, {@code Fecha: 16/09/2019}).
     */
    private static final Pattern DATE_LINE_WORDS = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + Calendar.WEEKDAY_ANY_FORM
            + "|" + OTHER_LANGUAGE_WEEKDAYS + "|wib|wita|wit|gmt|utc|pukul|jam|am|pm|tanggal|date|datum|fecha|on|at|last|le|el|um|uhr|à|o|г|в|" + PUBLISH_WORDS + "|" + UPDATE_WORDS
            + ")(?![\\p{L}\\p{N}])");

    /** An RFC 1123 date opens with its day of the month or a day name of three letters and a comma ({@code Mon, 16 Sep}). */
    private static final int RFC_1123_DAY_CHARS = 3;
    private static final int MONTHS_A_YEAR = 12;
    /** Characters between a weekday and the date in numbers it names: a dot, a comma and a space ({@code Tue., }). */
    private static final int WEEKDAY_GAP_MAX_CHARS = 3;
    /** Longer than this, a line says more than a date. */
    private static final int DATE_LINE_MAX_CHARS = 80;
    /** Words a theme's posting sentence writes before its label: {@code This entry was posted}, {@code Esta entrada fue publicada}. */
    private static final int POSTING_LABEL_MAX_WORDS_BEFORE = 4;
    /** Words of the longest publishing label ({@code mis en ligne}), searched whole among a sentence's opening words. */
    private static final int LONGEST_LABEL_WORDS = 3;
    /** Characters from a posting sentence's label to its date: a preposition and a weekday ({@code  on Wednesday, }, {@code  am Donnerstag, }). */
    private static final int POSTING_DATE_MAX_GAP = 20;
    /** Characters from a posting sentence's date to its time of day: {@code  at }, {@code  a las }, {@code , um }. */
    private static final int POSTING_CLOCK_MAX_GAP = 8;
    /**
     * No page was published earlier: news sites came to the web from 1995 (the cut htmldate makes too). A page
     * declaring an earlier day declares a placeholder ({@code 1970-01-01}, the unix epoch; {@code 1900-01-01}) or a
     * day its text tells of.
     */
    static final LocalDate EARLIEST_PUBLICATION = LocalDate.of(1995, 1, 1);
    /**
     * Days a publication day may follow the last change a page states: none, but the two are often written in
     * different time zones (publication on local time, the change in UTC), which sets them a day apart.
     */
    private static final int PUBLICATION_AFTER_CHANGE_DAYS = 1;

    private CalendarDates() {
    }

    /** A date found in a text, and where it was. */
    record Found(LocalDate date, int start, int end) {
    }

    /** The first full date written in {@code text}, a date in numbers read with the day first. */
    static Optional<Found> find(String text) {
        return find(text, NumericDateOrder.DAY_FIRST);
    }

    /** The first full date written in {@code text}, a date in numbers read in the page's {@code order}. */
    static Optional<Found> find(String text, NumericDateOrder order) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, OTHER_LANGUAGE_DAY_MONTH_YEAR, DOTTED_DAY_MONTH_YEAR,
                NUMERIC, YEAR_FIRST}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                LocalDate date = toDate(p, m, order, text);
                if (date != null) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(date, m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The date a date line writes: a full date as {@link #find} reads it, else a day and month name with a year of two
     * digits ({@code 10 Sep 19 | 08:12}); a date in numbers read with the day first.
     */
    static Optional<Found> findInDateLine(String line) {
        return findInDateLine(line, NumericDateOrder.DAY_FIRST);
    }

    /** The date a date line writes, as {@link #findInDateLine(String)} reads it, a date in numbers read in {@code order}. */
    static Optional<Found> findInDateLine(String line, NumericDateOrder order) {
        Optional<Found> full = find(line, order);
        if (full.isPresent()) {
            return full;
        }
        Matcher m = DAY_MONTH_SHORT_YEAR.matcher(line);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(SHORT_YEAR_CENTURY + Integer.parseInt(m.group(3)), Calendar.month(m.group(2)),
                        Integer.parseInt(m.group(1)));
                return Optional.of(new Found(date, m.start(), m.end()));
            } catch (DateTimeException e) {
                // no such day (31 Feb 19): the line holds no date
            }
        }
        m = NUMERIC_SHORT_YEAR.matcher(line);
        while (m.find()) {
            try {
                LocalDate date = numeric(SHORT_YEAR_CENTURY + Integer.parseInt(m.group(4)), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(3)), order);
                return Optional.of(new Found(date, m.start(), m.end()));
            } catch (DateTimeException e) {
                // no such day (31/02/19): the line holds no date
            }
        }
        return Optional.empty();
    }

    /**
     * The day of the sentence a blog's theme writes under its entry ({@code This entry was posted on Sunday, March 3rd,
     * 2019 at 10:15 am and is filed under Garden.}): a publishing label among its first words, the date right after it
     * and the time of day after the date, running on past a date line's length. A report's sentence citing a publishing
     * ({@code The study, published on 3 March 2019 in Nature, ...}) writes no clock after its date; a shorter line is a
     * date line ({@code Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.}), read and kept as one. Empty
     * for any other line.
     */
    static Optional<LocalDate> postingSentenceDay(String line, NumericDateOrder order) {
        if (!hasYear(line) || LineShape.words(line) <= StatedDateFinder.DATE_LINE_MAX_WORDS) {
            return Optional.empty();
        }
        // the label is looked for among the sentence's opening words only: searched through a whole paragraph, its
        // alternation of labels was tried at every offset of every paragraph holding a year
        Matcher label = PUBLISH_LABEL.matcher(line).region(0, openingWordsEnd(line, POSTING_LABEL_MAX_WORDS_BEFORE + LONGEST_LABEL_WORDS));
        if (!label.find() || LineShape.words(line.substring(0, label.start())) > POSTING_LABEL_MAX_WORDS_BEFORE) {
            return Optional.empty();
        }
        String rest = line.substring(label.end());
        Optional<Found> day = find(rest, order);
        if (day.isEmpty() || day.get().start() > POSTING_DATE_MAX_GAP) {
            return Optional.empty();
        }
        Matcher clock = CLOCK.matcher(rest);
        return clock.find(day.get().end()) && clock.start() - day.get().end() <= POSTING_CLOCK_MAX_GAP
                ? Optional.of(day.get().date()) : Optional.empty();
    }

    /** Where the line's first {@code words} words end. */
    private static int openingWordsEnd(String line, int words) {
        int seen = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (space && inWord && ++seen == words) {
                return i;
            }
            inWord = !space;
        }
        return line.length();
    }

    private static LocalDate toDate(Pattern p, Matcher m, NumericDateOrder order, String text) {
        try {
            if (p == ISO) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (p == YEAR_FIRST) {
                boolean cjk = m.group(3) == null;
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(cjk ? 5 : 3)),
                        Integer.parseInt(m.group(cjk ? 6 : 4)));
            }
            if (p == DAY_MONTH_YEAR) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Calendar.month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (p == OTHER_LANGUAGE_DAY_MONTH_YEAR) {
                return LocalDate.of(Integer.parseInt(m.group(3)), OTHER_LANGUAGE_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)),
                        Integer.parseInt(m.group(1)));
            }
            if (p == DOTTED_DAY_MONTH_YEAR) {
                Integer other = OTHER_LANGUAGE_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                return LocalDate.of(Integer.parseInt(m.group(3)), other != null ? other : Calendar.month(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            if (p == MONTH_DAY_YEAR) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Calendar.month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            LocalDate read = numeric(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), order);
            return agreeingWithWeekday(read, weekdayBefore(text, m.start()));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The date in numbers read the other way round when the weekday its line names right before it ({@code Submitted by
     * admin on Tue, 03/05/2019 - 10:15}, Drupal's default date on a page declaring English without its region) falls on
     * that reading and not on the page's: 5 March 2019 was a Tuesday, 3 May a Friday.
     */
    private static LocalDate agreeingWithWeekday(LocalDate read, DayOfWeek named) {
        if (named == null || read.getDayOfWeek() == named || read.getDayOfMonth() > MONTHS_A_YEAR) {
            return read;
        }
        LocalDate swapped = LocalDate.of(read.getYear(), read.getDayOfMonth(), read.getMonthValue());
        return swapped.getDayOfWeek() == named ? swapped : read;
    }

    /** The weekday written right before {@code at} ({@code Tue, }, {@code Selasa, }), in Indonesian or English; else null. */
    private static DayOfWeek weekdayBefore(String text, int at) {
        int end = at;
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            if (at - end == WEEKDAY_GAP_MAX_CHARS) {
                return null;
            }
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start == end ? null : Calendar.weekday(text.substring(start, end));
    }

    /**
     * A date written in numbers in the page's order: the day first as Indonesian and most languages write it ({@code
     * 16/09/2019}), the month first as American pages do ({@code 09/16/2019}); either way the other order when the
     * number read as the month can be no month.
     */
    private static LocalDate numeric(int year, int first, int second, NumericDateOrder order) {
        boolean monthFirst = order == NumericDateOrder.MONTH_FIRST ? first <= MONTHS_A_YEAR : second > MONTHS_A_YEAR;
        return monthFirst ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
    }

    /**
     * Indonesia's westernmost time (WIB, UTC+7): the least an Indonesian newsroom's clock runs ahead of UTC, so a time it
     * declares in UTC is at least this much earlier than its own (WITA is UTC+8, WIT UTC+9).
     */
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    /**
     * Whether a declared time is written in UTC ({@code 2016-09-28T20:15:00Z}, {@code +00:00}, {@code GMT}), as a unix
     * time is ({@code 1568050200}).
     */
    static boolean writtenInUtc(String declared) {
        String v = declared == null ? "" : declared.strip();
        return v.endsWith("Z") || v.endsWith("+00:00") || v.endsWith("+0000") || v.endsWith("GMT") || v.endsWith("UTC")
                || NUMBERS_ONLY.matcher(v).matches() && compactDay(v).isEmpty() && unixTime(v).isPresent();
    }

    /**
     * A time an Indonesian page declares in UTC, written at WIB: its day is the newsroom's. kumparan and others declare
     * {@code 2019-09-09T17:29:00Z} for an article published at 00:29 WIB on 10 September, which the UTC day dates a day
     * early where no date line shows the day; a unix time ({@code 1568050200}) is such a time too. Any other value is
     * returned as it stands.
     */
    static String atWib(String declared) {
        if (!writtenInUtc(declared)) {
            return declared;
        }
        return parseInstant(declared).map(t -> OffsetDateTime.ofInstant(t, WIB).toString()).orElse(declared);
    }

    /**
     * The instant a metadata or input value writes, when it is a date-time with its offset (ISO 8601
     * {@code 2019-09-10T00:01:00+07:00}, or RFC 1123); empty for a day alone, or a time of day without an offset, whose
     * instant is not told.
     */
    static Optional<Instant> parseInstant(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (isAsciiDigit(v.charAt(0)) || v.charAt(0) == '+' || v.charAt(0) == '-') {
            try {
                return Optional.of(OffsetDateTime.parse(v).toInstant());
            } catch (DateTimeParseException ignored) {
                // a day alone, or a time without its offset
            }
        }
        if (v.length() > RFC_1123_DAY_CHARS + 1 && v.startsWith(", ", RFC_1123_DAY_CHARS) || isAsciiDigit(v.charAt(0))) {
            try {
                return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException ignored) {
                // no instant written
            }
        }
        // digits alone are a unix time when they are no compact day (20190305101500 states no instant: no offset)
        return NUMBERS_ONLY.matcher(v).matches() && compactDay(v).isEmpty() ? unixTime(v) : Optional.empty();
    }

    /** A value of eight digits and more, all of them ASCII: a compact day or a unix time. */
    private static final Pattern NUMBERS_ONLY = Pattern.compile("\\d{8,14}");
    /**
     * Digits of a unix time in seconds ({@code 1570519200}) and in milliseconds ({@code 1570519200000}) through 2286; a
     * value of ten digits that reads as a compact day with its hour ({@code 2019030510}) is that day.
     */
    private static final int UNIX_SECONDS_DIGITS = 10;
    private static final int UNIX_MILLIS_DIGITS = 13;
    /** The compact forms of a day a CMS declares, without and with its time ({@code 20190305}, {@code 20190305101500}). */
    private static final DateTimeFormatter COMPACT_DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final int COMPACT_DAY_DIGITS = 8;

    /**
     * The day a metadata value written in digits alone declares: a compact day, its time after it or not ({@code
     * <meta name="pdate" content="20190305">}, {@code <meta name="ptime" content="20190305101500">}, The New York
     * Times's tags), else a unix time ({@code <meta property="article:published_time" content="1570519200">}), whose
     * day is taken in UTC, as no offset comes with it. Empty for any other value.
     */
    private static Optional<LocalDate> numbersOnlyDay(String v) {
        if (!NUMBERS_ONLY.matcher(v).matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> compact = compactDay(v);
        return compact.isPresent() ? compact : unixTime(v).map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC));
    }

    /** The day of a compact value: eight digits of a day, the hour, minutes and seconds after them or not. */
    private static Optional<LocalDate> compactDay(String digits) {
        if (digits.length() % 2 != 0) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(digits.substring(0, COMPACT_DAY_DIGITS), COMPACT_DAY);
            return day.isBefore(EARLIEST_PUBLICATION) ? Optional.empty() : Optional.of(day);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The instant a value of digits alone writes as a unix time in seconds or milliseconds. */
    private static Optional<Instant> unixTime(String v) {
        if (v.length() == UNIX_SECONDS_DIGITS) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
        }
        return v.length() == UNIX_MILLIS_DIGITS ? Optional.of(Instant.ofEpochMilli(Long.parseLong(v))) : Optional.empty();
    }

    /** A metadata value: ISO date or date-time first, then any written date, a date in numbers with the day first. */
    static Optional<LocalDate> parseValue(String value) {
        return parseValue(value, NumericDateOrder.DAY_FIRST);
    }

    /** A metadata value as {@link #parseValue(String)} reads it, a date in numbers read in the page's {@code order}. */
    static Optional<LocalDate> parseValue(String value, NumericDateOrder order) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        // each parser is asked only of a value that opens the way its format does: a failed parse throws, which
        // costs more than the parse, and most values declared in a page are written dates that neither reads
        if (isAsciiDigit(v.charAt(0)) || v.charAt(0) == '+' || v.charAt(0) == '-') {
            try {
                return Optional.of(OffsetDateTime.parse(v).toLocalDate());
            } catch (DateTimeParseException ignored) {
                // not an offset date-time; try the looser forms below
            }
        }
        if (isAsciiDigit(v.charAt(0)) || v.length() > RFC_1123_DAY_CHARS + 1 && v.startsWith(", ", RFC_1123_DAY_CHARS)) {
            try {
                return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
            } catch (DateTimeParseException ignored) {
                // not an RFC 1123 date either
            }
        }
        if (isAsciiDigit(v.charAt(0))) {
            Optional<LocalDate> numbers = numbersOnlyDay(v);
            if (numbers.isPresent()) {
                return numbers;
            }
        }
        return find(v, order).map(Found::date);
    }

    /**
     * Whether {@code day} may be a page's publication day: not before {@link #EARLIEST_PUBLICATION}, nor in the future
     * of the page's last change ({@code lastChange}, null when the page states none) beyond a time zone's difference.
     */
    static boolean mayPublish(LocalDate day, LocalDate lastChange) {
        return !day.isBefore(EARLIEST_PUBLICATION)
                && (lastChange == null || !day.isAfter(lastChange.plusDays(PUBLICATION_AFTER_CHANGE_DAYS)));
    }

    /** Whether a line says nothing but a date, or two (published and updated), and their trimmings (day name, clock, time zone, labels). */
    static boolean isDateOnly(String line) {
        if (line.length() > DATE_LINE_MAX_CHARS || !hasYear(line)) {
            return false;
        }
        Optional<Found> found = find(line);
        if (found.isEmpty()) {
            return false;
        }
        String rest = line.substring(0, found.get().start()) + " " + line.substring(found.get().end());
        // a second date is the last change's ("Publié le 16 sept. 2019 - Mis à jour le 17 sept. 2019")
        Optional<Found> second = hasYear(rest) ? find(rest) : Optional.empty();
        if (second.isPresent()) {
            rest = rest.substring(0, second.get().start()) + " " + rest.substring(second.get().end());
        }
        rest = DATE_LINE_WORDS.matcher(CLOCK.matcher(rest).replaceAll(" ")).replaceAll(" ");
        return !LineShape.hasLetters(rest) && !rest.matches(".*\\d{3,}.*");
    }

    /**
     * Whether the line holds a year as every pattern of {@link #find} writes it, four ASCII digits opening with
     * 19 or 20: a line without one is no date, and the patterns are not asked.
     */
    static boolean hasYear(String line) {
        for (int i = 0; i + 3 < line.length(); i++) {
            char c = line.charAt(i);
            char d = line.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && isAsciiDigit(line.charAt(i + 2)) && isAsciiDigit(line.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code date-line-months.txt}: spelling to month number. */
    private static Map<String, Integer> otherLanguageMonths() {
        Map<String, Integer> months = new HashMap<>();
        for (String[] columns : WordLists.pairs(CalendarDates.class, "date-line-months.txt", "number and spelling")) {
            months.put(columns[1], Integer.parseInt(columns[0]));
        }
        return Map.copyOf(months);
    }

    static boolean hasClock(String line) {
        return CLOCK.matcher(line).find();
    }

    /** The first time of day written in {@code text} from {@code from} on ({@code 17:05}, {@code 17.05}), if any. */
    static Optional<LocalTime> clockTime(String text, int from) {
        Matcher m = CLOCK.matcher(text);
        if (!m.find(from)) {
            return Optional.empty();
        }
        String[] parts = m.group().split("[:.h]");
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        } catch (DateTimeException e) {
            return Optional.empty();  // 25.10 is no time of day
        }
    }
}
