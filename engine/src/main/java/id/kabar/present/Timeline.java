package id.kabar.present;

import id.kabar.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A story's events by the day each happened (the day its articles report on, their publication day when they
 * name none), oldest first: the story page plots it and lists it, each event's title a link to it.
 * {@code undated} counts events without a day, which the chart cannot place.
 */
public record Timeline(List<Day> days, int undated) {
    public Timeline {
        days = List.copyOf(days);
    }

    /** One day's events, their articles summed for the chart. */
    public record Day(LocalDate day, List<Entry> events) {
        public Day {
            events = List.copyOf(events);
        }

        public int articles() {
            return events.stream().mapToInt(Entry::articles).sum();
        }
    }

    /** One event as the timeline names it, with its articles at hand ({@code articles} counts them all). */
    public record Entry(String eventId, String title, int articles, List<ArticleRow> rows) {
        public Entry {
            rows = List.copyOf(rows);
        }

        /** The title; an event without one is named by its first article. */
        public String label() {
            return title != null && !title.isBlank() ? title : rows.isEmpty() ? eventId : rows.get(0).label();
        }
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** Events on the timeline (those with a day). */
    public int events() {
        return days.stream().mapToInt(d -> d.events().size()).sum();
    }

    /** The timeline of {@code events}; {@code rows} holds the rows of the articles at hand, by id. */
    public static Timeline of(List<Event> events, Map<String, ArticleRow> rows) {
        List<Event> dated = events.stream().filter(e -> e.date() != null)
                .sorted(Comparator.comparing(Event::date)).toList();
        List<Day> days = new ArrayList<>();
        List<Entry> today = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            Event e = dated.get(i);
            List<ArticleRow> at = e.articles().stream().map(rows::get).filter(Objects::nonNull).toList();
            today.add(new Entry(e.id(), e.title(), e.articles().size(), at));
            if (i + 1 == dated.size() || !dated.get(i + 1).date().equals(e.date())) {
                days.add(new Day(e.date(), today));
                today = new ArrayList<>();
            }
        }
        return new Timeline(days, events.size() - dated.size());
    }
}
