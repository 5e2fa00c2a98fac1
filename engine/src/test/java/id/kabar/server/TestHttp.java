package id.kabar.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;

/** Requests to a test server as a browser, a script or a hand-typed address sends them, and their answers. */
final class TestHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The server's port, asked for at each request: a test class holds its client before the server starts. */
    private final IntSupplier port;

    TestHttp(IntSupplier port) {
        this.port = port;
    }

    /** An answer: its status, its body parsed when it is JSON, and the raw text and headers. */
    record Answer(int status, JsonNode body, Response raw) {
    }

    /** The parts of an HTTP answer the tests read, from {@link HttpClient} or from a raw socket. */
    interface Response {
        String body();

        HttpHeaders headers();
    }

    private record ClientResponse(HttpResponse<String> response) implements Response {
        @Override
        public String body() {
            return response.body();
        }

        @Override
        public HttpHeaders headers() {
            return response.headers();
        }
    }

    private record RawResponse(int status, String body, Map<String, List<String>> fields) implements Response {
        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(fields, (k, v) -> true);
        }
    }

    Answer get(String pathAndQuery) throws Exception {
        if (!isWellFormedUri(pathAndQuery)) {
            return raw("GET", pathAndQuery, "");
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getAsInt() + pathAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("content-type").orElse("").startsWith("application/json")
                ? JSON.readTree(r.body()) : null, new ClientResponse(r));
    }

    private static boolean isWellFormedUri(String pathAndQuery) {
        try {
            URI.create(pathAndQuery);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What a crawler or a hand-typed address may send and {@link HttpClient} refuses to: the request line as given. */
    Answer raw(String method, String pathAndQuery, String extraHeaders) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port.getAsInt())) {
            socket.getOutputStream().write((method + " " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            String head = response.substring(0, headersEnd);
            String body = response.substring(headersEnd + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            head.lines().skip(1).forEach(line -> headers.computeIfAbsent(line.substring(0, line.indexOf(':')).strip(),
                    k -> new ArrayList<>()).add(line.substring(line.indexOf(':') + 1).strip()));
            boolean json = headers.getOrDefault("content-type", List.of("")).get(0).startsWith("application/json");
            return new Answer(status, json && !body.isEmpty() ? JSON.readTree(body) : null, new RawResponse(status, body, headers));
        }
    }

    /** Each line of a JSON Lines body, parsed. */
    static List<JsonNode> lines(String body) {
        return body.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
