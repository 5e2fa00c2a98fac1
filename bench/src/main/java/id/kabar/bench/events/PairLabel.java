package id.kabar.bench.events;

/**
 * What a reader decided about two articles, following the contract's definitions of
 * {@code duplicate_of}, {@code event} and {@code story}.
 */
public enum PairLabel {
    /** One is a copy of the other with at most light edits; also the same event. */
    DUPLICATE,
    /** The same happening (a statement, meeting, match, attack, release of figures) within a few days. */
    SAME_EVENT,
    /** The same thread but a different happening, such as a reaction or follow-up days later. */
    SAME_STORY,
    /** Unrelated, or related only by topic. */
    DIFFERENT,
    /** Not a copy; the pair was read for {@code duplicate_of} only, so its event and story are not known. */
    NOT_DUPLICATE;

    /** Whether the reader decided event and story as well as the copy. */
    public boolean eventRead() {
        return this != NOT_DUPLICATE;
    }

    public boolean sameEvent() {
        return this == DUPLICATE || this == SAME_EVENT;
    }

    public boolean sameStory() {
        return this != DIFFERENT;
    }
}
