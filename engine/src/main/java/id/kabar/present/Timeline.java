package id.kabar.present;

import id.kabar.model.Event;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry of a story's timeline chart: one dot per dated event on a day axis, its size by
 * the number of articles, its title on the first label row (above or below the axis) where it
 * does not run into a neighbour. Computed here so the template only draws.
 */
public record Timeline(int width, int height, LocalDate first, LocalDate last, List<Dot> dots) {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 170;
    private static final int MARGIN = 40;
    private static final int AXIS_Y = 82;
    private static final int LABEL_CHARS = 36;
    /** Rough width of one character of the 11px label font, to tell whether labels collide. */
    private static final double CHAR_WIDTH = 6.2;
    private static final int[] ROW_Y = {AXIS_Y - 24, AXIS_Y + 32, AXIS_Y - 44, AXIS_Y + 52};

    public Timeline {
        dots = List.copyOf(dots);
    }

    /** One event on the chart; {@code label} is null when no row had room (the hover title remains). */
    public record Dot(String eventId, LocalDate day, int articles, String title, String label,
                      double x, double y, double r, double labelY, String anchor) {
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
            return new Timeline(WIDTH, HEIGHT, null, null, List.of());
        }
        LocalDate first = dated.get(0).date();
        LocalDate last = dated.get(dated.size() - 1).date();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double[] rowEnds = new double[ROW_Y.length];
        java.util.Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        List<Dot> dots = new ArrayList<>();
        for (Event e : dated) {
            double x = first.equals(last) ? WIDTH / 2.0
                    : MARGIN + (WIDTH - 2.0 * MARGIN) * ChronoUnit.DAYS.between(first, e.date()) / span;
            double r = Math.min(14, 4 + 3 * Math.sqrt(e.articles().size()));
            String title = e.title() == null ? "" : e.title();
            String text = title.length() > LABEL_CHARS ? title.substring(0, LABEL_CHARS - 1) + "…" : title;
            // Labels near the ends hang inwards so they stay inside the chart.
            String anchor = x < WIDTH / 3.0 ? "start" : x > 2 * WIDTH / 3.0 ? "end" : "middle";
            double w = text.length() * CHAR_WIDTH;
            double left = anchor.equals("start") ? x : anchor.equals("end") ? x - w : x - w / 2;
            String label = null;
            double labelY = 0;
            for (int row = 0; row < ROW_Y.length && !text.isEmpty(); row++) {
                if (left > rowEnds[row] + 10) {
                    rowEnds[row] = left + w;
                    label = text;
                    labelY = ROW_Y[row];
                    break;
                }
            }
            dots.add(new Dot(e.id(), e.date(), e.articles().size(), title, label, x, AXIS_Y, r, labelY, anchor));
        }
        return new Timeline(WIDTH, HEIGHT, first, last, dots);
    }
}
