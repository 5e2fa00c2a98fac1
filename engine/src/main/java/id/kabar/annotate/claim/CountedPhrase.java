package id.kabar.annotate.claim;

import id.kabar.annotate.text.Token;
import id.kabar.lang.Affixes;
import id.kabar.lang.CountNouns;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.IndonesianNumber;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.ClaimCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What follows a number: the counting word ({@code orang}), the noun phrase counted ({@code warga sipil},
 * {@code tentara dan warga sipil} after {@code terdiri dari}) and an outcome word closing the clause
 * ({@code telah tewas}).
 *
 * @param unit     the first word after the number, lower case, or null
 * @param subject  who or what is counted, as written, or null
 * @param outcome  the category an outcome word after the number gives, or null
 * @param nounOutcome the category the counted noun itself carries ({@code pengungsi}, {@code jenazah}), or null
 * @param end      where the phrase ends in the body
 * @param part     the number is a part of a whole counted before it ({@code 81 di antaranya}): a count of
 *                 what the whole counts even when that is no listed noun
 */
public record CountedPhrase(String unit, String subject, ClaimCategory outcome, ClaimCategory nounOutcome,
                            int end, boolean part) {

    /** Words a counted noun phrase never runs into. */
    private static final Set<String> STOP = WordLists.set(WordLists.class, "counted-phrase-stops.txt");
    /** Words that may stand between a counted phrase and its outcome word. */
    private static final Set<String> AUXILIARIES = WordLists.set(WordLists.class, "outcome-auxiliaries.txt");
    /** Outcome words whose counted phrase is the doer ({@code 26 atlet berhasil mengamankan Super Tiket}). */
    private static final Set<String> ACTING = WordLists.set(WordLists.class, "acting-outcomes.txt");
    /** Phrases after a number that make it a part of a count, word by word. */
    private static final List<String[]> PARTITIVES = WordLists.read(WordLists.class, "partitive-words.txt").stream()
            .map(Whitespace::split).toList();
    /**
     * Phrases after a number that name the whole it is part of by another number ({@code 67 dari 120 orang jemaah
     * haji}, sindonews.com, 10 September 2019), longest first.
     */
    private static final List<String[]> WHOLE_LINKS = WordLists.read(WordLists.class, "whole-number-links.txt")
            .stream().map(Whitespace::split)
            .sorted(Comparator.comparingInt((String[] phrase) -> phrase.length).reversed()).toList();
    /**
     * Words from a partitive to its clause's outcome word at most: the whole may be named at length ({@code sembilan
     * korban yang ada di dalam mobil APV itu meninggal dunia}, eleven words on, tempo.co, 16 September 2019).
     */
    private static final int PARTITIVE_REACH = 14;
    /** Phrases after a counted person that give the role they are counted in ({@code ke dalam}). */
    private static final List<String[]> ROLE_LINKS = WordLists.read(WordLists.class, "counted-role-links.txt").stream()
            .map(Whitespace::split).toList();
    /**
     * Words from a role phrase to its people noun at most: {@code ke dalam Daftar Pencarian Orang (DPO)} has five
     * (kompas.com, 10 September 2019).
     */
    private static final int ROLE_REACH = 6;
    /** Tokens that close a clause. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":", "?", "!");
    /** The slash of {@code kabupaten/kota}, written with no space around it. */
    private static final String SLASH = "/";
    /** Words that join the items of a list ({@code SIM 173 dan STNK 69}). */
    private static final Set<String> LIST_JOINTS = WordLists.set(WordLists.class, "list-joints.txt");
    /** Prepositions that put the people counted at a place named after them ({@code di}, {@code dari}). */
    private static final Set<String> LOCATIVES = WordLists.set(WordLists.class, "locatives.txt");
    /** Words that mark the noun after them as plural ({@code para korban}). */
    private static final Set<String> PLURAL = WordLists.set(WordLists.class, "plural-markers.txt");
    private static final Set<String> INSERTS = WordLists.set(WordLists.class, "number-noun-inserts.txt");
    private static final Set<String> QUALITIES_BEFORE = WordLists.set(WordLists.class, "qualities-before-nouns.txt");
    /** A counted noun phrase runs to this many words at most ({@code warga Desa Sukamaju}); set by hand. */
    private static final int MAX_SUBJECT_WORDS = 4;
    /** How many words after the counted noun an outcome verb or its agent may start; set by hand. */
    private static final int OUTCOME_REACH = 4;
    /**
     * A prefixed verb is longer than this ({@code menipu}, six letters); shorter words opening with a verb prefix are
     * no verbs ({@code media}, {@code dini}, {@code berat}). Set by hand.
     */
    static final int PREFIXED_VERB_MIN_LENGTH = 5;
    /** Words opening an aside that names some of the people counted ({@code , termasuk perempuan dan anak-anak,}). */
    private static final Set<String> INCLUSIONS = WordLists.set(WordLists.class, "inclusion-words.txt");
    /** Such an aside runs to this many words at most before its closing comma; set by hand, as a named agent. */
    private static final int MAX_INCLUSION_WORDS = 6;
    /** A named agent or place is short: {@code oleh Kementerian Kesehatan Irak}, {@code di Kabupaten Karawang}. */
    private static final int MAX_AGENT_WORDS = 5;

    /**
     * Reads the phrase that starts at token {@code next}, right after a number of {@code value} that starts at token
     * {@code first} and ends at {@code numberEnd} in the body.
     */
    static CountedPhrase read(Words words, int first, int next, int numberEnd, double value) {
        List<Token> tokens = words.tokens();
        List<String> lower = words.lower();
        int whole = partitiveEnd(lower, next);
        if (whole > next && !numbersName(words, first)) {
            CountedPhrase part = partOf(words, whole);
            if (part != null) {
                return part;
            }
            if (FunctionWords.hasEnclitic(lower.get(whole - 1))) {
                return partOfEarlierWhole(words, first, tokens.get(whole - 1).end());
            }
        }
        int wholeNumber = phraseEnd(WHOLE_LINKS, lower, next);
        if (wholeNumber > next && wholeNumber < tokens.size() && isNumber(lower.get(wholeNumber))
                && !isYear(lower.get(wholeNumber))) {
            if (value > wholeValue(words, wholeNumber)) {
                return tallyBefore(words, first, numberEnd);
            }
            CountedPhrase part = wholeOfThings(words, wholeNumber) ? null : partOf(words, wholeNumber);
            return part != null ? part : partOfNumberedWhole(words, wholeNumber, words.size(), numberEnd);
        }
        CountedPhrase listed = listedBefore(words, first, next, numberEnd);
        if (listed != null) {
            return listed;
        }
        // "sebanyak 1.576 dari pekerja pendaptar baru" (okezone.com, 13 September 2019): as many of the people named
        // after the link, no number of a whole standing there, counts those people
        int i = wholeNumber > next && wholeNumber < tokens.size() && ClaimLexicon.isPeople(lower.get(wholeNumber))
                ? wholeNumber : next;
        if (i < tokens.size() && (PLURAL.contains(lower.get(i)) || INSERTS.contains(lower.get(i))
                || ClaimLexicon.repeatsTitle(lower, i))) {
            i++; // "31 para peziarah tewas", "ada 25 juga rencana pendaratan", "lima kali juara": no part of what is counted
        }
        // "yang cuman 70 jutaan (jiwa) terjadi peningkatan" (okezone.com, 12 September 2019): the counting word in
        // brackets counts all the same
        boolean bracketed = i + 2 < tokens.size() && tokens.get(i).text().equals("(")
                && tokens.get(i + 2).text().equals(")") && ClaimLexicon.isPeople(lower.get(i + 1));
        List<Token> noun = new ArrayList<>();
        if (bracketed) {
            noun.add(tokens.get(i + 1));
            i += 3;
        }
        while (!bracketed && i < tokens.size() && noun.size() < MAX_SUBJECT_WORDS && isNounWord(lower.get(i))) {
            noun.add(tokens.get(i));
            i++;
        }
        if (noun.isEmpty() && first > 0 && ClaimLexicon.standingsUnit(lower.get(first - 1)) != null
                && namesStandings(lower, first)) {
            return tallyBefore(words, first, numberEnd); // "di klasemen dengan poin tujuh."
        }
        String unit = noun.isEmpty() ? null : noun.get(0).text().toLowerCase(Locale.ROOT);
        if (noun.size() > 1 && QUALITIES_BEFORE.contains(unit)) {
            unit = noun.get(1).text().toLowerCase(Locale.ROOT); // "14 super tiket tambahan" counts tickets
        }
        // "tersebar di tujuh kota dan kabupaten" and "di tujuh kabupaten dan kota" (sindonews.com, tempo.co, 12
        // September 2019): one count of the regions of one level, in one counting word whichever is written first
        String regions = noun.size() == 1 && i + 1 < tokens.size()
                ? PlaceWords.oneLevelRegions(unit, lower.get(i), lower.get(i + 1)) : null;
        if (regions != null) {
            noun.add(tokens.get(i));
            noun.add(tokens.get(i + 1));
            i += 2;
            unit = regions;
        }
        int end = bracketed ? tokens.get(i - 1).end() : noun.isEmpty() ? numberEnd : noun.get(noun.size() - 1).end();
        List<Token> counted = noun.size() > 1 && CountNouns.isClassifier(unit) ? noun.subList(1, noun.size()) : noun;
        String subject = counted.isEmpty() ? null : join(counted);
        // "137 orang terdiri dari tentara dan warga sipil": the composition names what is counted
        if (i + 2 < tokens.size() && FunctionWords.isConsisting(lower.get(i))
                && (FunctionWords.isFrom(lower.get(i + 1)) || FunctionWords.isOver(lower.get(i + 1)))) {
            List<Token> parts = new ArrayList<>();
            int k = i + 2;
            while (k < tokens.size() && Character.isLetter(tokens.get(k).text().charAt(0))
                    && ClaimLexicon.cueAt(lower, k) == null) {
                parts.add(tokens.get(k));
                k++;
            }
            if (!parts.isEmpty()) {
                return new CountedPhrase(unit, join(parts), null, null, parts.get(parts.size() - 1).end(), false);
            }
        }
        if (noun.size() == 1 && CountNouns.isClassifier(unit)) {
            Token role = roleAfter(words, i);
            if (role != null) { // counted in the role's word, as the outlets that write "11 DPO" count them
                unit = role.text().toLowerCase(Locale.ROOT);
                subject = role.text();
            }
        }
        // "28 karyawan korban kebakaran pabrik kembang api di Kosambi, ... dirawat": the outcome word after a long name
        int after = noun.size() == MAX_SUBJECT_WORDS && ClaimLexicon.isPeople(unit) ? nounEnd(tokens, lower, i) : i;
        for (int k = after, reach = after + OUTCOME_REACH; k < tokens.size() && k < reach; k++) {
            int agent = agentEnd(tokens, lower, k);
            if (agent == k && unit != null && ClaimLexicon.isPeople(unit)) {
                agent = placeEnd(tokens, lower, k); // "10.271 warga di Kabupaten Karawang yang terdampak"
            }
            if (agent == k && unit != null && ClaimLexicon.isPeople(unit)) {
                agent = inclusionEnd(lower, k); // "16 warga sipil, termasuk perempuan dan anak-anak, tewas"
            }
            if (agent > k) { // "100 orang dilaporkan oleh Kementerian Kesehatan Irak mengalami luka-luka"
                reach += agent - k;
                k = agent - 1;
                continue;
            }
            ClaimLexicon.Cue cue = ClaimLexicon.cueAt(lower, k);
            if (cue != null && ACTING.contains(lower.get(k))) {
                break;
            }
            if (cue != null) {
                return new CountedPhrase(unit, subject, cue.category(), null,
                        tokens.get(k + cue.length() - 1).end(), false);
            }
            if (skipsRelativeVerb(lower, k)) {
                reach++; // "empat orang yang terlibat pun ditangkap": the verb of "yang" says who, the next what befell
                continue;
            }
            if (!AUXILIARIES.contains(lower.get(k))) {
                break;
            }
        }
        ClaimCategory nounOutcome = null;
        for (int k = i - noun.size(); k < i && nounOutcome == null; k++) {
            ClaimLexicon.Cue cue = ClaimLexicon.cueAt(lower, k);
            nounOutcome = cue == null ? null : cue.category();
        }
        return new CountedPhrase(unit, subject, null, nounOutcome, end, noun.isEmpty() && wholeOfPart(lower, first));
    }

    /**
     * The people noun a role phrase after a bare classifier puts the counted people into ({@code memasukkan 11 orang ke
     * dalam Daftar Pencarian Orang (DPO)}, kompas.com, 10 September 2019): a person entered into the wanted list is one wanted, so the list's noun says what is counted.
     * Null when no role phrase starts at token {@code k} or no people noun other than a classifier follows it within
     * {@link #ROLE_REACH} words of its clause.
     */
    private static Token roleAfter(Words words, int k) {
        int from = phraseEnd(ROLE_LINKS, words.lower(), k);
        if (from == k) {
            return null;
        }
        for (int j = from; j < words.size() && j < from + ROLE_REACH; j++) {
            String w = words.lower(j);
            if (CLAUSE_ENDS.contains(w)) {
                return null;
            }
            if (ClaimLexicon.isPeople(w) && !CountNouns.isClassifier(w)) {
                return words.token(j);
            }
        }
        return null;
    }

    /**
     * Whether the number at token {@code first} is the whole a number before it is part of, neither naming what they
     * count ({@code "Saya dikasih tahu ada 100 dari 2.600."}, sindonews.com, 11 September 2019: a hundred of 2,600
     * employees): the whole counts what its part counts, as the part counts what a named whole counts.
     */
    private static boolean wholeOfPart(List<String> lower, int first) {
        for (String[] link : WHOLE_LINKS) {
            int part = first - link.length - 1;
            if (part >= 0 && isNumber(lower.get(part)) && !isYear(lower.get(part))
                    && Arrays.equals(link, lower.subList(part + 1, first).toArray())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase naming the whole a number is taken from ends at token {@code last} ({@code dari jumlah
     * tersebut, sebanyak 110 jamaah diterbangkan}, okezone.com, 13 September 2019).
     */
    static boolean wholeLinkEndsAt(Words words, int last) {
        for (String[] link : WHOLE_LINKS) {
            int from = last - link.length + 1;
            if (from >= 0 && IntStream.range(0, link.length).allMatch(j -> words.lower(from + j).equals(link[j]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number at token {@code first} is part of a name, after a capitalised word that does not open the
     * sentence ({@code sejumlah kebocoran Mate 30 lainnya}, sindonews.com, 16 September 2019: the phone's other leaks).
     */
    private static boolean numbersName(Words words, int first) {
        String before = first >= 2 ? words.token(first - 1).text() : "";
        return !before.isEmpty() && Character.isUpperCase(before.charAt(0))
                && before.chars().allMatch(Character::isLetter);
    }

    /**
     * Whether the number at token {@code first} is a part of a whole told before it, by a partitive that refers back
     * with its {@code -nya} ({@code Satu di antaranya ditembak}, {@code satu lainnya}), not one of a whole named after
     * it ({@code satu di antara tiga korban yang meninggal}).
     */
    static boolean partOfWholeBefore(Words words, int first) {
        int whole = partitiveEnd(words.lower(), first + 1);
        return whole > first + 1 && FunctionWords.hasEnclitic(words.lower(whole - 1));
    }

    /** Where a partitive phrase ({@code di antara}) starting at {@code k} ends, or {@code k} when none does. */
    private static int partitiveEnd(List<String> lower, int k) {
        return phraseEnd(PARTITIVES, lower, k);
    }

    /** Where one of {@code phrases} starting at {@code k} ends, or {@code k} when none does. */
    static int phraseEnd(List<String[]> phrases, List<String> lower, int k) {
        for (String[] phrase : phrases) {
            if (k + phrase.length <= lower.size()
                    && IntStream.range(0, phrase.length).allMatch(j -> lower.get(k + j).equals(phrase[j]))) {
                return k + phrase.length;
            }
        }
        return k;
    }

    /**
     * A number that is a part of a count ({@code tiga di antara sembilan korban penumpang mobil bernomor polisi F
     * 1195 DH itu meninggal dunia}, tempo.co, 15 September 2019): it counts what the whole counts, and the first
     * outcome word of its clause, within {@link #PARTITIVE_REACH} words, is its own; null when the clause has none.
     */
    private static CountedPhrase partOf(Words words, int whole) {
        List<Token> tokens = words.tokens();
        List<String> lower = words.lower();
        String unit = null;
        for (int k = whole; k < tokens.size() && k < whole + PARTITIVE_REACH; k++) {
            String w = lower.get(k);
            if (CLAUSE_ENDS.contains(w)) {
                return null;
            }
            ClaimLexicon.Cue cue = ClaimLexicon.cueAt(lower, k);
            if (cue != null) {
                return ACTING.contains(w) ? null
                        : new CountedPhrase(unit, unit, cue.category(), null, tokens.get(k + cue.length() - 1).end(),
                                true);
            }
            if (unit == null && ClaimLexicon.isPeople(w)) {
                unit = w;
            }
        }
        return null;
    }

    /**
     * The value of the whole whose number starts at token {@code wholeNumber}, its scale words taken in
     * ({@code 120 ribu}); NaN when it is not read.
     */
    private static double wholeValue(Words words, int wholeNumber) {
        String w = words.lower(wholeNumber);
        double value = Character.isDigit(w.charAt(0)) ? IndonesianNumber.digits(w) : IndonesianNumber.words(w);
        for (int k = wholeNumber + 1; k < words.size() && IndonesianNumber.scale(words.lower(k)) > 1; k++) {
            value *= IndonesianNumber.scale(words.lower(k));
        }
        return value;
    }

    /**
     * Whether a word between a number and the noun it counts leaves the noun after it the unit: a plural marker, a
     * word inserted ({@code ada 25 juga rencana}) or a quality written before its noun ({@code 14 super tiket}).
     */
    static boolean standsBeforeUnit(String lower) {
        return PLURAL.contains(lower) || INSERTS.contains(lower) || QUALITIES_BEFORE.contains(lower);
    }

    /** Whether the sentence names a league's standings before the number at {@code first} ({@code klasemen}). */
    private static boolean namesStandings(List<String> lower, int first) {
        for (int k = 0; k < first; k++) {
            if (ClaimLexicon.isStandingsTable(lower.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number more than the whole after it, which it cannot be a part of: a team's points from its matches in the
     * standings ({@code Inggris ... dengan nilai 12 dari 4 laga}, tempo.co, 11 September 2019), counted in points
     * when the word before it names them ({@link ClaimLexicon#standingsUnit}), else in no word.
     */
    private static CountedPhrase tallyBefore(Words words, int first, int numberEnd) {
        String unit = first > 0 ? ClaimLexicon.standingsUnit(words.lower(first - 1)) : null;
        if (unit != null) {
            return new CountedPhrase(unit, words.token(first - 1).text(), null, null, numberEnd, false);
        }
        return new CountedPhrase(null, null, null, null, numberEnd, false);
    }

    /**
     * Whether the whole a part is taken from counts things, not people: the noun after its number (and its scale
     * words) is one of the things a news count tallies. Outcomes are what befalls people, so a word of one in the
     * part's clause speaks of something else ({@code Enam dari sembilan sektor terpantau bergerak positif},
     * sindonews.com, 11 September 2019: six sectors of the stock index rose).
     */
    private static boolean wholeOfThings(Words words, int wholeNumber) {
        int k = wholeNumber + 1;
        while (k < words.size() && IndonesianNumber.scale(words.lower(k)) > 1) {
            k++;
        }
        return k < words.size() && ClaimLexicon.isThing(words.lower(k));
    }

    /**
     * A part of a whole the next number counts ({@code 67 dari 120 orang jemaah haji}), with no outcome word in its
     * clause: it counts what the whole counts, the noun phrase after the whole's number and its scale words, read up to
     * the word {@code limit}.
     */
    private static CountedPhrase partOfNumberedWhole(Words words, int wholeNumber, int limit, int end) {
        int k = wholeNumber + 1;
        while (k < limit && IndonesianNumber.scale(words.lower(k)) > 1) {
            k++;
        }
        List<Token> noun = new ArrayList<>();
        for (int i = k; i < limit && noun.size() < MAX_SUBJECT_WORDS && isNounWord(words.lower(i)); i++) {
            noun.add(words.token(i));
        }
        String unit = noun.isEmpty() ? null : words.lower(k);
        List<Token> counted = noun.size() > 1 && CountNouns.isClassifier(unit) ? noun.subList(1, noun.size()) : noun;
        return new CountedPhrase(unit, counted.isEmpty() ? null : join(counted), null, null, end, true);
    }

    /**
     * A part named by a partitive that refers back ({@code dari ratusan penerbangannya itu, 81 di antaranya harus
     * dibatalkan}, kompas.com, 15 September 2019) with no outcome word in its clause: it counts what the nearest
     * number before it in the sentence counts, round or not, the whole noun phrase after that number as a numbered
     * whole's part does ({@code dari 25 rencana penerbangan, 19 di antaranya dibatalkan}, kompas.com, 15 September
     * 2019: flights, as sindonews.com's {@code 19 jadwal penerbangan pesawat} of the same morning).
     */
    private static CountedPhrase partOfEarlierWhole(Words words, int first, int end) {
        for (int k = first - 1; k >= 0; k--) {
            String w = words.lower(k);
            if (isYear(w)) {
                continue; // "Sepanjang 2018, lima di antaranya": a year is when, not the whole
            }
            if (isNumber(w)) {
                return partOfNumberedWhole(words, k, first, end);
            }
        }
        return new CountedPhrase(null, null, null, null, end, true);
    }

    /**
     * A counted noun written before its number, in a list of such pairs ({@code bukti yang disita SIM 173 dan STNK 69},
     * sindonews.com, 10 September 2019), where nothing follows the number to count: the noun is a listed one and the
     * next or the previous item of the list is another listed noun with its number. Null otherwise.
     */
    private static CountedPhrase listedBefore(Words words, int first, int next, int numberEnd) {
        if (first == 0 || next < words.size() && isNounWord(words.lower(next)) && !LIST_JOINTS.contains(words.lower(next))
                || !isListedNoun(words.lower(first - 1))) {
            return null;
        }
        boolean nextPair = next + 2 < words.size() && LIST_JOINTS.contains(words.lower(next))
                && isListedNoun(words.lower(next + 1)) && Character.isDigit(words.lower(next + 2).charAt(0));
        boolean previousPair = first >= 4 && LIST_JOINTS.contains(words.lower(first - 2))
                && Character.isDigit(words.lower(first - 3).charAt(0)) && isListedNoun(words.lower(first - 4));
        if (!nextPair && !previousPair) {
            return null;
        }
        String unit = words.lower(first - 1);
        return new CountedPhrase(unit, words.token(first - 1).text(), null, null, numberEnd, false);
    }

    static boolean isNumber(String w) {
        return Character.isDigit(w.charAt(0)) || !Double.isNaN(IndonesianNumber.words(w));
    }

    /** A four-digit number in the range of years, written without grouping ({@code 2019}, not {@code 2.019}). */
    static boolean isYear(String written) {
        return written.length() == 4 && written.chars().allMatch(c -> c >= '0' && c <= '9')
                && written.compareTo("1800") >= 0 && written.compareTo("2100") <= 0;
    }

    private static boolean isListedNoun(String w) {
        return ClaimLexicon.isThing(w) || ClaimLexicon.isPeople(w);
    }

    /**
     * Where the agent of a passive verb that starts at {@code k} ends ({@code oleh} and a capitalised name),
     * or {@code k} when there is none: the outcome word may come after it.
     */
    private static int agentEnd(List<Token> tokens, List<String> lower, int k) {
        return FunctionWords.isAgent(lower.get(k)) ? nameAfter(tokens, k) : k;
    }

    /**
     * Where the place the people counted are at ends ({@code di} or {@code dari} and a capitalised name), or {@code k}
     * when none starts at {@code k}: the outcome word may come after it, as okezone.com wrote the people paid for the oil
     * spill, {@code diberikan kepada 10.271 warga di Kabupaten Karawang yang terdampak} (11 September 2019). Things
     * taken at a place stay a tally of that place ({@code lima titik di Jakarta Barat terjaring}, sindonews.com, 10
     * September 2019), so only people are read past it.
     */
    private static int placeEnd(List<Token> tokens, List<String> lower, int k) {
        if (!LOCATIVES.contains(lower.get(k))) {
            return k;
        }
        // a town and its regency, each closed by a comma ("di Kosambi, Tangerang, masih dirawat", IndoSum)
        int j = nameAfter(tokens, k);
        while (j > k && j + 1 < tokens.size() && tokens.get(j).text().equals(",")
                && Character.isUpperCase(tokens.get(j + 1).text().charAt(0))) {
            int next = nameAfter(tokens, j);
            if (next == j) {
                break;
            }
            j = next;
        }
        return j > k && j < tokens.size() && tokens.get(j).text().equals(",") && nameAfter(tokens, k) < j ? j + 1 : j;
    }

    /**
     * Where an aside set off by commas that names some of the people counted ends, its closing comma with it ({@code
     * setidaknya 16 warga sipil, termasuk perempuan dan anak-anak, tewas dalam serangan AS}, cnnindonesia.com via
     * IndoSum, August 2017: killed), or {@code k} when none starts at {@code k} or no comma closes it within {@link
     * #MAX_INCLUSION_WORDS} words.
     */
    private static int inclusionEnd(List<String> lower, int k) {
        if (k + 1 >= lower.size() || !",".equals(lower.get(k)) || !INCLUSIONS.contains(lower.get(k + 1))) {
            return k;
        }
        for (int j = k + 2; j < lower.size() && j <= k + 1 + MAX_INCLUSION_WORDS; j++) {
            if (",".equals(lower.get(j))) {
                return j > k + 2 ? j + 1 : k;
            }
            if (CLAUSE_ENDS.contains(lower.get(j))) {
                return k;
            }
        }
        return k;
    }

    /**
     * Where the lower-case words naming people past the counted phrase's {@link #MAX_SUBJECT_WORDS} end, at most as many
     * again: people named at length are counted to their outcome word all the same ({@code Sebanyak 28 karyawan korban
     * kebakaran pabrik kembang api di Kosambi, Tangerang, masih dirawat di rumah sakit}, cnnindonesia.com via IndoSum,
     * October 2017: injured).
     */
    private static int nounEnd(List<Token> tokens, List<String> lower, int from) {
        int k = from;
        while (k < tokens.size() && k < from + MAX_SUBJECT_WORDS && Character.isLowerCase(tokens.get(k).text().charAt(0))
                && isNounWord(lower.get(k))) {
            k++;
        }
        return k;
    }

    /**
     * Where the short capitalised name after token {@code k} ends, its short form in brackets with it ({@code 4.102
     * pengendara di Kota Tangerang Selatan (Tangsel) terjaring}, sindonews.com, 12 September 2019), or {@code k} when
     * none follows it.
     */
    private static int nameAfter(List<Token> tokens, int k) {
        int j = k + 1;
        while (j < tokens.size() && j <= k + MAX_AGENT_WORDS && Character.isUpperCase(tokens.get(j).text().charAt(0))) {
            j++;
        }
        if (j > k + 1 && j + 2 < tokens.size() && tokens.get(j).text().equals("(")
                && Character.isUpperCase(tokens.get(j + 1).text().charAt(0)) && tokens.get(j + 2).text().equals(")")) {
            j += 3;
        }
        return j > k + 1 ? j : k;
    }

    /**
     * Whether token {@code k} is the one verb of a relative clause that {@code yang} opens right before it, no outcome
     * itself: the clause says which people are counted and the outcome word may follow it ({@code empat orang yang
     * terlibat pun ditangkap}, cnnindonesia.com via IndoSum, August 2017: arrested; {@code lebih dari 100.000 penduduk
     * yang diperkirakan telah terkontaminasi}, kumparan.com via IndoSum, August 2017: affected).
     */
    private static boolean skipsRelativeVerb(List<String> lower, int k) {
        return k > 0 && FunctionWords.isRelative(lower.get(k - 1)) && isVerb(lower.get(k))
                && !AUXILIARIES.contains(lower.get(k));
    }

    /** A word that can belong to a counted noun phrase: not a function word, outcome or predicate. */
    static boolean isNounWord(String w) {
        if (!Character.isLetter(w.charAt(0)) || STOP.contains(w)) {
            return false;
        }
        if (ClaimLexicon.isPeople(w) || ClaimLexicon.isThing(w) || CountNouns.isClassifier(w)) {
            return true;
        }
        if (ClaimLexicon.cueAt(List.of(w), 0) != null) {
            return false;
        }
        // prefixed verbs (menyerang, berhasil, ditemukan, terjadi) end the noun phrase
        return !isVerb(w);
    }

    /** A word with a verb prefix: {@code menyerang}, {@code berhasil}, {@code ditemukan}, {@code tercatat}. */
    static boolean isVerb(String w) {
        return w.length() > PREFIXED_VERB_MIN_LENGTH && (Affixes.hasActivePrefix(w) || Affixes.hasIntransitivePrefix(w)
                || Affixes.hasPassivePrefix(w) || Affixes.hasStativePrefix(w));
    }

    private static String join(List<Token> words) {
        StringBuilder sb = new StringBuilder();
        String before = null;
        for (Token t : words) {
            // "kabupaten/kota" stays one written word
            boolean spaced = sb.length() > 0 && !SLASH.equals(t.text()) && !SLASH.equals(before);
            sb.append(spaced ? " " : "").append(t.text());
            before = t.text();
        }
        return sb.toString();
    }
}
