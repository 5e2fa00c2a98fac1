package id.kabar.extract;

import id.kabar.lang.WordLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of an article from its commonest words. Indonesian and Malay share most function
 * words, so they are told apart by the words each spells its own way ({@code bahwa}/{@code bahawa},
 * {@code uang}/{@code wang}, {@code bisa}/{@code boleh}); other languages by short stopword profiles.
 */
final class LanguageIdentifier {
    static final String UNDETERMINED = "und";
    static final String INDONESIAN = "id";
    /** The sample a page's language is told from: its first words, enough for a stable count; set by hand. */
    private static final int SAMPLE_TOKENS = 2000;
    /** ... taken from at most this many characters of its text, so a long page costs no more; set by hand. */
    static final int SAMPLE_CHARS = 20_000;
    /** Below this share of listed words in the sample no language is named (a list of names, a table); set by hand. */
    private static final double MIN_STOPWORD_SHARE = 0.08;

    private static final Set<String> MALAY_INDONESIAN = WordLists.set(WordLists.class,
            "malay-indonesian-words.txt");
    private static final Set<String> INDONESIAN_ONLY = WordLists.set(WordLists.class,
            "indonesian-only-words.txt");
    private static final Set<String> MALAY_ONLY = WordLists.set(WordLists.class, "malay-only-words.txt");
    /** A language and its commonest words. */
    private record Profile(String language, Set<String> words) {
    }

    /**
     * In a fixed order, which also breaks ties: the first profile with the most hits wins, so a page gets the same
     * language in every run (a {@code Map.of} iterates in an order that changes from one JVM to the next).
     * English first: it is the foreign language Indonesian outlets carry most.
     */
    private static final List<Profile> OTHERS = List.of(
            new Profile("en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with",
                    "as", "he", "be", "at", "by", "this", "have", "from", "are", "not", "but", "they", "which", "you", "has",
                    "were", "their")),
            new Profile("fr", Set.of("le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "dans", "que",
                    "qui", "pour", "pas", "sur", "au", "avec", "ce", "il", "elle", "sont", "par", "mais")),
            new Profile("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit",
                    "sich", "des", "auf", "für", "im", "dem", "auch", "es", "von", "wird", "sind")),
            new Profile("es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "por",
                    "con", "para", "del", "se", "no", "al", "lo", "como", "más", "pero", "su")),
            new Profile("pt", Set.of("o", "a", "os", "as", "de", "que", "e", "em", "um", "uma", "para", "com", "não",
                    "do", "da", "no", "na", "por", "mais", "se", "dos", "das", "ao")),
            new Profile("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "in", "zijn",
                    "met", "voor", "die", "ook", "maar", "er", "aan", "wordt")),
            new Profile("it", Set.of("il", "lo", "la", "gli", "le", "di", "che", "e", "un", "una", "per", "non",
                    "con", "del", "della", "sono", "è", "anche", "come", "più", "nel")));

    /** Counters of the sample: one for each profile in {@link #OTHERS}, then the three Malay and Indonesian lists. */
    private static final int MALAY_INDONESIAN_COUNTER = OTHERS.size();
    private static final int INDONESIAN_ONLY_COUNTER = MALAY_INDONESIAN_COUNTER + 1;
    private static final int MALAY_ONLY_COUNTER = MALAY_INDONESIAN_COUNTER + 2;
    /** Each listed word and the counters it adds to, so that the sample is read once, not once per list. */
    private static final Map<String, int[]> COUNTERS = counters();

    String identify(String text) {
        List<String> sample = TokenBag.tokens(text.substring(0, Math.min(text.length(), SAMPLE_CHARS)), SAMPLE_TOKENS);
        if (sample.isEmpty()) {
            return UNDETERMINED;
        }
        int[] hits = new int[MALAY_ONLY_COUNTER + 1];
        for (String t : sample) {
            int[] counters = COUNTERS.get(t);
            if (counters != null) {
                for (int c : counters) {
                    hits[c]++;
                }
            }
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        for (int i = 0; i < OTHERS.size(); i++) {
            if (hits[i] > bestHits) {
                best = OTHERS.get(i).language();
                bestHits = hits[i];
            }
        }
        int malayIndonesian = hits[MALAY_INDONESIAN_COUNTER];
        if (malayIndonesian >= bestHits) {
            best = hits[MALAY_ONLY_COUNTER] > hits[INDONESIAN_ONLY_COUNTER] ? "ms" : INDONESIAN;
            bestHits = malayIndonesian;
        }
        return bestHits >= Math.max(1, MIN_STOPWORD_SHARE * sample.size()) ? best : UNDETERMINED;
    }

    private static Map<String, int[]> counters() {
        List<Set<String>> lists = new ArrayList<>();
        OTHERS.forEach(p -> lists.add(p.words()));
        lists.add(MALAY_INDONESIAN);
        lists.add(INDONESIAN_ONLY);
        lists.add(MALAY_ONLY);
        Map<String, int[]> counters = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            for (String word : lists.get(i)) {
                int[] old = counters.getOrDefault(word, new int[0]);
                int[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = i;
                counters.put(word, grown);
            }
        }
        return Map.copyOf(counters);
    }
}
