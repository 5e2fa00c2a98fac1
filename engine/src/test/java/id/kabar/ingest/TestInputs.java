package id.kabar.ingest;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Builds test inputs: fixtures from the classpath, compressed variants, raw WARC records. */
final class TestInputs {
    private TestInputs() {
    }

    static byte[] fixture(String name) {
        try (InputStream in = TestInputs.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fixtureText(String name) {
        return new String(fixture(name), StandardCharsets.UTF_8);
    }

    static Path write(Path folder, String relative, byte[] bytes) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    static Path write(Path folder, String relative, String text) throws IOException {
        return write(folder, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] zstd(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream zst = new ZstdOutputStream(out)) {
            zst.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** A WARC response record holding an HTTP response, as a crawler writes it. */
    static byte[] warcResponse(String uri, int status, String contentType, byte[] body) {
        String httpHeader = "HTTP/1.1 " + status + " OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        byte[] block = concat(List.of(httpHeader.getBytes(StandardCharsets.ISO_8859_1), body));
        return warcRecord("response", uri, "application/http; msgtype=response", block);
    }

    static byte[] warcRecord(String type, String uri, String contentType, byte[] block) {
        String header = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((type + uri).getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "WARC-Date: 2017-03-27T07:00:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(List.of(header.getBytes(StandardCharsets.ISO_8859_1), block,
                "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    static String html(String title, String paragraph) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                + title + "</h1><p>" + paragraph + "</p></body></html>";
    }
}
