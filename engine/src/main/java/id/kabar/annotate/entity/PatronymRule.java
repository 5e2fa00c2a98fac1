package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name goes on over "bin" or "binti" and the father's name after it, and over a family name opened by
 * an article ("Raja Salman bin Abdul Aziz al-Saud", "Pangeran Badr bin Sultan bin Abdulaziz"): the model often
 * ends the person before the link and takes the father's name for another person. A family name opened by an
 * article right after a person's name is the name's end, written joined or with the dash spaced as in tokenised
 * text ("Presiden Abdel Fattah el-Sisi", "Abdel Fattah el - Sisi"): the model stops at the lower-case article.
 */
final class PatronymRule implements ContractRule {
    private static final Set<String> LINKS = WordLists.set(WordLists.class, "patronym-links.txt");
    /** A family name opened by an Arabic article, written in lower case: "al-Saud", "el-Sisi". */
    private static final Pattern ARTICLED_NAME = Pattern.compile("(al|el|as|ad|ar|an)-\\p{Lu}.*");
    /** The article alone, where the dash after it was written apart. */
    private static final Pattern ARTICLE = Pattern.compile("al|el|as|ad|ar|an");

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 1; i + 1 < s.size(); i++) {
            if (!LINKS.contains(s.lower()[i]) || tags[i - 1].type() != EntityType.PER || tags[i].isInside()
                    || !nameWord(s, i + 1)) {
                continue;
            }
            int start = BioTag.spanStart(tags, i - 1);
            int end = i + 1;
            while (end < s.size() && (nameWord(s, end)
                    || LINKS.contains(s.lower()[end]) && end + 1 < s.size() && nameWord(s, end + 1))) {
                end++;
            }
            s.setSpan(start, end, EntityType.PER);
            i = end - 1;
        }
        for (int i = 1; i < s.size(); i++) {
            int end = articledNameEnd(s, i);
            if (end > i && tags[i - 1].type() == EntityType.PER && !tags[i].isInside()) {
                s.setSpan(BioTag.spanStart(tags, i - 1), end, EntityType.PER);
                i = end - 1;
            }
        }
    }

    /** Where a family name opened by an article at {@code i} ends ("el-Sisi"; "el - Sisi"), or {@code i} if none. */
    private static int articledNameEnd(ContractSentence s, int i) {
        String[] tokens = s.tokens();
        if (articledName(tokens[i])) {
            return i + 1;
        }
        boolean spaced = i + 2 < s.size() && tokens[i].length() == 2 && ARTICLE.matcher(tokens[i]).matches()
                && tokens[i + 1].equals("-") && s.capitalised(i + 2);
        return spaced ? i + 3 : i;
    }

    /**
     * Whether a token is a family name opened by an article ({@link #ARTICLED_NAME}). Only a token with a dash after its
     * first two letters is matched: the rule reads every token of every sentence, and a matcher made for each was 5 %
     * of the memory a CLICK-ID week's run allocated.
     */
    private static boolean articledName(String token) {
        return token.length() > 3 && token.charAt(2) == '-' && ARTICLED_NAME.matcher(token).matches();
    }

    private static boolean nameWord(ContractSentence s, int i) {
        BioTag tag = s.tags()[i];
        boolean free = tag == BioTag.O || tag.type() == EntityType.PER;
        return free && (s.capitalised(i) && !NameFinder.isRole(s.lower()[i])
                || articledName(s.tokens()[i]));
    }
}
