package id.kabar.ingest;

/**
 * Tells binary data (images, archives, executables, random junk) from text by its first bytes: text has no NUL
 * bytes and hardly any control characters. UTF-16 text, which is half NUL bytes, is recognised first.
 */
final class BinaryContent {
    /** Text may carry a stray form feed or escape; binary data is about one byte in eight below 0x20. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private BinaryContent() {
    }

    static boolean looksBinary(byte[] bytes, int length) {
        if (length == 0 || CharsetDetector.utf16Order(bytes, length) != null) {
            return false;
        }
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f) {
                controls++;
            }
        }
        return controls > length * MAX_CONTROL_SHARE;
    }
}
