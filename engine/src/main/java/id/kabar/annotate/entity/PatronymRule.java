package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name goes on over "bin" or "binti" and the father's name after it, and over a family name opened by
 * an article ("Raja Salman bin Abdul Aziz al-Saud", "Pangeran Badr bin Sultan bin Abdulaziz"): the model often
 * ends the person before the link and takes the father's name for another person.
 */
final class PatronymRule implements ContractRule {
    private static final Set<String> LINKS = WordLists.set(WordLists.class, "patronym-links.txt");
    /** A family name opened by an Arabic article, written in lower case: "al-Saud", "el-Sisi". */
    private static final Pattern ARTICLED_NAME = Pattern.compile("(al|el|as|ad|ar|an)-\\p{Lu}.*");

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 1; i + 1 < s.size(); i++) {
            if (!LINKS.contains(s.lower()[i]) || tags[i - 1].type() != EntityType.PER || tags[i].isInside()
                    || !nameWord(s, i + 1)) {
                continue;
            }
            int start = i - 1;
            while (tags[start].isInside()) {
                start--;
            }
            int end = i + 1;
            while (end < s.size() && (nameWord(s, end)
                    || LINKS.contains(s.lower()[end]) && end + 1 < s.size() && nameWord(s, end + 1))) {
                end++;
            }
            s.setSpan(start, end, EntityType.PER);
            i = end - 1;
        }
    }

    private static boolean nameWord(ContractSentence s, int i) {
        BioTag tag = s.tags()[i];
        boolean free = tag == BioTag.O || tag.type() == EntityType.PER;
        return free && (s.capitalised(i) && !NameFinder.isRole(s.lower()[i])
                || ARTICLED_NAME.matcher(s.tokens()[i]).matches());
    }
}
