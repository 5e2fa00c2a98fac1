package id.kabar.annotate.time;


import id.kabar.annotate.text.ScannedPattern;
import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.time.DayExpression.AnaphoricDay;
import id.kabar.annotate.time.DayExpression.CalendarDate;
import id.kabar.annotate.time.DayExpression.CountedDay;
import id.kabar.annotate.time.DayExpression.DayOfMonth;
import id.kabar.annotate.time.DayExpression.NamedWeekday;
import id.kabar.annotate.time.DayExpression.NeighbouringWeekday;
import id.kabar.annotate.time.DayExpression.RelativeDay;
import id.kabar.annotate.time.DayExpression.WeekShift;
import id.kabar.annotate.time.DayExpression.WeekdayBeforeDate;
import id.kabar.annotate.text.Token;
import id.kabar.annotate.time.DayMention.Tense;
import id.kabar.annotate.time.DayMention.Voice;
import id.kabar.lang.Calendar;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.IndonesianNumber;
import id.kabar.lang.ReportingVerbs;
import id.kabar.lang.TimeZones;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the expressions of a specific day in a sentence: weekday names with or without a date
 * ({@code Jumat pagi}, {@code Selasa (15/3/2022)}, {@code Kamis lalu}), dates ({@code (25/2)}, {@code 9-9-2019},
 * {@code 3 Maret 2022}, both days of {@code 17 dan 18 Oktober 2019}), days counted from today ({@code kemarin}, {@code besok}, {@code dua hari lalu})
 * parts of today and last night ({@code pagi ini}, {@code dini hari tadi}, {@code tadi malam}, {@code semalam}; not
 * {@code sore tadi}, which a report written at night and put online next morning keeps for the day before),
 * days counted from the day named before ({@code keesokan harinya}, {@code hari itu juga}, {@code malam harinya},
 * {@code lima hari berikutnya}), a bare day of the
 * month ({@code tanggal 9 kemarin}) and n-th days of an event ({@code hari kedua invasi}). A clock time written right after a day
 * ({@code Senin (28/2) pukul 14.00 WIB}) belongs to that mention. Durations and vague times
 * ({@code sepekan}, {@code saat ini}) are not matched.
 */
public final class DayMentionMatcher {
    private static final String W = Calendar.WEEKDAY;
    private static final String M = Calendar.MONTH;
    private static final String PART_OF_DAY = "(?:" + WordLists.alternation("weekday-parts.txt") + ")";
    private static final String CLOCK =
            "(?:\\s*,?\\s*(?:sekitar\\s+)?pukul\\s+\\d{1,2}[.:]\\d{2}(?:\\s*" + TimeZones.INDONESIAN + ")?)?";

    /**
     * Days of one month listed before its last ({@code tanggal 19, 20 sampai 21 November 1945}, antaranews.com): each
     * is a day of the month and year written after the last.
     */
    private static final String LISTED_DAYS = "(?:\\s*,\\s*\\d{1,2})*";
    /** What joins the last listed day to the one before it, other than {@code dan}: the words of a range. */
    private static final String LIST_END = "(?:-|–|" + WordLists.alternation("range-words.txt") + ")";
    /** Which week of a weekday is meant, written after it ({@code Kamis lalu}, {@code Rabu (besok)}). */
    private static final String WEEK_SHIFT = WordLists.alternation("week-shifts.txt")
            + "|\\((?:" + WordLists.alternation("tomorrow-words.txt") + ")\\)";

