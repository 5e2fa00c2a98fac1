package id.kabar.annotate.claim;

/**
 * A number written in the body, with what is glued to it.
 *
 * @param start    where it starts (the currency sign included)
 * @param end      where it ends (scale word and percent sign included)
 * @param value    its value in plain units ({@code Rp 1,2 triliun} is 1.2e12)
 * @param form     how it is written
 * @param currency the money unit ({@code rupiah}, {@code dolar AS}), or null
 * @param percent  whether it is a percentage
 */
public record NumberMention(int start, int end, double value, Form form, String currency, boolean percent) {

    /** How a number is written, which says how much it can be trusted to count. */
    public enum Form {
        /** {@code 137}, {@code 3.016}, {@code 1,2 juta}. */
        DIGITS,
        /** {@code dua}, {@code dua puluh lima}. */
        WORDS,
        /** {@code ribuan}, {@code puluhan ribu}: a vague size, not a figure anyone stands by. */
        ROUND,
        /** {@code Rp 170 ribuan}: digits with a rounding scale, an approximation. */
        ROUGH
    }
}
