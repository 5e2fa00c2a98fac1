package id.kabar.annotate.claim;

import id.kabar.annotate.claim.NumberMention.Form;
import id.kabar.lang.Affixes;
import id.kabar.lang.Calendar;
import id.kabar.lang.CountNouns;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.IndonesianNumber;
import id.kabar.lang.WordLists;
import id.kabar.model.ClaimCategory;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a number counts, or that it counts nothing. Money and percentages are what they say.
 * Otherwise the outcome word after the counted phrase wins ({@code 137 orang tewas}), then one a little
 * before the number ({@code menewaskan 36 pengungsi}), then an outcome the counted noun carries
 * ({@code 400 ribu pengungsi}), then a named total it comes to ({@code jumlah korban meninggal dunia ...
 * bertambah menjadi 23 orang}), then the casualty count this one continues or breaks down, then a part of
 * an earlier whole ({@code 81 di antaranya}), then a plain tally of people or things. Years, durations and measures, {@code satu} meaning "one of", and vague round
 * numbers ({@code puluhan laporan}, {@code miliaran rupiah}) count nothing.
 */
final class CategoryReader {
    private final QualifierReader hedges = new QualifierReader();
    /** How many words before a figure an outcome verb may stand and still say what it counts; set by hand. */
    private static final int OUTCOME_BEFORE_REACH = 8;
    /**
     * A prefixed verb is longer than this ({@code menipu}, six letters); shorter words opening with {@code me} or
     * {@code di} are not verbs ({@code media}, {@code dini}), as {@link CountedPhrase#isVerb} reads them.
     */
    private static final int TRANSITIVE_VERB_MIN_LENGTH = CountedPhrase.PREFIXED_VERB_MIN_LENGTH;
    /**
     * A passive verb opening with {@code di} is longer than this ({@code diam} is no passive); the agent's {@code oleh}
     * also counts. Set by hand.
     */
    private static final int PASSIVE_VERB_MIN_LENGTH = 4;
    /** Nouns of a match's tallies after which {@code satu} in words counts one ({@code ia mencetak satu gol}). */
    private static final Set<String> ONE_TALLIES = WordLists.set(WordLists.class, "one-tallies.txt");
    /** Words joining two verbs that share their object ({@code diamankan atau disidik}). */
    private static final Set<String> COORDINATORS = WordLists.set(WordLists.class, "verb-coordinators.txt");
    /** Conjunctions that open a clause of contrast after a comma ({@code , sementara}): no outcome reaches across. */
    private static final Set<String> CONTRAST_OPENERS = WordLists.set(WordLists.class, "contrast-clause-openers.txt");
    /**
     * How many characters before a year-like number its opener ({@code sejak}, {@code hingga}) is looked for, within
     * the sentence: a few words, bounded so run-on text stays linear. Set by hand.
     */
    private static final int LOOK_BACK = 24;
    /**
     * A named total stands this many tokens before its figure at most: the subject of a long sentence
     * ({@code Jumlah tersangka pelaku kerusuhan di Jakarta, Papua dan Papua Barat, Senin (9/9/2019), bertambah
     * menjadi 87 orang}, kompas.com, 10 September 2019, puts 19 tokens between them).
     */
    static final int TOTAL_REACH = 30;
    /**
     * Words a total's word may stand before the predicate of a bare figure: {@code jumlah kecamatan di Indonesia
     * yang mencapai 7.000} (sindonews.com, 10 September 2019) has four between them.
     */
    private static final int BARE_TOTAL_REACH = 5;
    /** The outcome word follows the total's noun within this many tokens ({@code jumlah korban meninggal}). */
    private static final int TOTAL_OUTCOME_REACH = 3;
    /**
     * Words a noun of people may stand before the predicate of a bare figure it is counted by: {@code dari 70 WNA yang
     * memiliki Kitas ada 24} (sindonews.com) and {@code jumlah penduduk kelas menengah hanya ada sekitar 70 jutaan}
     * (kompas.com) have three between them. Across the CLICK-ID week two words kept four right counts fewer and lost
     * one wrong, a player's rating ({@code pemain dengan rating tertinggi yakni 94}).
     */
    private static final int PEOPLE_BEFORE_REACH = 3;
    static final Set<String> TOTALS = WordLists.set(WordLists.class, "count-totals.txt");
    static final Set<String> TOTAL_PREDICATES = WordLists.set(WordLists.class, "total-predicates.txt");
    private static final Set<String> BETWEEN = WordLists.set(WordLists.class, "between-words.txt");
    private static final Set<String> AMONG = WordLists.set(WordLists.class, "among-words.txt");
    private static final Set<String> RANGE_LINKS = WordLists.set(WordLists.class, "range-links.txt");
    /**
     * A word or a dash joining the two ends of a range right after a sum or a share, then the upper end's currency and
     * number on the same line ({@code imbalan Rp 700 ribu hingga Rp 1 juta}, {@code mulai dari Rp 200 hingga Rp 900
     * ribu}, IndoSum; {@code di kisaran Rp13.988-Rp14.054 per USD}, {@code sekitar 45% hingga 50% pria}, CLICK-ID week):
     * the lower end of a range, which holds no single figure. The upper end's number and the word after it are read
     * to leave out a year or a day ({@code Rp 5 juta hingga 2020}, {@code hingga 31 Desember}).
     */
    private static final Pattern RANGE_AFTER = Pattern.compile("[ \\u00a0]?(?:"
            + WordLists.alternation("range-links.txt") + "|-|–)[ \\u00a0]?(?:(?:Rp\\.?|IDR|US\\$|USD|SGD|S\\$|\\$|€|£)"
            + "[ \\u00a0]?)?(?<upper>\\d+(?:[.,]\\d+)*)(?:[ \\u00a0](?<next>\\p{L}+))?", Pattern.CASE_INSENSITIVE);
    private static final Set<String> MULTIPLE_VERBS = WordLists.set(WordLists.class, "multiple-verbs.txt");
    /** Words that deny what follows them ({@code belum}, {@code tidak}): a full percentage denied is no figure. */
    private static final Set<String> DENIALS = WordLists.set(WordLists.class, "denials.txt");
    /**
     * A denial stands this many words before the full percentage it denies at most: {@code belum siap 100 persen} has
     * one between (CLICK-ID week); set by hand, the state denied is one or two words.
     */
    private static final int DENIAL_REACH = 3;
    /** A full percentage: {@code 100 persen}, {@code seratus persen}. */
    private static final double FULL_PERCENT = 100;
    /** Words before a denial that make it a bound ({@code paling tidak}: at least). */
    private static final Set<String> DENIAL_BOUNDS = WordLists.set(WordLists.class, "denial-bounds.txt");
    /** Verbs without an affix that tell what was done {@code N kali} ({@code lima kali jadi starter}). */
    private static final Set<String> BARE_DONE_VERBS = WordLists.set(WordLists.class, "bare-done-verbs.txt");
    /** Verbs of playing before {@code N kali}: the times a player took part ({@code appearance-verbs.txt}). */
    private static final Set<String> APPEARANCE_VERBS = WordLists.set(WordLists.class, "appearance-verbs.txt");
    /** Words that make the verb after them a possibility, a rule or a condition ({@code dapat diperpanjang}). */
    private static final Set<String> HYPOTHETICAL_OPENERS = WordLists.set(WordLists.class, "hypothetical-openers.txt");
    /** Words that open a likeness ({@code bagaikan}, {@code seolah}): a figure after one in its clause is a figure of speech. */
    private static final Set<String> SIMILE_WORDS = WordLists.set(WordLists.class, "simile-words.txt");
    /** Words opening a clause of their own after a likeness ({@code yang}, {@code agar}): the likeness ends there. */
    private static final Set<String> LIKENESS_BOUNDS = WordLists.set(WordLists.class, "likeness-bounds.txt");
    /** A number in words and its noun that say how a thing is done ({@code empat mata}, {@code dua tangan}). */
    private static final Set<String> PUTTING_PHRASES = WordLists.set(WordLists.class, "putting-phrases.txt");
    /** Words of advice ({@code disarankan}, {@code sebaiknya}): the times after one in its clause are a how-to. */
    private static final Set<String> ADVICE_WORDS = WordLists.set(WordLists.class, "advice-words.txt");
    /**
     * The heading of a how-to's steps, a line ending in a colon that holds one of {@code how-to-heads.txt} ({@code Tata
     * cara salat istiqa seperti:}, {@code Caranya:}).
     */
    private static final Pattern HOW_TO_HEAD = Pattern.compile(
            "(?<![\\p{L}-])(?:" + WordLists.alternation("how-to-heads.txt") + ")(?![\\p{L}-])", Pattern.CASE_INSENSITIVE);
    /** A line opening a numbered step: {@code 5. Sebelum masuk khutbah pertama ...}, {@code 2) ...}. */
    private static final Pattern NUMBERED_STEP = Pattern.compile("[ \\t\\u00a0]*\\d{1,2}[.)][ \\t\\u00a0]");
    /**
     * How many characters above a step its heading is looked for at most, the steps before it between: the seven
     * steps of the prayer's how-to that set this span some 700 (okezone.com, CLICK-ID week); bounded so a page's work
     * stays linear.
     */
    private static final int HOW_TO_REACH = 3000;
    /** Words that put what follows as a supposition ({@code seumpama}, {@code misalkan}): a case imagined, no tally. */
    private static final Set<String> SUPPOSITIONS = WordLists.set(WordLists.class, "supposition-words.txt");
    /**
     * The items of a list a supposition reaches over at most, each after a comma and opening with its figure: the
     * supposed shares of a reclaimed island's land are three (kumparan.com via IndoSum, 2017); set by hand, bounding a
     * long list's work.
     */
    private static final int SUPPOSED_LIST_ITEMS = 6;
    /** The words joining a list's last item ({@code dan}, {@code serta}), its comma aside. */
    private static final Set<String> LIST_CONJUNCTIONS = WordLists.set(WordLists.class, "list-joints.txt").stream()
            .filter(w -> Character.isLetter(w.charAt(0))).collect(Collectors.toUnmodifiableSet());
    /** Words of being sure ({@code yakin}, {@code percaya}): a percentage before one says how sure, no share. */
    private static final Set<String> CERTAINTY_WORDS = WordLists.set(WordLists.class, "certainty-words.txt");
    /** Verbs of having or of being made of ({@code memiliki}, {@code terdiri}), for a general fact. */
    private static final Set<String> HAVING_VERBS = WordLists.set(WordLists.class, "having-verbs.txt");
    /** Subjects of a kind or any one of it ({@code manusia}, {@code setiap}), for a general fact. */
    private static final Set<String> KIND_SUBJECTS = WordLists.set(WordLists.class, "kind-subjects.txt");
    /**
     * Words between a verb of having and its figure at most: {@code terdiri dari 50 triliun sel}, {@code memiliki risiko
     * 17 persen} have one (CLICK-ID week); set by hand, the figure is the verb's object.
     */
    private static final int HAVING_FIGURE_REACH = 2;
    /**
     * The kind stands this many words before its verb at most, within the clause: {@code setiap wanita setidaknya
     * memiliki} has two between (tempo.co, CLICK-ID week); set by hand, a subject and a hedge.
     */
    private static final int KIND_SUBJECT_REACH = 3;
    /**
     * The agent's name between a passive verb and {@code N kali} runs to this many capitalised words at most ({@code
     * dimenangi Biaggi empat kali}, IndoSum); set by hand, as the names of people a sentence writes short.
     */
    private static final int AGENT_NAME_WORDS = 2;
    /**
     * The active verb whose object {@code N kali} closes stands this many words before the number at most: {@code
     * memenangkan tiga kategori utama tersebut dua kali} (IndoSum) has four words between. Set by hand: a longer
     * object is as often a clause of its own.
     */
    private static final int OBJECT_VERB_REACH = 6;
    /** Words after {@code N kali} that close its clause and so leave the times to the verb before ({@code dalam}). */
    private static final Set<String> TIMES_CLOSERS = WordLists.set(WordLists.class, "times-closers.txt");
    /** Verbs whose times after their object are a multiple or a way of putting, no tally ({@code meningkatkan}). */
    private static final Set<String> UNTALLIED_TIMES_VERBS = WordLists.set(WordLists.class, "untallied-times-verbs.txt");
    /** Verbs of choosing that a plan word before them makes a selection's step still to come ({@code akan memilih}). */
    private static final Set<String> SELECTION_VERBS = WordLists.set(WordLists.class, "selection-verbs.txt");
    /** Words that make what follows a plan ({@code akan}, {@code berencana}). */
    private static final Set<String> PLANNING = WordLists.set(WordLists.class, "planning-words.txt");
    /**
     * A selection's verb stands this many words before the figure at most, within its clause: {@code akan menyeleksi 35
     * orang tersebut menjadi 21 orang} (IndoSum) has five between the verb and the 21. Set by hand.
     */
    private static final int SELECTION_REACH = 6;
    /** Words opening a figure ({@code sebanyak}), which may stand between a verb and its number. */
    private static final Set<String> INTRODUCERS = WordLists.set(WordLists.class, "number-introducers.txt");
    /**
     * Words closing a counted phrase that point back at what the text named above it, as a demonstrative does ({@code
     * tiga platform di atas.}, IndoSum; not before what they place, {@code tiga rumah di atas bukit}), compared as two
     * lower-case words.
     */
    private static final Set<String> NAMING_BACK_PLACES = WordLists.set(WordLists.class, "back-pointing-places.txt");
    /**
     * Demonstratives that make a counted phrase name back what was told before ({@code dua lagu itu}); not {@code ini},
     * which closes a time as often ({@code Barty meraih tiga gelar musim ini}, sindonews.com, September 2019).
     */
    private static final Set<String> NAMING_BACK = WordLists.read(WordLists.class, "back-pointing-words.txt").stream()
            .filter(w -> !w.equals(FunctionWords.THIS)).collect(Collectors.toUnmodifiableSet());
    /**
     * Words joining a thing to the parts it is built with ({@code Gedung baru dengan enam ruang kelas tersebut}): the
     * demonstrative after the parts closes the thing's phrase.
     */
    private static final Set<String> THING_PART_JOINTS = WordLists.set(WordLists.class, "thing-part-joints.txt");
    /**
     * The thing stands right before its joint or one word of quality before it ({@code Gedung baru dengan}); set by
     * hand, as {@link #NAMED_BACK_REACH}.
     */
    private static final int THING_BEFORE_JOINT = 2;
    /** Words naming people wanted by the police ({@code DPO}, {@code buron}): a tally of those people. */
    private static final Set<String> WANTED = WordLists.set(WordLists.class, "wanted-words.txt");
    /** Words of kin ({@code ibu}, {@code ayah}), which head a phrase of the children they have ({@code ibu dua anak}). */
    private static final Set<String> KIN = WordLists.set(WordLists.class, "kin-words.txt");
    /**
     * The counted phrase runs this many words before its demonstrative at most: {@code dua layanan streaming itu} has
     * two (IndoSum); set by hand, a longer phrase is rarely one noun.
     */
    private static final int NAMED_BACK_REACH = 3;
    /**
     * A name written in capitals: an office, a school, a flight or a model ({@code CP}, {@code SDN}, {@code GA}), or one
     * capital letter naming a model, a route, a block or a quarter ({@code E 250 with AVANTGARDE Line}, IndoSum; {@code
     * angkot M 15 jurusan Tanjung Priok}, {@code Blok J 2}, {@code Airbus A 300}, {@code Triwulan I 2019}, CLICK-ID week:
     * of the ten counts after one capital letter across the week, the two others count people, {@code instansi B 1.500
     * orang}, which the rule below keeps).
     */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{1,5}");
    /** Words after which a four-digit number is a year even before a noun ({@code pada 2015 kasus ...}). */
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:" + WordLists.alternation(WordLists.read(WordLists.class, "year-openers.txt")) + ")\\s+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * @param continued the category of the casualty count this one continues or breaks down, or null
     * @param whole     the category of the whole that opens the sentence ({@code Dari 599 saham ...}), or null
     * @param phraseAt  the token the counted phrase starts at
     * @param claimedTo where the sentence's earlier claims end in the body (the sentence's start if none): the
     *                  words before it, their outcome words among them, belong to those claims
     * @param listedAfterTally the number is the next item of a list after a tally of its sentence, joined to it by a
     *                  comma or {@code dan} ({@code dua gelar Liga Champions dan satu trofi Copa del Rey})
     * @param partOfWholeTold the text counted the people the number counts before, with a larger figure and never
     *                  with this one ({@code Lima terdakwa ...}, then {@code Tiga terdakwa tersebut}): a demonstrative
     *                  after the phrase then picks a part out of that whole, a tally of its own, and names nothing back
     * @return the category and where the claim's words start, or null when the number counts nothing
     */
    Reading read(String body, int sentenceStart, Words words, NumberMention n, CountedPhrase phrase,
                 ClaimCategory continued, ClaimCategory whole, int phraseAt, int claimedTo, boolean listedAfterTally,
                 boolean partOfWholeTold) {
        int first = words.firstAt(n.start());
        String unit = phrase.unit();
        if (n.form() == Form.ROUND) {
            return null; // "puluhan laporan", "miliaran rupiah": a size, not a figure anyone stands by
        }
        if (inClauseAfter(words, first, SIMILE_WORDS, LIKENESS_BOUNDS)) {
            return null; // "Liverpool bagaikan bermain dengan 10 orang": a figure of speech, no tally
        }
        if (inClauseAfter(words, first, SUPPOSITIONS, Set.of()) || continuesSupposedList(words, first)) {
            return null; // "kalau seumpama itu kewajiban 20 persen untuk RTH, lima persen untuk RTB": a case imagined
        }
        if (inHowToStep(body, n.start())) {
            return null; // "5. ... khatib membaca istighfar sembilan kali." under "Tata cara salat istiqa seperti:"
        }
        if (generalFact(words, first)) {
            return null; // "Manusia memiliki dua jenis kelenjar keringat": what any one has, no tally of the news
        }
        if (n.form() == Form.WORDS && wayOfPutting(words, first)) {
            return null; // "bertemu empat mata dengan Airlangga Hartarto": in private, no count of eyes
        }
        if (endsRange(words, first) || startsRange(words, first)) {
            return null; // "dua sampai tiga trip pengiriman": a range holds no single figure
        }
        if ((n.currency() != null || n.percent()) && opensRange(body, n)) {
            return null;
        }
        if (n.currency() != null) {
            return new Reading(ClaimCategory.MONEY, n.start());
        }
        if (n.percent()) {
            return n.value() == FULL_PERCENT && deniedBefore(words, first) ? null // "belum fit 100 persen": not fully
                    : degreeOfCertainty(words, words.firstAt(n.end())) ? null // "hampir 100 persen yakin"
                    : new Reading(ClaimCategory.PERCENT, n.start());
        }
        if (selectionToCome(words, first)) {
            return null; // "Presiden akan memilih 14 orang terbaik": a step of a procedure, not a tally
        }
        if (isYear(body, n) && (!countsSomething(unit) || YEAR_BEFORE.matcher(
                body.substring(Math.max(sentenceStart, n.start() - LOOK_BACK), n.start())).find())) {
            return null;
        }
        if (unit != null && ClaimLexicon.isRepetition(unit) && inClauseAfter(words, first, ADVICE_WORDS, Set.of())) {
            return null; // "disarankan agar daging ayam dididihkan dua kali": a how-to, not what was done
        }
        if (unit != null && ClaimLexicon.isNotCount(unit)
                && (countedInMeasureWord(words, n, unit, phraseAt) || appearedTimes(words, first, unit, phraseAt)
                    || doneTimesAfterPassive(words, first, unit, phraseAt)
                    || doneTimesAfterObject(words, first, unit, phraseAt))) {
            return new Reading(ClaimCategory.COUNT, n.start());
        }
        if (unit != null && ClaimLexicon.isNotCount(unit) || startsMeasuredRange(words, first)) {
            return null;
        }
        if (n.form() == Form.DIGITS && afterAcronym(words, first, unit)) {
            return null;
        }
        // one in words tallies as the next item of a list of tallies ("meraih dua gelar Liga Champions dan satu
        // trofi Copa del Rey", IndoSum; "tiga kendaraan pribadi dan satu mobil box", CLICK-ID week)
        // and so it does before a match's tally ("ia mencetak satu gol", IndoSum)
        boolean oneCounts = listedAfterTally && Character.isLowerCase(words.token(first).text().charAt(0))
                || countsOne(body, n, words, first, unit, phraseAt);
        // one with an outcome of its own counts, a part of a whole told before it ("dua pelaku ... telah ditangkap
        // pihak kepolisian. Salah satu di antaranya tewas karena kehabisan darah", IndoSum) as any other
        boolean oneWithOutcome = phrase.outcome() != null && CountedPhrase.partOfWholeBefore(words, first);
        if (n.form() == Form.WORDS && n.value() == 1 && !oneWithOutcome
                && (phrase.outcome() == null && !oneCounts || phrase.part() || isOneOf(words, first))) {
            // "salah satu pelaku", "satu warga pun", "satu dari tiga korban yang meninggal dunia": one of many
            return null;
        }
        if (n.form() == Form.WORDS && phrase.outcome() == null && phrase.nounOutcome() == null
                && !wholeOfAPart(words, first) && !inRelativeClause(words, first) && !afterKin(words, first)
                && !partsOfAThing(words, first) && !partOfWholeTold && namesBack(words, phraseAt)) {
            return null; // "Melodi dan tempo dua lagu itu": the two just named, as "kedua lagu"
        }
        Reading inflicted = inflictedBy(words, first);
        if (inflicted != null && phrase.outcome() == ClaimCategory.AFFECTED) {
            return inflicted;
        }
        if (phrase.outcome() != null) {
            return new Reading(seized(phrase.outcome(), unit) ? ClaimCategory.COUNT : phrase.outcome(), n.start());
        }
        // an outcome word before the number speaks of people ("menewaskan 36 pengungsi"), not of things
        if (unit == null && !endsName(words, first) || unit != null && ClaimLexicon.isPeople(unit)) {
            Reading before = outcomeBefore(words, first, claimedTo);
            if (before != null) {
                return before;
            }
        }
        if (phrase.nounOutcome() != null) {
            return new Reading(phrase.nounOutcome(), n.start());
        }
        boolean people = unit != null && ClaimLexicon.isPeople(unit);
        if (unit == null || people) {
            ClaimCategory total = namedTotal(words, first);
            if (total != null) {
                return new Reading(total, n.start());
            }
        }
        if (unit == null && (n.form() == Form.DIGITS || n.form() == Form.ROUGH)
                && (bareTotalNamed(words, first) || peopleCountedBefore(words, first) >= 0)) {
            return new Reading(ClaimCategory.COUNT, n.start());
        }
        if (continued != null && people && !namedWanted(words, first)) {
            return new Reading(continued, n.start());
        }
        if (phrase.part()) {
            return new Reading(ClaimCategory.COUNT, n.start()); // "81 di antaranya harus dibatalkan"
        }
        if (whole != null && unit == null && n.form() == Form.DIGITS) {
            // a bare number after the whole that opens its sentence is a part of it: "Dari 599 saham yang
            // diperdagangkan, 218 menguat, 248 stagnan, dan 133 tertekan" (sindonews.com, 11 September 2019)
            return new Reading(whole, n.start());
        }
        if (unit != null && (people ? !peopleAsSides(words, n, first) : !between(words, n, first)
                && (ClaimLexicon.isThing(unit) || standingsTallyBefore(words, first, unit)
                    || commonNounAfter(words, n, unit, phraseAt, oneCounts)))) {
            return new Reading(ClaimCategory.COUNT, n.start());
        }
        return null;
    }

    /** Whether a lower-case word introduces a number without hedging it ({@code sebanyak}, {@code total}). */
    static boolean introducesNumber(String lower) {
        return INTRODUCERS.contains(lower);
    }

    /**
     * Whether a word that makes a number a measure or a multiple counts with the word after it: a length squared is an
     * area, which the contract counts in its unit ({@code luas 430 kilometer persegi}, kumparan.com, 21 August 2017),
     * and the times a named happening recurred tally happenings ({@code menjalani empat kali uji coba}), unless a rate
     * follows the happening ({@code dua kali pertemuan per bulan}, okezone.com, 15 September 2019: a frequency).
     * {@code satu} in words names a unit of area, not a tally ({@code mendeteksi anomali suhu panas dalam luasan satu
     * kilometer persegi}, Kompas.com, 10 September 2019: the satellite's resolution), and the times something was done
     * are tallied after their verb as well ({@link #doneAgain}).
     */
    private static boolean countedInMeasureWord(Words words, NumberMention n, String unit, int phraseAt) {
        if (phraseAt + 1 >= words.size() || !words.lower(phraseAt).equals(unit)
                || !Character.isLowerCase(words.token(phraseAt + 1).text().charAt(0))) {
            return false;
        }
        String next = words.lower(phraseAt + 1);
        boolean one = n.form() == Form.WORDS && n.value() == 1;
        return !one && ClaimLexicon.isAreaMark(next) || ClaimLexicon.isRepetition(unit)
                && (ClaimLexicon.isRepeatedHappening(next) || doneAgain(next)) && !rateAfterHappening(words, phraseAt + 2);
    }

    /**
     * Whether a verb after {@code N kali} tells what was done that many times ({@code Rambut korban juga dua kali dibotaki
     * majikannya}, {@code Byrd sudah pernah satu kali memimpin laga Mayweather}, IndoSum), or one written without an
     * affix ({@code Ezra lima kali jadi starter dan 11 kali masuk sebagai pemain pengganti}, IndoSum; {@code 4 kali
     * menang, 7 kali imbang dan 6 kali kalah}, CLICK-ID week): a tally of happenings, unless the verb compares figures
     * ({@code multiple-verbs.txt}: {@code tiga kali dibandingkan}, a multiple).
     */
    private static boolean doneAgain(String next) {
        return (CountedPhrase.isVerb(next) || BARE_DONE_VERBS.contains(next)) && !MULTIPLE_VERBS.contains(next);
    }

    /**
     * Whether {@code N kali} after a verb of playing tallies a player's appearances ({@code Honda total sudah tampil
     * sebanyak 91 kali}, {@code Messi tampil 577 kali}, IndoSum), the figure's opener between them or none; not when a
     * word making a multiple follows ({@code tampil dua kali lipat}, {@code dua kali lebih}).
     */
    private static boolean appearedTimes(Words words, int first, String unit, int phraseAt) {
        if (!ClaimLexicon.isRepetition(unit) || !words.lower(phraseAt).equals(unit)) {
            return false;
        }
        int verb = first > 0 && INTRODUCERS.contains(words.lower(first - 1)) ? first - 2 : first - 1;
        String next = phraseAt + 1 < words.size() ? words.lower(phraseAt + 1) : "";
        return verb >= 0 && APPEARANCE_VERBS.contains(words.lower(verb)) && !ClaimLexicon.isNotCount(next)
                && !MULTIPLE_VERBS.contains(next);
    }

    /**
     * Whether {@code N kali} after a passive verb tallies the times that was done ({@code Haradinaj ... dibebaskan dua
     * kali dalam tuduhan melakukan kejahatan perang}, {@code kejuaraan yang pernah dimenangi Biaggi empat kali}, IndoSum;
     * {@code video itu sudah ditonton sebanyak 753 kali}, {@code pernah dipenjara dua kali}, CLICK-ID week), the
     * figure's opener and the agent's short name between them or none; not after a word that makes the verb a
     * possibility, a rule or a condition ({@code dapat diperpanjang satu kali}, {@code jika diperbesar 600 kali}), nor
     * before a word that makes a multiple or a rate ({@code dua kali lipat}, {@code dua kali lebih}, {@code tiga kali
     * seminggu}).
     */
    private static boolean doneTimesAfterPassive(Words words, int first, String unit, int phraseAt) {
        if (!ClaimLexicon.isRepetition(unit) || !words.lower(phraseAt).equals(unit)) {
            return false;
        }
        int verb = first > 0 && INTRODUCERS.contains(words.lower(first - 1)) ? first - 2 : first - 1;
        for (int name = 0; name < AGENT_NAME_WORDS && verb > 0
                && Character.isUpperCase(words.token(verb).text().charAt(0)); name++) {
            verb--;
        }
        String next = phraseAt + 1 < words.size() ? words.lower(phraseAt + 1) : "";
        return verb >= 0 && Affixes.hasPassivePrefix(words.lower(verb)) && isPassiveVerb(words, verb)
                && !FunctionWords.hasEnclitic(words.lower(verb))
                && Character.isLowerCase(words.token(verb).text().charAt(0))
                && (verb == 0 || !HYPOTHETICAL_OPENERS.contains(words.lower(verb - 1)))
                && !ClaimLexicon.isNotCount(next) && !MULTIPLE_VERBS.contains(next) && !FunctionWords.isMore(next)
                && !ClaimLexicon.isRecurrenceRate(next);
    }

    /**
     * Whether {@code N kali} closing its clause tallies the times an active verb before it was done to its object
     * ({@code Saya menjadi juara di Belanda empat kali}, {@code memenangkan tiga kategori utama tersebut dua kali},
     * {@code melayangkan surat panggilan pemeriksaan dua kali}, IndoSum): the verb up to {@link #OBJECT_VERB_REACH}
     * words before the number in its clause, its object between, and after {@code kali} the clause's end or a word
     * opening an adjunct ({@code times-closers.txt}: {@code dalam}, {@code sejak}), not a rate ({@code dua kali dalam
     * seminggu}); not after a verb of growth, whose times are a multiple ({@code meningkatkan produksi dua kali}), nor
     * after one that makes the verb a possibility or a condition ({@code bisa mengulang ujian dua kali}), nor with a
     * rate anywhere in the clause (a habit: {@code Setiap hari kita menyiapkan makan 3 kali}), nor after {@code ke}
     * (an ordinal: {@code rapat pembahasan ke empat kali}; CLICK-ID week, September 2019).
     */
    private static boolean doneTimesAfterObject(Words words, int first, String unit, int phraseAt) {
        if (!ClaimLexicon.isRepetition(unit) || !words.lower(phraseAt).equals(unit)
                || phraseAt + 1 < words.size() && Character.isLetterOrDigit(words.lower(phraseAt + 1).charAt(0))
                    && !TIMES_CLOSERS.contains(words.lower(phraseAt + 1))
                || rateAfterHappening(words, phraseAt + 1)) {
            return false;
        }
        if (first > 0 && FunctionWords.isTo(words.lower(first - 1))) {
            return false; // "rapat pembahasan ke empat kali": the fourth time, an ordinal
        }
        int verb = -1;
        for (int k = first - 1; k >= 0 && k >= first - 1 - OBJECT_VERB_REACH; k--) {
            String w = words.lower(k);
            if (!Character.isLetterOrDigit(w.charAt(0)) || words.token(k).text().chars().anyMatch(Character::isDigit)) {
                return false; // the clause's bound, or a figure of the object's own
            }
            boolean lowerCase = Character.isLowerCase(words.token(k).text().charAt(0));
            // "tersebut" naming the object back opens with ter- and is no verb
            if (lowerCase && !NAMING_BACK.contains(w) && (CountedPhrase.isVerb(w) || BARE_DONE_VERBS.contains(w)
                    || UNTALLIED_TIMES_VERBS.contains(w))) {
                verb = k; // the nearest verb is the one the times belong to
                break;
            }
        }
        if (verb < 0 || verb == first - 1 || !Affixes.hasActivePrefix(words.lower(verb))
                || UNTALLIED_TIMES_VERBS.contains(words.lower(verb))
                || verb > 0 && HYPOTHETICAL_OPENERS.contains(words.lower(verb - 1))) {
            return false; // none, none with its object between, or one of growth, of thinking or of a possibility
        }
        // a rate anywhere in the clause makes the times a habit ("Setiap hari kita menyiapkan makan 3 kali", "dalam
        // sehari dianjurkan untuk menyikat gigi dua kali", "menggelar rapat seminggu dua kali", CLICK-ID week)
        for (int k = first - 1; k >= 0 && Character.isLetterOrDigit(words.lower(k).charAt(0)); k--) {
            if (ClaimLexicon.isRecurrenceRate(words.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word of {@code cue} stands before token {@code first} in its clause, back to the punctuation that bounds
     * it or a word of {@code bounds}: a likeness ({@code netizen seolah terbagi dua kubu}; not across {@code yang} or
     * {@code agar}) or advice ({@code disarankan agar ... dididihkan dua kali}).
     */
    private static boolean inClauseAfter(Words words, int first, Set<String> cue, Set<String> bounds) {
        for (int k = first - 1; k >= 0 && Character.isLetterOrDigit(words.lower(k).charAt(0))
                && !bounds.contains(words.lower(k)); k--) {
            if (cue.contains(words.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure opens an item of a list that goes on from a supposed figure ({@code Kita minta kalau seumpama
     * itu kewajiban 20 persen untuk RTH (ruang terbuka hijau), lima persen untuk RTB (ruang terbuka biru), lima persen
     * dalam bentuk lain}, kumparan.com via IndoSum, 2017): each item after a comma, or a comma and {@code dan}, opens
     * with its figure, and the first holds the word of supposition before its own figure.
     */
    private static boolean continuesSupposedList(Words words, int first) {
        int opening = first;
        for (int item = 0; item < SUPPOSED_LIST_ITEMS; item++) {
            int joint = opening - 1;
            if (joint >= 0 && LIST_CONJUNCTIONS.contains(words.lower(joint))) {
                joint--;
            }
            if (joint < 1 || !words.lower(joint).equals(",")) {
                return false;
            }
            boolean figure = false;
            int k = joint - 1;
            for (; k >= 0 && insideListItem(words.lower(k)); k--) {
                if (SUPPOSITIONS.contains(words.lower(k))) {
                    return figure;
                }
                figure |= CountedPhrase.isNumber(words.lower(k));
            }
            opening = k + 1;
            if (opening < joint && LIST_CONJUNCTIONS.contains(words.lower(opening))) {
                opening++;
            }
            if (!figure || opening >= joint || !CountedPhrase.isNumber(words.lower(opening))) {
                return false; // the item before is no figure's item: the list does not go on from a supposition
            }
        }
        return false;
    }

    /** Whether a token stays inside a list's item: a word, a number or a bracket of a short form spelled out. */
    private static boolean insideListItem(String lower) {
        return Character.isLetterOrDigit(lower.charAt(0)) || lower.equals("(") || lower.equals(")");
    }

    /**
     * Whether a percentage says how sure someone is, a word of certainty right after it ({@code Kami hampir 100 persen
     * yakin peretas Korea Utara ada di balik peretasan itu}, cnnindonesia.com via IndoSum).
     */
    private static boolean degreeOfCertainty(Words words, int after) {
        return after < words.size() && CERTAINTY_WORDS.contains(words.lower(after));
    }

    /**
     * Whether the figure at {@code at} stands in a numbered step of a how-to: its line opens with a step's number and
     * the first line above the steps, blank lines passed over, is a heading ending in a colon that announces them
     * ({@link #HOW_TO_HEAD}). A step tells what to do, not what happened.
     */
    static boolean inHowToStep(String body, int at) {
        int floor = Math.max(0, at - HOW_TO_REACH);
        int lineStart = lineStart(body, at, floor);
        if (lineStart == floor && floor > 0 && body.charAt(floor - 1) != '\n') {
            // a line longer than the reach: its heading is further still, and a text of one long line stays linear
            return false;
        }
        if (!NUMBERED_STEP.matcher(body).region(lineStart, body.length()).lookingAt()) {
            return false;
        }
        for (int end = lineStart - 1; end > floor; ) {
            int start = lineStart(body, end, floor);
            if (start == floor && floor > 0 && body.charAt(floor - 1) != '\n') {
                return false; // the heading is further up than the reach
            }
            String line = body.substring(start, end).strip();
            if (!line.isEmpty() && !NUMBERED_STEP.matcher(body).region(start, end).lookingAt()) {
                return line.endsWith(":") && HOW_TO_HEAD.matcher(line).find();
            }
            end = start - 1;
        }
        return false;
    }

    /** Where the line holding {@code at} starts, looked for no further back than {@code floor}. */
    private static int lineStart(String body, int at, int floor) {
        int k = at;
        while (k > floor && body.charAt(k - 1) != '\n') {
            k--;
        }
        return k;
    }

    /**
     * Whether the figure at {@code first} is a general fact in the present: the object of a verb of having or of being
     * made of ({@link #HAVING_VERBS}, up to {@link #HAVING_FIGURE_REACH} words before it) whose subject is a kind or any
     * one of it ({@link #KIND_SUBJECTS}, up to {@link #KIND_SUBJECT_REACH} words before the verb), all in one clause
     * ({@code Manusia sendiri memiliki dua jenis kelenjar keringat}, {@code seseorang terdiri dari 50 triliun sel}).
     */
    private static boolean generalFact(Words words, int first) {
        for (int verb = first - 1; verb >= 0 && verb >= first - 1 - HAVING_FIGURE_REACH; verb--) {
            String w = words.lower(verb);
            if (!Character.isLetter(w.charAt(0))) {
                return false;
            }
            if (HAVING_VERBS.contains(w)) {
                for (int k = verb - 1; k >= 0 && k >= verb - KIND_SUBJECT_REACH; k--) {
                    String subject = words.lower(k);
                    if (!Character.isLetter(subject.charAt(0))) {
                        return false;
                    }
                    if (KIND_SUBJECTS.contains(subject)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the number in words at {@code first} and its noun say how a thing is done ({@code putting-phrases.txt}:
     * {@code bertemu empat mata dengan}, {@code menerimanya dengan dua tangan}), the noun closing its phrase: a noun
     * after it makes the pair a count of that noun ({@code enam mata uang}, {@code dua mata pancing}).
     */
    private static boolean wayOfPutting(Words words, int first) {
        return first + 1 < words.size() && PUTTING_PHRASES.contains(words.lower(first) + " " + words.lower(first + 1))
                && (first + 2 == words.size() || !CountedPhrase.isNounWord(words.lower(first + 2)));
    }

    /** Whether a rate word stands within the two words after a happening's first word, from {@code from} on. */
    private static boolean rateAfterHappening(Words words, int from) {
        for (int k = from; k < words.size() && k < from + 2; k++) {
            if (ClaimLexicon.isRecurrenceRate(words.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** A team's points named by the word right before the number ({@code dengan nilai 19 dari 17 laga}). */
    private static boolean standingsTallyBefore(Words words, int first, String unit) {
        return first > 0 && unit.equals(ClaimLexicon.standingsUnit(words.lower(first - 1)));
    }

    /**
     * A number before a common noun tallies whatever it names, listed or not ({@code 177 gempa susulan},
     * {@code 275 poin}, {@code 27 putaran}, {@code 14 pebulutangkis muda}, {@code tiga bus listrik},
     * {@code dua truk kontainer}): the noun is written in lower case (not a name nor a month, which a scrape may write
     * in lower case: {@code dibuka pada 27 oktober mendatang}, cnnindonesia.com via IndoSum) and is not a measure
     * ({@link ClaimLexicon#isNotCount}, checked before). A number in words counts from two on, or from one as the
     * next item of a list of tallies or before a match's tally ({@code oneCounts}: {@code dua gelar Liga Champions dan
     * satu trofi Copa del Rey}, {@code mencetak satu gol}),
     * and not the ways of putting a thing ({@link CountNouns}: {@code dua hal}, {@code dua arah}) unless a noun of kinds
     * names the thing it sorts ({@code sembilan jenis pajak}). A rough figure of
     * a scale counts as its digits do ({@code ada 500 ribuan lebih kepala keluarga yang tidak mampu membayar biaya
     * pemasangan listrik}, tempo.co, 11 September 2019).
     */
    private static boolean commonNounAfter(Words words, NumberMention n, String unit, int phraseAt, boolean oneCounts) {
        int next = phraseAt;
        while (next + 1 < words.size() && (CountedPhrase.standsBeforeUnit(words.lower(next))
                || ClaimLexicon.repeatsTitle(words.lower(), next))) {
            next++; // "14 super tiket", "25 juga rencana", "lima kali juara": the unit is the noun after
        }
        return (n.form() == Form.DIGITS || n.form() == Form.ROUGH
                || n.form() == Form.WORDS && (n.value() >= 2 || oneCounts) && (!CountNouns.isUncounted(unit)
                        || CountNouns.namesKinds(unit) && nounOfKinds(words, next + 1)))
                && next < words.size() && words.lower(next).equals(unit)
                && Character.isLowerCase(words.token(next).text().charAt(0)) && Calendar.month(unit) == 0
                && unit.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    /**
     * Whether a common noun, in lower case and not itself uncounted, follows a noun of kinds at {@code at}: {@code
     * sembilan jenis pajak} tallies kinds of tax.
     */
    private static boolean nounOfKinds(Words words, int at) {
        return at < words.size() && Character.isLowerCase(words.token(at).text().charAt(0))
                && !CountNouns.isUncounted(words.lower(at)) && CountedPhrase.isNounWord(words.lower(at));
    }

    /**
     * The death or injury an active verb right before the number inflicts on what it counts ({@code Asrama yang dihuni
     * sekitar 1.200 siswi itu terbakar dan menewaskan 8 siswi yang terjebak di dalamnya}, kumparan.com, 3
     * September 2017): the verb whose object they are says what befell them, where the clause after them tells only
     * how they were caught ({@code terjebak}). Null when no such verb stands there.
     */
    private static Reading inflictedBy(Words words, int first) {
        for (int i = first - 1; i >= 0 && i >= first - ClaimLexicon.LONGEST_CUE; i--) {
            ClaimLexicon.Cue cue = ClaimLexicon.cueAt(words.lower(), i);
            if (cue != null && i + cue.length() == first && Affixes.hasActivePrefix(words.lower(i))
                    && (cue.category() == ClaimCategory.KILLED || cue.category() == ClaimCategory.INJURED)) {
                return new Reading(cue.category(), words.token(i).start());
            }
        }
        return null;
    }

    /**
     * An outcome word a little before the number, nearest first, not beyond an earlier number nor into an
     * earlier claim: in {@code Tiga orang korban meninggal dunia langsung dibawa ke RSUD Ciawi, lima orang yang
     * dibawa ke RS EMC Sentul} (15 September 2019) the dead are the three, and the five taken to another
     * hospital are the injured. After a passive verb the number is the agent ({@code luka dianiaya empat
     * pria}), not who suffered; after a comma and a conjunction of contrast ({@code nakohda kapal tewas, sementara tiga
     * anak buahnya berhasil menyelematkan diri}) the outcome is another clause's.
     */
    private static Reading outcomeBefore(Words words, int first, int claimedTo) {
        if (first > 0 && isPassiveVerb(words, first - 1)) {
            return null;
        }
        boolean verbBetween = false;
        for (int i = first - 1; i >= 0 && i >= first - OUTCOME_BEFORE_REACH; i--) {
            String w = words.lower(i);
            if (Character.isDigit(w.charAt(0)) || w.equals(";") || w.equals(".") || words.token(i).start() < claimedTo
                    || CONTRAST_OPENERS.contains(w) && i > 0 && words.lower(i - 1).equals(",")) {
                return null;
            }
            ClaimLexicon.Cue cue = ClaimLexicon.cueAt(words.lower(), i);
            if (cue != null && i + cue.length() <= first) {
                return cue.category() == ClaimCategory.ARRESTED && verbBetween ? null
                        : new Reading(cue.category(), words.token(i).start());
            }
            verbBetween |= cue == null && isTransitiveVerb(w) && !TOTAL_PREDICATES.contains(w)
                    && !(i >= 2 && COORDINATORS.contains(words.lower(i - 1))
                    && ClaimLexicon.cueAt(words.lower(), i - 2) != null); // "diamankan atau disidik ... 185 tersangka"
        }
        return null;
    }

    /**
     * Whether the number opens a range of a measure ({@code jasad bayi itu diperkirakan berumur enam hingga tujuh
     * bulan}, okezone.com, 12 September 2019): the range word, the other end and the unit follow it.
     */
    private static boolean startsMeasuredRange(Words words, int first) {
        return first + 3 < words.size() && ClaimLexicon.isNotCount(words.lower(first + 1))
                && (!Double.isNaN(IndonesianNumber.digits(words.lower(first + 2)))
                || !Double.isNaN(IndonesianNumber.words(words.lower(first + 2))))
                && ClaimLexicon.isNotCount(words.lower(first + 3));
    }

    /** Whether a sum or a share is the lower end of a range ({@link #RANGE_AFTER}). */
    private static boolean opensRange(String body, NumberMention n) {
        Matcher range = RANGE_AFTER.matcher(body).region(n.end(), body.length());
        return range.lookingAt() && !CountedPhrase.isYear(range.group("upper"))
                && (range.group("next") == null || Calendar.month(range.group("next")) == 0);
    }

    /**
     * Whether the number is the upper end of a range, a number right before the word joining the ends ({@code Semen
     * Padang hanya kehilangan dua sampai tiga trip pengiriman semen}, antaranews.com, 26 October 2017) or before that
     * word and the unit both ends are written with ({@code kebutuhan lahan untuk Stasiun Kedundang berkisar 20 hektare
     * sampai 25 hektare}, IndoSum); the lower end already counts nothing, its unit being the joining word, or it is
     * read by {@link #startsRange}.
     */
    private static boolean endsRange(Words words, int first) {
        int link = rangeLinkEndingAt(words, first - 1);
        if (link < 1) {
            return false;
        }
        int lower = link - 1;
        if (lower >= 1 && sameUnitAt(words, lower, first + 1)) {
            lower--;
        }
        return CountedPhrase.isNumber(words.lower(lower)) && !CountedPhrase.isYear(words.lower(lower));
    }

    /**
     * Whether the number is the lower end of a range whose joining word or whose unit comes before the joining word
     * takes the place of its counted noun: the short form of {@code sampai dengan} ({@code Obat ini bekerja secara
     * efektif hingga waktu sekitar 20 s.d 24 jam}, IndoSum: hours, not a tally of {@code s}) or the unit written at
     * both ends ({@code berkisar 20 hektare sampai 25 hektare}).
     */
    private static boolean startsRange(Words words, int first) {
        for (int link = first + 1; link <= first + 2; link++) {
            int end = rangeLinkStartingAt(words, link);
            if (end >= 0 && end + 1 < words.size() && CountedPhrase.isNumber(words.lower(end + 1))
                    && !CountedPhrase.isYear(words.lower(end + 1))
                    && (link == first + 1 || sameUnitAt(words, first + 1, end + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether both tokens are there and are one lower-case word, the unit written again after a range's upper end. */
    private static boolean sameUnitAt(Words words, int i, int j) {
        return j < words.size() && !CountedPhrase.isNumber(words.lower(i)) && words.lower(i).equals(words.lower(j))
                && Character.isLetter(words.lower(i).charAt(0));
    }

    /**
     * The token a word joining a range's two ends that closes at token {@code end} opens at, or -1: one word of
     * {@code range-links.txt} ({@code sampai}), or a short form the segmenter cuts at its point or slash
     * ({@code s.d}, {@code s/d}: three tokens touching).
     */
    private static int rangeLinkEndingAt(Words words, int end) {
        if (end < 0 || end >= words.size()) {
            return -1;
        }
        return RANGE_LINKS.contains(words.lower(end)) ? end
                : end >= 2 && shortRangeLinkAt(words, end - 2) ? end - 2 : -1;
    }

    /** The token a word joining a range's two ends that opens at token {@code start} closes at, or -1. */
    private static int rangeLinkStartingAt(Words words, int start) {
        if (start >= words.size()) {
            return -1;
        }
        return RANGE_LINKS.contains(words.lower(start)) ? start
                : start + 2 < words.size() && shortRangeLinkAt(words, start) ? start + 2 : -1;
    }

    /** Whether three tokens touching from {@code open} on spell a joining word's short form ({@code s.d}). */
    private static boolean shortRangeLinkAt(Words words, int open) {
        return words.token(open).end() == words.token(open + 1).start()
                && words.token(open + 1).end() == words.token(open + 2).start()
                && RANGE_LINKS.contains(words.lower(open) + words.lower(open + 1) + words.lower(open + 2));
    }

    /**
     * A verb with an object, active or passive ({@code mengidentifikasi}, {@code menipu}, {@code disidik}): standing
     * between an arrest and the number, it is the verb whose object the number counts ({@code menangkap Jek setelah
     * mengidentifikasi 19 korban pencabulan}, okezone.com, 12 September 2019: the victims, not the arrested; {@code
     * ditangkap polisi lantaran diduga menipu sekitar 200 calon jamaah}, kompas.com, 11 September 2019).
     */
    private static boolean isTransitiveVerb(String w) {
        return w.length() > TRANSITIVE_VERB_MIN_LENGTH && (Affixes.hasActivePrefix(w) || Affixes.hasPassivePrefix(w))
                && w.chars().allMatch(Character::isLetter);
    }

    /** {@code perang di antara dua negara}: a number in words after "between" names sides, not a count. */
    private static boolean between(Words words, NumberMention n, int first) {
        return n.form() == Form.WORDS && first > 0 && BETWEEN.contains(words.lower(first - 1));
    }

    /**
     * {@code persaingan antara dua calon yang benar-benar berseberangan} (cnnindonesia.com, 6 May 2017): people in
     * words after a bare "between" are the sides of a relation; after {@code di antara} they are a whole a part is
     * taken from ({@code tiga di antara sembilan korban}, {@code diantara empat korban kecelakaan}), a count.
     */
    private static boolean peopleAsSides(Words words, NumberMention n, int first) {
        return between(words, n, first) && !AMONG.contains(words.lower(first - 1))
                && (first < 2 || !AMONG.contains(words.lower(first - 2) + " " + words.lower(first - 1)));
    }

    /**
     * {@code Jumlah korban meninggal dunia ... bertambah menjadi 23 orang}: the figure a total comes to, the
     * total named earlier in the sentence with an outcome word right after its noun.
     */
    private static ClaimCategory namedTotal(Words words, int first) {
        if (first == 0 || !TOTAL_PREDICATES.contains(words.lower(first - 1))) {
            return null;
        }
        for (int i = first - 2; i >= 0 && i >= first - TOTAL_REACH; i--) {
            if (TOTALS.contains(words.lower(i))) {
                for (int k = i + 1; k <= i + TOTAL_OUTCOME_REACH && k < first; k++) {
                    ClaimLexicon.Cue cue = ClaimLexicon.cueAt(words.lower(), k);
                    if (cue != null) {
                        return cue.category();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * {@code dengan jumlah url mencapai 72.500.}, {@code dengan jumlah pemilik rumah sebanyak 1.247.} (tempo.co and
     * sindonews.com, 12 September 2019): a figure with nothing counted after it is the figure a total comes to when
     * the total's word, a few words before it in its clause, names what it totals; not a total named back
     * ({@code Dari jumlah tersebut ada 177}), owned ({@code jumlah penghitungannya}) or measured ({@code Total
     * kalori}), and not a figure the next token goes on ({@code 15 988 kasus}) or a range starts from.
     */
    private static boolean bareTotalNamed(Words words, int first) {
        if (first == 0 || !TOTAL_PREDICATES.contains(words.lower(first - 1))) {
            return false;
        }
        if (first + 1 < words.size() && (Character.isDigit(words.lower(first + 1).charAt(0))
                || ClaimLexicon.isNotCount(words.lower(first + 1)))) {
            // "berjumlah 15 988 kasus", "sebanyak 5 hingga 10 persen": a figure cut in two, one end of a range
            return false;
        }
        for (int i = first - 2; i >= 0 && i >= first - 2 - BARE_TOTAL_REACH; i--) {
            String w = words.lower(i);
            if (!Character.isLetter(w.charAt(0))) {
                return false;
            }
            if (TOTALS.contains(w)) {
                String named = words.lower(i + 1);
                return i + 1 < first - 1 && CountedPhrase.isNounWord(named) && !TOTALS.contains(named)
                        && !FunctionWords.hasEnclitic(named) && !ClaimLexicon.isNotCount(named);
            }
        }
        return false;
    }

    /**
     * The token of the noun of people a figure with nothing counted after it counts, written a few words before the
     * total's predicate and its hedge ({@code Djoko mengungkap pengguna iPhone ada sekitar 100.000 lebih di
     * Indonesia}, sindonews.com, 10 September 2019), or -1: only letters stand between them, and the figure is no
     * figure cut in two nor one end of a range.
     */
    int peopleCountedBefore(Words words, int first) {
        QualifierReader.Hedge hedge = hedges.read(words, first);
        int at = hedge == null ? first : words.firstAt(hedge.start());
        String next = first + 1 < words.size() ? words.lower(first + 1) : "";
        // "sebanyak 14, 65 juta penumpang": a figure the scrape cut at its comma goes on after it
        String afterComma = next.equals(",") && first + 2 < words.size() ? words.lower(first + 2) : "";
        if (at == 0 || !TOTAL_PREDICATES.contains(words.lower(at - 1))
                || !next.isEmpty() && (Character.isDigit(next.charAt(0)) || ClaimLexicon.isNotCount(next))
                || !afterComma.isEmpty() && Character.isDigit(afterComma.charAt(0))) {
            return -1;
        }
        for (int i = at - 2; i >= 0 && i >= at - 2 - PEOPLE_BEFORE_REACH; i--) {
            String w = words.lower(i);
            if (!Character.isLetter(w.charAt(0))) {
                return -1;
            }
            if (ClaimLexicon.isPeople(w)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isPassiveVerb(Words words, int i) {
        String w = words.lower(i);
        return FunctionWords.isAgent(w) || Affixes.hasPassivePrefix(w) && w.length() > PASSIVE_VERB_MIN_LENGTH
                && ClaimLexicon.cueAt(words.lower(), i) == null && !ClaimLexicon.isPeople(w);
    }

    /**
     * A number right after a name written in capitals is part of that name, a code ({@code CP 201 proses lelang},
     * {@code CN 295 kapsitas 2,4 ton}, tempo.co and sindonews.com, 11 and 15 September 2019; {@code SDN 4},
     * {@code GA 580}), unless it counts people or things the lexicon knows ({@code BPBD 300 orang},
     * {@code PHK 60 karyawan}) or the capitals are the counted noun of a list ({@code SIM 173 dan STNK 69}). A
     * noun the lexicon knows written with a capital goes on with the name ({@code SP 5 Desa Sekamaju}, okezone.com,
     * 15 September 2019: a settlement's block, then its village). A number right after such a code is the next code
     * of a list ({@code CP 204 205 lelang tahun depan}, sindonews.com, 15 September 2019: two contract packages).
     */
    private static boolean afterAcronym(Words words, int first, String unit) {
        if (first == 0) {
            return false;
        }
        int name = first - 1;
        if (name > 0 && words.token(name).text().chars().allMatch(Character::isDigit)) {
            name--; // "CP 204 205": the name stands before the list's first code
        }
        String before = words.token(name).text();
        return ACRONYM.matcher(before).matches() && !before.equalsIgnoreCase(unit)
                && (unit == null || !ClaimLexicon.isPeople(unit) && !ClaimLexicon.isThing(unit)
                || first + 1 < words.size() && words.lower(first + 1).equals(unit)
                && Character.isUpperCase(words.token(first + 1).text().charAt(0)));
    }

    /**
     * Whether the number right after two words in capitals ends a name ({@code terjaring Operasi Patuh Jaya 12},
     * sindonews.com, 12 September 2019: the twelfth such operation): the outcome word before the name is not the
     * number's.
     */
    private static boolean endsName(Words words, int first) {
        return first >= 2 && capitalised(words.token(first - 1).text()) && capitalised(words.token(first - 2).text());
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter);
    }

    /**
     * Whether the phrase a number in words counts ends, within {@link #NAMED_BACK_REACH} words, in a demonstrative that
     * points back ({@link #NAMING_BACK}: {@code itu}, {@code tersebut}): {@code dua lagu itu}, {@code dua layanan
     * streaming itu}, {@code dua konten tersebut} (IndoSum) name again the things just told of, as {@code kedua lagu}
     * would: "both", no tally.
     */
    private static boolean namesBack(Words words, int phraseAt) {
        for (int k = phraseAt; k < words.size() && k <= phraseAt + NAMED_BACK_REACH; k++) {
            String w = words.lower(k);
            if (k > phraseAt && (NAMING_BACK.contains(w)
                    || k + 2 < words.size() && NAMING_BACK_PLACES.contains(w + " " + words.lower(k + 1))
                    && !Character.isLetterOrDigit(words.token(k + 2).text().charAt(0)))) {
                return true;
            }
            if (!Character.isLowerCase(words.token(k).text().charAt(0)) || !CountedPhrase.isNounWord(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the number stands after {@code di antara} or {@code dari}: a whole a part is taken from, which counts
     * though named back ({@code Satu di antara dua calon itu pernah menjabat menteri}).
     */
    private static boolean wholeOfAPart(Words words, int first) {
        return first > 0 && (FunctionWords.isFrom(words.lower(first - 1)) || AMONG.contains(words.lower(first - 1))
                || first > 1 && AMONG.contains(words.lower(first - 2) + " " + words.lower(first - 1)));
    }

    /**
     * Whether a relative {@code yang} stands within {@link #NAMED_BACK_REACH} words before the number: the demonstrative
     * after its phrase then closes the clause's head ({@code Komplek yang berisi dua rumah sakit besar itu dikuasai
     * militan ISIS}, IndoSum: the complex, holding two hospitals).
     */
    private static boolean inRelativeClause(Words words, int first) {
        for (int k = first - 1; k >= 0 && k >= first - NAMED_BACK_REACH; k--) {
            if (FunctionWords.RELATIVE.equals(words.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a kin word stands right before the number: the demonstrative after its phrase closes the kin's
     * ({@code Ibu empat anak itu kemudian menanyakan lebih lanjut}, CLICK-ID, September 2019: that mother of four), and
     * her children are counted as the contract's notes count a film's {@code ibu dari 25 anak}.
     */
    private static boolean afterKin(Words words, int first) {
        return first > 0 && KIN.contains(words.lower(first - 1));
    }

    /**
     * Whether the number stands after the joint of a thing and its parts ({@link #THING_PART_JOINTS}), the thing
     * within {@link #THING_BEFORE_JOINT} words before the joint: {@code Gedung baru dengan enam ruang kelas tersebut}
     * (tempo.co, 13 September 2019) counts the building's rooms, the demonstrative closing the building's phrase; after
     * a verb's {@code dengan} the phrase still names back ({@code berkomunikasi dengan enam partai tersebut}).
     */
    private static boolean partsOfAThing(Words words, int first) {
        if (first < 2 || !THING_PART_JOINTS.contains(words.lower(first - 1))) {
            return false;
        }
        for (int k = first - 2; k >= 0 && k >= first - 1 - THING_BEFORE_JOINT; k--) {
            if (ClaimLexicon.isThing(words.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word naming people wanted by the police ({@link #WANTED}) stands after the number in its sentence: {@code
     * Sedangkan 1 orang lagi masuk daftar pencarian orang (DPO) karena melarikan diri} (sindonews.com, 14 September
     * 2019) tallies the man at large, not one more of the suspects held in the sentence before.
     */
    private static boolean namedWanted(Words words, int first) {
        for (int k = first + 1; k < words.size(); k++) {
            if (WANTED.contains(words.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code satu} in words counts one of what it counts, a match's tally ({@code satu gol}): not as "the only"
     * ({@code mengukir satu-satunya gol Atletico Madrid}, IndoSum), "one by one" ({@code fokus ke satu per satu
     * pertandingan dulu}, {@code satu demi satu}), "within one" ({@code mencetak gol dan memberi assist dalam satu
     * pertandingan yang sama}) nor "not even one" ({@code gagal mencetak satu gol pun}; CLICK-ID week, September 2019).
     */
    private static boolean countsOne(String body, NumberMention n, Words words, int first, String unit, int phraseAt) {
        String tally = unit != null && FunctionWords.hasEnclitic(unit) ? FunctionWords.withoutEnclitic(unit) : unit;
        if (tally == null || !ONE_TALLIES.contains(tally) || body.startsWith("-", n.end())
                || first > 0 && (FunctionWords.isOneByOne(words.lower(first - 1))
                    || FunctionWords.isWithin(words.lower(first - 1)))) {
            return false;
        }
        int counted = phraseAt;
        while (counted < words.size() && !words.lower(counted).equals(unit)) {
            counted++;
        }
        return counted + 1 >= words.size() || !FunctionWords.isEven(words.lower(counted + 1));
    }

    /**
     * Whether a verb of choosing after a plan word stands up to {@link #SELECTION_REACH} words before the number at
     * token {@code first}, in its clause: the people or entries it counts are a selection's step still to come ({@code
     * Pansel akan menyeleksi 35 orang tersebut menjadi 21 orang}, {@code Presiden akan memilih 14 orang terbaik},
     * IndoSum, March 2017), no tally.
     */
    private static boolean selectionToCome(Words words, int first) {
        for (int k = first - 1; k > 0 && k >= first - SELECTION_REACH; k--) {
            String w = words.lower(k);
            if (!Character.isLetterOrDigit(w.charAt(0)) || FunctionWords.isFrom(w)) {
                return false; // "akan memilih lima nama dari 10 capim": the ten already chosen are a tally
            }
            if (SELECTION_VERBS.contains(w)) {
                return PLANNING.contains(words.lower(k - 1));
            }
        }
        return false;
    }

    /**
     * Whether a denial ({@link #DENIALS}) stands up to {@link #DENIAL_REACH} words before the number at token {@code
     * first}, only lower-case words between and no bound before it ({@link #DENIAL_BOUNDS}: {@code paling tidak}): {@code
     * pesepakbola 33 tahun itu belum fit 100 persen}, {@code Maurizio Sarri, belum pulih 100% dari sakit pneumonia}
     * (CLICK-ID week) deny the whole, they tell no share.
     */
    private static boolean deniedBefore(Words words, int first) {
        for (int k = first - 1; k >= 0 && k >= first - DENIAL_REACH; k--) {
            String w = words.lower(k);
            if (DENIALS.contains(w)) {
                return k == 0 || !DENIAL_BOUNDS.contains(words.lower(k - 1));
            }
            if (!Character.isLowerCase(words.token(k).text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** {@code salah satu}: the word before the number makes it "one of". */
    private static boolean isOneOf(Words words, int first) {
        return first > 0 && FunctionWords.isOneOf(words.lower(first - 1));
    }

    /** Goods and animals "diamankan" are seized, not arrested: a count of things. */
    private static boolean seized(ClaimCategory category, String unit) {
        return category == ClaimCategory.ARRESTED && unit != null && ClaimLexicon.isThing(unit);
    }

    private static boolean isYear(String body, NumberMention n) {
        return n.form() == Form.DIGITS && CountedPhrase.isYear(body.substring(n.start(), n.end()));
    }

    private static boolean countsSomething(String unit) {
        return unit != null && (ClaimLexicon.isPeople(unit) || ClaimLexicon.isThing(unit));
    }

    /** What a number counts and where the words that say so start. */
    record Reading(ClaimCategory category, int start) {
    }
}
