package id.kabar.extract;

/** A page that holds no article; the message is the reason reported in {@code rejected.jsonl}. */
public final class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExtractionException(String reason) {
        super(reason);
    }
}
