package id.kabar.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A byte stream read as lines or as counted blocks, keeping track of the offset. Lines are capped so one
 * endless line (a binary blob, a minified page) cannot exhaust memory: past the cap its bytes are dropped.
 */
final class ByteInput {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int next;
    private int end;
    private long bufferStart;

    ByteInput(InputStream in) {
        this.in = in;
    }

    /** The input ended inside a block that {@link #take(long)} promised; unlike a parser's own EOF, final. */
    static final class EndOfInputException extends EOFException {
        private static final long serialVersionUID = 1L;

        EndOfInputException(long missing) {
            super("input ends " + missing + " bytes early");
        }
    }

    /** A line without its terminator ({@code \n} or {@code \r\n}); {@code complete} is false when it was capped. */
    record Line(byte[] bytes, boolean complete, long offset) {
    }

    /** Offset of the next unread byte from the start of the stream. */
    long position() {
        return bufferStart + next;
    }

    /** The next line, or null at the end of the stream. */
    Line readLine(int maxBytes) throws IOException {
        long offset = position();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean complete = true;
        boolean readAny = false;
        while (fill()) {
            readAny = true;
            int newline = indexOf('\n');
            int stop = newline < 0 ? end : newline;
            int keep = Math.min(stop - next, maxBytes - line.size());
            if (keep < stop - next) {
                complete = false;
            }
            line.write(buffer, next, Math.max(keep, 0));
            if (newline >= 0) {
                next = newline + 1;
                break;
            }
            next = end;
        }
        if (!readAny) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        if (complete && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(bytes, complete, offset);
    }

    /**
     * The next {@code length} bytes as a stream of their own. Closing it does not close this input, and
     * reading it past a premature end of this input throws an {@link EndOfInputException}.
     */
    InputStream take(long length) {
        return new InputStream() {
            private final byte[] one = new byte[1];
            private long remaining = length;

            @Override
            public int read() throws IOException {
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] target, int offset, int count) throws IOException {
                if (remaining == 0) {
                    return -1;
                }
                if (count == 0) {
                    return 0;
                }
                if (!fill()) {
                    throw new EndOfInputException(remaining);
                }
                int n = (int) Math.min(Math.min(count, end - next), remaining);
                System.arraycopy(buffer, next, target, offset, n);
                next += n;
                remaining -= n;
                return n;
            }

            @Override
            public long skip(long count) throws IOException {
                long skipped = 0;
                while (skipped < count && remaining > 0) {
                    if (!fill()) {
                        throw new EndOfInputException(remaining);
                    }
                    int n = (int) Math.min(Math.min(count - skipped, end - next), remaining);
                    next += n;
                    remaining -= n;
                    skipped += n;
                }
                return skipped;
            }

            @Override
            public void close() {
                // The bytes after this block belong to the enclosing input.
            }
        };
    }

    private int indexOf(char c) {
        for (int i = next; i < end; i++) {
            if (buffer[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Makes sure at least one unread byte is buffered; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (next < end) {
            return true;
        }
        bufferStart += end;
        next = 0;
        end = 0;
        int n;
        do {
            n = in.read(buffer);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        end = n;
        return true;
    }
}
