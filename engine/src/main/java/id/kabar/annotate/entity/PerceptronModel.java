package id.kabar.annotate.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained weights of the sequence tagger: one weight per (hashed feature, tag) and one per tag transition,
 * decoded with Viterbi so that the tags always form valid BIO spans. The file is gzip-compressed, with weights
 * quantised to 16 bits and only non-zero rows stored.
 */
final class PerceptronModel {
    private static final int MAGIC = 0x4B4E4552; // "KNER"
    private static final int VERSION = 2;
    static final int T = BioTag.COUNT;

    final int tableBits;
    final float[] weights;      // [feature * T + tag]
    final float[] transitions;  // [(previous + 1) * T + tag]; previous -1 is the sentence start
    final Lexicon lexicon;
    /** The non-zero rows of {@link #weights}, which tagging reads. */
    private final PackedWeights packed;

    PerceptronModel(int tableBits, float[] weights, float[] transitions, Lexicon lexicon) {
        this.tableBits = tableBits;
        this.weights = weights;
        this.transitions = transitions;
        this.lexicon = lexicon;
        this.packed = new PackedWeights(weights, T);
    }

    /** Best-scoring valid tag sequence for the features of each token. */
    BioTag[] decode(int[][] features) {
        float[] emit = new float[features.length * T];
        for (int i = 0; i < features.length; i++) {
            addWeights(emit, i, features[i], features[i].length);
        }
        return decode(emit);
    }

    /**
     * Adds the weights of the first {@code count} features of token {@code token} to its scores per tag,
     * {@code emit[token * T + tag]}, in the order of the features, so that the sums are those of {@link #decode(int[][])}.
     * The seven sums, one per {@link BioTag} in its order, are held in locals while the features are read: added in
     * {@code emit} itself, each feature's sum waited on the one before it through memory, and the tagger alone took
     * about a quarter more CPU on the CLICK-ID week's sentences. The order of the additions is the same, so are the sums.
     */
    void addWeights(float[] emit, int token, int[] features, int count) {
        float[] rows = packed.weights();
        int at = token * T;
        float o = emit[at], bPer = emit[at + 1], iPer = emit[at + 2], bOrg = emit[at + 3], iOrg = emit[at + 4],
                bLoc = emit[at + 5], iLoc = emit[at + 6];
        for (int k = 0; k < count; k++) {
            int base = packed.offset(features[k]);
            if (base >= 0) {
                o += rows[base];
                bPer += rows[base + 1];
                iPer += rows[base + 2];
                bOrg += rows[base + 3];
                iOrg += rows[base + 4];
                bLoc += rows[base + 5];
                iLoc += rows[base + 6];
            }
        }
        emit[at] = o;
        emit[at + 1] = bPer;
        emit[at + 2] = iPer;
        emit[at + 3] = bOrg;
        emit[at + 4] = iOrg;
        emit[at + 5] = bLoc;
        emit[at + 6] = iLoc;
    }

    /** Best-scoring valid tag sequence given each token's score per tag, summed by {@link #addWeights}. */
    BioTag[] decode(float[] emit) {
        return viterbi(emit, transitions);
    }

    /** ALLOWED[(previous + 1) * T + tag]: whether tag may follow previous (-1: the sentence start). */
    private static final boolean[] ALLOWED = new boolean[(T + 1) * T];

    static {
        for (int p = -1; p < T; p++) {
            for (int t = 0; t < T; t++) {
                ALLOWED[(p + 1) * T + t] = BioTag.ALL[t].mayFollow(p < 0 ? null : BioTag.ALL[p]);
            }
        }
    }

    /** As {@link #decode(int[][])} under weights still being trained, a full table. */
    static BioTag[] decode(int[][] features, float[] weights, float[] transitions) {
        float[] emit = new float[features.length * T];
        for (int i = 0; i < features.length; i++) {
            for (int f : features[i]) {
                int base = f * T;
                for (int t = 0; t < T; t++) {
                    emit[i * T + t] += weights[base + t];
                }
            }
        }
        return viterbi(emit, transitions);
    }

