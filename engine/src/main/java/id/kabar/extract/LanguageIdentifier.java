package id.kabar.extract;

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
    private static final int SAMPLE_TOKENS = 2000;
    private static final double MIN_STOPWORD_SHARE = 0.08;

    private static final Set<String> MALAY_INDONESIAN = Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari",
            "dalam", "tidak", "akan", "pada", "juga", "ke", "mereka", "telah", "oleh", "kepada", "ada", "atau", "kami",
            "saya", "bagi", "sebagai", "lebih", "karena", "kerana", "sudah", "tersebut", "adalah", "ialah", "bahwa", "bahawa",
            "hanya", "masih", "namun", "setelah", "selepas", "antara", "kata", "para", "seperti", "dia", "ia", "beliau");
    private static final Set<String> INDONESIAN_ONLY = Set.of("bahwa", "tersebut", "karena", "uang", "bisa", "saat", "setelah",
            "mengatakan", "sejumlah", "kepolisian", "menurut", "nggak", "enggak", "kalau", "kemarin", "rp", "bilang", "tapi",
            "lewat", "polisi", "tentara", "pengadilan", "saja", "ketika");
    private static final Set<String> MALAY_ONLY = Set.of("bahawa", "kerana", "wang", "boleh", "selepas", "semasa", "ialah",
            "iaitu", "manakala", "kerajaan", "berkata", "rm", "bagaimanapun", "apabila", "sebarang", "tentera", "polis",
            "mahkamah", "sahaja", "kenyataan");
    private static final Map<String, Set<String>> OTHERS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he", "be",
                    "at", "by", "this", "have", "from", "are", "not", "but", "they", "which", "you", "has", "were", "their"),
            "fr", Set.of("le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "dans", "que", "qui", "pour", "pas",
                    "sur", "au", "avec", "ce", "il", "elle", "sont", "par", "mais"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich", "des", "auf",
                    "für", "im", "dem", "auch", "es", "von", "wird", "sind"),
            "es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "por", "con", "para", "del",
                    "se", "no", "al", "lo", "como", "más", "pero", "su"),
            "pt", Set.of("o", "a", "os", "as", "de", "que", "e", "em", "um", "uma", "para", "com", "não", "do", "da", "no",
                    "na", "por", "mais", "se", "dos", "das", "ao"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "in", "zijn", "met", "voor", "die",
                    "ook", "maar", "er", "aan", "wordt"),
            "it", Set.of("il", "lo", "la", "gli", "le", "di", "che", "e", "un", "una", "per", "non", "con", "del", "della",
                    "sono", "è", "anche", "come", "più", "nel"));

    String identify(String text) {
        List<String> tokens = TokenBag.tokens(text);
        List<String> sample = tokens.subList(0, Math.min(SAMPLE_TOKENS, tokens.size()));
        if (sample.isEmpty()) {
            return UNDETERMINED;
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        for (Map.Entry<String, Set<String>> profile : OTHERS.entrySet()) {
            int hits = count(sample, profile.getValue());
            if (hits > bestHits) {
                best = profile.getKey();
                bestHits = hits;
            }
        }
        int malayIndonesian = count(sample, MALAY_INDONESIAN);
        if (malayIndonesian >= bestHits) {
            best = count(sample, MALAY_ONLY) > count(sample, INDONESIAN_ONLY) ? "ms" : "id";
            bestHits = malayIndonesian;
        }
        return bestHits >= Math.max(1, MIN_STOPWORD_SHARE * sample.size()) ? best : UNDETERMINED;
    }

    private static int count(List<String> tokens, Set<String> words) {
        int hits = 0;
        for (String t : tokens) {
            if (words.contains(t)) {
                hits++;
            }
        }
        return hits;
    }
}
