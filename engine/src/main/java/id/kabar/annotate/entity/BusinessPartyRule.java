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
 * with it after {@code dan} or a comma as well), named by a company's noun after a comma ("Tencent, perusahaan
 * raksasa internet asal China") or by a phrase opening the sentence with one before the comma ("Perusahaan kedai kopi
 * terbesar di dunia, Starbucks mempunyai rencana"), or the subject acquiring another ("Emtek telah mengakuisisi
 * pemegang lisensi e-money"). The names so shown are read first over the whole article; then every mention of
 * them is the organisation. A name the lists know keeps its type, and so does one the article also shows as a person:
 * after a job title or honorific, an age in brackets or a comma and {@code seorang}; before a verb of saying or as a
 * word of another person's name ("kerja sama dengan Rossi" beside "Valentino Rossi") too, unless the article shows it
 * after a company's phrase or acquiring, which only a company does ("Go-Jek mengonfirmasi rencana" beside "Go-Jek
 * telah mengakuisisi"). Those two sure cues make a name the model read as a place the company as well ("Perusahaan
 * kedai kopi terbesar di dunia, Starbucks", which the model read a place there and a person elsewhere).
 */
final class BusinessPartyRule implements ArticleRule {
    /** Words right before a name saying it is a party to a deal ({@code deal-cues.txt}). */
    private static final Set<String> DEAL_CUES = WordLists.set(WordLists.class, "deal-cues.txt");
    /** Nouns after a name and a comma saying what company it is ({@code company-appositions.txt}). */
    private static final Set<String> COMPANY_APPOSITIONS = WordLists.set(WordLists.class, "company-appositions.txt");
    /** Words after a name and a comma saying it is a person's ({@code person-appositions.txt}). */
    private static final Set<String> PERSON_APPOSITIONS = WordLists.set(WordLists.class, "person-appositions.txt");
    /** Verbs after a name saying it acquires as a company does ({@code acquiring-verbs.txt}). */
    private static final Set<String> ACQUIRING_VERBS = WordLists.set(WordLists.class, "acquiring-verbs.txt");
    /** Words that may stand between a subject and its verb ({@code acting-auxiliaries.txt}: {@code telah}). */
    private static final Set<String> ACTING_AUXILIARIES = WordLists.set(WordLists.class, "acting-auxiliaries.txt");
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

    /**
     * The most words of a company's phrase opening the sentence before the comma and the name: "Perusahaan kedai kopi
     * terbesar di dunia" (kumparan, May 2017) has six; a longer opening is a clause of its own.
     */
    private static final int MAX_FRONTED_PHRASE_WORDS = 8;

    private final Gazetteer gazetteer;

    BusinessPartyRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(List<String[]> sentences, List<String[]> lowered, List<BioTag[]> tags) {
        Set<String> companies = new HashSet<>();
        Set<String> people = new HashSet<>();
        Set<String> speakers = new HashSet<>(); // names before a verb of saying, which companies are too
        Set<String> sureCompanies = new HashSet<>(); // shown as companies where no speaking says otherwise
        Map<String, Set<String>> namesOfWord = new HashMap<>(); // each word of a person's span -> the spans holding it
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            String[] lower = lowered.get(s);
            boolean listed = false; // the name at hand continues a list opened by a deal's party
            for (int i = 0; i < words.length; i++) {
                if (!isPersonSpan(t, i) && !isPlaceSpan(t, i)) {
                    listed &= isListJoint(lower[i]);
                    continue;
                }
                int end = BioTag.spanEnd(t, i);
                String key = key(lower, i, end);
                boolean unlisted = gazetteer.lookup(String.join(" ", Arrays.copyOfRange(words, i, end))) == null;
                if (isPlaceSpan(t, i)) { // a place only where a company's sure cue stands: "Perusahaan ..., Starbucks"
                    listed = false;
                    if (unlisted && (followsCompanyPhrase(words, lower, t, i) || isAcquirer(lower, end))) {
                        companies.add(key);
                        sureCompanies.add(key);
                    }
                    i = end - 1;
                    continue;
                }
                for (int j = i; j < end; j++) {
                    if (Character.isLetter(lower[j].charAt(0))) {
                        namesOfWord.computeIfAbsent(lower[j], w -> new HashSet<>()).add(key);
                    }
                }
                if (showsPerson(lower, i, end)) {
                    people.add(key);
                }
                if (isSpeaker(lower, end)) {
                    speakers.add(key);
                }
                boolean surely = followsCompanyPhrase(words, lower, t, i) || isAcquirer(lower, end);
                listed |= surely || isDealParty(words, lower, i) || isNamedCompany(lower, i, end);
                if (listed && unlisted) {
                    companies.add(key);
                    if (surely) {
                        sureCompanies.add(key);
                    }
                }
                i = end - 1;
            }
        }
        companies.removeIf(key -> people.contains(key) || !sureCompanies.contains(key)
                && (speakers.contains(key) || isWordOfAnotherName(key, namesOfWord)));
        if (companies.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] lower = lowered.get(s);
            BioTag[] t = tags.get(s);
            BioTag.forEachSpan(t, (start, end) -> {
                String key = key(lower, start, end);
                if (t[start].type() == EntityType.PER && (companies.contains(key)
                                || sureCompanies.contains(lower[end - 1])) // "Roastery Starbucks", no person
                        || t[start].type() == EntityType.LOC && sureCompanies.contains(key)) {
                    BioTag.setSpan(t, start, end, EntityType.ORG);
                }
            });
        }
    }

    private static boolean isPersonSpan(BioTag[] t, int i) {
        return t[i].isBegin() && t[i].type() == EntityType.PER;
    }

    private static boolean isPlaceSpan(BioTag[] t, int i) {
        return t[i].isBegin() && t[i].type() == EntityType.LOC;
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

    /**
     * Whether the sentence opens with a company's noun and goes on in lower case to a comma right before the name at
     * {@code start}, pointing nowhere back: "Perusahaan kedai kopi terbesar di dunia, Starbucks mempunyai rencana
     * besar" (kumparan, May 2017).
     */
    private static boolean followsCompanyPhrase(String[] words, String[] lower, BioTag[] t, int start) {
        if (start < 2 || start - 1 > MAX_FRONTED_PHRASE_WORDS || !lower[start - 1].equals(",")) {
            return false;
        }
        for (int j = 1; j < start - 1; j++) {
            if (!words[j].equals(lower[j]) || t[j] != BioTag.O || BACK_POINTING.contains(lower[j])
                    || !Character.isLetter(lower[j].charAt(0))) {
                return false;
            }
        }
        for (int n = 1; n <= MAX_PHRASE_WORDS && n < start - 1; n++) {
            if (COMPANY_APPOSITIONS.contains(key(lower, 0, n))) {
                return t[0] == BioTag.O;
            }
        }
        return false;
    }

    /** Whether an acquiring verb follows the name ending at {@code end}, right after it or after an auxiliary. */
    private static boolean isAcquirer(String[] lower, int end) {
        int verb = end < lower.length && ACTING_AUXILIARIES.contains(lower[end]) ? end + 1 : end;
        return verb < lower.length && ACQUIRING_VERBS.contains(lower[verb]);
    }

    /** Whether the article shows the name at {@code [start, end)} as a person right there. */
    private static boolean showsPerson(String[] lower, int start, int end) {
        if (start > 0 && (RoleWords.isHead(lower[start - 1]) || isHonorific(lower[start - 1]))) {
            return true; // a title's head, not a word that may only continue one ("investasi Tencent")
        }
        if (end + 1 >= lower.length) {
            return false;
        }
        return lower[end].equals("(") && lower[end + 1].chars().allMatch(Character::isDigit) // an age: "(21)"
                || lower[end].equals(",") && PERSON_APPOSITIONS.contains(lower[end + 1]);
    }

    /** Whether a verb of saying follows the name ending at {@code end}, as a person's or a company's. */
    private static boolean isSpeaker(String[] lower, int end) {
        return end < lower.length && ReportingVerbs.use(lower[end]) != null;
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
