package id.kabar.annotate.time;

import id.kabar.annotate.time.DayExpression.AnaphoricDay;
import id.kabar.annotate.time.DayExpression.CalendarDate;
import id.kabar.annotate.time.DayExpression.CountedDay;
import id.kabar.annotate.time.DayExpression.DayOfMonth;
import id.kabar.annotate.time.DayExpression.NamedWeekday;
import id.kabar.annotate.time.DayExpression.NeighbouringWeekday;
import id.kabar.annotate.time.DayExpression.RelativeDay;
import id.kabar.annotate.time.DayExpression.WeekdayBeforeDate;
import id.kabar.annotate.time.DayMention.Tense;
import id.kabar.annotate.time.DayMention.Voice;
import id.kabar.lang.WordLists;
import id.kabar.model.TimeMention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns day mentions into ISO days against the publication day. A bare weekday is the latest such
 * day on or before publication (news reports the past) unless its clause plans it. An n-th day of an
 * event is counted from the first day the text fixes for that event: {@code hari pertama invasi pada
 * Kamis} fixes it, and so does {@code hari kedua invasi ini} (the second day is today). A count the text
 * never starts is a running one, and a report names it for the day it reports: {@code pembicaraan terjadi
 * di hari kelima perang} is the day of writing. Other mentions that cannot be fixed are left out rather
 * than guessed. Quoted words count {@code kemarin} and {@code hari ini} from the day they were spoken; {@code
 * keesokan harinya} and {@code hari itu juga} count from the day named just before.
 */
public final class DayNormaliser {
    /**
     * How far, in characters, a day counted from the day named before ({@code keesokan harinya}) may stand
     * from it: about two sentences of news. Further on the text has usually moved to other days.
     */
    private static final int ANAPHOR_REACH = 300;
    /**
     * Paragraphs a day counted from the day named before may stand from it when it opens its sentence ({@code
     * Namun, sehari kemudian, Rajarao tiba-tiba mengalami stroke}): the narration taking up its thread after
     * quoted paragraphs that name no day (Tribunnews, 10 September 2019: four paragraphs on from the birth on
     * {@code Kamis (05/09)}, two of them quotes).
     */
    private static final int OPENING_ANAPHOR_PARAGRAPHS = 4;
    /**
     * Paragraphs after a quote's dated attribution that its day still dates quoted words: the speaker's next
     * statements (a coach's two further quotes, tribunnews.com, 10 September 2019); further on, CLICK-ID reports
     * of that week had mostly gone on to quote others, undated.
     */
    private static final int QUOTE_PARAGRAPHS_AFTER = 2;
    /**
     * Days a statement dated in an earlier paragraph may lie from the day of writing: news quotes what was said in
     * the past week; a day further off is history or a wrong year ({@code Selasa (10/9/2018)} in a 2019 report).
     */
    private static final int STATEMENT_AGE_DAYS = 7;
    private static final Set<String> WAR_WORDS = WordLists.set(WordLists.class, "war-words.txt");

