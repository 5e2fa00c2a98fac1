package id.kabar.link;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * Every article profile by arrival number: the latest {@link #HOT_ARTICLES} held as objects, all of them
 * appended to a segment on disk ({@code profiles.log}, with {@code profiles.idx} giving where each lies),
 * from which an older one is read back when a look-up meets it. The segment is only ever appended to, so a
 * checkpoint writes the profiles that arrived since the last one and a committed prefix never changes.
 *
 * <p>A record is its payload's length, its CRC32C and the {@link ProfileCodec} payload.
 */
final class ProfileLog implements AutoCloseable {
    /**
     * Profiles held as objects, the latest arrivals: about 1.5 KB each in a store of IndoSum-sized articles,
     * so some 200 MB. At 10,000 articles a day this is two weeks of news; older ones met by a look-up (the
     * rest of the month's window, copies, stories taken up again) are read from the segment, a few each
     * arrival, at a few microseconds each.
     */
    static final int HOT_ARTICLES = 1 << 17;
    /**
     * Profiles read back lately, held as objects too, the longest unused dropped first: an old story's first report
     * is read back by every arrival the story index brings to it (twice each: as the story's first report and for
     * its profile while the story is of one article), and the early members of an event go on meeting its later
     * ones. At 10,000 articles a day, past the 131,072 held, reading profiles back took 16 of 80 samples of the
     * linking thread's stack at 300,000 stored, and the CPU per probed article rose from 879 µs at 100,000 to 1,558
     * with the work counts flat. At some 3 KB a profile (the class histogram at 200,000: 427 MB for the 131,072
     * held and the rest) this many are about 50 MB.
     */
    static final int READ_BACK_HELD = 1 << 14;
    /** Profiles written to the segment at once when the oldest held must make room. */
    private static final int WRITE_AHEAD = 1 << 12;
    private static final int HEADER = 2 * Integer.BYTES;
    /** An index entry: the record's offset above, its payload's length in the low bits. */
    private static final int LENGTH_BITS = 24;
    private static final int IDX_CHUNK = 1 << 23;

    private final LinkerFiles files;
    private ArticleProfile[] ring;
    private int firstHot;
    private int size;
    private int written;
    private Path logPath;
    private FileChannel log;
    private MappedChunks idx;
    private long logEnd;
    private final ByteBuffer out = ByteBuffer.allocate(1 << 20);
    private final Map<Integer, ArticleProfile> readLately = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, ArticleProfile> eldest) {
            return size() > READ_BACK_HELD;
        }
    };

    private final int hotArticles;
    private final LinkWork.Counter work;

    /**
     * @param hotArticles profiles held as objects, a power of two ({@link #HOT_ARTICLES} but in tests)
     * @param work        where the profiles read back from the segment are counted
     */
    ProfileLog(LinkerFiles files, int hotArticles, LinkWork.Counter work) {
        if (Integer.bitCount(hotArticles) != 1) {
            throw new IllegalArgumentException("profiles held: " + hotArticles + " is not a power of two");
        }
        this.files = files;
        this.hotArticles = hotArticles;
        this.work = work;
        this.ring = new ArticleProfile[Math.min(1024, hotArticles)];
    }

    int size() {
        return size;
    }

    /** Profiles held as objects: the latest arrivals, at most the {@code hotArticles} given. */
    int held() {
        return size - firstHot;
    }

    /** Older profiles held because they were read back lately, at most {@link #READ_BACK_HELD}. */
    int heldReadBack() {
        return readLately.size();
    }

    ArticleProfile get(int seq) {
        if (seq < 0 || seq >= size) {
            throw new IndexOutOfBoundsException("article " + seq + " of " + size);
        }
        if (seq >= firstHot) {
            return ring[seq & (ring.length - 1)];
        }
        work.olderProfilesMet++;
        ArticleProfile p = readLately.get(seq);
        if (p == null) {
            p = readBack(seq);
            readLately.put(seq, p);
        }
        return p;
    }

    void add(ArticleProfile p) {
        if (p.seq() != size) {
            throw new IllegalStateException("profiles arrive in order: expected " + size + ", got " + p.seq());
        }
        if (size - firstHot == ring.length) {
            if (ring.length < hotArticles) {
                grow();
            } else {
                if (written <= firstHot) {
                    writeUpTo(Math.min(size, firstHot + Math.min(WRITE_AHEAD, hotArticles)));
                    flush();
                }
                ring[firstHot & (ring.length - 1)] = null;
                firstHot++;
            }
        }
        ring[size & (ring.length - 1)] = p;
        size++;
    }

    private void grow() {
        ArticleProfile[] bigger = new ArticleProfile[ring.length * 2];
        for (int seq = firstHot; seq < size; seq++) {
            bigger[seq & (bigger.length - 1)] = ring[seq & (ring.length - 1)];
        }
        ring = bigger;
    }

    /** Appends every profile not yet written and syncs the segment: the bytes of the log a checkpoint names. */
    long sync() {
        writeUpTo(size);
        flush();
        try {
            if (log != null) {
                log.force(false);
                idx.force();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync the profile segment", e);
        }
        return logEnd;
    }

    private void writeUpTo(int end) {
        open();
        for (; written < end; written++) {
            byte[] payload = ProfileCodec.encode(get(written));
            if (payload.length >= 1 << LENGTH_BITS) {
                throw new IllegalStateException("article " + written + ": a profile of " + payload.length + " bytes");
            }
            if (out.remaining() < HEADER + payload.length) {
                flush();
            }
            CRC32C crc = new CRC32C();
            crc.update(payload);
            idx.putLong(written, (logEnd + out.position()) << LENGTH_BITS | payload.length);
            if (payload.length + HEADER > out.capacity()) {
                write(record(payload, (int) crc.getValue()));
            } else {
                out.putInt(payload.length).putInt((int) crc.getValue()).put(payload);
            }
        }
    }

    private static ByteBuffer record(byte[] payload, int crc) {
        return ByteBuffer.allocate(HEADER + payload.length).putInt(payload.length).putInt(crc).put(payload).flip();
    }

    private void flush() {
        out.flip();
        write(out);
        out.clear();
    }

    private void write(ByteBuffer bytes) {
        try {
            while (bytes.hasRemaining()) {
                logEnd += log.write(bytes, logEnd);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the profile segment", e);
        }
    }

    private ArticleProfile readBack(int seq) {
        work.profilesReadBack++;
        long entry = idx.getLong(seq);
        int length = (int) (entry & ((1 << LENGTH_BITS) - 1));
        long at = entry >>> LENGTH_BITS;
        ByteBuffer record = ByteBuffer.allocate(HEADER + length);
        try {
            while (record.hasRemaining()) {
                if (log.read(record, at + record.position()) < 0) {
                    throw new EOFException("profile segment ends inside article " + seq);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + seq + " from the profile segment", e);
        }
        record.flip();
        return check(seq, record.getInt(), record.getInt(), record);
    }

    private static ArticleProfile check(int seq, int length, int crc, ByteBuffer payload) {
        CRC32C actual = new CRC32C();
        actual.update(payload.duplicate());
        if ((int) actual.getValue() != crc || payload.remaining() != length) {
            throw new IllegalStateException("article " + seq + ": its profile's record is damaged");
        }
        ArticleProfile p = ProfileCodec.decode(payload);
        if (p.seq() != seq) {
            throw new IllegalStateException("article " + seq + ": the record holds article " + p.seq());
        }
        return p;
    }

    /**
     * Opens the segments of a checkpoint: cuts the log back to the {@code bytes} it names (what a killed run
     * appended after it goes) and hands each of its {@code articles} profiles to {@code action}, in order,
     * which {@link #add}s it back.
     */
    void restore(int articles, long bytes, Consumer<ArticleProfile> action) throws IOException {
        open();
        if (log.size() < bytes) {
            throw new IOException("the profile segment holds " + log.size() + " bytes, the checkpoint names " + bytes);
        }
        log.truncate(bytes);
        logEnd = bytes;
        try (FileChannel reader = FileChannel.open(logPath, StandardOpenOption.READ);
             InputStream raw = new BufferedInputStream(Channels.newInputStream(reader), 1 << 16);
             DataInputStream in = new DataInputStream(raw)) {
            for (int seq = 0; seq < articles; seq++) {
                int length = in.readInt();
                int crc = in.readInt();
                byte[] payload = new byte[length];
                in.readFully(payload);
                ArticleProfile p;
                try {
                    p = check(seq, length, crc, ByteBuffer.wrap(payload));
                } catch (IllegalStateException | UncheckedIOException e) {
                    throw new IOException(e.getMessage(), e);
                }
                written = seq + 1;
                action.accept(p);
            }
        } catch (EOFException e) {
            throw new IOException("the profile segment ends before its " + articles + " articles", e);
        }
    }

    private void open() {
        if (log != null) {
            return;
        }
        try {
            logPath = files.file("profiles.log");
            log = FileChannel.open(logPath, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the profile segment", e);
        }
        idx = MappedChunks.kept(files.file("profiles.idx"), IDX_CHUNK);
    }

    @Override
    public void close() {
        Arrays.fill(ring, null);
        readLately.clear();
        if (log != null) {
            idx.close();
            try {
                log.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
