package id.kabar.link;

import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.EntityType;
import id.kabar.model.Qualifier;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An article profile as bytes, for the linker's profile segments: every field as it is held, so a
 * profile read back from disk compares exactly as the one that was written. Enums are written by
 * name, so reordering their constants does not misread an older segment.
 *
 * <p>A record of version 2 or later opens with its version negated, an int below zero where a record of
 * version 1 opens with its article number (never negative), so a segment may hold records of both: a store
 * linked by an older engine goes on growing with records of this one. Version 1 records grew field by field
 * at their end (each read only when bytes are left); version 2 adds the figures of each quote
 * ({@link QuoteGrouper#figures}), which a record of version 1 reads again from the quote's text; version 3 adds the
 * sentence of each claim ({@link ClaimSentence}), which a record of an earlier version goes without; version 4 the
 * organisation the lead opens with ({@link ArticleProfile#leadOrganisation}), which an earlier one goes without.
 */
final class ProfileCodec {
    /**
     * 2: each quote's figures are written after every field of version 1, so a resume no longer reads them
     * again from each quote's text (58 of the 205 Java samples of restoring the CLICK-ID week's linker).
     */
    static final int VERSION = 4;
    /** 3: each claim's sentence, for the claim grouper's retold sentences ({@link ClaimSentence}). */
    static final int CLAIM_SENTENCES = 3;
    /** 4: the organisation the lead opens with ({@link ArticleProfile#leadOrganisation}), for the events' actors. */
    static final int LEAD_ORGANISATION = 4;
    private static final int NO_DAY = Integer.MIN_VALUE;

    private ProfileCodec() {
    }

    static byte[] encode(ArticleProfile p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(-VERSION);
            out.writeInt(p.seq());
            out.writeUTF(p.id());
            string(out, p.outlet());
            day(out, p.published());
            string(out, p.title());
            out.writeInt(p.days().size());
            for (LocalDate d : p.days()) {
                day(out, d);
            }
            day(out, p.happened());
            string(out, p.lead());
            ints(out, p.terms());
            floats(out, p.termWeights());
            ints(out, p.entities());
            floats(out, p.entityWeights());
            ints(out, p.indexKeys());
            out.writeInt(p.quotes().size());
            for (ArticleProfile.QuoteForm f : p.quotes()) {
                Quote q = f.quote();
                out.writeUTF(q.text());
                out.writeUTF(q.kind().name());
                string(out, q.speaker());
                string(out, q.speakerType() == null ? null : q.speakerType().name());
                string(out, q.cue());
                out.writeInt(q.start());
                out.writeInt(q.end());
                string(out, f.speakerKey());
                ints(out, f.stems());
            }
            out.writeInt(p.claims().size());
            for (Claim c : p.claims()) {
                out.writeUTF(c.text());
                out.writeUTF(c.category().name());
                out.writeDouble(c.value());
                out.writeUTF(c.qualifier().name());
                string(out, c.unit());
                string(out, c.subject());
                string(out, c.claimant());
                day(out, c.asOf());
                out.writeInt(c.start());
                out.writeInt(c.end());
            }
            bytes(out, p.signature());
            out.writeInt(p.shingles());
            bytes(out, p.runSignature());
            out.writeInt(p.runs());
            ints(out, p.leadWords());
            ints(out, p.leadFigures());
            ints(out, p.titleStems());
            out.writeLong(p.kinds());
            ints(out, p.placeStems());
            day(out, p.leadDay());
            string(out, p.leadActor());
            optionalInts(out, p.leadShingles());
            optionalInts(out, p.shingleSample());
            // the speakers' job titles, after every field an older segment holds, so that it still reads
            for (ArticleProfile.QuoteForm f : p.quotes()) {
                string(out, f.speakerRole());
            }
            // after them, for the same reason: whether the body retells an earlier report
            out.writeBoolean(p.retells());
            // last, for the same reason: the publication instant, in epoch seconds, when the article's date had one
            out.writeBoolean(p.publishedAt() != null);
            if (p.publishedAt() != null) {
                out.writeLong(p.publishedAt().getEpochSecond());
            }
            // after it, for the same reason: the words following the body's credits to a source
            out.writeInt(p.credited().size());
            for (String word : p.credited()) {
                out.writeUTF(word);
            }
            // version 2: each quote's figures, all of them and those counting people
            for (ArticleProfile.QuoteForm f : p.quotes()) {
                doubles(out, f.figures().all());
                doubles(out, f.figures().ofPeople());
            }
            // version 3: each claim's sentence, written for every claim (none known for a profile read from an older
            // record)
            for (int i = 0; i < p.claims().size(); i++) {
                ClaimSentence s = p.claimSentence(i);
                out.writeInt(s.start());
                ints(out, s.stems());
                ints(out, s.names());
                ints(out, s.figures());
                ints(out, s.times());
            }
            // version 4: the organisation the lead opens with
            string(out, p.leadOrganisation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ArticleProfile decode(ByteBuffer buffer) {
        try {
            return decode(new DataInputStream(new ByteBufferInput(buffer)));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable article profile", e);
        }
    }

    private static ArticleProfile decode(DataInputStream in) throws IOException {
        int first = in.readInt();
        int version = first < 0 ? -first : 1;
        if (version > VERSION) {
            throw new IOException("article profile of codec version " + version + ": this kabar reads versions 1 to "
                    + VERSION + "; the linker was saved by a newer kabar: run that one on the store, or this one, which "
                    + "cannot read the saved linker, has the stored articles linked again");
        }
        int seq = version == 1 ? first : in.readInt();
        String id = in.readUTF();
        String outlet = string(in);
        LocalDate published = day(in);
        String title = string(in);
        int dayCount = in.readInt();
        List<LocalDate> days = new ArrayList<>(dayCount);
        for (int i = 0; i < dayCount; i++) {
            days.add(day(in));
        }
        LocalDate happened = day(in);
        String lead = string(in);
        int[] terms = ints(in);
        float[] termWeights = floats(in);
        int[] entities = ints(in);
        float[] entityWeights = floats(in);
        int[] indexKeys = ints(in);
        int quoteCount = in.readInt();
        // each quote's parts, made into its form once the fields written after them (its speaker's role, its
        // figures) are read
        Quote[] said = new Quote[quoteCount];
        String[] speakerKeys = new String[quoteCount];
        int[][] stems = new int[quoteCount][];
        for (int i = 0; i < quoteCount; i++) {
            String text = in.readUTF();
            QuoteKind kind = QuoteKind.valueOf(in.readUTF());
            String speaker = string(in);
            String type = string(in);
            String cue = string(in);
            int start = in.readInt();
            int end = in.readInt();
            said[i] = new Quote(text, kind, speaker, type == null ? null : EntityType.valueOf(type), cue, start, end);
            speakerKeys[i] = string(in);
            stems[i] = ints(in);
        }
        int claimCount = in.readInt();
        List<Claim> claims = new ArrayList<>(claimCount);
        for (int i = 0; i < claimCount; i++) {
            claims.add(new Claim(in.readUTF(), ClaimCategory.valueOf(in.readUTF()), in.readDouble(),
                    Qualifier.valueOf(in.readUTF()), string(in), string(in), string(in), day(in), in.readInt(),
                    in.readInt()));
        }
        byte[] signature = bytes(in);
        int shingles = in.readInt();
        byte[] runSignature = bytes(in);
        int runs = in.readInt();
        int[] leadWords = ints(in);
        int[] leadFigures = ints(in);
        int[] titleStems = ints(in);
        long kinds = in.readLong();
        int[] placeStems = ints(in);
        LocalDate leadDay = day(in);
        String leadActor = string(in);
        int[] leadShingles = optionalInts(in);
        int[] shingleSample = optionalInts(in);
        String[] roles = new String[quoteCount];
        if (in.available() > 0) {
            for (int i = 0; i < quoteCount; i++) {
                roles[i] = string(in);
            }
        }
        boolean retells = in.available() > 0 && in.readBoolean();
        Instant publishedAt = in.available() > 0 && in.readBoolean() ? Instant.ofEpochSecond(in.readLong()) : null;
        List<String> credited = new ArrayList<>();
        for (int i = in.available() > 0 ? in.readInt() : 0; i > 0; i--) {
            credited.add(in.readUTF());
        }
        List<ArticleProfile.QuoteForm> quotes = new ArrayList<>(quoteCount);
        for (int i = 0; i < quoteCount; i++) {
            // a record of version 1 holds no figures: they are read again from the quote's text
            quotes.add(version >= 2
                    ? new ArticleProfile.QuoteForm(said[i], speakerKeys[i], stems[i], roles[i],
                            new QuoteGrouper.Figures(doubles(in), doubles(in)))
                    : new ArticleProfile.QuoteForm(said[i], speakerKeys[i], stems[i], roles[i]));
        }
        List<ClaimSentence> claimSentences = new ArrayList<>();
        if (version >= CLAIM_SENTENCES) {
            for (int i = 0; i < claimCount; i++) {
                claimSentences.add(new ClaimSentence(in.readInt(), ints(in), ints(in), ints(in), ints(in)));
            }
        }
        String leadOrganisation = version >= LEAD_ORGANISATION ? string(in) : null;
        return new ArticleProfile(seq, id, outlet, published, title, List.copyOf(days), happened, lead, terms,
                termWeights, entities, entityWeights, indexKeys, List.copyOf(quotes), List.copyOf(claims), signature,
                shingles, runSignature, runs, leadWords, leadFigures, titleStems, kinds, placeStems, leadDay,
                leadActor, leadShingles, shingleSample, retells, publishedAt, List.copyOf(credited),
                List.copyOf(claimSentences), leadOrganisation);
    }

    /** A signature, or null for none (an empty body). */
    private static void bytes(DataOutputStream out, byte[] values) throws IOException {
        out.writeBoolean(values != null);
        if (values != null) {
            out.writeInt(values.length);
            out.write(values);
        }
    }

    private static byte[] bytes(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        byte[] values = new byte[in.readInt()];
        in.readFully(values);
        return values;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String string(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void day(DataOutputStream out, LocalDate d) throws IOException {
        out.writeInt(d == null ? NO_DAY : Math.toIntExact(d.toEpochDay()));
    }

    private static LocalDate day(DataInput in) throws IOException {
        int d = in.readInt();
        return d == NO_DAY ? null : LocalDate.ofEpochDay(d);
    }

    private static void ints(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] ints(DataInput in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    /**
     * Ints that a profile may lack (null): written after every field profiles have always had, so a record of a profile
     * segment written before they were kept ends there, and reads back without them.
     */
    private static void optionalInts(DataOutputStream out, int[] values) throws IOException {
        out.writeBoolean(values != null);
        if (values != null) {
            ints(out, values);
        }
    }

    private static int[] optionalInts(DataInputStream in) throws IOException {
        return in.available() > 0 && in.readBoolean() ? ints(in) : null;
    }

    private static void doubles(DataOutputStream out, Set<Double> values) throws IOException {
        out.writeInt(values.size());
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static Set<Double> doubles(DataInput in) throws IOException {
        Double[] values = new Double[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
        return Set.of(values);
    }

    private static void floats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] floats(DataInput in) throws IOException {
        float[] values = new float[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    /** Reads a buffer's remaining bytes as a stream, without copying them. */
    private static final class ByteBufferInput extends java.io.InputStream {
        private final ByteBuffer buffer;

        ByteBufferInput(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public int available() {
            return buffer.remaining();
        }

        @Override
        public int read() {
            return buffer.hasRemaining() ? buffer.get() & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int off, int len) {
            if (!buffer.hasRemaining()) {
                return -1;
            }
            int n = Math.min(len, buffer.remaining());
            buffer.get(into, off, n);
            return n;
        }
    }
}
