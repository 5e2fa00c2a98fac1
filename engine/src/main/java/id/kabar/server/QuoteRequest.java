package id.kabar.server;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search within what was said, checked: the words a quote must hold, its speaker under any of their names,
 * the outlet and the publication days of its article; null fields do not restrict.
 *
 * @param speaker  the speaker as the reader typed them
 * @param speakers the names they are quoted under ({@link SpeakerAliases}); null when no speaker is asked for
 */
record QuoteRequest(String words, String speaker, Set<String> speakers, String outlet, LocalDate from, LocalDate to) {
    static final Set<String> PARAMS = Set.of("q", "speaker", "outlet", "from", "to");

    QuoteRequest {
        speakers = speakers == null ? null : Set.copyOf(speakers);
    }

    /** The request; {@code withDates} false leaves the dates out (the page says why). */
    static QuoteRequest read(Params p, SpeakerAliases aliases, boolean withDates) {
        String words = p.text("q");
        String speaker = p.text("speaker");
        LocalDate from = withDates ? p.date("from") : null;
        LocalDate to = withDates ? p.date("to") : null;
        if (from != null && to != null && from.isAfter(to)) {
            throw RequestError.badParameter("from", "is after 'to'");
        }
        return new QuoteRequest(words, speaker, speaker == null ? null : aliases.names(speaker), p.text("outlet"), from, to);
    }

    /**
     * Whether the quotes must be read from their articles: words, outlets and days are not on the quotes'
     * own index entries, only speakers are.
     */
    boolean readsArticles() {
        return words != null || outlet != null || from != null || to != null;
    }
}
