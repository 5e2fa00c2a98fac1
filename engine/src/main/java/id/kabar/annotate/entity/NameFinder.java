package id.kabar.annotate.entity;

import id.kabar.lang.Calendar;
import id.kabar.lang.Honorifics;
import id.kabar.lang.RoleWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The entity stage's answer for a name the tagger missed: the person's name written as a run of capitalised words
 * in a phrase that names someone ({@code Kabag Komunikasi Publik Kementerian PANRB Suwardi}), and the full name
 * a surname used alone stands for ({@code kata Peskov} after {@code Dmitry Peskov}). A later stage that knows a
 * phrase names a person (the quote stage, for a speaker) asks here rather than reading names itself. One per
 * body: it remembers the full names it found. Not thread-safe.
 */
public final class NameFinder {
    /**
     * A name standing alone keeps up to three words ({@code Sutopo Purwo Nugroho}); after a title it keeps two,
     * since the first capitalised words there usually belong to the title ({@code Presiden Rusia Vladimir Putin}).
     */
    private static final int BARE_NAME_WORDS = 3;
    private static final int TITLED_NAME_WORDS = 2;

    /** The body's tokens as the finder reads them; the asking stage gives its own view of them. */
    public interface Tokens {
        int size();

        String word(int i);

        /** The word in lower case. */
        String lower(int i);

        /** Whether the token is a word rather than a mark. */
        boolean isWord(int i);

        boolean isCapitalised(int i);

        /**
         * Whether the capitalised word at {@code i} reads as a name: not opening its sentence, or capitalised by the
         * article mid-sentence too ("Peskov mengatakan", not "Spekulasi mengatakan").
         */
        boolean isNameLike(int i);

        /** Whether the token stands in a line in Title Case (a heading), whose capitals name nothing. */
        boolean inHeading(int i);

        /** Text from the start of token {@code from} to the end of token {@code to - 1}. */
        String text(int from, int to);
    }

    private final Tokens tokens;
    private final Predicate<String> endsName;
    private final Predicate<String> nameParticle;
    /** Full names found per word, and each word's tokens (built on the first bare surname). */
    private final Map<String, List<FullName>> fullNames = new HashMap<>();
    private Map<String, List<Integer>> occurrences;

    /**
     * {@code endsName} tells the asking stage's own words that no name holds (a clause opener, a law cited, a
     * cue), {@code nameParticle} the lower-case particles inside names ({@code van}, {@code bin}).
     */
    public NameFinder(Tokens tokens, Predicate<String> endsName, Predicate<String> nameParticle) {
        this.tokens = tokens;
        this.endsName = endsName;
        this.nameParticle = nameParticle;
    }

    /**
     * The capitalised name in tokens {@code [from, to)}: the run of capitalised words followed by a person's
     * title ({@code Volodymyr Zelensky Presiden Ukraina}), else the last run ({@code Kabag Komunikasi Publik
     * Kementerian PANRB Suwardi}); a surname alone stands for the full name written elsewhere; an acronym alone is
     * an agency cited on its own ("AFP melaporkan").
     */
    public Optional<String> capitalisedName(int from, int to) {
        int chosenFrom = -1;
        int chosenTo = -1;
        int t = from;
        while (t < to) {
            if (!isNameWord(t)) {
                t++;
                continue;
            }
            int runFrom = t;
            while (t < to && isNameWord(t)) {
                t++;
            }
            chosenFrom = runFrom;
            chosenTo = t;
            if (t < to && isPersonTitle(tokens.lower(t))) {
                break;
            }
        }
        if (chosenFrom < 0) {
            return to - from == 1 && isShouted(tokens.word(from))
                    ? Optional.of(tokens.word(from))
                    : Optional.empty();
        }
        if (chosenTo - chosenFrom == 1) {
            return tokens.isNameLike(chosenFrom) ? Optional.of(fullName(chosenFrom)) : Optional.empty();
        }
        return Optional.of(name(chosenFrom, chosenTo));
    }

    private String name(int runFrom, int runTo) {
        boolean bare = runFrom == 0 || !tokens.isWord(runFrom - 1) || !isRole(tokens.lower(runFrom - 1));
        int keep = Math.min(runTo - runFrom, bare ? BARE_NAME_WORDS : TITLED_NAME_WORDS);
        return tokens.text(runTo - keep, runTo);
    }

