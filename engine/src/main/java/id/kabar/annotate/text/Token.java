package id.kabar.annotate.text;

/** A word, number or punctuation mark, with its place in the body. */
public record Token(String text, int start, int end) {
}
