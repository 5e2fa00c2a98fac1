package id.kabar.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to requests that never reach a route (a path it cannot decode: 400, an address or headers too
 * long: 414, 431), with the same security headers as every other answer.
 */
final class SecureErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.ALL.forEach(response.getHeaders()::put);
        return super.handle(request, response, callback);
    }
}
