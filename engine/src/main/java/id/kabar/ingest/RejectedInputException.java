package id.kabar.ingest;

import java.io.IOException;

/**
 * An input that cannot be read as pages, with the reason as a rejection states it ({@code truncated gzip},
 * {@code page too large: ...}). An {@link IOException} so it can surface from inside a stream read.
 */
final class RejectedInputException extends IOException {
    private static final long serialVersionUID = 1L;

    RejectedInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
