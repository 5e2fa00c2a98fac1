package id.kabar.link;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.EntityType;
import id.kabar.model.Qualifier;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The linker's state between runs, in segments of its folder that are only ever appended to, and a small
 * versioned head naming how far each is committed:
 *
 * <ul>
 *   <li>{@code words.log}: the vocabulary, each new word appended as it is first saved;</li>
 *   <li>{@code profiles.log} and {@code profiles.idx}: every article's profile (see {@link ProfileLog});</li>
 *   <li>{@code signatures.log}: every article's MinHash signature, 256 bytes at its article number's place (zeros for
 *   an article without one), which a restored linker maps rather than puts again ({@link SignatureStore});</li>
 *   <li>{@code duplicates.log}, {@code events.log}, {@code stories.log}: the unions of each grouping, pairs of
 *   article numbers in the order they were made, so a checkpoint saves the unions since the last one rather
 *   than a label for every article.</li>
 * </ul>
 *
 * <p>A checkpoint thus writes what changed since the last one, however large the store. Indexes and document
 * frequencies are rebuilt from the profiles on reading. A killed run may leave bytes after the committed
 * lengths; reading cuts them off, so the last committed head always reads back whole.
 */
final class LinkerState {
    /**
     * 2: entity keys no longer carry the entity type, and profiles keep their outlet. 3: profiles keep
     * their body's shingle count, lead words and lead figures, which copies are told by, and quotes their speaker's key
     * resolved in their article (a first name to the full name). Profiles written since keep the day their lead writes,
     * which the days alone do not tell, and who acts in their lead; a state written before reads without them, each
     * article placed on the day it names most and its lead's actor unknown. 4: the state is appended segments and a
     * head naming their committed lengths, no longer one document of every profile; a head of version 3 is still read.
     * Profiles written since keep their publication instant after every older field ({@link ProfileCodec}); a profile
     * written before reads without it, and its article sets no bound on its outlet's hours in an event. 5: profiles
     * are appended in {@link ProfileCodec} version 2, which keeps each quote's figures; a head of version 4 is still
     * read (its segment's records are of codec version 1, and the records appended after them of version 2), and an
     * engine reading at most version 4 refuses the head rather than misread the newer records.
     */
    static final int VERSION = 5;
    private static final int SINGLE_DOCUMENT = 3;
    /** The oldest head of appended segments: its profile records are all of {@link ProfileCodec} version 1. */
    private static final int SEGMENTS = 4;
    private static final String WORDS = "words.log";
    private static final String SIGNATURES = "signatures.log";
    private static final List<String> GROUPS = List.of("duplicates.log", "events.log", "stories.log");
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private LinkerState() {
    }

    /**
     * The head of a checkpoint: how many articles and words it covers and how many bytes of each segment. A head
     * written before the signatures were saved has none of their bytes (0), and its linker puts every signature again.
     */
    record Head(int version, int articles, int words, long wordBytes, long profileBytes, long[] groupBytes,
                long signatureBytes) {
    }

    /** The bytes of every segment a head names. */
    static long bytes(Head head) {
        long bytes = head.wordBytes() + head.profileBytes() + head.signatureBytes();
        for (long g : head.groupBytes()) {
            bytes += g;
        }
        return bytes;
    }

    /** The single document of version 3. */
    record File(int version, List<String> vocabulary, List<Profile> articles, Groups duplicates, Groups events,
                Groups stories) {
    }

    record Groups(int[] labels, int next) {
        /** The unions that rebuild these groups: each member with the first member of its label. */
        int[] unions(int articles) throws IOException {
            if (labels.length != articles) {
                throw new IOException("linker state: " + labels.length + " group labels for " + articles + " articles");
            }
            Map<Integer, Integer> first = new HashMap<>();
            int[] unions = new int[2 * articles];
            int n = 0;
            for (int i = 0; i < articles; i++) {
                Integer f = first.putIfAbsent(labels[i], i);
                if (f == null && labels[i] != i) {
                    throw new IOException("linker state: group label " + labels[i] + " first held by article " + i
                            + ", not by the article it is named after");
                }
                if (f != null) {
                    unions[n++] = f;
                    unions[n++] = i;
                }
            }
            return Arrays.copyOf(unions, n);
        }
    }

    record Profile(String id, String published, String title, List<String> days, String lead, int[] terms,
                   float[] termWeights, int[] entities, float[] entityWeights, int[] indexKeys,
                   List<StoredQuote> quotes, List<StoredClaim> claims, String signature, String outlet,
                   int shingles, String runSignature, int runs, int[] leadWords, int[] leadFigures, int[] placeStems,
                   String leadDay, String leadActor) {
    }

    /** A quote and its speaker's key as resolved in its article (absent from states written before). */
    record StoredQuote(String text, QuoteKind kind, String speaker, EntityType speakerType, String cue, int start,
                       int end, int[] stems, String speakerKey) {
    }