    public List<TimeMention> normalise(List<DayMention> mentions, LocalDate published, CalendarYears years) {
        Map<String, LocalDate> firstDays = firstDays(mentions, published, years);
        LocalDate[] days = new LocalDate[mentions.size()];
        for (int i = 0; i < days.length; i++) {
            DayMention m = mentions.get(i);
            if (m.expression() instanceof CountedDay counted) {
                days[i] = countedDay(counted, m.tense(), firstDays, published, years);
            } else if (m.expression() instanceof NeighbouringWeekday w) {
                days[i] = i > 0 && days[i - 1] != null ? neighbouring(days[i - 1], w.weekday()) : null;
            } else if (!spokenRelative(m) && !(m.expression() instanceof AnaphoricDay)) {
                days[i] = day(m.expression(), m.tense(), published, years);
            }
        }
        for (int i = days.length - 2; i >= 0; i--) {
            if (mentions.get(i).expression() instanceof WeekdayBeforeDate w && days[i + 1] != null) {
                LocalDate day = days[i + 1].with(TemporalAdjusters.previousOrSame(w.weekday()));
                days[i] = w.rangeStart() == 0 || !day.isBefore(rangeStart(days[i + 1], w.rangeStart())) ? day : null;
            }
        }
        for (int i = 0; i < days.length; i++) {
            if (spokenRelative(mentions.get(i))) {
                LocalDate spoken = daySpoken(mentions, days, i, published);
                LocalDate from = spoken != null ? spoken : leadDay(mentions, days, i, published);
                days[i] = from == null ? null : from.plusDays(((RelativeDay) mentions.get(i).expression()).offset());
            }
        }
        List<TimeMention> out = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < days.length; i++) {
            DayMention m = mentions.get(i);
            if (m.expression() instanceof AnaphoricDay a) {
                days[i] = previous >= 0 && m.voice() == Voice.NARRATION && within(a, m, mentions.get(previous))
                        ? days[previous].plusDays(a.offset()) : null;
            }
            if (days[i] != null) {
                out.add(new TimeMention(m.text(), days[i], m.start(), m.end()));
                // a statement's day, a quoted one or the start of a period is not the day the narration goes on from
                if (m.voice() == Voice.NARRATION && m.tense() != Tense.EARLIER) {
                    previous = i;
                }
            }
        }
        return out;
    }

    /** The first day of a range ending on {@code last} whose first day of the month is written {@code first}. */
    private static LocalDate rangeStart(LocalDate last, int first) {
        LocalDate month = first <= last.getDayOfMonth() ? last : last.minusMonths(1);
        return month.withDayOfMonth(Math.min(first, month.lengthOfMonth()));
    }

    /** Whether a day counted from the day named before stands near enough to it to count from it. */
    private static boolean within(AnaphoricDay a, DayMention m, DayMention named) {
        return m.start() - named.end() <= ANAPHOR_REACH
                || a.opensSentence() && m.paragraph() - named.paragraph() <= OPENING_ANAPHOR_PARAGRAPHS;
    }

    /** The such weekday a day before or after {@code day}, whichever is nearer. */
    private static LocalDate neighbouring(LocalDate day, DayOfWeek weekday) {
        LocalDate after = day.with(TemporalAdjusters.nextOrSame(weekday));
        LocalDate before = day.with(TemporalAdjusters.previousOrSame(weekday));
        return after.toEpochDay() - day.toEpochDay() <= day.toEpochDay() - before.toEpochDay() ? after : before;
    }

    private static boolean spokenRelative(DayMention m) {
        return m.voice() == Voice.QUOTED && m.expression() instanceof RelativeDay;
    }

    /**
     * The day the quoted words around mention {@code i} were spoken: the day of the attribution in its paragraph
     * ({@code "... hari ini," kata Argo, Senin (9/9/2019)}), the nearest one after it first, since the
     * attribution follows the quote. A paragraph that dates no statement goes on from the day an earlier paragraph
     * attributes a quote ({@code "...," kata Rentin pada Senin (9/9/2019).}, then {@code "Total distribusi sampai
     * hari ini ...," ucap Rentin.}) when the text names no other day in between; null otherwise.
     */
    private static LocalDate daySpoken(List<DayMention> mentions, LocalDate[] days, int i, LocalDate published) {
        int paragraph = mentions.get(i).paragraph();
        for (int j = i + 1; j < days.length && mentions.get(j).paragraph() == paragraph; j++) {
            if (statesSpeakingDay(mentions.get(j), days[j])) {
                return days[j];
            }
        }
        for (int j = i - 1; j >= 0 && paragraph - mentions.get(j).paragraph() <= QUOTE_PARAGRAPHS_AFTER; j--) {
            DayMention m = mentions.get(j);
            if (m.paragraph() == paragraph ? statesSpeakingDay(m, days[j])
                    : m.voice() == Voice.QUOTE_ATTRIBUTION && statesSpeakingDay(m, days[j])
                    && (published == null || Math.abs(published.toEpochDay() - days[j].toEpochDay()) <= STATEMENT_AGE_DAYS)) {
                return days[j];
            }
            if (m.paragraph() != paragraph && m.voice() != Voice.QUOTED && days[j] != null) {
                return null; // the text has moved to another day since the statement
            }
        }
        return null;
    }

    /**
     * The day quoted words with no dated attribution count from when the text has dated nothing before them but the
     * happening its first paragraph reports, a day of the past week ({@code ... menjadi juara di GP Australia,
     * Minggu (26 / 3)}, then {@code "Hari ini kami tidak cukup cepat ...," ujar Wolff}): the words were spoken at
     * that happening. Otherwise the day of writing.
     */
    private static LocalDate leadDay(List<DayMention> mentions, LocalDate[] days, int i, LocalDate published) {
        LocalDate lead = null;
        for (int j = 0; j < i; j++) {
            DayMention m = mentions.get(j);
            if (days[j] == null || m.voice() == Voice.QUOTED && days[j].equals(lead)) {
                continue;
            }
            boolean reportsLead = lead == null && m.paragraph() == 0 && m.voice() == Voice.NARRATION
                    && m.tense() == Tense.REPORTED
                    && (m.expression() instanceof CalendarDate || m.expression() instanceof NamedWeekday);
            if (reportsLead) {
                lead = days[j];
            } else if (!days[j].equals(lead)) {
                return published;
            }
        }
        boolean pastWeek = lead != null && published != null && lead.isBefore(published)
                && published.toEpochDay() - lead.toEpochDay() <= STATEMENT_AGE_DAYS;
        return pastWeek ? lead : published;
    }

    private static boolean statesSpeakingDay(DayMention m, LocalDate day) {
        return day != null && (m.voice() == Voice.ATTRIBUTION || m.voice() == Voice.QUOTE_ATTRIBUTION)
                && m.tense() == Tense.REPORTED
                && (m.expression() instanceof CalendarDate || m.expression() instanceof NamedWeekday);
    }

    /** Day one of each counted event the text fixes, keyed by the counted thing. */
    private Map<String, LocalDate> firstDays(List<DayMention> mentions, LocalDate published, CalendarYears years) {
        Map<String, LocalDate> anchored = new HashMap<>();
        Map<String, LocalDate> today = new HashMap<>();
        for (DayMention m : mentions) {
            if (m.expression() instanceof CountedDay c) {
                if (c.anchor() != null) {
                    LocalDate day = day(c.anchor(), m.tense(), published, years);
                    if (day != null) {
                        anchored.putIfAbsent(eventKey(c.of()), day.minusDays(c.ordinal() - 1L));
                    }
                } else if (c.today() && published != null) {
                    today.putIfAbsent(eventKey(c.of()), published.minusDays(c.ordinal() - 1L));
                }
            }
        }
        today.forEach(anchored::putIfAbsent);
        return anchored;
    }

    /** Words for one armed conflict count its days together: the invasion's day two is the war's day two. */
    private static String eventKey(String of) {
        return WAR_WORDS.contains(of) ? "perang" : of;
    }

    private LocalDate countedDay(CountedDay c, Tense tense, Map<String, LocalDate> firstDays, LocalDate published,
                                 CalendarYears years) {
        if (c.anchor() != null) {
            return day(c.anchor(), tense, published, years);
        }
        LocalDate first = firstDays.get(eventKey(c.of()));
        if (first == null && c.of().isEmpty() && firstDays.size() == 1) {
            first = firstDays.values().iterator().next();
        }
        if (first == null) {
            return tense == Tense.REPORTED && !c.of().isEmpty() ? published : null;
        }
        return first.plusDays(c.ordinal() - 1L);
    }

    private LocalDate day(DayExpression e, Tense tense, LocalDate published, CalendarYears years) {
        if (e instanceof CalendarDate d) {
            return years.date(d);
        }
        if (published == null) {
            return null;
        }
        if (e instanceof RelativeDay r) {
            return published.plusDays(r.offset());
        }
        if (e instanceof NamedWeekday w) {
            return weekday(w, tense, published);
        }
        if (e instanceof DayOfMonth d) {
            return dayOfMonth(d.day(), tense, published);
        }
        return null;
    }

    /**
     * The day of the month nearest the day of writing in the direction the clause looks: the latest one up to
     * it, or the first one from it on when the clause plans it. Months too short for the day are passed over.
     */
    private static LocalDate dayOfMonth(int day, Tense tense, LocalDate published) {
        if (day < 1 || day > 31) {
            return null;
        }
        int step = tense == Tense.PLANNED ? 1 : -1;
        LocalDate month = published.withDayOfMonth(1);
        for (int i = 0; i < 3; i++, month = month.plusMonths(step)) {
            if (day <= month.lengthOfMonth()) {
                LocalDate candidate = month.withDayOfMonth(day);
                if (step > 0 ? !candidate.isBefore(published) : !candidate.isAfter(published)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static LocalDate weekday(NamedWeekday w, Tense tense, LocalDate published) {
        DayOfWeek d = w.weekday();
        return switch (w.shift()) {
            case NEAREST -> published.with(tense == Tense.PLANNED
                    ? TemporalAdjusters.nextOrSame(d) : TemporalAdjusters.previousOrSame(d));
            case LATEST -> published.with(TemporalAdjusters.previousOrSame(d));
            case LAST -> published.with(TemporalAdjusters.previous(d));
            case NEXT -> published.with(TemporalAdjusters.next(d));
            case PREVIOUS_WEEK -> published.with(DayOfWeek.MONDAY).minusWeeks(1).with(d);
            case FOLLOWING_WEEK -> published.with(DayOfWeek.MONDAY).plusWeeks(1).with(d);
        };
    }
}
