package id.kabar.annotate.entity;

/**
 * The tagger's weight table with its all-zero rows left out. Features are hashed into a table of rows, one
 * weight per tag; the trained model fills about a third of them (93,605 of 262,144), so the full table is
 * 7.3 MB of floats read at random, some forty rows a token, and tagging waited on memory. Here a bitmap says
 * which rows are filled (32 kB) and the filled rows lie packed (2.6 MB); a feature hashed to an empty row
 * costs one bit. Adding an empty row's zeros changes no sum, so the tags are the full table's.
 */
final class PackedWeights {
    private final int width;
    /** Bit r: whether row r has a non-zero weight. */
    private final long[] filled;
    /** The number of filled rows before each word of {@link #filled}. */
    private final int[] before;
    /** The filled rows in order, {@code width} weights each. */
    private final float[] rows;

    PackedWeights(float[] table, int width) {
        this.width = width;
        int count = table.length / width;
        filled = new long[(count + 63) / 64];
        before = new int[filled.length];
        int kept = 0;
        for (int row = 0; row < count; row++) {
            for (int t = 0; t < width; t++) {
                if (table[row * width + t] != 0f) {
                    filled[row >>> 6] |= 1L << row;
                    kept++;
                    break;
                }
            }
        }
        rows = new float[kept * width];
        int packedRow = 0;
        for (int word = 0; word < filled.length; word++) {
            before[word] = packedRow;
            for (long bits = filled[word]; bits != 0; bits &= bits - 1) {
                int row = word * 64 + Long.numberOfTrailingZeros(bits);
                System.arraycopy(table, row * width, rows, packedRow * width, width);
                packedRow++;
            }
        }
    }

    /**
     * Where the weights of a row start in {@link #weights()}, or -1 when they are all zero. Kept small so that
     * the JIT inlines it into the decoder's loop over a token's features.
     */
    int offset(int row) {
        long word = filled[row >>> 6];
        long bit = 1L << row;
        return (word & bit) == 0 ? -1 : (before[row >>> 6] + Long.bitCount(word & (bit - 1))) * width;
    }

    /** The filled rows, read from {@link #offset}. */
    float[] weights() {
        return rows;
    }
}
