package id.kabar.annotate.quote;

/**
 * Words between quotation marks.
 *
 * @param open   index of the opening mark
 * @param close  index of the closing mark, or where the paragraph ends when the quote is never closed
 * @param closed whether a closing mark was found
 */
record QuotedSpan(int open, int close, boolean closed) {

    int innerStart() {
        return open + 1;
    }

    int innerEnd() {
        return close;
    }

    /** First index after the quote, past its closing mark. */
    int after() {
        return closed ? close + 1 : close;
    }

    boolean contains(int position) {
        return position > open && position < close;
    }
}
