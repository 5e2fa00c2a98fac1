package id.kabar.annotate.text;

import java.util.List;

/**
 * A body split into sentences and tokens, with its quotation marks paired; every annotator reads this, none
 * re-splits or pairs them again.
 */
public record Text(String body, List<Sentence> sentences, List<QuotedSpan> quotations) {
    public Text {
        sentences = List.copyOf(sentences);
        quotations = List.copyOf(quotations);
    }
}
