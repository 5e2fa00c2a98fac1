package id.kabar.annotate.entity;

/** A sentence with one BIO tag per token: a training or evaluation example. */
public record TaggedSentence(String[] tokens, BioTag[] tags) {
    public TaggedSentence {
        if (tokens.length != tags.length) {
            throw new IllegalArgumentException(tokens.length + " tokens but " + tags.length + " tags");
        }
    }
}
