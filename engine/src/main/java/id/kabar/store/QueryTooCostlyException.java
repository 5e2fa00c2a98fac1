package id.kabar.store;

/** A search whose words would cost more than the store allows one query; the message names the limit. */
public final class QueryTooCostlyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QueryTooCostlyException(String message) {
        super(message);
    }
}
