package id.kabar.present;

import id.kabar.model.Event;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry of a story's timeline chart: one dot per dated event on a day axis, its size by
 * the number of articles. Computed here so the template only draws.
 */
public record Timeline(int width, int height, LocalDate first, LocalDate last, List<Dot> dots) {
    private static final int WIDTH = 760;
    private static final int MARGIN = 40;
    private static final int AXIS_Y = 70;
    private static final int LABEL_CHARS = 40;

    public Timeline {
        dots = List.copyOf(dots);
    }

    /** One event on the chart; labels alternate above and below the axis so neighbours do not collide. */
    public record Dot(String eventId, LocalDate day, int articles, String title, String label,
                      double x, double y, double r, double labelY) {
        /** Labels near the ends hang inwards so they stay inside the chart. */
        public String anchor() {
            return x < WIDTH / 3.0 ? "start" : x > 2 * WIDTH / 3.0 ? "end" : "middle";
        }
    }

    /** Labels are drawn only while they fit; beyond that each dot still has its hover title. */
    public boolean labelled() {
        return dots.size() <= 10;
    }

    public int axisY() {
        return AXIS_Y;
    }

    public int axisEnd() {
        return width - MARGIN;
    }

    public int margin() {
        return MARGIN;
    }

    public boolean isEmpty() {
        return dots.isEmpty();
    }

    public static Timeline of(List<Event> events) {
        List<Event> dated = events.stream().filter(e -> e.date() != null)
                .sorted(Comparator.comparing(Event::date)).toList();
        if (dated.isEmpty()) {
            return new Timeline(WIDTH, 130, null, null, List.of());
        }
        LocalDate first = dated.get(0).date();
        LocalDate last = dated.get(dated.size() - 1).date();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            Event e = dated.get(i);
            double x = first.equals(last) ? WIDTH / 2.0
                    : MARGIN + (WIDTH - 2.0 * MARGIN) * ChronoUnit.DAYS.between(first, e.date()) / span;
            double r = Math.min(18, 4 + 3 * Math.sqrt(e.articles().size()));
            String title = e.title() == null ? "" : e.title();
            String label = title.length() > LABEL_CHARS ? title.substring(0, LABEL_CHARS - 1) + "…" : title;
            double labelY = i % 2 == 0 ? AXIS_Y - r - 8 : AXIS_Y + r + 16;
            dots.add(new Dot(e.id(), e.date(), e.articles().size(), title, label, x, AXIS_Y, r, labelY));
        }
        return new Timeline(WIDTH, 130, first, last, dots);
    }
}
