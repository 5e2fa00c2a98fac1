package id.kabar.server;

/**
 * A request the server refuses: a bad parameter (400) or an unknown id (404). The API answers it
 * as JSON, the web pages as an HTML page.
 */
final class RequestError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String parameter;

    private RequestError(int status, String parameter, String message) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    static RequestError badParameter(String parameter, String message) {
        return new RequestError(400, parameter, parameter + ": " + message);
    }

    static RequestError notFound(String message) {
        return new RequestError(404, null, message);
    }

    String code() {
        return status == 404 ? "not_found" : "bad_request";
    }
}