    /** Best-scoring valid tag sequence given each token's score per tag, {@code emit[token * T + tag]}. */
    private static BioTag[] viterbi(float[] emit, float[] transitions) {
        int n = emit.length / T;
        BioTag[] out = new BioTag[n];
        if (n == 0) {
            return out;
        }
        float[] score = new float[n * T];
        int[] back = new int[n * T];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < T; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = -1;
                if (i == 0) {
                    if (ALLOWED[t]) {
                        best = transitions[t];
                    }
                } else {
                    for (int p = 0; p < T; p++) {
                        if (!ALLOWED[(p + 1) * T + t]) {
                            continue;
                        }
                        float s = score[(i - 1) * T + p] + transitions[(p + 1) * T + t];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                score[i * T + t] = best + emit[i * T + t];
                back[i * T + t] = arg;
            }
        }
        int last = 0;
        for (int t = 1; t < T; t++) {
            if (score[(n - 1) * T + t] > score[(n - 1) * T + last]) {
                last = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = BioTag.ALL[last];
            last = back[i * T + last];
        }
        return out;
    }

    void write(OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target)));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(tableBits);
        out.writeInt(T);
        for (float t : transitions) {
            out.writeFloat(t);
        }
        Map<String, Byte> words = new TreeMap<>(lexicon.profile().classes());
        out.writeInt(words.size());
        for (Map.Entry<String, Byte> e : words.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeByte(e.getValue());
        }
        writeClusters(out, lexicon.fine());
        writeClusters(out, lexicon.coarse());
        float max = 0f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0f ? 1f : 32767f / max;
        out.writeFloat(scale);
        int rows = weights.length / T;
        int previous = -1;
        for (int row = 0; row < rows; row++) {
            int mask = 0;
            for (int t = 0; t < T; t++) {
                if (Math.round(weights[row * T + t] * scale) != 0) {
                    mask |= 1 << t;
                }
            }
            if (mask == 0) {
                continue;
            }
            writeVarInt(out, row - previous);
            previous = row;
            out.writeByte(mask);
            for (int t = 0; t < T; t++) {
                if ((mask & (1 << t)) != 0) {
                    out.writeShort(Math.round(weights[row * T + t] * scale));
                }
            }
        }
        writeVarInt(out, 0);
        out.flush();
        out.close();
    }

    static PerceptronModel read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a named-entity model of this version");
            }
            int bits = in.readInt();
            if (in.readInt() != T || bits < 8 || bits > 26) {
                throw new IOException("named-entity model has an unexpected layout");
            }
            float[] transitions = new float[(T + 1) * T];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = in.readFloat();
            }
            int words = in.readInt();
            Map<String, Byte> classes = new java.util.HashMap<>(words * 2);
            for (int i = 0; i < words; i++) {
                classes.put(in.readUTF(), in.readByte());
            }
            WordClusters fine = readClusters(in);
            WordClusters coarse = readClusters(in);
            float scale = in.readFloat();
            float[] weights = new float[(1 << bits) * T];
            int row = -1;
            for (int delta = readVarInt(in); delta != 0; delta = readVarInt(in)) {
                row += delta;
                int mask = in.readUnsignedByte();
                for (int t = 0; t < T; t++) {
                    if ((mask & (1 << t)) != 0) {
                        weights[row * T + t] = in.readShort() / scale;
                    }
                }
            }
            return new PerceptronModel(bits, weights, transitions, new Lexicon(new CaseProfile(classes), fine, coarse));
        }
    }

    private static void writeClusters(DataOutputStream out, WordClusters clusters) throws IOException {
        Map<String, Short> words = new TreeMap<>(clusters.asMap());
        out.writeInt(words.size());
        for (Map.Entry<String, Short> e : words.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeShort(e.getValue());
        }
    }

    private static WordClusters readClusters(DataInputStream in) throws IOException {
        int words = in.readInt();
        Map<String, Short> clusters = new java.util.HashMap<>(words * 2);
        for (int i = 0; i < words; i++) {
            clusters.put(in.readUTF(), in.readShort());
        }
        return new WordClusters(clusters);
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