    static final ScannedPattern DAY = new ScannedPattern(Pattern.compile(
            "(?<![\\p{L}\\d])(?:"
            + "(?<hari>[Hh]ari\\s+)?(?<wd>" + W + ")(?:\\s+(?<pod>" + PART_OF_DAY + "))?"
            + "(?:\\s*,?\\s*(?:\\((?<wnd>\\d{1,2})\\s+(?<wnm>" + M + ")(?:\\s+(?<wny>\\d{4}))?\\)"
            + "|\\(\\s*(?:\\d{1,2}\\s*[-–]\\s*)?(?<wd1>\\d{1,2})\\s*/\\s*(?<wm1>\\d{1,2})(?:\\s*/\\s*(?<wy1>\\d{4}|\\d{2}))?\\s*\\)"
            + "|(?<wnd2>\\d{1,2})\\s+(?<wnm2>" + M + ")(?:\\s+(?<wny2>\\d{4}))?))?"
            + "(?:\\s+(?<shift>" + WEEK_SHIFT + ")(?:\\s*\\(\\s*(?<sd2>\\d{1,2})\\s*/\\s*(?<sm2>\\d{1,2})\\s*\\))?)?"
            + "|\\(\\s*(?<d>\\d{1,2})\\s*/\\s*(?<m>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}|\\d{2}))?\\s*\\)"
            + "|(?<sd>\\d{1,2})(?<sep>[/-])(?<sm>\\d{1,2})\\k<sep>(?<sy>\\d{4})"
            + "|(?:tanggal\\s+)?(?<nd>\\d{1,2})\\s+(?<nm>" + M + ")(?:\\s+(?<ny>\\d{4}))?"
            + "|(?<fm>" + M + ")\\s+(?<fd>\\d{1,2}),\\s*(?<fy>\\d{4})"
            + "|(?<ld>\\d{1,2})(?=" + LISTED_DAYS + "\\s*,?\\s+dan\\s+\\d{1,2}\\s+(?<lm>" + M + ")(?:\\s+(?<ly>\\d{4}))?(?![\\p{L}\\d]))"
            + "|(?<=\\d\\s?,\\s{0,2})(?<md>\\d{1,2})(?=" + LISTED_DAYS + "\\s*,?\\s*" + LIST_END
            + "\\s*\\d{1,2}\\s+(?<mm>" + M + ")(?:\\s+(?<my>\\d{4}))?(?![\\p{L}\\d]))"
            + ")" + CLOCK + "(?![\\p{L}\\d/])"));