    /**
     * A surname used alone ({@code kata Peskov}) stands for the full name written elsewhere in the text
     * ({@code Dmitry Peskov}). Only a name ending in the word counts, or a two-word name starting with it and
     * not preceded by a title: "Ukraina" in "presiden Ukraina Mykhailo Podolyak" is not Podolyak.
     */
    private String fullName(int single) {
        String word = tokens.word(single);
        for (FullName found : fullNames.computeIfAbsent(word, this::firstFullNames)) {
            if (found.at() != single) {
                return found.name();
            }
        }
        return word;
    }

    /** A full name a word stands for, and the token of the word where it is written. */
    private record FullName(int at, String name) {
    }

    /**
     * The first two full names written around a word, in body order: the first one at another token than the
     * word's own is the answer wherever the word stands alone, so each word's occurrences are read once a body.
     */
    private List<FullName> firstFullNames(String word) {
        if (occurrences == null) {
            occurrences = new HashMap<>();
            for (int t = 0; t < tokens.size(); t++) {
                occurrences.computeIfAbsent(tokens.word(t), w -> new ArrayList<>()).add(t);
            }
        }
        List<FullName> found = new ArrayList<>(2);
        for (int t : occurrences.getOrDefault(word, List.of())) {
            fullNameAt(t).ifPresent(name -> found.add(new FullName(t, name)));
            if (found.size() == 2) {
                break;
            }
        }
        return found;
    }

    private Optional<String> fullNameAt(int t) {
        if (tokens.inHeading(t)) {
            return Optional.empty();
        }
        int runFrom = t;
        while (runFrom > 0 && t - runFrom < BARE_NAME_WORDS && isNameWord(runFrom - 1)
                && tokens.isNameLike(runFrom - 1)) {
            runFrom--; // not over a capitalised sentence opener: "Pernyataan Jokowi" is not a name
        }
        boolean surname = runFrom < t && (t + 1 >= tokens.size() || !isNameWord(t + 1));
        boolean givenName = runFrom == t && t + 2 < tokens.size() && isNameWord(t + 1) && !isNameWord(t + 2)
                && (t == 0 || !isRole(tokens.lower(t - 1)));
        if (surname) {
            return Optional.of(name(runFrom, t + 1));
        }
        return givenName ? Optional.of(name(t, t + 2)) : Optional.empty();
    }

    /** Whether the token may be a word of a person's name. */
    public boolean isNameWord(int t) {
        String w = tokens.lower(t);
        if (nameParticle.test(w) && t > 0 && t + 1 < tokens.size()
                && tokens.isCapitalised(t - 1) && tokens.isCapitalised(t + 1)) {
            return true; // "Virgil van Dijk"
        }
        return tokens.isWord(t) && tokens.isCapitalised(t) && !isRole(w) && !Calendar.isIndonesianDayOrMonth(w)
                && !endsName.test(w) && !isShouted(tokens.word(t));
    }

    /**
     * Words of titles and honorifics that precede a name and are not part of it ({@code juru bicara Kremlin,
     * Dmitry Peskov}, {@code Kabag Komunikasi Publik Kementerian PANRB Suwardi}, {@code Pak Basuki}).
     */
    public static boolean isRole(String lower) {
        return RoleWords.isTitleWord(lower) || Honorifics.isHonorific(lower);
    }

    /**
     * Titles of a person that may follow the name, as opposed to the field or body they serve ({@code Presiden},
     * not {@code Keuangan}) and to ranks, which only precede it ({@code Kapolres Garut AKBP Wirdhanto}).
     */
    public static boolean isPersonTitle(String lower) {
        return RoleWords.isHead(lower) && !Honorifics.isHonorific(lower);
    }

    /** A word of two or more letters written all in capitals: a heading ("SIMAK JUGA") or an acronym. */
    public static boolean isShouted(String w) {
        return w.length() > 1 && Character.isLetter(w.charAt(1)) && w.equals(w.toUpperCase(Locale.ROOT));
    }
}
