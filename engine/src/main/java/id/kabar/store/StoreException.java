package id.kabar.store;

/** The store cannot be opened or written: a damaged file, a full disk, another process holding it. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
