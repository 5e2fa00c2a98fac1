package id.kabar.annotate.entity;

import id.kabar.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A name of two capitalised words written with a spaced hyphen between them is one name where the model read one
 * half as a person or an organisation and left the other, and neither half stands in a name of the article
 * elsewhere: "startup on-demand Go - Jek", "Di Indonesia Go - Jek bersaing" (DailySocial, January 2018) had given
 * the person {@code Jek}. Halves both tagged are two names ("Habibie - Ainun", "Paiton - Situbondo", "Persib -
 * Persija": CLICK-ID week), and so is a pair whose halves the article names apart ("Ali- Lukman" after "Ali
 * Mazi-Lukman Abunawas", kompas.com, 2019); names the lists know and words as often ordinary as names are left, and a
 * name of more words on the tagged side is a name of its own.
 */
final class HyphenatedNameRule implements ArticleRule {
    private static final String HYPHEN = "-";

    private final NamedEntityTagger tagger;

    HyphenatedNameRule(NamedEntityTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public void apply(List<String[]> sentences, List<String[]> lower, List<BioTag[]> tags) {
        Set<String> namedApart = new HashSet<>(); // words of tagged spans with no hyphen beside them
        for (int s = 0; s < sentences.size(); s++) {
            String[] l = lower.get(s);
            BioTag[] t = tags.get(s);
            for (int i = 0; i < l.length; i++) {
                if (t[i].type() != null && (i == 0 || !l[i - 1].equals(HYPHEN))
                        && (i + 1 == l.length || !l[i + 1].equals(HYPHEN))) {
                    namedApart.add(l[i]);
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] l = lower.get(s);
            BioTag[] t = tags.get(s);
            for (int i = 1; i + 1 < words.length; i++) {
                if (!words[i].equals(HYPHEN) || t[i] != BioTag.O) {
                    continue;
                }
                EntityType type = joinedType(t, i - 1, i + 1);
                // an untagged half right after or before a name of the joined type may be that name's own word
                boolean leftAlone = t[i - 1] != BioTag.O || i < 2 || t[i - 2].type() != type;
                boolean rightAlone = t[i + 1] != BioTag.O || i + 2 >= words.length || t[i + 2].type() != type;
                if (type != null && leftAlone && rightAlone && isNamePart(words[i - 1]) && isNamePart(words[i + 1])
                        && !namedApart.contains(l[i - 1]) && !namedApart.contains(l[i + 1])) {
                    BioTag.setSpan(t, i - 1, i + 2, type);
                }
            }
        }
    }

    /**
     * The type of the name joined over the hyphen between {@code left} and {@code right}: that of a one-word person
     * or organisation on one side with nothing tagged on the other; null for anything else.
     */
    private static EntityType joinedType(BioTag[] t, int left, int right) {
        boolean leftTagged = t[left] != BioTag.O;
        if (leftTagged == (t[right] != BioTag.O)) {
            return null;
        }
        int tagged = leftTagged ? left : right;
        boolean single = t[tagged].isBegin() && (tagged + 1 >= t.length || !t[tagged + 1].isInside());
        EntityType type = t[tagged].type();
        return single && (type == EntityType.PER || type == EntityType.ORG) ? type : null;
    }

    /** Whether a word may be half of such a name: capitalised, letters only, not all capitals, not ordinary, unlisted. */
    private boolean isNamePart(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        boolean lowerSeen = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!Character.isLetter(c)) {
                return false;
            }
            lowerSeen |= Character.isLowerCase(c);
        }
        return lowerSeen && !tagger.mayBeCommonWord(word) && tagger.gazetteer().lookup(word) == null;
    }
}