    record StoredClaim(String text, ClaimCategory category, double value, Qualifier qualifier, String unit,
                       String subject, String claimant, String asOf, int start, int end) {
    }

    /** Removes the segments a linker left in {@code dir}, for a new linker to start there. */
    static void clear(Path dir) throws IOException {
        List<String> names = new ArrayList<>(List.of(WORDS, "profiles.log", "profiles.idx", SIGNATURES));
        names.addAll(GROUPS);
        for (String name : names) {
            Files.deleteIfExists(dir.resolve(name));
        }
    }

    static byte[] checkpoint(Linker linker) throws IOException {
        if (!linker.files.kept()) {
            throw new IllegalStateException("a linker without a folder of its own cannot be saved");
        }
        Head last = linker.savedHead;
        long wordBytes = append(linker.files.file(WORDS), last == null ? 0 : last.wordBytes(),
                words(linker.vocabulary, last == null ? 0 : last.words()));
        List<Partition> partitions = List.of(linker.duplicates, linker.events, linker.stories);
        long[] groupBytes = new long[GROUPS.size()];
        for (int g = 0; g < groupBytes.length; g++) {
            groupBytes[g] = append(linker.files.file(GROUPS.get(g)), last == null ? 0 : last.groupBytes()[g],
                    pairs(partitions.get(g).drainJournal()));
        }
        long savedSignatures = last == null ? 0 : last.signatureBytes();
        long signatureBytes = append(linker.files.file(SIGNATURES), savedSignatures, linker.duplicateDetector
                .savedSignatures((int) (savedSignatures / SignatureStore.BYTES), linker.size()));
        long profileBytes = linker.profiles.sync();
        Head head = new Head(VERSION, linker.size(), linker.vocabulary.size(), wordBytes, profileBytes, groupBytes,
                signatureBytes);
        linker.savedHead = head;
        return JSON.writeValueAsBytes(head);
    }

    static Linker restore(Path dir, byte[] bytes, int hotArticles) throws IOException {
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IOException("linker state is not a state: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.path("version").isInt()) {
            throw new IOException("linker state without a version");
        }
        int version = tree.path("version").asInt();
        if (version == SINGLE_DOCUMENT) {
            return single(dir, JSON.treeToValue(tree, File.class), hotArticles);
        }
        if (version < SEGMENTS || version > VERSION) {
            throw new IOException("linker state version " + version + " is not supported (this kabar reads "
                    + SINGLE_DOCUMENT + " to " + VERSION + (version > VERSION ? "; it was written by a newer kabar)" : ")"));
        }
        Head head = JSON.treeToValue(tree, Head.class);
        if (head.groupBytes() == null || head.groupBytes().length != GROUPS.size()) {
            throw new IOException("linker state head without the lengths of its group segments");
        }
        LinkerFiles files = LinkerFiles.in(dir);
        List<String> words = readWords(files.file(WORDS), head.wordBytes(), head.words());
        Partition[] partitions = new Partition[GROUPS.size()];
        for (int g = 0; g < partitions.length; g++) {
            int[] unions = readPairs(files.file(GROUPS.get(g)), head.groupBytes()[g]);
            try {
                partitions[g] = Partition.replay(files, GROUPS.get(g).replace(".log", ""), head.articles(), unions);
            } catch (IllegalArgumentException e) {
                throw new IOException("linker state: " + e.getMessage(), e);
            }
            partitions[g].drainJournal();
        }
        Linker linker = new Linker(files, hotArticles, Vocabulary.of(words), partitions[0], partitions[1], partitions[2]);
        if (head.signatureBytes() != 0 || head.articles() == 0) {
            sealSignatures(files.file(SIGNATURES), head, linker.duplicateDetector);
        }
        linker.profiles.restore(head.articles(), head.profileBytes(), linker::restore);
        linker.savedHead = head;
        return linker;
    }

    /**
     * Cuts the signature segment back to the bytes the head names (what a killed run appended after it goes) and
     * maps them, so the restored linker reads its articles' signatures there rather than putting each again.
     */
    private static void sealSignatures(Path file, Head head, DuplicateDetector detector) throws IOException {
        if (head.signatureBytes() != (long) head.articles() * SignatureStore.BYTES) {
            throw new IOException("linker state: " + head.signatureBytes() + " bytes of signatures for "
                    + head.articles() + " articles");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            channel.truncate(head.signatureBytes());
            detector.sealSignatures(channel, head.articles());
        }
    }

