package id.kabar.annotate.text;

import java.util.List;

/** A sentence of the body with its tokens; {@code paragraph} counts paragraphs from 0. */
public record Sentence(int start, int end, int paragraph, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(String body) {
        return body.substring(start, end);
    }
}
