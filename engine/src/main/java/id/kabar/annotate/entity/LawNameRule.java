package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A name opened by the word for a law or a rule is the law, no entity of the contract's three kinds: "Kami tawarkan
 * Perda Toleransi", "Perppu Ormas", "Raperda" (CNN Indonesia, 4 August 2017), which the model read as
 * organisations and a person. The kind must be written as a word, not in capitals: "PP Muhammadiyah" is a board
 * ({@code PP} is also a kind of law), and a law written "UU ITE" is left to the model.
 */
final class LawNameRule implements ContractRule {
    /** The words for laws and rules, from {@code speaker-words.txt}'s {@code legal-text} lines. */
    private static final Set<String> LAW_WORDS = WordLists.pairs(WordLists.class, "speaker-words.txt", "kind and word")
            .stream().filter(p -> p[0].equals("legal-text")).map(p -> p[1]).collect(Collectors.toUnmodifiableSet());

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpan(tags, (start, end) -> {
            String word = s.tokens()[start];
            if (LAW_WORDS.contains(s.lower()[start]) && !word.equals(word.toUpperCase(Locale.ROOT))) {
                BioTag.clearSpan(tags, start, end);
            }
        });
    }
}
