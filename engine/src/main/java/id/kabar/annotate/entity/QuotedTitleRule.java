package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A name that fills a pair of single quotes is a title, of a show, a film or a song, which the contract does not
 * count: "variety show populer' Real Men' akan bekerja sama" (kumparan, 3 December 2017). A listed name is
 * left (a known body or person quoted stays itself), and so is a nickname after its cue ({@code alias 'Dul'},
 * {@code disapa 'Ucok'}), which the entity stage keeps as its holder's other name.
 */
final class QuotedTitleRule implements ContractRule {
    /** The single quote marks, straight and curly, that open or close a title. */
    private static final String QUOTES = "'‘’`";
    /** The words a nickname follows ({@code alias-links.txt}, {@code nickname-nouns.txt}, {@code nickname-verbs.txt}). */
    private static final Set<String> NICKNAME_CUES = Set.copyOf(Stream.of(
            "alias-links.txt", "nickname-nouns.txt", "nickname-verbs.txt")
            .flatMap(list -> WordLists.read(WordLists.class, list).stream()).toList());

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 1; i < s.size(); i++) {
            if (!tags[i].isBegin()) {
                continue;
            }
            int end = BioTag.spanEnd(tags, i);
            if (end < s.size() && isQuote(s.tokens()[i - 1]) && isQuote(s.tokens()[end]) && !s.listedAt(i)
                    && (i < 2 || !NICKNAME_CUES.contains(s.lower()[i - 2]))) {
                BioTag.clearSpan(tags, i, end);
            }
            i = end - 1;
        }
    }

    private static boolean isQuote(String token) {
        return token.length() == 1 && QUOTES.indexOf(token.charAt(0)) >= 0;
    }
}
