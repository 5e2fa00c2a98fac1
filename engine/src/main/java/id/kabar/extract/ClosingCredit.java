package id.kabar.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit that closes an Indonesian news article: writer and desk codes in parentheses at the end of
 * the last paragraph or on their own line ({@code (Ade/cnn)}, {@code (wk/Sisi)}, {@code (*)}, {@code (ant)}).
 * Codes are letters: a day in parentheses ending a paragraph that lost its period ({@code ..., Minggu
 * (15/9/2019)}) is the text's date, not a credit, and the article goes on after it.
 */
final class ClosingCredit {
    private static final Pattern TAIL = Pattern.compile(
            "\\((\\*+|[\\p{L}\\p{N} .&'-]{1,30}(?:/[\\p{L}\\p{N} .&'-]{1,30})+|\\p{Ll}{2,6})\\)\\s*$");

    private ClosingCredit() {
    }

    /** The text inside the closing credit, if the paragraph ends with one. */
    static Optional<String> of(String paragraph) {
        Matcher m = TAIL.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String credit = m.group(1).strip();
        return credit.startsWith("*") || LineShape.hasLetters(credit) ? Optional.of(credit) : Optional.empty();
    }
}
