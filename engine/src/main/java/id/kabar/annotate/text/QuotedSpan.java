package id.kabar.annotate.text;

/**
 * Words between quotation marks.
 *
 * @param open   index of the opening mark, or where the paragraph starts when the quote was never opened
 * @param close  index of the closing mark, or where the paragraph ends when the quote is never closed
 * @param closed whether a closing mark was found
 * @param opened whether an opening mark was found
 * @param continues whether the quote goes on in the next span: the next paragraph opens with the mark again
 *                  while this one was never closed, as a long quote runs over paragraphs
 */
public record QuotedSpan(int open, int close, boolean closed, boolean opened, boolean continues) {

    public int innerStart() {
        return opened ? open + 1 : open;
    }

    public int innerEnd() {
        return close;
    }

    /** First index after the quote, past its closing mark. */
    public int after() {
        return closed ? close + 1 : close;
    }
}
