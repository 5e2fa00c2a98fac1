package id.kabar.link;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The profile of every story of several articles, by its root: the {@link #HELD} used last held as
 * objects, the others written to a file among the linker's, from which a look-up reads one back (a thread
 * taken up again, a late article joining an old story). Every story the store ever threaded keeps a
 * profile, so held in the heap they grew with the store.
 *
 * <p>The file is an index the linker rebuilds whenever it starts: a profile is appended when it leaves the
 * heap changed since it was last written, and a column gives where the latest copy of each root's lies.
 * A record is the profile's byte length and then {@link #encode}'s bytes; floats are written as their bits,
 * so a profile reads back exactly as it was.
 */
final class StoryProfiles {
    /**
     * Story profiles held as objects, the latest used: up to 1 KB each (64 stems and 32 names with their
     * weights), so some 60 MB at most. At a thousand articles a day this is more than the stories of the
     * window of days in which arrivals are compared pair by pair.
     */
    static final int HELD = 1 << 16;
    private static final long NOWHERE = -1;

    private final LinkerFiles files;
    /** Where each root's profile was last written in the file; {@link #NOWHERE} when not since it last changed. */
    private final ArticleColumn written;
    private final Map<Integer, StoryProfile> held = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, StoryProfile> eldest) {
            if (files == null || size() <= HELD) {
                return false;
            }
            if (written.get(eldest.getKey()) == NOWHERE) {
                write(eldest.getKey(), eldest.getValue());
            }
            return true;
        }
    };
    private FileChannel file;
    private long end;
    private final LinkWork.Counter work;

    /**
     * @param files where profiles go once more than {@link #HELD}; null to hold them all
     * @param work  where the profiles read back from the file are counted
     */
    StoryProfiles(LinkerFiles files, LinkWork.Counter work) {
        this.files = files;
        this.work = work;
        this.written = ArticleColumn.longs(files, "story-profile-at", NOWHERE);
    }

    /** The profile of the story rooted at {@code root}; null for a story of one article. */
    StoryProfile get(int root) {
        StoryProfile p = held.get(root);
        if (p == null && written.get(root) != NOWHERE) {
            work.storiesReadBack++;
            p = read(written.get(root));
            held.put(root, p);
        }
        return p;
    }

    /** Story profiles held as objects, at most {@link #HELD} given files. */
    int held() {
        return held.size();
    }

    /** Sets the profile of the story rooted at {@code root}; null when {@code root} roots no story of several any more. */
    void set(int root, StoryProfile p) {
        written.set(root, NOWHERE);
        if (p == null) {
            held.remove(root);
        } else {
            held.put(root, p);
        }
    }

    private void write(int root, StoryProfile p) {
        byte[] bytes = encode(p);
        ByteBuffer record = ByteBuffer.allocate(Integer.BYTES + bytes.length).putInt(bytes.length).put(bytes).flip();
        try {
            if (file == null) {
                file = FileChannel.open(files.scratch("story-profiles"), StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            written.set(root, end);
            while (record.hasRemaining()) {
                end += file.write(record, end);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a story's profile", e);
        }
    }

    private StoryProfile read(long at) {
        try {
            ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
            readFully(length, at);
            ByteBuffer bytes = ByteBuffer.allocate(length.flip().getInt());
            readFully(bytes, at + Integer.BYTES);
            return decode(bytes.flip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a story's profile", e);
        }
    }

    private void readFully(ByteBuffer into, long at) throws IOException {
        while (into.hasRemaining()) {
            if (file.read(into, at + into.position()) < 0) {
                throw new EOFException("the story profiles end inside a record");
            }
        }
    }

    /** The profile as bytes: its article count, then its stems and names, each as a count, the ids and the weights. */
    static byte[] encode(StoryProfile p) {
        ByteBuffer out = ByteBuffer.allocate(3 * Integer.BYTES
                + (p.terms().length + p.entities().length) * (Integer.BYTES + Float.BYTES));
        out.putInt(p.articles());
        put(out, p.terms(), p.termWeights());
        put(out, p.entities(), p.entityWeights());
        return out.array();
    }

    static StoryProfile decode(ByteBuffer in) {
        int articles = in.getInt();
        int[] terms = new int[in.getInt()];
        float[] termWeights = new float[terms.length];
        get(in, terms, termWeights);
        int[] entities = new int[in.getInt()];
        float[] entityWeights = new float[entities.length];
        get(in, entities, entityWeights);
        return new StoryProfile(articles, terms, termWeights, entities, entityWeights);
    }

    private static void put(ByteBuffer out, int[] ids, float[] weights) {
        out.putInt(ids.length);
        for (int k = 0; k < ids.length; k++) {
            out.putInt(ids[k]).putInt(Float.floatToRawIntBits(weights[k]));
        }
    }

    private static void get(ByteBuffer in, int[] ids, float[] weights) {
        for (int k = 0; k < ids.length; k++) {
            ids[k] = in.getInt();
            weights[k] = Float.intBitsToFloat(in.getInt());
        }
    }
}
