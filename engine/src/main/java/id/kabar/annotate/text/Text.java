package id.kabar.annotate.text;

import java.util.List;

/** A body split into sentences and tokens; every annotator reads this, none re-splits. */
public record Text(String body, List<Sentence> sentences) {
    public Text {
        sentences = List.copyOf(sentences);
    }
}
