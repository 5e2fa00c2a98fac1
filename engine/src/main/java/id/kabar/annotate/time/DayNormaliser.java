package id.kabar.annotate.time;

import id.kabar.annotate.time.DayExpression.CalendarDate;
import id.kabar.annotate.time.DayExpression.CountedDay;
import id.kabar.annotate.time.DayExpression.NamedWeekday;
import id.kabar.annotate.time.DayExpression.RelativeDay;
import id.kabar.annotate.time.DayMention.Tense;
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
 * than guessed.
 */
public final class DayNormaliser {
    private static final Set<String> WAR_WORDS = WordLists.set(DayNormaliser.class, "war-words.txt");

    public List<TimeMention> normalise(List<DayMention> mentions, LocalDate published, CalendarYears years) {
        Map<String, LocalDate> firstDays = firstDays(mentions, published, years);
        List<TimeMention> out = new ArrayList<>();
        for (DayMention m : mentions) {
            LocalDate day = m.expression() instanceof CountedDay counted
                    ? countedDay(counted, m.tense(), firstDays, published, years)
                    : day(m.expression(), m.tense(), published, years);
            if (day != null) {
                out.add(new TimeMention(m.text(), day, m.start(), m.end()));
            }
        }
        return out;
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
