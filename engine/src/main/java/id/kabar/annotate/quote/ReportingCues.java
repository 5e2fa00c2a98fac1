package id.kabar.annotate.quote;

import id.kabar.lang.Affixes;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.ReportingVerbs;
import id.kabar.lang.ReportingVerbs.Use;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the verbs of saying of the language layer's {@link ReportingVerbs} as cues to a quote.
 *
 * <p>Short stems ({@code kata}, {@code ujar}, {@code tegas}, {@code terang}) report speech only right after a
 * quote or a comma ({@code “...,” tegas Peskov}); elsewhere they are ordinary words ({@code tindakan tegas},
 * {@code titik terang}). Prefixed verbs ({@code mengatakan}, {@code menegaskan}) report speech after their subject.
 * Words are looked up in lower case.
 */
final class ReportingCues {

    /** Reporting verbs before their clause and how much each needs around it: {@code mengatakan}, {@code menyatakan}. */
    private static final Map<String, Cue.Strength> LEADING = leadingVerbs();

    /** Verbs long enough that a dropped letter ({@code mengataan}) still leaves them unmistakable. */
    private static final int TYPO_TOLERANT_LENGTH = 9;
    /** {@code menurutnya}: "according to him", the source written as the enclitic. */
    private static final String MENURUTNYA = FunctionWords.ACCORDING + FunctionWords.ENCLITIC;

    private ReportingCues() {
    }

    /** A stem or verb reporting the quote just before it: {@code kata}, {@code ujarnya}, {@code menambahkan}. */
    static Optional<Cue> trailing(String w) {
        return withSpeakerSuffix(w, use -> use == Use.AFTER_QUOTE)
                .or(() -> leading(w).filter(c -> c.strength() == Cue.Strength.SPEECH));
    }

    /**
     * The word as a verb of saying of one of the uses, or as such a verb carrying its speaker as {@code -nya}
     * ({@code ujarnya}, {@code Dikatakannya}), reported by the verb without it.
     */
    private static Optional<Cue> withSpeakerSuffix(String w, Predicate<Use> uses) {
        if (uses.test(ReportingVerbs.use(w))) {
            return Optional.of(new Cue(w, false, Cue.Strength.SPEECH));
        }
        if (FunctionWords.hasEnclitic(w) && uses.test(ReportingVerbs.use(FunctionWords.withoutEnclitic(w)))) {
            return Optional.of(new Cue(FunctionWords.withoutEnclitic(w), true, Cue.Strength.SPEECH));
        }
        return Optional.empty();
    }

    /** A verb reporting the clause after it, {@code X mengatakan ...}; tolerates one dropped letter in long verbs. */
    static Optional<Cue> leading(String w) {
        Cue.Strength strength = LEADING.get(w);
        if (strength != null) {
            return Optional.of(new Cue(w, false, strength));
        }
        if (w.length() >= TYPO_TOLERANT_LENGTH - 1 && Affixes.hasActivePrefix(w)) {
            for (Map.Entry<String, Cue.Strength> e : LEADING.entrySet()) {
                if (e.getKey().length() >= TYPO_TOLERANT_LENGTH && e.getValue() == Cue.Strength.SPEECH
                        && missesOneLetter(w, e.getKey())) {
                    return Optional.of(new Cue(e.getKey(), false, e.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A prefixed verb of saying compounded of two words that the page writes apart ({@code menggaris bawahi} for
     * {@code menggarisbawahi}); only the compound as the word list spells it, with no letter dropped.
     */
    static Optional<Cue> leadingWrittenApart(String w, String next) {
        Cue.Strength strength = Affixes.hasActivePrefix(w) ? LEADING.get(w + next) : null;
        return strength == null ? Optional.empty() : Optional.of(new Cue(w + next, false, strength));
    }

    /** A passive reporting verb, reported by its active form's stem: {@code disampaikan}. */
    static Optional<Cue> passive(String w) {
        return ReportingVerbs.use(w) == Use.PASSIVE ? Optional.of(new Cue(w, false, Cue.Strength.SPEECH)) : Optional.empty();
    }

    /**
     * A passive reporting verb opening its sentence, its speaker named after it ({@code Ditambahkan Charles, ...})
     * or carried as {@code -nya} ({@code Dikatakannya, ...}, as {@code katanya}).
     */
    static Optional<Cue> openingPassive(String w) {
        return withSpeakerSuffix(w, use -> use == Use.PASSIVE || use == Use.OPENING_PASSIVE);
    }

    /** Whether a word is a verb of denying, which reports after a negation too ({@code tak menampik bahwa}). */
    static boolean isDenial(String w) {
        return ReportingVerbs.use(w) == Use.DENIAL;
    }

    static boolean isMenurut(String w) {
        return FunctionWords.isAccording(w) || w.equals(MENURUTNYA);
    }

    /**
     * {@code menurutnya}, or the word with one letter dropped ({@code Menurutya, penguatan ...}): long enough, like
     * the verbs {@link #leading} reads so, to be unmistakable where a comma follows it (which the caller asks).
     */
    static boolean isMenurutnya(String w) {
        return w.equals(MENURUTNYA) || missesOneLetter(w, MENURUTNYA);
    }

    /**
     * {@code menurut} with one letter dropped ({@code Menuru Sri, Dhani selama ini amanah ...}, {@code Menuru pihak
     * Indonesia, api juga berkobar ...}): too short to be unmistakable anywhere, so the caller asks it only of a word
     * opening its sentence, where {@code menurut} opens the source and its comma.
     */
    static boolean isMenurutMistyped(String w) {
        return missesOneLetter(w, FunctionWords.ACCORDING);
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

    private static Map<String, Cue.Strength> leadingVerbs() {
        Map<String, Cue.Strength> out = new HashMap<>();
        ReportingVerbs.uses().forEach((verb, use) -> {
            switch (use) {
                case SPEECH -> out.put(verb, Cue.Strength.SPEECH);
                case NEEDS_CLAUSE -> out.put(verb, Cue.Strength.NEEDS_CLAUSE);
                case NEEDS_STATED_CLAUSE -> out.put(verb, Cue.Strength.NEEDS_STATED_CLAUSE);
                case NEEDS_BAHWA, DENIAL -> out.put(verb, Cue.Strength.NEEDS_BAHWA);
                case AFTER_QUOTE, PASSIVE, OPENING_PASSIVE -> {
                    // not a verb before its clause
                }
            }
        });
        return Map.copyOf(out);
    }
}
