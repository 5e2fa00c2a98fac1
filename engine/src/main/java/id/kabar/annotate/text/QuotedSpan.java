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
 * @param openWidth  characters of the opening mark: two where two single marks stand for a double one ({@code ’’})
 * @param closeWidth characters of the closing mark, likewise
 */
public record QuotedSpan(int open, int close, boolean closed, boolean opened, boolean continues, int openWidth,
                         int closeWidth) {

    public QuotedSpan(int open, int close, boolean closed, boolean opened, boolean continues) {
        this(open, close, closed, opened, continues, 1, 1);
    }

    public int innerStart() {
        return opened ? open + openWidth : open;
    }

    public int innerEnd() {
        return close;
    }

    /** First index after the quote, past its closing mark. */
    public int after() {
        return closed ? close + closeWidth : close;
    }
}