    static final ScannedPattern RELATIVE = new ScannedPattern(Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?<today>(?<!-)[Hh]ari\\s+ini)|(?<beforeyesterday>[Kk]emarin\\s+lusa)|(?<yesterday>[Kk]emarin)"
            + "|(?<tomorrow>[Bb]esok|[Ee]sok\\s+hari(?!nya)|(?<![Hh]ari\\s|\\d\\s)[Ee]sok(?!\\s+(?:hari|lusa)))"
            + "|(?<aftertomorrow>[Ll]usa)"
            + "|(?<thispart>(?i:pagi|siang|sore|petang|malam)\\s+ini"
            + "|(?i:dini\\s+hari|pagi)\\s+tadi|[Tt]adi\\s+(?:pagi|dini\\s+hari))"
            + "|(?<lastnight>[Tt]adi\\s+malam|[Mm]alam\\s+tadi|[Ss]emalam(?!\\s+sebelum))"
            + "|(?<ago>\\d{1,2}|[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|[Ee]nam|[Tt]ujuh|[Ss]epuluh)\\s+hari\\s+(?:yang\\s+)?lalu)"
            + "(?:\\s*,?\\s*\\(\\s*(?:\\d{1,2}\\s*[-–]\\s*)?(?<rd>\\d{1,2})\\s*/\\s*(?<rm>\\d{1,2})(?:\\s*/\\s*(?<ry>\\d{4}|\\d{2}))?\\s*\\))?"
            + "(?![\\p{L}\\d])"));

    /**
     * Days counted from the day the text named before; {@code hari itu} only after {@code pada} or with {@code
     * juga}, or opening its sentence ({@code Hari itu, pukul 08.00 WIB, langit tampak mendung}): elsewhere it is
     * as often the days of a period ({@code selama tiga hari itu}). The stressed {@code hari itulah} is the same
     * day ({@code Sabtu 31 Agustus 2019 lalu, ... Pada hari itulah, ia melangsungkan ...}).
     */
    static final ScannedPattern ANAPHORIC = new ScannedPattern(Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?<next>[Kk]eesokan\\s+hari(?:nya)?|[Ee]sok\\s+harinya)"
            + "|(?<same>(?<=(?:[Pp]ada|[Dd]i)\\s)hari\\s+(?:itu(?:lah)?|yang\\s+sama)(?:\\s+juga)?|[Hh]ari\\s+itu\\s+juga"
            + "|(?<opening>Hari)\\s+itu(?:lah)?|(?:[Pp]agi|[Ss]iang|[Ss]ore|[Pp]etang|[Mm]alam)\\s+harinya)"
            + "|(?<count>[Ss]ehari|\\d{1,2}\\s+hari|(?:[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|[Ee]nam|[Tt]ujuh)\\s+hari)"
            + "\\s+(?:(?<later>kemudian|setelahnya|sesudahnya|berikutnya)|sebelumnya))(?![\\p{L}\\d])"));

    /**
     * {@code tanggal 9} with no month: the month is the report's own, or, when a range runs on to a written
     * month ({@code tanggal 11 hingga 14 September 2019}), the range's. A capitalised word after the number is
     * a month of another calendar ({@code tanggal 1 Muharram}); {@code tanggal 26-nya} counts from a month
     * named elsewhere.
     */
    static final ScannedPattern DAY_OF_MONTH = new ScannedPattern(Pattern.compile(
            "(?<![\\p{L}\\d])[Tt]anggal\\s+(?<dom>\\d{1,2})(?![\\d/.,:]\\d|\\d|\\s+\\p{Lu}|-\\p{L}|\\s+(?i:" + M + ")(?!\\p{L}))(?:\\s+(?:kemarin|lalu)(?![\\p{L}]))?"
            + "(?=" + LISTED_DAYS + "\\s*(?:,?\\s*dan\\s|" + LIST_END + ")\\s*(?:tanggal\\s+)?(?<rd>\\d{1,2})\\s+(?<rm>" + M + ")"
            + "(?:\\s+(?<ry>\\d{4}))?(?![\\p{L}\\d]))?"));

    static final ScannedPattern COUNTED = new ScannedPattern(Pattern.compile(
            "(?<![\\p{L}\\d])[Hh]ari\\s+(?<ord>" + IndonesianNumber.ORDINAL + ")"
            + "(?:\\s+(?!(?:" + WordLists.alternation("counted-day-stops.txt")
            + ")(?![\\p{L}]))(?<of>\\p{L}+))?(?<today>\\s+ini)?(?![\\p{L}\\d])"));

    private static final Pattern ANCHOR_LINK = Pattern.compile("\\s*,?\\s+(?:(?:" + WordLists.alternation("anchor-links.txt") + ")\\s+)?");

    /**
     * A day that recurs, and the days listed after it ({@code setiap Senin dan Selasa}: both weekdays recur).
     */
    private static final Pattern RECURRING = Pattern.compile(
            "(?<![\\p{L}])(?:" + WordLists.alternation("recurrence-words.txt") + ")\\s+(?:hari\\s+|tanggal\\s+)?"
            + "(?:(?:" + W + "|\\d{1,2})\\s*(?:,|dan|serta|atau)\\s*)*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Characters before a day read for the word that makes it recur: {@code setiap hari Senin, Rabu, dan } is 29, so a
     * list of three weekdays fits.
     */
    private static final int RECURRING_REACH = 40;

    private static final Pattern OTHER_TIME_ZONE = Pattern.compile(
            "\\s*,?\\s*(?:" + PART_OF_DAY + "\\s*)?(?:" + TimeZones.INDONESIAN + "\\s*)?"
            + "(?:(?:" + WordLists.alternation("local-time-words.txt") + ")\\s*)?,?\\s*atau\\s+");

    /**
     * Between a weekday and the dated day it is joined to: a conjunction or a dash, or the second weekday, perhaps with
     * the first day of a range glued on ({@code Sabtu dan Minggu14/15 September 2019}, {@code Sabtu Minggu14/15 Sept
     * 2019}, {@code Kamis sampai Sabtu (11-14/9/2019)}). Not a comma: {@code Jumat dini hari, pukul 01.00 WIB, 12
     * September 2019} writes one moment twice.
     */
    private static final Pattern JOINED_TO_DATE = Pattern.compile(
            "\\s*(?:(?:dan|" + WordLists.alternation("range-words.txt") + "|[-–])\\s*(?:" + W + ")?|" + W + ")\\s*(?:\\d{1,2}\\s*[/–-]\\s*)?");

    /**
     * Between a weekday and the last day of a range it names the end of: the range's first day and its dash, after a
     * comma or a bracket or not ({@code Rabu-Kamis, 11-12 September}, {@code Kamis–Minggu 3-6 Oktober 2019},
     * {@code Sabtu-Minggu (14-15 September mendatang)}; the CLICK-ID week's tempo.co and okezone.com).
     */
    private static final Pattern ENDING_RANGE = Pattern.compile("\\s*[,(]?\\s*(\\d{1,2})\\s*[–-]\\s*");

    /** What may stand before a day that opens its sentence: one connective and its comma ({@code Namun, }). */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("\\s*(?:\\p{L}+\\s*,\\s*)?");

    /**
     * What may end a line after its date: the place in brackets ({@code Sabtu, 14 September 2019 (Stadion Madya):}
     * heading a schedule's matches), then a stop or a colon. A clock in brackets is no place.
     */
    private static final Pattern LINE_END = Pattern.compile("\\s*(?:\\(\\p{L}[^()\\n]*\\)\\s*)?[.:]?\\s*");

    /** Between a day and the same day written out after it: a comma. */
    private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*");

    private static final Pattern PAST_PERIOD = Pattern.compile(
            "(?i:" + WordLists.alternation("past-periods.txt") + ")");

    private static final Pattern ONE_NIGHT_BEFORE = Pattern.compile(
            "(?:(?<![\\p{L}])(?:" + WordLists.alternation("one-night-openers.txt") + ")|\\p{Sc}|(?:"
            + WordLists.alternation("night-price-currencies.txt") + ")|\\d)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * Words a weekday's name follows in the name of a place or a rite: {@code Pasar Minggu}, {@code salat Jumat}, and
     * the fast of two weekdays, {@code puasa Senin Kamis}, whose second weekday follows the first.
     */
    private static final Pattern NAMED_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:[Pp]asar|[Ss]h?[ao]lat|[Pp]uasa(?:\\s+" + W + ")?)\\s+$");
    /** Characters before a weekday read for {@link #NAMED_BEFORE}: {@code puasa Senin } is 12. */
    private static final int NAMED_REACH = 16;

    /**
     * How many words before a day a verb of saying may stand and still date a statement with it: an
     * attribution names the speaker, the role and the place between them ({@code kata Kabid Humas Polda Metro
     * Jaya Kombes Argo Yuwono di Mapolda Metro Jaya, Senin}), rarely more than twenty words. Punctuation is not
     * counted: {@code ujar Karopenmas Divisi Humas Polri Brigjen Pol Dedi Prasetyo, di Bareskrim Polri, Jl
     * Trunojoyo, Kebayoran Baru, Jakarta Selatan, Rabu} is seventeen words and five commas.
     */
    private static final int ATTRIBUTION_REACH = 20;

    private final TenseReader tenses = new TenseReader();

    /** The day mentions of one sentence, in order, none overlapping. */
    public List<DayMention> find(String body, Sentence sentence) {
        List<DayMention> found = new ArrayList<>();
        ScannedPattern.Scan counts = COUNTED.scan(body, sentence.start(), sentence.end());
        Matcher counted = counts.matcher();
        while (counts.find()) {
            if (!countOfDays(previousWord(body, sentence, counted.start()))) {
                found.add(counted(body, sentence, counted));
            }
        }
        ScannedPattern.Scan days = DAY.scan(body, sentence.start(), sentence.end());
        Matcher day = days.matcher();
        while (days.find()) {
            DayExpression e = dayExpression(day, body, sentence);
            if (e != null && !recurring(body, sentence, day.start()) && !partOfName(body, sentence, day.start())) {
                found.add(mention(body, sentence, day.start(), day.end(), e));
            }
        }
        ScannedPattern.Scan anaphorics = ANAPHORIC.scan(body, sentence.start(), sentence.end());
        Matcher anaphoric = anaphorics.matcher();
        while (anaphorics.find()) {
            boolean opens = CLAUSE_OPENING.matcher(body).region(sentence.start(), anaphoric.start()).matches();
            if (anaphoric.group("opening") == null || opensSentence(body, sentence, anaphoric.start())) {
                found.add(mention(body, sentence, anaphoric.start(), anaphoric.end(), anaphoricDay(anaphoric, opens)));
            }
        }
        ScannedPattern.Scan daysOfMonth = DAY_OF_MONTH.scan(body, sentence.start(), sentence.end());
        Matcher ofMonth = daysOfMonth.matcher();
        while (daysOfMonth.find()) {
            if (!recurring(body, sentence, ofMonth.start())
                    && Calendar.month(previousWord(body, sentence, ofMonth.start())) == 0) {
                found.add(mention(body, sentence, ofMonth.start(), ofMonth.end(), dayOfMonth(ofMonth)));
            }
        }
        ScannedPattern.Scan relatives = RELATIVE.scan(body, sentence.start(), sentence.end());
        Matcher relative = relatives.matcher();
        while (relatives.find()) {
            if (relative.group("yesterday") != null && pastPeriod(previousWord(body, sentence, relative.start()))
                    || relative.group("lastnight") != null && oneNight(body, sentence, relative.start())) {
                continue;
            }
            RelativeDay offset = relativeDay(relative);
            if (relative.group("rd") == null) {
                found.add(mention(body, sentence, relative.start(), relative.end(), offset));
            } else {
                // "kemarin (24/2)": the date is written out, and it is that many days from writing
                CalendarDate date = new CalendarDate(null, num(relative.group("rd")), num(relative.group("rm")),
                        year(relative.group("ry")));
                found.add(new DayMention(body.substring(relative.start(), relative.end()), relative.start(),
                        relative.end(), date, offset.offset() < 0 ? Tense.EARLIER : offset.offset() > 0
                        ? Tense.PLANNED : Tense.REPORTED, sentence.paragraph(), voice(sentence, relative.start())));
            }
        }
        return withoutWeekends(body, joinedToDates(body, namedInApposition(body, inOtherTimeZones(body, withoutOverlaps(found)))));
    }

    /**
     * {@code Sabtu Minggu dan liburan bisa lebih banyak}: two bare weekdays written side by side with no word between
     * and no date name the weekend as a kind of day (a seller's busy days, Poskota, 17 December 2017), no one day.
     */
    private static List<DayMention> withoutWeekends(String body, List<DayMention> mentions) {
        List<DayMention> kept = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            if (i + 1 < mentions.size() && bareWeekdayPair(body, mentions.get(i), mentions.get(i + 1))) {
                i++;
            } else {
                kept.add(mentions.get(i));
            }
        }
        return kept;
    }

    private static boolean bareWeekdayPair(String body, DayMention first, DayMention second) {
        return first.expression() instanceof NamedWeekday a && a.shift() == WeekShift.NEAREST
                && second.expression() instanceof NamedWeekday b && b.shift() == WeekShift.NEAREST
                && body.substring(first.end(), second.start()).isBlank();
    }

    /**
     * {@code di Yogya Sabtu dan Minggu14/15 September 2019}: a bare weekday joined to the dated day after it (or to
     * a weekday so joined) falls in the days up to that date, whatever day the report went online (Okezone, 13
     * September 2019, of a weekend ahead). Read from the last mention back, so a list of weekdays joins in turn.
     */
    private static List<DayMention> joinedToDates(String body, List<DayMention> mentions) {
        List<DayMention> read = new ArrayList<>(mentions);
        for (int i = read.size() - 2; i >= 0; i--) {
            DayMention m = read.get(i);
            DayMention next = read.get(i + 1);
            if (!(m.expression() instanceof NamedWeekday w) || w.shift() != WeekShift.NEAREST) {
                continue;
            }
            boolean joined = (next.expression() instanceof CalendarDate || next.expression() instanceof WeekdayBeforeDate)
                    && JOINED_TO_DATE.matcher(body).region(m.end(), next.start()).matches();
            Matcher range = ENDING_RANGE.matcher(body).region(m.end(), next.start());
            boolean endsRange = !joined && next.expression() instanceof CalendarDate && range.matches();
            if (joined || endsRange) {
                int rangeStart = endsRange ? Integer.parseInt(range.group(1)) : 0;
                read.set(i, new DayMention(m.text(), m.start(), m.end(), new WeekdayBeforeDate(w.weekday(), rangeStart),
                        m.tense(), m.paragraph(), m.voice()));
            }
        }
        return read;
    }

    /**
     * The day a line says and nothing else but the place, weekday and year written ({@code Selasa, 17 September 2019}
     * heading the matches of a schedule), or null: such a line dates the items under it. A line with more (a clock after a
     * bar, a headline) is some page's furniture.
     */
    public DayMention dateLine(String body, Sentence sentence) {
        List<DayMention> found = find(body, sentence);
        if (found.size() != 1) {
            return null;
        }
        DayMention m = found.get(0);
        boolean whole = body.substring(sentence.start(), m.start()).isBlank()
                && LINE_END.matcher(body).region(m.end(), sentence.end()).matches();
        return whole && m.expression() instanceof CalendarDate d && d.weekday() != null && d.year() != null ? m : null;
    }

    /**
     * {@code pada esok hari, Kamis 11 September 2019}: a day counted from today and then written out, weekday or
     * year with it, is the day written out, whatever day the report went online (Okezone, dated 11 September
     * 2019, of a visit planned for that Thursday).
     */
    private static List<DayMention> namedInApposition(String body, List<DayMention> mentions) {
        List<DayMention> read = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < read.size(); i++) {
            DayMention m = read.get(i);
            if (m.expression() instanceof RelativeDay && read.get(i + 1).expression() instanceof CalendarDate d
                    && (d.year() != null || d.weekday() != null)
                    && APPOSITION.matcher(body).region(m.end(), read.get(i + 1).start()).matches()) {
                read.set(i, new DayMention(m.text(), m.start(), m.end(), d, m.tense(), m.paragraph(), m.voice()));
            }
        }
        return read;
    }

    /**
     * {@code Rabu (18/9/2019) atau Kamis dini hari WIB}: a bare weekday joined by {@code atau} to the day just
     * named is that moment in another time zone, a day next to it, not the latest such weekday.
     */
    private static List<DayMention> inOtherTimeZones(String body, List<DayMention> mentions) {
        List<DayMention> read = new ArrayList<>(mentions);
        for (int i = 1; i < read.size(); i++) {
            DayMention m = read.get(i);
            DayMention before = read.get(i - 1);
            if (m.expression() instanceof NamedWeekday w && w.shift() == WeekShift.NEAREST
                    && !(before.expression() instanceof AnaphoricDay)
                    && OTHER_TIME_ZONE.matcher(body).region(before.end(), m.start()).matches()) {
                read.set(i, new DayMention(m.text(), m.start(), m.end(), new NeighbouringWeekday(w.weekday()),
                        m.tense(), m.paragraph(), m.voice()));
            }
        }
        return read;
    }

    /**
     * {@code setiap tanggal 21 April}, {@code tiap Jumat}, {@code setiap Senin dan Selasa}: a day that recurs is no
     * specific day.
     */
    private static boolean recurring(String body, Sentence sentence, int start) {
        return RECURRING.matcher(body.substring(Math.max(sentence.start(), start - RECURRING_REACH), start)).find();
    }

    /** The word just before {@code start} in its sentence, or "" when the sentence starts there. */
    private static String previousWord(String body, Sentence sentence, int start) {
        int end = start;
        while (end > sentence.start() && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > sentence.start() && Character.isLetter(body.charAt(begin - 1))) {
            begin--;
        }
        return body.substring(begin, end);
    }

    /** {@code tiga hari pertama operasi}: a number before the n-th day counts the first days, a span. */
    private static boolean countOfDays(String word) {
        return !word.isEmpty() && !Double.isNaN(IndonesianNumber.words(word));
    }

    /**
     * {@code pekan kemarin}, {@code akhir Agustus kemarin}: after a period or a month, {@code kemarin} says the
     * period is past, as {@code lalu} does, and names no day.
     */
    private static boolean pastPeriod(String word) {
        return PAST_PERIOD.matcher(word).matches() || Calendar.month(word) > 0;
    }

    /**
     * {@code hanya dalam semalam}, {@code 57.000 yen semalam}: after these words or a price {@code semalam} is the
     * length of one night, not last night.
     */
    private static boolean oneNight(String body, Sentence sentence, int start) {
        return ONE_NIGHT_BEFORE.matcher(body.substring(Math.max(sentence.start(), start - 10), start)).find();
    }

    /**
     * {@code Pasar Minggu} is a district of Jakarta, not a Sunday; {@code salat Jumat} is the Friday prayer, which a
     * report names of any Friday or of Fridays in general ({@code sebelum melaksanakan ibadah Salat Jumat}); {@code
     * puasa Senin Kamis} is a fast kept every Monday and Thursday.
     */
    private static boolean partOfName(String body, Sentence sentence, int start) {
        return NAMED_BEFORE.matcher(body.substring(Math.max(sentence.start(), start - NAMED_REACH), start)).find();
    }

    private DayMention counted(String body, Sentence sentence, Matcher m) {
        int ordinal = IndonesianNumber.ordinal(m.group("ord"));
        String of = m.group("of") == null ? "" : m.group("of").toLowerCase(Locale.ROOT);
        int end = m.end();
        DayExpression anchor = null;
        Matcher link = ANCHOR_LINK.matcher(body).region(end, sentence.end());
        if (link.lookingAt()) {
            Matcher day = DAY.pattern().matcher(body).region(link.end(), sentence.end());
            day.useTransparentBounds(true);
            if (day.lookingAt()) {
                anchor = dayExpression(day, body, sentence);
                if (anchor != null) {
                    end = day.end();
                }
            }
        }
        return mention(body, sentence, m.start(), end,
                new CountedDay(ordinal, of, anchor, m.group("today") != null));
    }

    private DayMention mention(String body, Sentence sentence, int start, int end, DayExpression e) {
        return new DayMention(body.substring(start, end), start, end, e, tenses.tense(body, sentence, start, end),
                sentence.paragraph(), voice(sentence, start));
    }

    /**
     * Whether a verb of saying stands before the day in its sentence, within {@link #ATTRIBUTION_REACH} words:
     * then the day dates the statement ({@code kata Kapolres ... dalam jumpa pers di Mapolres, Senin (9/9/2019)}).
     */
    private static Voice voice(Sentence sentence, int start) {
        List<Token> tokens = sentence.tokens();
        int before = 0;
        while (before < tokens.size() && tokens.get(before).start() < start) {
            before++;
        }
        int words = 0;
        for (int i = before - 1; i >= 0 && words < ATTRIBUTION_REACH; i--) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (!isWord(word)) {
                continue; // the commas between role, name and place are no words
            }
            words++;
            if (ReportingVerbs.use(word) != null || FunctionWords.hasEnclitic(word)
                    && ReportingVerbs.use(FunctionWords.withoutEnclitic(word)) != null) {
                return Voice.ATTRIBUTION;
            }
        }
        return Voice.NARRATION;
    }

    private static boolean isWord(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static DayExpression dayExpression(Matcher m, String body, Sentence sentence) {
        if (m.group("wd") != null) {
            DayOfWeek weekday = Calendar.weekday(m.group("wd"));
            if (m.group("wd1") != null) {
                return new CalendarDate(weekday, num(m.group("wd1")), num(m.group("wm1")), year(m.group("wy1")));
            }
            if (m.group("wnd") != null) {
                return new CalendarDate(weekday, num(m.group("wnd")), Calendar.month(m.group("wnm")),
                        year(m.group("wny")));
            }
            if (m.group("wnd2") != null) {
                return new CalendarDate(weekday, num(m.group("wnd2")), Calendar.month(m.group("wnm2")),
                        year(m.group("wny2")));
            }
            if (m.group("sd2") != null) {
                return new CalendarDate(weekday, num(m.group("sd2")), num(m.group("sm2")), null);
            }
            WeekShift shift = shift(m.group("shift"));
            boolean sentenceInitial = opensSentence(body, sentence, m.start());
            if (weekday == DayOfWeek.SUNDAY && m.group("wd").equals("Minggu") && sentenceInitial
                    && m.group("hari") == null && m.group("pod") == null && shift != WeekShift.NEAREST) {
                return null; // "Minggu lalu" opening a sentence means "last week"
            }
            return new NamedWeekday(weekday, shift);
        }
        if (m.group("d") != null) {
            return new CalendarDate(null, num(m.group("d")), num(m.group("m")), year(m.group("y")));
        }
        if (m.group("sd") != null) {
            return new CalendarDate(null, num(m.group("sd")), num(m.group("sm")), year(m.group("sy")));
        }
        if (m.group("nd") != null) {
            return new CalendarDate(null, num(m.group("nd")), Calendar.month(m.group("nm")),
                    year(m.group("ny")));
        }
        if (m.group("md") != null) {
            return new CalendarDate(null, num(m.group("md")), Calendar.month(m.group("mm")), year(m.group("my")));
        }
        if (m.group("ld") != null) {
            // "pada 17 dan 18 Oktober 2019": the first day takes the month and year written after the second
            return new CalendarDate(null, num(m.group("ld")), Calendar.month(m.group("lm")), year(m.group("ly")));
        }
        return new CalendarDate(null, num(m.group("fd")), Calendar.month(m.group("fm")),
                year(m.group("fy")));
    }

    private static boolean opensSentence(String body, Sentence sentence, int at) {
        int i = at - 1;
        while (i >= sentence.start() && Character.isWhitespace(body.charAt(i))) {
            i--;
        }
        return i < sentence.start();
    }

    private static RelativeDay relativeDay(Matcher m) {
        if (m.group("today") != null || m.group("thispart") != null) {
            return new RelativeDay(0);
        }
        if (m.group("lastnight") != null) {
            return new RelativeDay(-1);
        }
        if (m.group("yesterday") != null) {
            return new RelativeDay(-1);
        }
        if (m.group("beforeyesterday") != null) {
            return new RelativeDay(-2);
        }
        if (m.group("tomorrow") != null) {
            return new RelativeDay(1);
        }
        if (m.group("aftertomorrow") != null) {
            return new RelativeDay(2);
        }
        String n = m.group("ago").toLowerCase(Locale.ROOT);
        int days = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : (int) IndonesianNumber.words(n);
        return new RelativeDay(-days);
    }

    private static AnaphoricDay anaphoricDay(Matcher m, boolean opensSentence) {
        if (m.group("next") != null) {
            return new AnaphoricDay(1, opensSentence);
        }
        if (m.group("same") != null) {
            return new AnaphoricDay(0, opensSentence);
        }
        String count = Whitespace.split(m.group("count").toLowerCase(Locale.ROOT))[0];
        int days = count.equals("sehari") ? 1 : Character.isDigit(count.charAt(0))
                ? Integer.parseInt(count) : (int) IndonesianNumber.words(count);
        return new AnaphoricDay(m.group("later") != null ? days : -days, opensSentence);
    }

    /** A bare day of the month, or the first day of a range whose end writes the month. */
    private static DayExpression dayOfMonth(Matcher m) {
        int day = num(m.group("dom"));
        if (m.group("rm") == null) {
            return new DayOfMonth(day);
        }
        int month = Calendar.month(m.group("rm"));
        Integer year = year(m.group("ry"));
        if (day > num(m.group("rd"))) {
            // "tanggal 28 hingga 3 September": the range began in the month before
            month = month == 1 ? 12 : month - 1;
            if (year != null && month == 12) {
                year = year - 1;
            }
        }
        return new CalendarDate(null, day, month, year);
    }

    private static WeekShift shift(String word) {
        if (word == null || FunctionWords.isThis(word)) {
            return WeekShift.NEAREST;
        }
        // "Rabu (besok)": the bracket says which Wednesday, as "Rabu besok" does
        String w = word.replace("(", "").replace(")", "").replaceAll("\\s+", " ");
        return switch (w) {
            case "lalu" -> WeekShift.LATEST;
            case "kemarin" -> WeekShift.LAST;
            case "depan", "mendatang", "besok", "esok" -> WeekShift.NEXT;
            case "pekan lalu", "minggu lalu" -> WeekShift.PREVIOUS_WEEK;
            default -> WeekShift.FOLLOWING_WEEK;
        };
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static Integer year(String digits) {
        if (digits == null) {
            return null;
        }
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    /** Keeps the earliest, then longest, of overlapping mentions. */
    private static List<DayMention> withoutOverlaps(List<DayMention> found) {
        List<DayMention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(DayMention::start).thenComparing(m -> -m.end()));
        List<DayMention> kept = new ArrayList<>();
        int reached = -1;
        for (DayMention m : sorted) {
            if (m.start() >= reached) {
                kept.add(m);
                reached = m.end();
            }
        }
        return kept;
    }
}
