package id.kabar.server;

/** The server could not take its address: the port is in use, reserved, or the host is not this machine's. */
public final class CannotListenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotListenException(String message, Throwable cause) {
        super(message, cause);
    }
}
