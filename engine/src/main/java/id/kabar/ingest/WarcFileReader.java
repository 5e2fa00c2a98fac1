package id.kabar.ingest;

import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages out of a WARC file: response records carrying a 2xx HTTP response with an HTML content
 * type; every other record is skipped. Records are framed here, from their version line and Content-Length, and
 * parsed by jwarc one at a time, so the file streams through and a malformed record is rejected with its offset
 * while the reader resumes at the next {@code WARC/} version line. Offsets count decompressed bytes.
 */
final class WarcFileReader implements ContainerReader {
    private static final int MAX_HEADER_LINE_BYTES = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 1024 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final IngestLimits limits;

    WarcFileReader(IngestLimits limits) {
        this.limits = limits;
    }

    /** A record header as framed here: where it starts, its bytes, and the length of the block after it. */
    private record Framing(long offset, byte[] header, long contentLength) {
    }

    /** What a record turned out to be: a page, a rejection, or nothing to ingest (both null). */
    private record Outcome(SourceDocument page, Rejection rejection) {
        static final Outcome SKIPPED = new Outcome(null, null);

        static Outcome rejected(String id, String reason) {
            return new Outcome(null, new Rejection(id, reason));
        }
    }

    /** A record header that cannot be framed; the reader resumes at the next version line. */
    private static final class MalformedRecordException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedRecordException(String reason) {
            super(reason);
        }
    }

    /** The input ended before the blank line that closes a record header. */
    private static final class EndOfHeaderException extends EOFException {
        private static final long serialVersionUID = 1L;

        EndOfHeaderException() {
            super("input ends inside the record header");
        }
    }

    @Override
    public void read(InputFile file, OpenedInput input, IngestSink sink) throws IOException {
        ByteInput in = new ByteInput(input.stream());
        ByteInput.Line line = nextNonBlankLine(in);
        while (line != null) {
            long offset = line.offset();
            try {
                Framing framing = frame(in, line);
                InputStream block = in.take(framing.contentLength());
                Outcome outcome = parse(file, framing, block);
                // Drained before the outcome is handed on: a record cut short by the end of the file is not a page.
                block.skip(Long.MAX_VALUE);
                if (outcome.page() != null) {
                    sink.accept(outcome.page());
                } else if (outcome.rejection() != null) {
                    sink.reject(outcome.rejection());
                }
                line = nextNonBlankLine(in);
            } catch (MalformedRecordException e) {
                sink.reject(new Rejection(recordId(file, offset),
                        "malformed WARC record at offset " + offset + ": " + e.getMessage()));
                line = nextVersionLine(in);
            } catch (ByteInput.EndOfInputException | EndOfHeaderException e) {
                sink.reject(new Rejection(recordId(file, offset),
                        "truncated WARC record at offset " + offset + ": " + e.getMessage()));
                return;
            } catch (RejectedInputException damage) {
                throw new RejectedInputException(damage.getMessage() + " in WARC record at offset " + offset, damage);
            }
        }
    }

    private static String recordId(InputFile file, long offset) {
        return file.id() + "@" + offset;
    }

    /** Reads the header fields after a version line, up to the blank line that ends them. */
    private static Framing frame(ByteInput in, ByteInput.Line versionLine)
            throws IOException, MalformedRecordException {
        if (!isVersionLine(versionLine)) {
            throw new MalformedRecordException("expected a WARC/1.x version line");
        }
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(versionLine.bytes());
        header.write(CRLF);
        Long contentLength = null;
        while (true) {
            ByteInput.Line field = in.readLine(MAX_HEADER_LINE_BYTES);
            if (field == null) {
                throw new EndOfHeaderException();
            }
            if (!field.complete() || header.size() > MAX_HEADER_BYTES) {
                throw new MalformedRecordException("header too long");
            }
            if (field.bytes().length == 0) {
                break;
            }
            if (isVersionLine(field)) {
                throw new MalformedRecordException("header has no end");
            }
            String text = new String(field.bytes(), StandardCharsets.ISO_8859_1);
            int colon = text.indexOf(':');
            if (colon > 0 && text.substring(0, colon).strip().equalsIgnoreCase("Content-Length")) {
                contentLength = parseLength(text.substring(colon + 1).strip());
            }
            header.write(field.bytes());
            header.write(CRLF);
        }
        if (contentLength == null) {
            throw new MalformedRecordException("no Content-Length");
        }
        header.write(CRLF);
        return new Framing(versionLine.offset(), header.toByteArray(), contentLength);
    }

    private static long parseLength(String value) throws MalformedRecordException {
        try {
            long length = Long.parseLong(value);
            if (length >= 0) {
                return length;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new MalformedRecordException("bad Content-Length '" + value + "'");
    }

    /** Parses one framed record with jwarc and reads its page, if it holds one. */
    private Outcome parse(InputFile file, Framing framing, InputStream block) throws IOException {
        String where = " in WARC record at offset " + framing.offset();
        InputStream record = new SequenceInputStream(new ByteArrayInputStream(framing.header()), block);
        WarcResponse response;
        MediaType recordType;
        String uri;
        try {
            // Not closed: its channel is this record's block, which the caller drains; the file stays open.
            WarcRecord warc = new WarcReader(Channels.newChannel(record)).next().orElse(null);
            if (!(warc instanceof WarcResponse read)) {
                return Outcome.SKIPPED;
            }
            response = read;
            recordType = response.contentType();
            uri = response.target();
        } catch (ByteInput.EndOfInputException endOfFile) {
            throw endOfFile;
        } catch (ParsingException | EOFException e) {
            return Outcome.rejected(recordId(file, framing.offset()),
                    "malformed WARC record at offset " + framing.offset() + ": " + describe(e));
        } catch (IllegalArgumentException e) {
            // jwarc's checks of the header fields: a field given twice, a Content-Type it cannot parse
            return Outcome.rejected(recordId(file, framing.offset()),
                    "malformed WARC record at offset " + framing.offset() + ": " + e.getMessage());
        }
        if (!isHttp(recordType)) {
            return Outcome.SKIPPED;
        }
        if (uri == null || uri.isBlank()) {
            return Outcome.rejected(recordId(file, framing.offset()),
                    "malformed WARC record at offset " + framing.offset() + ": no WARC-Target-URI");
        }
        try {
            return readPage(uri, response, where);
        } catch (ByteInput.EndOfInputException | RejectedInputException endOfFile) {
            throw endOfFile;
        } catch (ParsingException | EOFException e) {
            return Outcome.rejected(uri, "malformed HTTP response" + where + ": " + describe(e));
        } catch (IOException e) {
            // e.g. a Content-Encoding that cannot be undone
            return Outcome.rejected(uri, "cannot decode HTTP body" + where + ": " + e.getMessage());
        }
    }

    /**
     * The page in a 2xx HTML response; other responses are skipped. A response without a Content-Type is typed
     * by the crawler's own identification of the payload, when it recorded one.
     */
    private Outcome readPage(String uri, WarcResponse response, String where) throws IOException {
        HttpResponse http = response.http();
        MediaType type = http.headers().first("Content-Type").isPresent() ? mediaType(http::contentType)
                : mediaType(() -> response.identifiedPayloadType().orElse(MediaType.OCTET_STREAM));
        if (type == null) {
            return Outcome.rejected(uri, "malformed HTTP response" + where + ": unreadable Content-Type");
        }
        if (http.status() / 100 != 2 || !isHtml(type)) {
            return Outcome.SKIPPED;
        }
        byte[] bytes = http.bodyDecoded().stream().readNBytes(limits.maxPageBytes() + 1);
        if (bytes.length > limits.maxPageBytes()) {
            return Outcome.rejected(uri, "page too large: over the "
                    + IngestLimits.describeSize(limits.maxPageBytes()) + " limit" + where);
        }
        if (bytes.length == 0) {
            return Outcome.rejected(uri, "empty page" + where);
        }
        if (BinaryContent.looksBinary(bytes, Math.min(bytes.length, OpenedInput.HEAD_BYTES))) {
            return Outcome.rejected(uri, "binary content, not text" + where);
        }
        String content = CharsetDetector.decode(bytes, bytes.length, type.parameters().get("charset"), true);
        return new Outcome(new SourceDocument(uri, SourceFormat.HTML, content, uri, SourceHints.NONE), null);
    }

    /** jwarc's parse errors say what was expected; a header cut off by the end of its block says nothing. */
    private static String describe(IOException e) {
        return e instanceof ParsingException parsing ? parsing.getBaseMessage() : "header runs past the end of the record";
    }

    /** A header's media type, or null for one jwarc cannot parse (it throws IllegalArgumentException then). */
    private static MediaType mediaType(Supplier<MediaType> header) {
        try {
            return header.get();
        } catch (IllegalArgumentException unparseable) {
            return null;
        }
    }

    private static boolean isHttp(MediaType type) {
        return type.type().equalsIgnoreCase("application") && type.subtype().equalsIgnoreCase("http");
    }

    private static boolean isHtml(MediaType type) {
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static boolean isVersionLine(ByteInput.Line line) {
        byte[] b = line.bytes();
        return b.length >= 7 && b[0] == 'W' && b[1] == 'A' && b[2] == 'R' && b[3] == 'C' && b[4] == '/'
                && Character.isDigit(b[5]) && b[6] == '.';
    }

    /** The next line with content, skipping the blank lines that end each record; null at the end. */
    private static ByteInput.Line nextNonBlankLine(ByteInput in) throws IOException {
        ByteInput.Line line;
        do {
            line = in.readLine(MAX_HEADER_LINE_BYTES);
        } while (line != null && line.complete() && line.bytes().length == 0);
        return line;
    }

    /** Skips to the next line that starts a record, after a malformed one; null at the end. */
    private static ByteInput.Line nextVersionLine(ByteInput in) throws IOException {
        ByteInput.Line line;
        do {
            line = in.readLine(MAX_HEADER_LINE_BYTES);
        } while (line != null && !isVersionLine(line));
        return line;
    }
}
