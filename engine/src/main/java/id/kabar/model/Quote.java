package id.kabar.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a source said.
 *
 * @param text        the quoted words (direct) or the content clause (indirect)
 * @param kind        direct or indirect
 * @param speaker     the speaking entity's name, or the group phrase when unnamed; null if unknown
 * @param speakerType PER, ORG, LOC or OTHER; null if the speaker is unknown
 * @param cue         the reporting word ({@code kata}, {@code mengatakan}, {@code menurut}, ...), or null
 * @param start       where {@code text} starts in the body
 * @param end         where it ends (exclusive)
 */
public record Quote(String text, QuoteKind kind, String speaker, EntityType speakerType, String cue,
                    int start, int end) implements Serializable {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
