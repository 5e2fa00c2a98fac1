package id.kabar.ingest;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Writes a feed item's date as ISO text in the feed's own time zone. Rome parses dates to an instant and drops
 * the zone; told in UTC, an article published at 06:00 WIB (+07:00) would move to the previous day. So the zone
 * is read back from the item's raw date text and the instant is shown in it.
 */
final class FeedDates {
    private static final Set<String> DATE_ELEMENTS = Set.of("pubDate", "published", "date", "issued", "updated",
            "modified");
    private static final Pattern NUMERIC_ZONE = Pattern.compile("([+-])(\\d{2}):?(\\d{2})$");
    private static final Pattern UTC_ZONE = Pattern.compile("(?i)(?:\\dZ|\\b(?:GMT|UTC|UT))$");

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
     * The date as ISO text: with the zone of the raw text when it states one; as local time when the raw text
     * states none (Rome then read it in the default zone, so showing it there gives back the stated time); as a
     * UTC instant when the raw text is unknown.
     */
    static String iso(Date date, String raw) {
        if (date == null) {
            return null;
        }
        if (raw == null) {
            return date.toInstant().toString();
        }
        ZoneOffset offset = statedOffset(raw.strip());
        if (offset == null) {
            return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault())
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        return date.toInstant().atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static ZoneOffset statedOffset(String raw) {
        Matcher numeric = NUMERIC_ZONE.matcher(raw);
        if (numeric.find() && raw.length() > 10) {
            int hours = Integer.parseInt(numeric.group(2));
            int minutes = Integer.parseInt(numeric.group(3));
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            if (hours <= 18 && minutes < 60) {
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
        }
        return UTC_ZONE.matcher(raw).find() ? ZoneOffset.UTC : null;
    }
}
