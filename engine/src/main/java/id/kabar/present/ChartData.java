package id.kabar.present;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kabar.store.SearchResult;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of a page's charts, as JSON for a {@code <script type="application/json">} block that the
 * self-hosted {@code charts.js} reads and draws with uPlot: no script of the page's own, and nothing in the data
 * that could end the block (every {@code <}, {@code >} and {@code &} is written as a JSON escape).
 */
public final class ChartData {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Outlets a chart draws as series of their own, the rest summed as one: more colours than this are not told
     * apart at a glance (CLICK-ID has five outlets, so its charts show each).
     */
    static final int MAX_OUTLETS = 8;
    /**
     * Days a chart plots one by one; a longer span is plotted by month. Two years of days is about 730 points a
     * series, as many as a 1,400 px chart shows apart, and keeps the page's data under a hundred kilobytes.
     */
    static final int MAX_DAYS = 731;

    private ChartData() {
    }

    /**
     * Hits per day (or month), one series per outlet. {@code select} is the search's address without dates: a
     * reader who drags across the chart goes there with {@code from} and {@code to} set to the days chosen.
     */
    public static String days(List<SearchResult.DayCount> counts, String select, Messages m) {
        ObjectNode o = JSON.createObjectNode().put("kind", "days").put("select", select).put("day", m.get("chart.day"));
        if (counts.isEmpty()) {
            return safe(o.put("unit", "day"));
        }
        LocalDate first = counts.get(0).day();
        LocalDate last = counts.get(counts.size() - 1).day();
        boolean byMonth = ChronoUnit.DAYS.between(first, last) >= MAX_DAYS;
        o.put("unit", byMonth ? "month" : "day");
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate d = bucket(first, byMonth); !d.isAfter(last); d = byMonth ? d.plusMonths(1) : d.plusDays(1)) {
            buckets.add(d);
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        counts.forEach(c -> totals.merge(outletKey(c.outlet()), c.count(), Long::sum));
        List<String> shown = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(totals.size() > MAX_OUTLETS ? MAX_OUTLETS - 1 : MAX_OUTLETS).map(Map.Entry::getKey).toList();
        Map<String, long[]> series = new LinkedHashMap<>();
        shown.forEach(outlet -> series.put(outlet, new long[buckets.size()]));
        long[] other = new long[buckets.size()];
        for (SearchResult.DayCount c : counts) {
            int i = Math.toIntExact(byMonth ? ChronoUnit.MONTHS.between(bucket(first, true), bucket(c.day(), true))
                    : ChronoUnit.DAYS.between(first, c.day()));
            series.getOrDefault(outletKey(c.outlet()), other)[i] += c.count();
        }
        ArrayNode x = o.putArray("x");
        buckets.forEach(d -> x.add(d.atStartOfDay().toEpochSecond(ZoneOffset.UTC)));
        ArrayNode all = o.putArray("series");
        series.forEach((outlet, values) -> series(all, outlet.isEmpty() ? m.get("unknown.outlet") : outlet, values));
        if (totals.size() > shown.size()) {
            series(all, m.get("chart.otherOutlets"), other);
        }
        return safe(o);
    }

    /** An outlet as a key: the empty string for articles without one, so that they sort and count together. */
    private static String outletKey(String outlet) {
        return outlet == null ? "" : outlet;
    }

    private static LocalDate bucket(LocalDate day, boolean byMonth) {
        return byMonth ? day.withDayOfMonth(1) : day;
    }

    private static void series(ArrayNode all, String label, long[] values) {
        ObjectNode s = all.addObject().put("label", label);
        ArrayNode v = s.putArray("values");
        for (long n : values) {
            v.add(n);
        }
    }

    /**
     * A story's timeline: articles per event day, and each day's events with the anchor of their entry in the
     * page's list of events, which the chart's caption links to.
     */
    public static String timeline(Timeline t, Messages m) {
        ObjectNode o = JSON.createObjectNode().put("kind", "timeline").put("unit", "day").put("day", m.get("chart.day"));
        ArrayNode x = o.putArray("x");
        ArrayNode values = o.putArray("series").addObject().put("label", m.get("chart.articles")).putArray("values");
        ArrayNode days = o.putArray("events");
        for (Timeline.Day d : t.days()) {
            x.add(d.day().atStartOfDay().toEpochSecond(ZoneOffset.UTC));
            values.add(d.articles());
            ArrayNode events = days.addArray();
            d.events().forEach(e -> events.addObject().put("title", e.label()).put("anchor", anchor(e.eventId()))
                    .put("articles", e.articles()));
        }
        return safe(o);
    }

    /** The id of an event's entry in a story page. */
    public static String anchor(String eventId) {
        return "event-" + eventId;
    }

    /** JSON that cannot close the script element holding it nor start markup in it. */
    private static String safe(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }
}
