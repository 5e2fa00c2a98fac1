package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.Honorifics;
import id.kabar.lang.ReportingVerbs;
import id.kabar.lang.RoleWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A foreign company the model read as a person ("Tencent", "Lyft", "Blue Bird") is an organisation wherever the
 * article shows it as a party to a business deal: after a deal's word written in lower case ("investasi Tencent
 * terhadap startup", "jajaran investor Didi Chuxing dan Lyft", "bekerja sama dengan Blue Bird"; the names listed
 * with it after {@code dan} or a comma as well) or named by a company's noun after a comma ("Tencent, perusahaan
 * raksasa internet asal China"). The names so shown are read first over the whole article; then every mention of
 * them is the organisation. A name the lists know keeps its type, and so does one the article also shows as a person:
 * after a job title or honorific, before a verb of saying, an age in brackets or a comma and {@code seorang}, or a
 * word of another person's name
 * ("kerja sama dengan Rossi" beside "Valentino Rossi").
 */
final class BusinessPartyRule implements ArticleRule {
    /** Words right before a name saying it is a party to a deal ({@code deal-cues.txt}). */
    private static final Set<String> DEAL_CUES = WordLists.set(WordLists.class, "deal-cues.txt");
    /** Nouns after a name and a comma saying what company it is ({@code company-appositions.txt}). */
    private static final Set<String> COMPANY_APPOSITIONS = WordLists.set(WordLists.class, "company-appositions.txt");
    /** Words after a name and a comma saying it is a person's ({@code person-appositions.txt}). */
    private static final Set<String> PERSON_APPOSITIONS = WordLists.set(WordLists.class, "person-appositions.txt");
    /** Demonstratives that make a phrase after a comma point back, no apposition ({@code back-pointing-words.txt}). */
    private static final Set<String> BACK_POINTING = WordLists.set(WordLists.class, "back-pointing-words.txt");
    /** The most words of a deal's cue or a company's noun: "bekerja sama dengan", the longest of the lists. */
    private static final int MAX_PHRASE_WORDS = 3;
    /**
     * The most words after a company's noun searched for a demonstrative: "produsen pesawat itu", "pabrikan asal
     * Taiwan itu" (IndoSum); an apposition's own words run on longer ("perusahaan raksasa internet asal China") but a
     * demonstrative further on belongs to the clause after it.
     */
    private static final int MAX_APPOSITION_WORDS = 4;

    private final Gazetteer gazetteer;

    BusinessPartyRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(List<String[]> sentences, List<String[]> lowered, List<BioTag[]> tags) {
        Set<String> companies = new HashSet<>();
        Set<String> people = new HashSet<>();
        Map<String, Set<String>> namesOfWord = new HashMap<>(); // each word of a person's span -> the spans holding it
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            String[] lower = lowered.get(s);
            boolean listed = false; // the name at hand continues a list opened by a deal's party
            for (int i = 0; i < words.length; i++) {
                if (!isPersonSpan(t, i)) {
                    listed &= isListJoint(lower[i]);
                    continue;
                }
                int end = BioTag.spanEnd(t, i);
                String key = key(lower, i, end);
                for (int j = i; j < end; j++) {
                    namesOfWord.computeIfAbsent(lower[j], w -> new HashSet<>()).add(key);
                }
                if (showsPerson(lower, i, end)) {
                    people.add(key);
                }
                listed |= isDealParty(words, lower, i) || isNamedCompany(lower, i, end);
                if (listed && gazetteer.lookup(String.join(" ", Arrays.copyOfRange(words, i, end))) == null) {
                    companies.add(key);
                }
                i = end - 1;
            }
        }
        companies.removeIf(key -> people.contains(key) || isWordOfAnotherName(key, namesOfWord));
        if (companies.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] lower = lowered.get(s);
            BioTag[] t = tags.get(s);
            BioTag.forEachSpanOf(t, EntityType.PER, (start, end) -> {
                if (companies.contains(key(lower, start, end))) {
                    BioTag.setSpan(t, start, end, EntityType.ORG);
                }
            });
        }
    }

    private static boolean isPersonSpan(BioTag[] t, int i) {
        return t[i].isBegin() && t[i].type() == EntityType.PER;
    }

    /**
     * Whether a deal's cue written in lower case ends right before {@code i}, after no job title or honorific
     * ("analis saham Hans Kwee").
     */
    private static boolean isDealParty(String[] words, String[] lower, int i) {
        for (int n = 1; n <= MAX_PHRASE_WORDS && n <= i; n++) {
            int start = i - n;
            if (DEAL_CUES.contains(key(lower, start, i)) && words[start].equals(lower[start])) {
                return start == 0 || !isPersonWord(lower[start - 1]);
            }
        }
        return false;
    }

    /**
     * Whether a comma and a company's noun follow the name, the phrase pointing nowhere back and the name not what
     * the sentence is according to ("Menurut Teme, raksasa manufaktur China telah ...").
     */
    private static boolean isNamedCompany(String[] lower, int start, int end) {
        if (end + 1 >= lower.length || !lower[end].equals(",")
                || start > 0 && FunctionWords.isAccording(lower[start - 1])) {
            return false;
        }
        int noun = -1;
        for (int n = 1; n <= MAX_PHRASE_WORDS && end + n < lower.length; n++) {
            if (COMPANY_APPOSITIONS.contains(key(lower, end + 1, end + 1 + n))) {
                noun = end + 1 + n;
                break;
            }
        }
        if (noun < 0) {
            return false;
        }
        for (int j = noun; j < Math.min(lower.length, noun + MAX_APPOSITION_WORDS); j++) {
            if (BACK_POINTING.contains(lower[j])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the article shows the name at {@code [start, end)} as a person right there. */
    private static boolean showsPerson(String[] lower, int start, int end) {
        if (start > 0 && (RoleWords.isHead(lower[start - 1]) || isHonorific(lower[start - 1]))) {
            return true; // a title's head, not a word that may only continue one ("investasi Tencent")
        }
        if (end + 1 >= lower.length) {
            return end < lower.length && ReportingVerbs.use(lower[end]) != null;
        }
        return ReportingVerbs.use(lower[end]) != null
                || lower[end].equals("(") && lower[end + 1].chars().allMatch(Character::isDigit) // an age: "(21)"
                || lower[end].equals(",") && PERSON_APPOSITIONS.contains(lower[end + 1]);
    }

    private static boolean isPersonWord(String lower) {
        return RoleWords.isTitleWord(lower) || isHonorific(lower);
    }

    private static boolean isHonorific(String lower) {
        return Honorifics.isHonorific(lower) || Honorifics.isTitle(lower) || Honorifics.isRank(lower);
    }

    /** Whether a word of the name is a word of another person's span of the article: "Rossi", "Valentino Rossi". */
    private static boolean isWordOfAnotherName(String key, Map<String, Set<String>> namesOfWord) {
        for (String word : key.split(" ")) {
            if (namesOfWord.getOrDefault(word, Set.of()).stream().anyMatch(other -> !other.equals(key))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListJoint(String lower) {
        return lower.equals(",") || FunctionWords.isAnd(lower);
    }

    private static String key(String[] lower, int start, int end) {
        return String.join(" ", Arrays.copyOfRange(lower, start, end));
    }
}
