package id.kabar.ingest;

import id.kabar.lang.TimeZones;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Writes a feed item's date as ISO text in the feed's own time zone. Rome parses dates to an instant and drops
 * the zone; told in UTC, an article published at 06:00 WIB (+07:00) would move to the previous day. So the zone
 * is read back from the item's raw date text and the instant is shown in it. Rome also gives up on dates that
 * state no zone; those are kept as the local time they state.
 */
final class FeedDates {
    private static final Set<String> DATE_ELEMENTS = Set.of("pubDate", "published", "date", "issued", "updated",
            "modified");
    /** A numeric offset after a time: {@code +0700}, {@code +07:00}, {@code -05:00}. */
    private static final Pattern NUMERIC_ZONE = Pattern.compile("\\d{2}\\s*([+-])(\\d{2}):?(\\d{2})$");
    private static final Pattern NAMED_ZONE = Pattern.compile("\\s([A-Za-z]{2,4})$");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd['T'][' ']HH:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss]", Locale.ENGLISH));

    private FeedDates() {
    }

    /** The raw date text of each item or entry in document order (null where an item states none). */
    static List<String> rawItemDates(Document feed) {
        List<String> dates = new ArrayList<>();
        Element root = feed.getRootElement();
        List<Element> containers = new ArrayList<>(List.of(root));
        root.getChildren().stream().filter(e -> e.getName().equals("channel")).forEach(containers::add);
        for (Element container : containers) {
            for (Element item : container.getChildren()) {
                if (item.getName().equals("item") || item.getName().equals("entry")) {
                    dates.add(rawDate(item));
                }
            }
        }
        return dates;
    }

    private static String rawDate(Element item) {
        for (Element child : item.getChildren()) {
            if (DATE_ELEMENTS.contains(child.getName()) && !child.getTextTrim().isEmpty()) {
                return child.getTextTrim();
            }
        }
        return null;
    }

    /**
     * The date as ISO text. With Rome's instant: shown at the offset the raw text states, else as a UTC instant.
     * Without one (Rome rejects dates that state no zone): the raw text's own local date-time, if it is plain
     * ISO or RFC 822 without a zone. A raw date without a time stays a date.
     */
    static String iso(Date date, String raw) {
        String stated = raw == null ? null : raw.strip();
        if (stated != null && ISO_DAY.matcher(stated).matches()) {
            return stated;
        }
        if (date == null) {
            return stated == null ? null : localDateTime(stated);
        }
        ZoneOffset offset = stated == null ? null : statedOffset(stated);
        return offset == null ? date.toInstant().toString()
                : date.toInstant().atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String localDateTime(String raw) {
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            try {
                return LocalDateTime.parse(raw, format).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return null;
    }

    private static ZoneOffset statedOffset(String raw) {
        Matcher numeric = NUMERIC_ZONE.matcher(raw);
        if (numeric.find()) {
            int hours = Integer.parseInt(numeric.group(2));
            int minutes = Integer.parseInt(numeric.group(3));
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            if (hours <= 18 && minutes < 60) {
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
        }
        Matcher named = NAMED_ZONE.matcher(raw);
        if (named.find()) {
            return TimeZones.offset(named.group(1));
        }
        return raw.endsWith("Z") || raw.endsWith("z") ? ZoneOffset.UTC : null;
    }
}
