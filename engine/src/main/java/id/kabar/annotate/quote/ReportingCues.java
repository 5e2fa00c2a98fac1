package id.kabar.annotate.quote;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Indonesian reporting-word lexicon.
 *
 * <p>Short stems ({@code kata}, {@code ujar}, {@code tegas}, {@code terang}) report speech only right after a
 * quote or a comma ({@code “...,” tegas Peskov}); elsewhere they are ordinary words ({@code tindakan tegas},
 * {@code titik terang}). Prefixed verbs ({@code mengatakan}, {@code menegaskan}) report speech after their subject.
 * Words are looked up in lower case.
 */
final class ReportingCues {

    /** Stems used after the quote: {@code “...,” kata X}, {@code ..., ujarnya}. */
    private static final Set<String> TRAILING = Set.of(
            "kata", "ujar", "ungkap", "jelas", "tegas", "terang", "tutur", "papar", "tambah", "tulis", "sebut",
            "imbuh", "lanjut", "ucap", "tukas", "pungkas", "kilah", "cetus", "sambung", "urai", "beber",
            "bilang", "timpal", "jawab", "seru", "tandas", "sergah", "cuit", "tutup", "sesal", "keluh");

    /** Passive reporting verbs naming the speaker after a quote: {@code Hal itu disampaikan Peskov}. */
    private static final Set<String> PASSIVE = Set.of(
            "dikatakan", "disampaikan", "diungkapkan", "dijelaskan", "ditegaskan", "dikemukakan", "diutarakan",
            "dituturkan", "diucapkan", "dipaparkan", "diterangkan", "ditulis");

    private static final Map<String, Cue.Strength> LEADING = Map.ofEntries(
            Map.entry("mengatakan", Cue.Strength.SPEECH),
            Map.entry("berkata", Cue.Strength.SPEECH),
            Map.entry("menegaskan", Cue.Strength.SPEECH),
            Map.entry("menekankan", Cue.Strength.SPEECH),
            Map.entry("menjelaskan", Cue.Strength.SPEECH),
            Map.entry("menambahkan", Cue.Strength.SPEECH),
            Map.entry("menuturkan", Cue.Strength.SPEECH),
            Map.entry("memaparkan", Cue.Strength.SPEECH),
            Map.entry("menerangkan", Cue.Strength.SPEECH),
            Map.entry("mengklaim", Cue.Strength.SPEECH),
            Map.entry("beralasan", Cue.Strength.SPEECH),
            Map.entry("berpendapat", Cue.Strength.SPEECH),
            Map.entry("mengemukakan", Cue.Strength.SPEECH),
            Map.entry("memperingatkan", Cue.Strength.SPEECH),
            Map.entry("berdalih", Cue.Strength.SPEECH),
            Map.entry("mengimbuhkan", Cue.Strength.SPEECH),
            Map.entry("menyatakan", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("membantah", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("mengakui", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("menilai", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("menyebut", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("menyebutkan", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("mengungkapkan", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("menduga", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("meyakini", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("berharap", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("merasa", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("melaporkan", Cue.Strength.NEEDS_BAHWA),
            Map.entry("menyampaikan", Cue.Strength.NEEDS_BAHWA),
            Map.entry("mengumumkan", Cue.Strength.NEEDS_BAHWA),
            Map.entry("mengingatkan", Cue.Strength.NEEDS_BAHWA),
            Map.entry("menulis", Cue.Strength.NEEDS_BAHWA),
            Map.entry("memastikan", Cue.Strength.NEEDS_BAHWA),
            Map.entry("mengonfirmasi", Cue.Strength.NEEDS_BAHWA),
            Map.entry("menginformasikan", Cue.Strength.NEEDS_BAHWA),
            Map.entry("mengaku", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("melanjutkan", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("mengungkap", Cue.Strength.NEEDS_CLAUSE),
            Map.entry("berujar", Cue.Strength.SPEECH),
            Map.entry("menuliskan", Cue.Strength.NEEDS_BAHWA),
            Map.entry("mencuit", Cue.Strength.NEEDS_BAHWA),
            Map.entry("menjawab", Cue.Strength.NEEDS_BAHWA),
            Map.entry("bertanya", Cue.Strength.NEEDS_BAHWA));

    /** Verbs long enough that a dropped letter ({@code mengataan}) still leaves them unmistakable. */
    private static final int TYPO_TOLERANT_LENGTH = 9;

    private ReportingCues() {
    }

    /** A stem or verb reporting the quote just before it: {@code kata}, {@code ujarnya}, {@code menambahkan}. */
    static Optional<Cue> trailing(String w) {
        if (TRAILING.contains(w)) {
            return Optional.of(new Cue(w, false, Cue.Strength.SPEECH));
        }
        if (w.endsWith("nya") && TRAILING.contains(w.substring(0, w.length() - 3))) {
            return Optional.of(new Cue(w.substring(0, w.length() - 3), true, Cue.Strength.SPEECH));
        }
        return leading(w).filter(c -> c.strength() == Cue.Strength.SPEECH);
    }

    /** A verb reporting the clause after it, {@code X mengatakan ...}; tolerates one dropped letter in long verbs. */
    static Optional<Cue> leading(String w) {
        Cue.Strength strength = LEADING.get(w);
        if (strength != null) {
            return Optional.of(new Cue(w, false, strength));
        }
        if (w.length() >= TYPO_TOLERANT_LENGTH - 1 && w.startsWith("me")) {
            for (Map.Entry<String, Cue.Strength> e : LEADING.entrySet()) {
                if (e.getKey().length() >= TYPO_TOLERANT_LENGTH && e.getValue() == Cue.Strength.SPEECH
                        && missesOneLetter(w, e.getKey())) {
                    return Optional.of(new Cue(e.getKey(), false, e.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** A passive reporting verb, reported by its active form's stem: {@code disampaikan}. */
    static Optional<Cue> passive(String w) {
        return PASSIVE.contains(w) ? Optional.of(new Cue(w, false, Cue.Strength.SPEECH)) : Optional.empty();
    }

    static boolean isMenurut(String w) {
        return w.equals("menurut") || w.equals("menurutnya");
    }

    /** True when {@code typed} is {@code word} with one letter left out: {@code mengataan}, {@code mengatkan}. */
    static boolean missesOneLetter(String typed, String word) {
        if (typed.length() != word.length() - 1) {
            return false;
        }
        int i = 0;
        while (i < typed.length() && typed.charAt(i) == word.charAt(i)) {
            i++;
        }
        return typed.regionMatches(i, word, i + 1, typed.length() - i);
    }
}
