package id.kabar.store;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Append-only segment files of article records. A record is
 * {@code magic, body length, CRC32C of body, body}, the magic being {@code KBR} and the digit of the record's
 * format version ({@link StoreFormat#RECORD}), the body
 * {@code id length, id (UTF-8), source hash, deflated JSON}. Records are never rewritten: a changed
 * article is appended again and the newer record wins, so a crash can only leave a torn tail,
 * which the manifest's committed length cuts off.
 */
final class ArticleLog implements Closeable {
    /** "KBR": a record starts here; the magic's last byte is the digit of its format version. */
    private static final int MAGIC_PREFIX = 0x4B4252;
    private static final int MAGIC = MAGIC_PREFIX << 8 | ('0' + StoreFormat.RECORD);
    private static final int HEADER = 12;
    private static final long SEGMENT_BYTES = 256L << 20;

    /** Where one record sits. */
    record Location(int segment, long offset, int length) {
    }

    /** A record's identity as read from its header, without decoding the article. */
    record Entry(String id, long sourceHash, Location location) {
    }

    private static final java.util.regex.Pattern SEGMENT_NAME = java.util.regex.Pattern.compile("articles-(\\d+)\\.log");

    private final Path dir;
    private final List<String> names = new ArrayList<>();
    private final List<FileChannel> channels = new ArrayList<>();
    private long tailLength;
    /** Number of the next segment: numbers only grow, so a compacted log never reuses a name of the log it replaces. */
    private int nextSegment = 1;

    private ArticleLog(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens the log at its committed state: bytes past a segment's committed length and segments the
     * manifest does not list are leftovers of an interrupted run and are removed. Calls
     * {@code onRecord} for every committed record in log order.
     */
    static ArticleLog open(Path dir, List<Manifest.Segment> committed, Consumer<Entry> onRecord) throws IOException {
        ArticleLog log = new ArticleLog(dir);
        Set<String> known = committed.stream().map(Manifest.Segment::name).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                if (!known.contains(f.getFileName().toString())) {
                    Files.delete(f);
                }
            }
        }
        for (Manifest.Segment s : committed) {
            FileChannel ch = FileChannel.open(dir.resolve(s.name()), StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (ch.size() < s.length()) {
                ch.close();
                throw new StoreException("log segment " + s.name() + " is shorter than its committed length");
            }
            ch.truncate(s.length());
            log.nextSegment = Math.max(log.nextSegment, segmentNumber(s.name()) + 1);
            log.names.add(s.name());
            log.channels.add(ch);
            log.scan(log.channels.size() - 1, s.length(), onRecord);
        }
        log.tailLength = committed.isEmpty() ? 0 : committed.get(committed.size() - 1).length();
        return log;
    }

    private void scan(int segment, long length, Consumer<Entry> onRecord) throws IOException {
        FileChannel ch = channels.get(segment);
        ByteBuffer head = ByteBuffer.allocate(HEADER + 2);
        long pos = 0;
        while (pos < length) {
            head.clear();
            if (length - pos < head.capacity()) {
                throw new StoreException("log segment " + names.get(segment) + " is damaged at byte " + pos);
            }
            readFully(ch, head, pos);
            head.flip();
            if (!startsRecord(head.getInt(), names.get(segment) + ":" + pos)) {
                throw new StoreException("log segment " + names.get(segment) + " is damaged at byte " + pos);
            }
            int bodyLength = head.getInt();
            head.getInt();
            int idLength = head.getShort() & 0xFFFF;
            ByteBuffer idAndHash = ByteBuffer.allocate(idLength + 8);
            readFully(ch, idAndHash, pos + HEADER + 2);
            idAndHash.flip();
            byte[] id = new byte[idLength];
            idAndHash.get(id);
            onRecord.accept(new Entry(new String(id, StandardCharsets.UTF_8), idAndHash.getLong(),
                    new Location(segment, pos, HEADER + bodyLength)));
            pos += HEADER + bodyLength;
        }
    }

    private static int segmentNumber(String name) {
        java.util.regex.Matcher m = SEGMENT_NAME.matcher(name);
        if (!m.matches()) {
            throw new StoreException("unexpected log segment name " + name);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Appends one record (not yet durable: {@link #sync} makes it so). */
    Location append(String id, long sourceHash, byte[] json) throws IOException {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        byte[] packed = deflate(json);
        ByteBuffer body = ByteBuffer.allocate(2 + idBytes.length + 8 + packed.length);
        body.putShort((short) idBytes.length).put(idBytes).putLong(sourceHash).put(packed).flip();
        CRC32C crc = new CRC32C();
        crc.update(body.duplicate());
        ByteBuffer record = ByteBuffer.allocate(HEADER + body.remaining());
        record.putInt(MAGIC).putInt(body.remaining()).putInt((int) crc.getValue()).put(body).flip();
        return appendRecord(record);
    }

    /**
     * Copies the given records, in order and checksum-verified, into a new log whose segments are numbered
     * after this one's, and syncs it. This log and its files stay as they are: the caller switches the
     * manifest to the new segments and only then retires the old ones.
     *
     * @param moved receives each record as it sits in the new log
     */
    ArticleLog compactedCopy(List<Entry> live, Consumer<Entry> moved) throws IOException {
        ArticleLog out = new ArticleLog(dir);
        out.nextSegment = nextSegment;
        try {
            for (Entry e : live) {
                ByteBuffer record = ByteBuffer.allocate(e.location().length());
                readFully(channels.get(e.location().segment()), record, e.location().offset());
                record.flip();
                verify(record.duplicate(), e.location());
                moved.accept(new Entry(e.id(), e.sourceHash(), out.appendRecord(record)));
            }
            out.sync();
            return out;
        } catch (IOException | RuntimeException failed) {
            out.delete();
            throw failed;
        }
    }

    /** Closes the log and removes its segment files (a copy that could not be finished). */
    private void delete() throws IOException {
        close();
        deleteFiles();
    }

    /**
     * Removes the segment files of a log a compacted copy has replaced. Its open channels still read
     * them, so a reader that took a record's place before the switch finishes its read.
     */
    void deleteFiles() throws IOException {
        for (String name : names) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Manifest.syncDirectory(dir);
    }

    private Location appendRecord(ByteBuffer record) throws IOException {
        if (channels.isEmpty() || tailLength + record.remaining() > SEGMENT_BYTES) {
            roll();
        }
        int segment = channels.size() - 1;
        long offset = tailLength;
        FileChannel ch = channels.get(segment);
        while (record.hasRemaining()) {
            tailLength += ch.write(record, tailLength);
        }
        return new Location(segment, offset, (int) (tailLength - offset));
    }

    private void roll() throws IOException {
        if (!channels.isEmpty()) {
            channels.get(channels.size() - 1).force(false);
        }
        String name = String.format("articles-%05d.log", nextSegment++);
        channels.add(FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE));
        names.add(name);
        tailLength = 0;
        Manifest.syncDirectory(dir);
    }

    /** Forces appended records to disk; returns the segments with their lengths for the manifest. */
    List<Manifest.Segment> sync() throws IOException {
        if (!channels.isEmpty()) {
            channels.get(channels.size() - 1).force(false);
        }
        List<Manifest.Segment> out = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            out.add(new Manifest.Segment(names.get(i), i == channels.size() - 1 ? tailLength : channels.get(i).size()));
        }
        return out;
    }

    /** Reads one record's article JSON, checking its checksum. */
    byte[] read(Location at) throws IOException {
        ByteBuffer record = ByteBuffer.allocate(at.length());
        readFully(channels.get(at.segment()), record, at.offset());
        record.flip();
        verify(record, at);
        int idLength = record.getShort() & 0xFFFF;
        record.position(record.position() + idLength + 8);
        return inflate(record);
    }

    /** Checks a whole record read from {@code at}, leaving {@code record} at the start of its body. */
    private void verify(ByteBuffer record, Location at) {
        if (!startsRecord(record.getInt(), names.get(at.segment()) + ":" + at.offset())) {
            throw new StoreException("no record at " + names.get(at.segment()) + ":" + at.offset());
        }
        int bodyLength = record.getInt();
        int expected = record.getInt();
        CRC32C crc = new CRC32C();
        crc.update(record.duplicate());
        if ((int) crc.getValue() != expected || bodyLength != record.remaining()) {
            throw new StoreException("checksum mismatch in " + names.get(at.segment()) + " at byte " + at.offset());
        }
    }

    /**
     * Whether {@code magic} starts a record of a format this engine reads; throws for a record of a newer
     * format, which is no damage but needs a newer engine.
     */
    private static boolean startsRecord(int magic, String where) {
        int version = (magic & 0xFF) - '0';
        if (magic >>> 8 != MAGIC_PREFIX || version < 1 || version > 9) {
            return false;
        }
        StoreFormat.checkReadable("article record at " + where, version, StoreFormat.RECORD);
        return true;
    }

    private static void readFully(FileChannel ch, ByteBuffer into, long pos) throws IOException {
        while (into.hasRemaining()) {
            int n = ch.read(into, pos + into.position());
            if (n < 0) {
                throw new StoreException("log ends early at byte " + (pos + into.position()));
            }
        }
    }

    private static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(raw);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static byte[] inflate(ByteBuffer packed) {
        Inflater inf = new Inflater();
        try {
            inf.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.remaining() * 3);
            byte[] buf = new byte[16384];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new StoreException("truncated compressed record");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new StoreException("damaged compressed record: " + e.getMessage(), e);
        } finally {
            inf.end();
        }
    }

    @Override
    public void close() throws IOException {
        for (FileChannel ch : channels) {
            ch.close();
        }
    }
}
