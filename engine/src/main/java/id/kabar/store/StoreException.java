package id.kabar.store;

/** The store cannot be opened or written: a damaged file, a full disk, another process holding it. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