    /** A state of version 3, taken into a linker with segments of its own in {@code dir}, saved at its next checkpoint. */
    private static Linker single(Path dir, File f, int hotArticles) throws IOException {
        if (f.articles() == null || f.vocabulary() == null) {
            throw new IOException("linker state without articles or vocabulary");
        }
        int n = f.articles().size();
        clear(dir);
        LinkerFiles files = LinkerFiles.in(dir);
        Linker linker = new Linker(files, hotArticles, Vocabulary.of(f.vocabulary()),
                Partition.replay(files, "duplicates", n, f.duplicates().unions(n)),
                Partition.replay(files, "events", n, f.events().unions(n)),
                Partition.replay(files, "stories", n, f.stories().unions(n)));
        ArticleProfiler profiler = new ArticleProfiler(linker.vocabulary);
        for (Profile p : f.articles()) {
            List<LocalDate> days = p.days().stream().map(LocalDate::parse).toList();
            LocalDate leadDay = date(p.leadDay());
            linker.restore(new ArticleProfile(linker.size(), p.id(), p.outlet(), date(p.published()), p.title(), days,
                    ArticleProfiler.happeningDay(leadDay, days), p.lead(), p.terms(), p.termWeights(), p.entities(),
                    p.entityWeights(), p.indexKeys(), p.quotes().stream().map(LinkerState::form).toList(),
                    p.claims().stream().map(LinkerState::claim).toList(),
                    bytes(p.signature()), p.shingles(), bytes(p.runSignature()), p.runs(),
                    p.leadWords() == null ? new int[0] : p.leadWords(),
                    p.leadFigures() == null ? new int[0] : p.leadFigures(), profiler.headlineStems(p.title()),
                    HappeningKinds.of(p.title()), p.placeStems() == null ? new int[0] : p.placeStems(), leadDay,
                    p.leadActor(), null, null));
        }
        return linker;
    }

    private static byte[] words(Vocabulary vocabulary, int from) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (int id = from; id < vocabulary.size(); id++) {
                out.writeUTF(vocabulary.word(id));
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] pairs(int[] members) {
        ByteBuffer out = ByteBuffer.allocate(members.length * Integer.BYTES);
        for (int m : members) {
            out.putInt(m);
        }
        return out.array();
    }

    /** Cuts the segment back to its committed length, appends the bytes and syncs it: its new committed length. */
    private static long append(Path file, long committed, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (channel.size() < committed) {
                throw new IOException(file.getFileName() + " holds " + channel.size() + " bytes, "
                        + committed + " were committed");
            }
            channel.truncate(committed);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long at = committed;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
            channel.force(false);
            return at;
        }
    }

    /** A signature saved as Base64; null when there is none (a run signature absent from states written before). */
    private static byte[] bytes(String base64) {
        return base64 == null ? null : Base64.getDecoder().decode(base64);
    }

    private static byte[] committed(Path file, long length) throws IOException {
        if (length == 0) {
            return new byte[0];
        }
        if (!Files.exists(file) || Files.size(file) < length) {
            throw new IOException("linker segment " + file.getFileName() + " is shorter than the " + length
                    + " bytes its checkpoint names");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("linker segment " + file.getFileName() + " is too long to read at once");
        }
        byte[] out = new byte[(int) length];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(out);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, buffer.position()) < 0) {
                    throw new IOException("linker segment " + file.getFileName() + " ends early");
                }
            }
        }
        return out;
    }

    private static List<String> readWords(Path file, long length, int count) throws IOException {
        List<String> words = new ArrayList<>(count);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(committed(file, length)))) {
            for (int i = 0; i < count; i++) {
                words.add(in.readUTF());
            }
            if (in.available() > 0) {
                throw new IOException("linker word segment holds more than its " + count + " words");
            }
        } catch (EOFException e) {
            throw new IOException("linker word segment holds fewer than its " + count + " words", e);
        }
        return words;
    }

    private static int[] readPairs(Path file, long length) throws IOException {
        if (length % (2 * Integer.BYTES) != 0) {
            throw new IOException("linker group segment " + file.getFileName() + " of " + length + " bytes is not pairs");
        }
        ByteBuffer in = ByteBuffer.wrap(committed(file, length));
        int[] members = new int[(int) (length / Integer.BYTES)];
        for (int i = 0; i < members.length; i++) {
            members[i] = in.getInt();
            if (members[i] < 0) {
                throw new IOException("linker group segment " + file.getFileName() + " names article " + members[i]);
            }
        }
        return members;
    }

    private static ArticleProfile.QuoteForm form(StoredQuote s) {
        String speakerKey = s.speakerKey() != null ? s.speakerKey() : SpeakerNames.key(s.speaker(), List.of());
        return new ArticleProfile.QuoteForm(new Quote(s.text(), s.kind(), s.speaker(), s.speakerType(), s.cue(),
                s.start(), s.end()), speakerKey, s.stems());
    }

    private static Claim claim(StoredClaim s) {
        return new Claim(s.text(), s.category(), s.value(), s.qualifier(), s.unit(), s.subject(), s.claimant(),
                date(s.asOf()), s.start(), s.end());
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
