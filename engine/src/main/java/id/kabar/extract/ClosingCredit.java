package id.kabar.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit that closes an Indonesian news article: writer and desk codes in parentheses at the end of
 * the last paragraph or on their own line ({@code (Ade/cnn)}, {@code (wk/Sisi)}, {@code (*)}, {@code (ant)}).
 */
final class ClosingCredit {
    private static final Pattern TAIL = Pattern.compile(
            "\\((\\*+|[\\p{L}\\p{N} .&'-]{1,30}(?:/[\\p{L}\\p{N} .&'-]{1,30})+|\\p{Ll}{2,6})\\)\\s*$");

    private ClosingCredit() {
    }

    /** The text inside the closing credit, if the paragraph ends with one. */
    static Optional<String> of(String paragraph) {
        Matcher m = TAIL.matcher(paragraph);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
