package id.kabar.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * Reads an RSS or Atom feed with Rome: each item is an article, its id the item link (else
 * {@code feedfile#n}), its content ({@code content:encoded}, Atom content, else the description) the page.
 * Title, date and authors travel as hints; the feed's own title as the outlet, since that is how the
 * publication names itself in its feed.
 */
final class FeedReader implements ContainerReader {
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    private final IngestLimits limits;

    FeedReader(IngestLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(InputFile file, OpenedInput input, IngestSink sink) throws IOException {
        // A feed is parsed as one document, so it is read whole, up to its own cap.
        byte[] bytes = input.stream().readNBytes(limits.maxFeedBytes() + 1);
        if (bytes.length > limits.maxFeedBytes()) {
            sink.reject(new Rejection(file.id(), "feed too large: over the "
                    + IngestLimits.describeSize(limits.maxFeedBytes()) + " limit"));
            return;
        }
        String xml = CharsetDetector.decode(bytes, bytes.length, null, true);
        Document document;
        SyndFeed feed;
        try {
            document = new FeedDocumentParser().parse(new StringReader(xml));
            feed = new SyndFeedInput().build(document);
        } catch (JDOMException | FeedException | IllegalArgumentException e) {
            sink.reject(new Rejection(file.id(), "not an RSS or Atom feed: " + firstLine(e.getMessage())));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        List<String> rawDates = FeedDates.rawItemDates(document);
        // Raw dates are matched to Rome's entries by position, only when both saw the same items.
        boolean datesAligned = rawDates.size() == entries.size();
        String outlet = blankToNull(feed.getTitle());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String link = blankToNull(entry.getLink());
            String id = link != null ? link : file.id() + "#" + (i + 1);
            SyndContent content = content(entry);
            if (content == null) {
                sink.reject(new Rejection(id, "feed item has no content"));
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String published = FeedDates.iso(date, datesAligned ? rawDates.get(i) : null);
            SourceHints hints = new SourceHints(blankToNull(entry.getTitle()), published, outlet, authors(entry));
            sink.accept(new SourceDocument(id, format(content), content.getValue(), link, hints));
        }
    }

    /** The fullest content an item carries: its content elements, else its description; null when blank. */
    private static SyndContent content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content != null && content.getValue() != null && !content.getValue().isBlank()) {
                return content;
            }
        }
        SyndContent description = entry.getDescription();
        return description != null && description.getValue() != null && !description.getValue().isBlank()
                ? description : null;
    }

    /** Atom and RSS mark plain text as {@code text} or {@code text/plain}; everything else may hold markup. */
    private static SourceFormat format(SyndContent content) {
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? SourceFormat.TEXT : SourceFormat.HTML;
    }

    private static List<String> authors(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            personName(person.getName()).ifPresent(names::add);
        }
        if (names.isEmpty()) {
            personName(entry.getAuthor()).ifPresent(names::add);
        }
        return names;
    }

    /**
     * A credited name: RSS writes authors as {@code budi@example.id (Budi Santoso)}, so the name in brackets is
     * taken; a bare e-mail address names nobody.
     */
    private static Optional<String> personName(String raw) {
        String text = blankToNull(raw);
        if (text == null) {
            return Optional.empty();
        }
        Matcher emailWithName = EMAIL_WITH_NAME.matcher(text);
        if (emailWithName.matches()) {
            return Optional.of(emailWithName.group(1).strip());
        }
        return text.contains("@") && !text.contains(" ") ? Optional.empty() : Optional.of(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable XML";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
