package id.kabar.link;

import id.kabar.annotate.entity.Gazetteer;
import id.kabar.lang.Calendar;
import id.kabar.lang.CountNouns;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.GroupWords;
import id.kabar.lang.IndonesianNumber;
import id.kabar.lang.MatchWords;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.MemberRef;
import id.kabar.model.Qualifier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Gathers the claims that count the same thing and says how their figures relate: agreement, a later
 * update, or a disagreement about one moment. Claims are compared inside their story, and across
 * stories only where the subjects name the same thing (or, for a toll of unnamed people, the headlines
 * name the same place and kind of happening) and the reports are days apart at most: a story split in
 * two, or an outlet's report threaded elsewhere, keeps its figures' groups.
 *
 * <p>Two claims count the same thing only in one category and one unit (people counted in any word for
 * them, {@code 56 orang} and {@code 56 anggota}; a counting word by its kind, {@code 26 atlet} and
 * {@code 26 pemain}), and only when their subjects do not name different things
 * ({@code 370.000 warga Rohingya} is never compared with {@code 30.000 warga Buddha}). The same figure
 * then agrees. Different figures are one count read differently only when they are the same count for
 * certain: casualties of one story with the same (or no) named victims, or sums so close that they are
 * rival readings of one number ({@code Rp 5.534 triliun} and {@code Rp 5.545 triliun}: one debt at two
 * exchange rates).
 */
final class ClaimGrouper {
    /**
     * Stems of subject words that do not say what is counted: people in general or the category again
     * ({@code 137 orang tewas} counts the same dead as {@code 137 warga} and {@code korban meninggal}), a
     * figure in general or a word pointing back ({@code Angka ini tumbuh 10,3 persen}, {@code setara}).
     */
    private static final Set<String> GENERAL_WORDS = Set.copyOf(TermAnalyzer.stems(String.join(" ",
            WordLists.read(WordLists.class, "general-subject-words.txt"))));
    /**
     * The kind each counting word names: words of one line of {@code counted-kinds.txt} count one kind of
     * thing ({@code 26 atlet} and {@code 26 pemain}).
     */
    private static final Map<String, String> KINDS = kindsOfLines("counted-kinds.txt");
    /** The kind the nouns of perpetrators stand for inside one story: that of {@code pelaku}. */
    private static final String PERPETRATOR_KIND = Objects.requireNonNull(KINDS.get(NameKeys.fold("pelaku")));
    /**
     * Nouns that name people by the crime they did ({@code pencuri}, {@code perampok}), folded: in one story they
     * count its perpetrators, as {@code pelaku} does.
     */
    private static final Set<String> PERPETRATORS = WordLists.read(WordLists.class, "perpetrator-nouns.txt").stream()
            .map(NameKeys::fold).collect(Collectors.toUnmodifiableSet());
    /** Words that count people, folded: a count of {@code orang} is a count of any of them, perpetrators among them. */
    private static final Set<String> PEOPLE = Stream.concat(
            WordLists.read(WordLists.class, "people-counters.txt").stream().map(NameKeys::fold),
            PERPETRATORS.stream()).collect(Collectors.toUnmodifiableSet());
    /**
     * Words of a casualty count that name the part of the casualties it counts ({@code luka berat}): counts of
     * different parts are different subjects, never compared.
     */
    private static final Set<String> DEGREES = WordLists.read(WordLists.class, "casualty-degrees.txt").stream()
            .map(NameKeys::fold).collect(Collectors.toUnmodifiableSet());
    /**
     * The kind each noun of {@code one-happening-counted-kinds.txt} names where the reports of one happening count it
     * ({@code organisasi} and {@code kelompok}), folded.
     */
    private static final Map<String, String> KINDS_IN_ONE_HAPPENING = kindsOfLines("one-happening-counted-kinds.txt");
    /** Counting words of regions that name no administrative kind ({@code daerah}), lower-case. */
    private static final Set<String> GENERAL_REGIONS = WordLists.set(WordLists.class, "general-region-counters.txt");
    /** Stems of place names that name no place by themselves ({@code tol}, {@code kabupaten}, {@code selatan}). */
    private static final Set<String> PLACE_NAME_WORDS = Set.copyOf(TermAnalyzer.stems(String.join(" ",
            WordLists.read(WordLists.class, "place-name-words.txt"))));
    /** Words of a subject that make a figure one of an earlier period or of a part of a whole, lower-case. */
    private static final Set<String> PERIOD_AND_PART_WORDS = WordLists.set(WordLists.class,
            "figure-period-and-part-words.txt");
    /**
     * Stem hashes ({@link ArticleProfiler#wordHash}) of the words that say a sentence's people are being identified
     * ({@code mengidentifikasi}, {@code teridentifikasi}): a count of them counts the dead identified, not the toll.
     */
    private static final Set<Integer> IDENTIFICATION_STEMS = TermAnalyzer.stems(String.join(" ",
            WordLists.read(WordLists.class, "identification-words.txt"))).stream()
            .map(ArticleProfiler::wordHash).collect(Collectors.toUnmodifiableSet());
    /** Nouns that name a total ({@code jumlah tersangka}), lower-case: a tally's subject opening with one is a whole. */
    private static final Set<String> TOTALS = WordLists.set(WordLists.class, "count-totals.txt");
    /** What marks a degree among the words of what a claim counts. */
    private static final String DEGREE = "degree ";
    /** What marks a place among the words of what a claim counts ({@link PlaceWords#placed}). */
    private static final String PLACE = "place ";
    /** What marks the group whose members a claim counts ({@link GroupWords#grouped}). */
    private static final String GROUP = "group ";
    /** The suffix that makes a counting word say whose things it counts ({@code pemainnya}: his players). */
    private static final String POSSESSIVE = FunctionWords.ENCLITIC;
    /**
     * The shortest word a possessive suffix is read off: {@code hanya} and {@code punya} end in the same letters and
     * are no counting word with it.
     */
    private static final int MIN_POSSESSED = 3;
    /** The one unit key of a count of people. */
    private static final String PEOPLE_UNIT = CountNouns.PEOPLE;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The words those nouns give what a tally counts ({@link #specificWords}). */
    private static final Set<String> NOUNS_OF_ONE_HAPPENING = Set.copyOf(
            specificWords(String.join(" ", KINDS_IN_ONE_HAPPENING.keySet())));
    /** A figure written round, with a scale word ({@code Rp 18 miliar}, {@code 328 ribu ha}). */
    private static final Pattern ROUND_SUM = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + IndonesianNumber.SCALE_WORD + "(?![\\p{L}])");
    /** A number written with a separator before its scale word ({@code USD0,08 miliar}, {@code 85,1 juta}). */
    private static final Pattern DECIMALS_BEFORE_SCALE = Pattern.compile(
            "(?iu)(?<![\\d.,])(\\d+(?:[.,]\\d+)+)\\s*(" + IndonesianNumber.SCALE_WORD + ")(?![\\p{L}])");
    /** A whole figure in digits before a word ({@code 250 Karyawan}), not part of a decimal or a score. */
    private static final Pattern HEADLINE_FIGURE = Pattern.compile(
            "(?<![\\d.,\\-])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d.,\\-]?\\d)\\s+(\\p{L}+)");
    /** What ends a headline's clause: a comma or a semicolon before a space (not a decimal comma), a colon, a mark. */
    private static final Pattern HEADLINE_CLAUSE_END = Pattern.compile("[,;](?=\\s)|[:?!|]");
    /** A word a lead writes with a capital inside a sentence (a name), not in capitals throughout (an acronym). */
    private static final Pattern LEAD_NAME = Pattern.compile("(?<=[\\p{L}\\d,;)\"'] )\\p{Lu}\\p{Ll}+");
    /** Four digits written with no separator, as a year is ({@code 2018 jemaah} is a year read as a count). */
    private static final Pattern YEAR_LIKE = Pattern.compile("(?<![\\d.,])\\d{4}(?![\\d.,])");
    /** A tally written round by its suffix ({@code 1.700-an unit}): about as many as its digits say. */
    private static final Pattern ROUND_TALLY = Pattern.compile("(?<=\\d)-an(?![\\p{L}])");
    /**
     * The least scale word that makes a sum written round name its figure across reports ({@code Rp 16 miliar},
     * {@code 4 juta euro}). Sums in thousands are prices and fines that recur for different things in one story:
     * {@code Rp 500 ribu}, the most a traffic fine may be, for the odd-even rule, an overloaded truck and a rider on
     * the pavement (CLICK-ID, 10-12 September 2019).
     */
    static final double NAMING_SCALE = 1e6;
    /** Figures whose days are this close describe the same moment (a report dated the morning after). */
    static final int SAME_MOMENT_DAYS = 1;
    /**
     * Different sums this close (relative) are rival readings of one number: a debt of
     * {@code Rp 5.534}, {@code 5.545} and {@code 5.553 triliun} converted at three rates on 16 September
     * 2019 (0.3%), Antam gold at {@code Rp 753.000} and {@code Rp 760.000} the same morning (0.9%); the
     * next price of the week moves by as little, so rivals must also be reported the same day.
     */
    static final double RIVAL_READINGS = 0.02;
    /**
     * Different sums of two stories this close (relative) are rival readings of one number: the extra budget of the transport ministry at {@code Rp 441,5 miliar} and {@code Rp441
     * miliar} (0.1%), the state debt at {@code Rp4.603} and {@code Rp4.604 triliun} (16 September 2019). Another story's
     * figure 1% off is another figure under a shared word: sindonews.com's textile exports of 2018 ({@code nilai ekspor
     * sebesar USD13,27 miliar}) beside August's non-oil exports ({@code USD13,40 miliar}) the same day.
     */
    static final double RIVAL_READINGS_ACROSS_STORIES = 0.005;
    /**
     * People counts of one story this close (relative) are one count read twice: a petition's {@code 653} and {@code
     * 655} signatures of one day (0.3%).
     */
    static final double CLOSE_READINGS = 0.01;
    /**
     * The least figure of people read twice that {@link #CLOSE_READINGS} ties: below the hundreds a figure one apart
     * is as often another count ({@code 14 tersangka} and {@code 15 orang} of two towns).
     */
    static final double CLOSE_READINGS_FROM = 100;
    /**
     * The significant digits a tally written round must write to be one figure with the exact tally it rounds: a
     * figure of one digit is as often a bound or another figure ({@code di atas 3 miliar batang}, the excise tier,
     * beside a maker's {@code 2,9 miliar batang}; {@code 60 ribu tiket} beside {@code 66 ribu tiket}, 2019).
     */
    static final int ROUND_TALLY_DIGITS = 2;
    /** The significant digits a sum writes for a slip of scale to be told from two sums ({@code USD88 juta}: two). */
    static final int SCALE_SLIP_DIGITS = 2;
    /** The farthest apart a slip of scale puts one sum: three places of the decimal point, a thousand-fold. */
    static final double SCALE_SLIP_FACTOR = 1000;
    /**
     * Whole figures up to this are too common to tie two claims by the figure alone ({@code dua pemain asing},
     * {@code 2 pegawai} and {@code dua orang saksi} in one story count different things); a fraction is
     * not ({@code 0,29 persen}: gold fell 0.29 percent in three outlets' reports of one closing).
     */
    static final double COMMON_COUNT = 10;
    /**
     * Across stories, figures are compared only within this many days of each other: the days in which
     * one count is reported and retold (the same span in which a quote is retold, {@link QuoteGrouper#RETOLD_DAYS}).
     */
    static final int ACROSS_STORIES_DAYS = QuoteGrouper.RETOLD_DAYS;
    /**
     * Significant digits from which a figure names its count by itself across stories, subject or not: the
     * foreign debt of {@code USD395,3 miliar} reported in two stories on 16 September 2019. A price rounded to
     * the thousand ({@code Rp 754.000}, three digits) recurs on other days of the week as another price.
     */
    static final int PRECISE_DIGITS = 4;
    /**
     * The readings of one named total stay within this factor of each other: the suspects of the Papua riots went
     * from 78 to 96 in the reports of one week (kompas.com, tempo.co, 10 September 2019), while {@code jumlah jemaah
     * haji yang masih dirawat ... sebanyak 102 orang} (okezone.com) and {@code Jumlah jamaah haji Indonesia yang
     * berangkat tahun ini sebanyak 229.613 orang} (sindonews.com, 12 September 2019) are totals of different pilgrims.
     */
    static final double TOTAL_READINGS_FACTOR = 2;
    /**
     * Significant digits from which a sum or a share names its figure by itself inside one story, whatever the words read
     * before it: those words are often another clause's ({@code anggaran} and {@code kilometer} before {@code Rp297
     * miliar}, {@code prevalensi perokok} and {@code global} before {@code 32,8%}: in the CLICK-ID week, 44 pairs of one
     * story with one such figure stood apart only by those words, none two different things). Shares of two digits are
     * left to the words: a round {@code 10 persen} is common enough to stand for two things; sums of two reports written
     * in millions are not ({@link #roundSumsOfTwoReports}).
     */
    static final int PRECISE_IN_STORY_DIGITS = 3;
    /**
     * The significant digits from which a sum written without a scale word is a record of one payment, written to the
     * rupiah ({@code Rp1.672.985.500}: eight), not a price or a rate: the dearest car price of the CLICK-ID week written
     * in full, {@code Rp 146.400.000}, writes four, a dollar's rate {@code Rp14.031} five.
     */
    static final int FULL_SUM_DIGITS = 7;
    /** Earlier claims compared with each claim under one subject word across stories, so the work per claim is bounded. */
    static final int ACROSS_STORIES_COMPARED = QuoteGrouper.MAX_CANDIDATES;
    /**
     * Of the stems of the shorter of two claims' sentences (outside the claims' own words), the share the other holds
     * when one outlet retells the other's sentence. On the CLICK-ID week, sentences of one event sharing a name and 0.6
     * of the shorter's words were mostly other lines of one release (exports' and imports' falls, two stocks of one
     * market list); at 0.75 and above they were retellings.
     */
    static final double RETOLD_SHARE = 0.7;
    /** And of the longer's: a short sentence held in a long one that says more is no retelling of it. */
    static final double RETOLD_SHARE_OF_LONGER = 0.5;
    /** Stems two retellings of a sentence share at least: fewer tie two short sentences of any figure. */
    static final int RETOLD_STEMS = 4;
    /** Of the longer sentence's stems, the share the other holds when it retells it word for word, names or none. */
    static final double RETOLD_VERBATIM = 0.9;
    /**
     * People this few a report often counts of several sets of people: tribunnews.com's {@code Dua orang ini baru satu
     * sindikat} (the two arrested) and {@code masih ada dua orang yang belum ditangkap} (the two sought) of one bank
     * fraud (10 September 2019), kompas.com's {@code 3 orang meninggal dunia di tempat 3 orang luka berat, dan 3 orang
     * luka ringan} of the Sentul crash (15 September 2019). A sentence retold ties such a count only where neither report
     * has grouped it with another of its claims, which would bring the other set along; the crash's nine, told twice in
     * one report, are one set.
     */
    static final double FEW_PEOPLE = 3;
    /**
     * The farthest apart two headlines' figures of one count may lie: tempo.co's {@code Bukalapak PHK 250 Karyawan} and
     * okezone.com's {@code Rudiantara Sebut 100 Karyawan Bukalapak Kena PHK} (11 September 2019), one count read by two
     * sources. Further apart, headlines of one event count other sets under one noun.
     */
    static final double HEADLINE_READINGS_FACTOR = 3;

    private ClaimGrouper() {
    }

    /**
     * A claim: {@code seq} its place among the claims compared, {@code story} its article's story. What it counts
     * ({@code subject}, {@link #counted}) is split once into its places ({@code placed}), the group whose members it
     * counts ({@code groups}) and its other words ({@code words}), which every comparison of two claims reads;
     * {@code identified} whether it counts dead or people its sentence says are being identified
     * ({@link #countsTheIdentified}).
     */
    private record Ref(int seq, ArticleProfile article, int index, Claim claim, Set<String> subject,
                       Set<String> placed, Set<String> groups, Set<String> words, Set<String> wordsInStory,
                       LocalDate reported, int story, boolean identified) {

        static Ref of(int seq, ArticleProfile article, int index, int story) {
            Claim claim = withCountingWord(article.claims().get(index));
            Set<String> subject = counted(claim);
            Set<String> words = places(subject, false);
            return new Ref(seq, article, index, claim, subject, places(subject, true), ClaimGrouper.groups(subject),
                    words, asPerpetrators(claim.subject(), words), article.published(), story,
                    countsTheIdentified(claim, article.claimSentence(index)));
        }
    }

    /**
     * Whether a claim counts the dead, or people, whose sentence says they are being identified: {@code berhasil
     * mengidentifikasi empat jenazah korban} (tempo.co) and {@code Empat orang berhasil diidentifikasi} (sindonews.com)
     * count the burnt dead of the Cipularang crash identified so far, four of its eight dead (2 September 2019,
     * reported 10 to 13 September), where the toll is {@code delapan orang meninggal dunia}. The sentence's stems are
     * read once, so the work is linear in them.
     */
    private static boolean countsTheIdentified(Claim c, ClaimSentence sentence) {
        return countsDeadOrPeople(c) && Arrays.stream(sentence.stems()).anyMatch(IDENTIFICATION_STEMS::contains);
    }

    /**
     * A claim's words as claims of its own story read them: each noun naming people by their crime stands for the
     * story's perpetrators ({@link #PERPETRATOR_KIND}). Kompas.com's {@code Tiga pencuri ditangkap} and okezone.com's
     * {@code menangkap tiga pelaku pemerkosaan} count one gang of three at Senen, thieves and rapists (16 September
     * 2019). The words as written stay for other stories, whose three suspects are other people.
     */
    private static Set<String> asPerpetrators(String subject, Set<String> words) {
        if (subject == null) {
            return words;
        }
        Set<String> out = null;
        for (String word : NON_WORD.split(subject)) {
            if (PERPETRATORS.contains(NameKeys.fold(word.toLowerCase(Locale.ROOT)))) {
                out = out == null ? new HashSet<>(words) : out;
                out.removeAll(specificWords(word));
                out.add(PERPETRATOR_KIND);
            }
        }
        return out == null ? words : Set.copyOf(out);
    }

    /**
     * A tally written with no counting word counts the people its subject opens with, when a word of people opens it:
     * kompas.com's {@code jumlah penduduk kelas menengah hanya ada sekitar 70 jutaan} is okezone.com's {@code 70 jutaan
     * (jiwa)} of the same briefing (16 September 2019), a count of people in {@code penduduk}. Any other claim stands as
     * read.
     */
    private static Claim withCountingWord(Claim c) {
        if (c.category() != ClaimCategory.COUNT || c.unit() != null || c.subject() == null) {
            return c;
        }
        String opening = NON_WORD.split(c.subject().strip().toLowerCase(Locale.ROOT), 2)[0];
        return PEOPLE.contains(NameKeys.fold(opening)) ? c.withUnit(opening) : c;
    }

    /** Claim groups among the articles of one story. */
    static List<ClaimGroup> group(List<ArticleProfile> articles) {
        return group(articles, p -> 0);
    }

    /** Claim groups of a corpus whose articles lie in the stories {@code storyOf} gives, stems by their ids. */
    static List<ClaimGroup> group(List<ArticleProfile> articles, ToIntFunction<ArticleProfile> storyOf) {
        return group(articles, storyOf, String::valueOf);
    }

    /**
     * Claim groups of a corpus whose articles lie in the stories {@code storyOf} gives; {@code stemWord} gives the
     * word of a stem's vocabulary id, so that a headline's places are compared as words ({@link #namesPlace(String)}
     * tells {@code jagorawi} from {@code tol}).
     */
    static List<ClaimGroup> group(List<ArticleProfile> articles, ToIntFunction<ArticleProfile> storyOf,
                                  IntFunction<String> stemWord) {
        return group(articles, storyOf, stemWord, null);
    }

    /**
     * Claim groups as {@link #group(List, ToIntFunction, IntFunction)} gives them, where {@code copyOf} gives each
     * article the original its copies share (the article itself when it copies none), so that a copy's figures meet
     * those of the text it copies ({@link #joinCopiedFigures}); null when copies are not known.
     */
    static List<ClaimGroup> group(List<ArticleProfile> articles, ToIntFunction<ArticleProfile> storyOf,
                                  IntFunction<String> stemWord, ToIntFunction<ArticleProfile> copyOf) {
        return group(articles, storyOf, stemWord, copyOf, null);
    }

    /**
     * Claim groups as {@link #group(List, ToIntFunction, IntFunction, ToIntFunction)} gives them, where {@code eventOf}
     * gives each article its event, so that a common count told alike by two reports of one happening meets
     * ({@link #joinCommonCountsOfOneEvent}); null when events are not known.
     */
    static List<ClaimGroup> group(List<ArticleProfile> articles, ToIntFunction<ArticleProfile> storyOf,
                                  IntFunction<String> stemWord, ToIntFunction<ArticleProfile> copyOf,
                                  ToIntFunction<ArticleProfile> eventOf) {
        List<Ref> refs = refs(articles, storyOf);
        Counts same = new Counts(refs, false);
        join(refs, same, stemWord, copyOf, eventOf);
        Map<Integer, List<Ref>> members = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            members.computeIfAbsent(same.partition.root(i), k -> new ArrayList<>()).add(refs.get(i));
        }
        List<ClaimGroup> groups = new ArrayList<>();
        for (List<Ref> m : members.values()) {
            if (m.stream().map(Ref::article).distinct().count() < 2) {
                continue;
            }
            groups.add(new ClaimGroup(m.get(0).claim().category(), commonSubject(m),
                    kindOf(m.stream().map(Ref::claim).toList(), m.stream().map(Ref::reported).toList()),
                    m.stream().map(r -> new MemberRef(r.article().id(), r.index())).toList()));
        }
        return groups;
    }

    /** Every claim of the articles, in a fixed order (by day and id), so which of two rival joins wins does not depend on arrival. */
    private static List<Ref> refs(List<ArticleProfile> articles, ToIntFunction<ArticleProfile> storyOf) {
        List<Ref> refs = new ArrayList<>();
        List<ArticleProfile> ordered = articles.stream().sorted(Comparator.comparing(
                (ArticleProfile p) -> p.published() == null ? LocalDate.MIN : p.published())
                .thenComparing(ArticleProfile::id)).toList();
        for (ArticleProfile p : ordered) {
            for (int i = 0; i < p.claims().size(); i++) {
                refs.add(Ref.of(refs.size(), p, i, storyOf.applyAsInt(p)));
            }
        }
        return refs;
    }

    /** Runs every pass that joins claims of one figure, in order; the passes of copies and events where those are known. */
    private static void join(List<Ref> refs, Counts same, IntFunction<String> stemWord,
                             ToIntFunction<ArticleProfile> copyOf, ToIntFunction<ArticleProfile> eventOf) {
        Map<String, List<Ref>> byKind = new LinkedHashMap<>();
        for (Ref r : refs) {
            byKind.computeIfAbsent(r.story() + "|" + kindKey(r), k -> new ArrayList<>()).add(r);
        }
        for (List<Ref> kind : byKind.values()) {
            joinSameFigures(kind, same);
            joinReadingsOfOneCount(kind, same);
        }
        joinTalliesInOtherWords(refs, same);
        joinClassifiedTallies(refs, same);
        joinBareTallies(refs, same);
        joinRegionsInGeneralWords(refs, same);
        joinPreciseTalliesInOtherWords(refs, same);
        joinOutcomesToldApart(refs, same);
        joinIdentifiedCounts(refs, same);
        joinAcrossStories(refs, same, stemWord);
        if (copyOf != null) {
            joinCopiedFigures(refs, same, copyOf);
        }
        if (eventOf != null) {
            joinCommonCountsOfOneEvent(refs, same, eventOf);
            joinOneThingInOtherNounsOfOneOccasion(refs, same, r -> "event " + eventOf.applyAsInt(r.article()));
            joinOneThingInOtherNounsOfOneOccasion(refs, same,
                    r -> r.reported() == null ? null : "day " + r.story() + "|" + r.reported());
            joinRetoldSentencesOfOneEvent(refs, same, eventOf);
            joinHeadlineCountsOfOneEvent(refs, same, eventOf);
        }
    }

    /**
     * The stage at which each pair of claims ({@code [article, index, article, index]} by the profiles' places, as
     * {@link ArticleProfile#seq()} gives them) is lost, the articles grouped as {@link #group(List, ToIntFunction,
     * IntFunction, ToIntFunction, ToIntFunction)} groups them: another category or unit, or subjects that name
     * different things ({@link #namedApart}); never compared (not of one story or event, nor met across stories
     * within {@link #ACROSS_STORIES_DAYS} among the last {@link #ACROSS_STORIES_COMPARED} under a shared key);
     * compared but refused by every pass's figure, unit and time tests; offered to be joined but kept apart by the
     * groups they are in; or grouped.
     */
    static List<ClaimPairStages.Stage> stages(List<ArticleProfile> articles, ToIntFunction<ArticleProfile> storyOf,
            IntFunction<String> stemWord, ToIntFunction<ArticleProfile> copyOf, ToIntFunction<ArticleProfile> eventOf,
            List<int[]> pairs) {
        List<Ref> refs = refs(articles, storyOf);
        Map<List<Integer>, Ref> place = new HashMap<>();
        refs.forEach(r -> place.put(List.of(r.article().seq(), r.index()), r));
        Counts same = new Counts(refs, true);
        join(refs, same, stemWord, copyOf, eventOf);
        List<ClaimPairStages.Stage> out = new ArrayList<>();
        for (int[] p : pairs) {
            Ref x = place.get(List.of(p[0], p[1]));
            Ref y = place.get(List.of(p[2], p[3]));
            List<Integer> key = Counts.pairKey(x, y);
            if (same.partition.root(x.seq()) == same.partition.root(y.seq())) {
                out.add(ClaimPairStages.Stage.GROUPED);
            } else if (x.claim().category() != y.claim().category() || !kindKey(x).equals(kindKey(y))
                    || namedApart(x, y)) {
                out.add(ClaimPairStages.Stage.SUBJECT);
            } else if (x.story() != y.story() && eventOf.applyAsInt(x.article()) != eventOf.applyAsInt(y.article())
                    && !same.metAcrossStories.contains(key) && !same.offered.contains(key)) {
                out.add(ClaimPairStages.Stage.NEVER_MET);
            } else if (!same.offered.contains(key)) {
                out.add(ClaimPairStages.Stage.REFUSED);
            } else {
                out.add(ClaimPairStages.Stage.GROUPING);
            }
        }
        return out;
    }

    /**
     * Joins the tallies of a story that give one distinctive figure of one named thing in different counting words:
     * {@code 25 ruas jalan}, {@code 25 titik ruas jalan} and {@code 25 jalan} (the roads of Jakarta's odd-even rule,
     * tribunnews.com, sindonews.com, kompas.com, 9-10 September 2019), {@code 70 unit kendaraan} and {@code 70
     * kendaraan}, {@code 29 kabupaten} and {@code 29 kabupaten-kota} in Papua. A word of what they count must be
     * shared beyond the counting word ({@link #namedBeyondUnit}), and no place or word may set them apart
     * ({@link #namedApart}). Each claim meets the first claim of its story's figure under each of its words, so the
     * work is linear.
     */
    private static void joinTalliesInOtherWords(List<Ref> refs, Counts same) {
        Map<String, Ref> firstUnder = new HashMap<>();
        for (Ref r : refs) {
            if (r.claim().category() != ClaimCategory.COUNT || !distinctive(r.claim().value())) {
                continue;
            }
            for (String word : namedBeyondUnit(r)) {
                Ref first = firstUnder.putIfAbsent(figureKey(r) + "|" + word, r);
                if (first != null && !namedApart(first, r)) {
                    same.join(first, r);
                }
            }
        }
    }

    /**
     * Joins a tally counted with a classifier before its noun to the tally of its story's figure counted in that noun:
     * sindonews.com's {@code 10 orang Capim KPK} (11 September 2019) and kompas.com's {@code 10 capim KPK} (10 September
     * 2019), okezone.com's {@code lima orang pimpinan KPK} and tempo.co's {@code lima pimpinan KPK}. The classifier
     * ({@code orang}, {@code unit}, {@code buah}) says nothing of what is counted, so the noun is the counting word, and
     * the figure may be common ({@link #COMMON_COUNT}): the two name one thing in the same word. A noun counting people
     * after {@code orang} already counts in the classifier's unit and is left to it. Places, groups and other words
     * still set the two apart ({@link #namedApart}). Each claim is read twice, so the work is linear.
     */
    private static void joinClassifiedTallies(List<Ref> refs, Counts same) {
        Map<String, Ref> firstCountedIn = new HashMap<>();
        for (Ref r : refs) {
            Claim c = r.claim();
            if (c.category() == ClaimCategory.COUNT && c.unit() != null && !r.subject().isEmpty()
                    && !CountNouns.numbersTheNounAfter(c.unit().toLowerCase(Locale.ROOT))) {
                firstCountedIn.putIfAbsent(figureKey(r) + "|" + unitKey(c.unit()), r);
            }
        }
        for (Ref r : refs) {
            String noun = classifiedNoun(r.claim());
            Ref tally = noun == null ? null : firstCountedIn.get(figureKey(r) + "|" + unitKey(noun));
            if (tally != null && !namedApart(tally, r)) {
                same.join(tally, r);
            }
        }
    }

    /**
     * The noun a count's classifier stands before ({@code capim} of {@code 10 orang Capim KPK}, {@code calon} of
     * {@code dua nama calon Wagub DKI}), where it counts in another unit than the classifier; null for none. A
     * classifier kept as the counting word opens the subject too ({@code nama calon Wagub DKI}) and is passed over.
     */
    private static String classifiedNoun(Claim c) {
        String noun = nounAfterClassifier(c);
        return noun == null || unitKey(noun).equals(unitKey(c.unit())) ? null : noun;
    }

    /** The word a count's classifier stands before, whatever it counts in; null for none. */
    private static String nounAfterClassifier(Claim c) {
        if (c.category() != ClaimCategory.COUNT || c.unit() == null || c.subject() == null
                || !CountNouns.numbersTheNounAfter(c.unit().toLowerCase(Locale.ROOT))) {
            return null;
        }
        String[] words = NON_WORD.split(c.subject().strip(), 3);
        String noun = words.length > 1 && words[0].equalsIgnoreCase(c.unit()) ? words[1] : words[0];
        return noun.isEmpty() || noun.equalsIgnoreCase(c.unit()) ? null : noun;
    }

    /**
     * Joins a tally written with no counting word to the tally of its figure that its story gives in one: the bare
     * figure points back to what the sentence or a quote counted before. Sindonews.com's {@code Dari 633 saham yang
     * diperdagangkan 249 menguat} and okezone.com's {@code ada 249 saham menguat} (the day's close, 11 September 2019);
     * tempo.co's {@code kalau 100 dari 2.600 itu kecil} and okezone.com's {@code ada 100 dari 2.600 karyawan}
     * (Bukalapak's layoffs, 10-11 September 2019). The figure must be distinctive ({@link #distinctive}) and the story
     * must give it in one kind of counting word only: {@code 30 orang} and {@code 30 unit} of one story leave a bare
     * {@code 30} to neither. Each claim is read twice, so the work is linear.
     */
    private static void joinBareTallies(List<Ref> refs, Counts same) {
        joinToTheOneKind(refs, same,
                r -> r.claim().category() == ClaimCategory.COUNT && distinctive(r.claim().value())
                        && !unitKey(r.claim().unit()).isEmpty(),
                r -> r.claim().category() == ClaimCategory.COUNT && unitKey(r.claim().unit()).isEmpty(),
                ClaimGrouper::namedApart);
    }

    /**
     * Joins the tallies of a story that give one figure of four significant digits or more ({@link #PRECISE_DIGITS})
     * in different counting words: such a figure names its count by itself, and the words are each outlet's way of
     * saying who or what was counted. Kompas.com's {@code 1.904 pelanggaran}, sindonews.com's {@code 1.904 pengendara}
     * and okezone.com's {@code 1.904 pelanggar aturan ganjil-genap} (the odd-even rule's first day of fines, 10
     * September 2019); tempo.co's {@code 70.226 pelanggar} and sindonews.com's {@code 70.226 kendaraan}. Places and
     * groups still set them apart. A figure written as four bare digits ({@code 2018 jemaah}) may be a year read as a
     * count and ties nothing. Each claim meets the first claim of its story's figure, so the work is linear.
     */
    private static void joinPreciseTalliesInOtherWords(List<Ref> refs, Counts same) {
        Map<String, Ref> firstOf = new HashMap<>();
        for (Ref r : refs) {
            Claim c = r.claim();
            if (c.category() != ClaimCategory.COUNT || significantDigits(c.value()) < PRECISE_DIGITS
                    || YEAR_LIKE.matcher(c.text()).find()) {
                continue;
            }
            Ref first = firstOf.putIfAbsent(figureKey(r), r);
            if (first != null && !apart(first.placed(), r.placed())
                    && !apart(first.groups(), r.groups())) {
                same.join(first, r);
            }
        }
    }

    /**
     * Joins a tally of regions in a word that names no administrative kind ({@code daerah}, {@code wilayah};
     * {@code general-region-counters.txt}) to the tally of its figure that its story gives in one such kind: the
     * police in Jakarta's suspects of the Papua riots came from {@code empat kabupaten} (kompas.com) and from
     * {@code empat daerah} (tempo.co, 10 September 2019). A story giving the figure in two kinds ({@code tujuh kota}
     * and {@code tujuh kabupaten}) leaves the general word to neither, places or words beyond the counting words still
     * set tallies apart, and the two must be reported at one moment ({@link #SAME_MOMENT_DAYS}): in a saga the word
     * points back to other regions on other days (the haze's {@code tujuh provinsi} of the suspects of 10 September,
     * BMKG's rain clouds over {@code tujuh daerah} of 14 September). Each claim is read twice, so the work is linear.
     */
    private static void joinRegionsInGeneralWords(List<Ref> refs, Counts same) {
        joinToTheOneKind(refs, same,
                r -> r.claim().category() == ClaimCategory.COUNT && r.claim().value() > 0
                        && PlaceWords.isAdministrative(unitKey(r.claim().unit())),
                r -> r.claim().category() == ClaimCategory.COUNT
                        && GENERAL_REGIONS.contains(unitKey(r.claim().unit())),
                (a, b) -> !sameMoment(a.reported(), b.reported()) || !sameThingBeyondUnits(a, b));
    }

    /**
     * Joins each claim {@code standsIn} accepts to the first claim {@code ofAKind} accepts of its story's figure, where
     * the story gives that figure in one counting word's kind only and {@code apart} does not part the two.
     */
    private static void joinToTheOneKind(List<Ref> refs, Counts same, Predicate<Ref> ofAKind, Predicate<Ref> standsIn,
                                         BiPredicate<Ref, Ref> apart) {
        Map<String, Set<String>> unitsOf = new HashMap<>();
        Map<String, Ref> firstWithUnit = new HashMap<>();
        for (Ref r : refs) {
            if (ofAKind.test(r)) {
                unitsOf.computeIfAbsent(figureKey(r), k -> new HashSet<>()).add(unitKey(r.claim().unit()));
                firstWithUnit.putIfAbsent(figureKey(r), r);
            }
        }
        for (Ref r : refs) {
            if (!standsIn.test(r)) {
                continue;
            }
            Set<String> units = unitsOf.get(figureKey(r));
            Ref tally = firstWithUnit.get(figureKey(r));
            if (units != null && units.size() == 1 && !apart.test(tally, r)) {
                same.join(tally, r);
            }
        }
    }

    /**
     * Joins the tallies of a story that one report gives with what befell the people counted and another without it:
     * {@code 10.271 warga terdampak tumpahan minyak} (affected; sindonews.com, tempo.co) and {@code 10.271 warga di
     * Kabupaten Karawang yang terdampak} (okezone.com, where the outcome stands beyond the place; 11 September 2019),
     * {@code terjaring sebanyak 941 pelanggar} (arrested) and {@code 941 pelanggar}. The figure must be distinctive
     * ({@link #distinctive}) and what the two count the same words, counting word and place: a toll naming no one
     * ({@code 14 orang pelaku ilegal loging diamankan}) may not take a tally of suspects elsewhere ({@code 14 tersangka
     * di Deiyai}) that shares a story with it. Neither may yet be grouped with other figures: a toll read at several
     * moments ({@code 47} and {@code 185 tersangka} of one article, joined as readings of one count of suspects) is
     * no one figure to tie a tally to. Each claim meets the first tally of its figure in those words, so the work is
     * linear.
     */
    private static void joinOutcomesToldApart(List<Ref> refs, Counts same) {
        Map<String, Ref> firstTally = new HashMap<>();
        for (Ref r : refs) {
            if (r.claim().category() == ClaimCategory.COUNT && distinctive(r.claim().value())
                    && !unitKey(r.claim().unit()).isEmpty()) {
                firstTally.putIfAbsent(countedKey(r), r);
            }
        }
        for (Ref r : refs) {
            if (countsPeople(r.claim().category())) {
                Ref tally = firstTally.get(countedKey(r));
                if (tally != null) {
                    same.joinOnlyFigure(tally, r);
                }
            }
        }
    }

    /**
     * Joins the counts of the identified ({@link Ref#identified}) of one figure in a story, dead or people as each
     * report reads them: sindonews.com's {@code empat jenazah korban terbakar ... berhasil diidentifikasi} and tempo.co's
     * {@code satu diantara empat korban kecelakaan di KM 91, yang belakangan teridentifikasi} (the Cipularang crash,
     * 12 and 13 September 2019). Then each meets the first count of its figure that says nothing of identifying, where
     * each is the one figure of its group: the {@code 44 mayat} Mexico's authorities identified and the {@code 44
     * jenazah} found in a mass grave (15 September 2019) are one count, the four burnt dead identified and the four of
     * the toll's readings are not. Each claim meets the first of its figure, so the work is linear.
     */
    private static void joinIdentifiedCounts(List<Ref> refs, Counts same) {
        Map<String, Ref> firstIdentified = new HashMap<>();
        Map<String, Ref> firstOther = new HashMap<>();
        for (Ref r : refs) {
            if (r.identified()) {
                Ref first = firstIdentified.putIfAbsent(figureKey(r), r);
                if (first != null) {
                    same.joinOnlyFigure(first, r);
                }
            } else if (countsDeadOrPeople(r.claim())) {
                firstOther.putIfAbsent(figureKey(r), r);
            }
        }
        firstIdentified.forEach((figure, identified) -> {
            Ref other = firstOther.get(figure);
            if (other != null) {
                same.joinOnlyFigure(identified, other);
            }
        });
    }

    /** A figure of a story with its counting word's kind and all the words of what it counts, degrees aside. */
    private static String countedKey(Ref r) {
        return figureKey(r) + "|" + unitKey(r.claim().unit()) + "|" + new TreeSet<>(r.subject().stream()
                .filter(w -> !w.startsWith(DEGREE)).toList());
    }

    /**
     * Joins the common counts ({@link #COMMON_COUNT}) that two reports of one event give in one counting word and with
     * nothing named beyond it, each report giving that figure in that word once: the one happening leaves no other
     * thing for them to count. Okezone.com's {@code Dari sembilan orang itu, tiga diantaranya meninggal dunia} and
     * tempo.co's {@code kendaraan berpenumpang 9 orang} (the Jagorawi toll road crash, 15 September 2019), okezone.com's
     * {@code kini resmi menjadi 10 orang} and sindonews.com's {@code penambahan pimpinan MPR menjadi 10 orang} (16
     * September 2019). In a story such a figure names nothing by itself: a saga's {@code dua orang} are suspects one
     * day and witnesses the next. Each claim meets the first claim of its event's figure, so the work is linear.
     */
    private static void joinCommonCountsOfOneEvent(List<Ref> refs, Counts same, ToIntFunction<ArticleProfile> eventOf) {
        Map<String, Integer> timesInArticle = new HashMap<>();
        for (Ref r : refs) {
            if (unnamedCommonCount(r)) {
                timesInArticle.merge(r.article().id() + "|" + commonCountKey(r), 1, Integer::sum);
            }
        }
        Map<String, Ref> firstOf = new HashMap<>();
        for (Ref r : refs) {
            if (!unnamedCommonCount(r) || timesInArticle.get(r.article().id() + "|" + commonCountKey(r)) > 1) {
                continue;
            }
            Ref first = firstOf.putIfAbsent(eventOf.applyAsInt(r.article()) + "|" + commonCountKey(r), r);
            if (first != null) {
                same.join(first, r);
            }
        }
    }

    /**
     * Joins the tallies of one figure that the reports of one event give in nouns naming one kind of thing there
     * ({@code one-happening-counted-kinds.txt}): tempo.co's {@code hadir hanya tiga organisasi di luar koalisi sipil}
     * and {@code hanya dihadiri oleh tiga kelompok masyarakat sipil}, its {@code 10 nama capim KPK} and sindonews.com's
     * {@code 10 orang kandidat} (Komisi III's hearing on the KPK candidates, 10 September 2019). A classifier's noun
     * counts for it ({@code orang kandidat}). In a story the nouns part ({@code tiga kelompok} of one day need not be the
     * {@code tiga organisasi} of another), so only the reports of one occasion meet ({@code occasion} gives each claim's
     * key, null for none: one event, or one story's reports of one day, which a hearing's reports split into several
     * events share), each telling that figure of that kind as one thing ({@link #oneTelling}), and places, groups or
     * other words beyond the nouns still set two apart. Each claim meets the first claim of its occasion's figure and
     * kind, so the work is linear.
     */
    private static void joinOneThingInOtherNounsOfOneOccasion(List<Ref> refs, Counts same,
                                                             Function<Ref, String> occasion) {
        String[] keyOf = new String[refs.size()];
        Map<String, List<Ref>> tellings = new HashMap<>();
        for (Ref r : refs) {
            String kind = kindInOneHappening(r.claim());
            String where = occasion.apply(r);
            if (kind != null && where != null) {
                keyOf[r.seq()] = where + "|" + r.claim().value() + "|" + kind;
                tellings.computeIfAbsent(r.article().id() + "|" + keyOf[r.seq()], k -> new ArrayList<>()).add(r);
            }
        }
        Set<String> toldOnce = tellings.entrySet().stream().filter(e -> oneTelling(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Map<String, Ref> firstOf = new HashMap<>();
        for (Ref r : refs) {
            String key = keyOf[r.seq()];
            if (key == null || !toldOnce.contains(r.article().id() + "|" + key)) {
                continue;
            }
            Ref first = firstOf.putIfAbsent(key, r);
            if (first != null && sameThingOfOneKind(first, r)) {
                same.join(first, r);
            }
        }
    }

    /**
     * Joins the claims of one event that two outlets give in one sentence retold, the same figure or another: kompas.com's
     * {@code Kemudian, David Wira melalui perantara bernama Susanto hanya memberikan uang senilai Rp 3 miliar} and
     * okezone.com's {@code Melalui orang bernama Susanto, David Wira memberikan uang sebesar Rp5 miliar} (16 September
     * 2019) tell one sum and disagree on it; sindonews.com's and okezone.com's {@code Tercatat sekira 50 hektare lahan
     * yang dilalap si jago merah} and {@code sekira 150 hektare} (Mount Merbabu's fire, 13 September 2019) one area. The
     * sentences must share most of their stems beyond the claims' own words ({@link #RETOLD_SHARE},
     * {@link #RETOLD_SHARE_OF_LONGER}, {@link #RETOLD_STEMS}) and a name, or be one sentence word for word
     * ({@link #RETOLD_VERBATIM}); no other figure of theirs may differ, and nothing their subjects name may set them
     * apart. A sentence giving several claims of the category and unit (a list) ties a claim only to the one of the
     * same named subject ({@code Destinasi Mandalika sebesar Rp126,5 miliar} and {@code Rp, 26,5 miliar}, okezone.com
     * and kompas.com, 16 September 2019). Sentences naming different times tell different figures ({@link
     * ClaimSentence#namesOtherTimes}). Two figures that differ tie only groups of the event: a disagreement read of
     * two sentences of one event does not reach the other events other passes grouped them with (the 50 hectares of
     * Merbabu's fire, grouped with the 50 of a plantation in Indragiri Hilir, and the 150, grouped with a business
     * park's). Few people ({@link #FEW_PEOPLE}) tie only claims standing alone. Each claim meets the last {@link
     * #ACROSS_STORIES_COMPARED} claims of its event's category and unit, so the work is linear.
     */
    private static void joinRetoldSentencesOfOneEvent(List<Ref> refs, Counts same, ToIntFunction<ArticleProfile> eventOf) {
        Map<String, Integer> inSentence = new HashMap<>();
        Map<String, Set<Double>> figuresOfSentence = new HashMap<>();
        for (Ref r : refs) {
            ClaimSentence sentence = r.article().claimSentence(r.index());
            if (sentence.known()) {
                inSentence.merge(sentenceKey(r), 1, Integer::sum);
                figuresOfSentence.computeIfAbsent(r.article().id() + "|" + sentence.start(), k -> new HashSet<>())
                        .add(r.claim().value());
            }
        }
        // the groups as the other passes left them: what a retold sentence may tie does not hang on the order it is met
        Map<Integer, Integer> claimsOfGroup = new HashMap<>();
        Map<Integer, Set<Integer>> eventsOfGroup = new HashMap<>();
        for (Ref r : refs) {
            int root = same.partition.root(r.seq());
            claimsOfGroup.merge(root, 1, Integer::sum);
            eventsOfGroup.computeIfAbsent(root, k -> new HashSet<>()).add(eventOf.applyAsInt(r.article()));
        }
        int[] groupedClaims = new int[refs.size()];
        boolean[] groupedAcrossEvents = new boolean[refs.size()];
        for (Ref r : refs) {
            int root = same.partition.root(r.seq());
            groupedClaims[r.seq()] = claimsOfGroup.get(root);
            groupedAcrossEvents[r.seq()] = eventsOfGroup.get(root).size() > 1;
        }
        Map<String, List<Ref>> byKind = new HashMap<>();
        for (Ref r : refs) {
            if (!r.article().claimSentence(r.index()).known() || r.article().outlet() == null) {
                continue;
            }
            boolean listed = inSentence.get(sentenceKey(r)) > 1;
            List<Ref> earlier = byKind.computeIfAbsent(eventOf.applyAsInt(r.article()) + "|" + kindKey(r),
                    k -> new ArrayList<>());
            for (int i = earlier.size() - 1, compared = 0; i >= 0 && compared < ACROSS_STORIES_COMPARED;
                 i--, compared++) {
                Ref e = earlier.get(i);
                boolean oneLine = !listed && inSentence.get(sentenceKey(e)) == 1 || sameNamedSubject(e, r);
                boolean disagree = !oneReading(e.claim(), r.claim());
                boolean fewPeople = unitKey(r.claim().unit()).equals(PEOPLE_UNIT)
                        && r.claim().value() <= FEW_PEOPLE && e.claim().value() <= FEW_PEOPLE;
                if (oneLine && !e.article().outlet().equals(r.article().outlet()) && oneSentenceRetold(e, r)
                        && !givesTheOthersFigure(e, r, figuresOfSentence)
                        && !givesTheOthersFigure(r, e, figuresOfSentence)
                        && !(disagree && (groupedAcrossEvents[e.seq()] || groupedAcrossEvents[r.seq()]))
                        && !(fewPeople && (groupedClaims[e.seq()] > 1 || groupedClaims[r.seq()] > 1))) {
                    same.join(e, r);
                }
            }
            earlier.add(r);
        }
    }

    /**
     * Joins the tallies that two reports of one event and one day put in their headlines as one count of one noun with
     * different figures, which the body of each gives: tempo.co's {@code Bukalapak PHK 250 Karyawan} ({@code sekitar 250
     * orang}) and okezone.com's {@code Rudiantara Sebut 100 Karyawan Bukalapak Kena PHK} ({@code sekira 100 karyawan}),
     * one layoff two sources count apart (11 September 2019). A headline's count is what its report is about, so two of
     * one noun, one happening and one day are one count when the headlines' clauses also say the same of it: they must
     * share a word beyond the noun, the claims' own words and the names either lead writes (a shared name alone leaves
     * {@code 54 Penerbangan Lion Air Group Terganggu} beside {@code 81 Penerbangan Lion Air Group Dibatalkan}, two
     * counts). Reports of two days count other periods as often: Garuda's {@code Batalkan 12 Penerbangan} were Sunday's,
     * the next day's {@code Batalkan 15 Penerbangan Hingga 19 September} those of the days ahead (15 and 16 September
     * 2019). Common counts ({@link #COMMON_COUNT}: {@code Lima Capim KPK} chosen and {@code 3 Capim KPK} given no vote)
     * and figures more than {@link #HEADLINE_READINGS_FACTOR} apart count other sets. Each claim meets the last {@link
     * #ACROSS_STORIES_COMPARED} headline counts of its event's noun, so the work is linear.
     */
    private static void joinHeadlineCountsOfOneEvent(List<Ref> refs, Counts same, ToIntFunction<ArticleProfile> eventOf) {
        Map<String, List<Ref>> byNoun = new HashMap<>();
        Map<Integer, Set<String>> saidOf = new HashMap<>();
        Set<String> taken = new HashSet<>();
        // an article's headline is read once for all its claims
        Map<ArticleProfile, List<HeadlineCount>> countsOf = new IdentityHashMap<>();
        for (Ref r : refs) {
            if (r.claim().category() != ClaimCategory.COUNT) {
                continue;
            }
            for (HeadlineCount h : countsOf.computeIfAbsent(r.article(), a -> headlineCounts(a.title()))) {
                if (h.value() != r.claim().value() || h.value() <= COMMON_COUNT
                        || !taken.add(r.article().id() + "|" + h.noun())) {
                    continue;
                }
                Set<String> said = new HashSet<>(h.clauseStems());
                said.removeAll(TermAnalyzer.stems(r.claim().text() + " "
                        + Objects.requireNonNullElse(r.claim().subject(), "")));
                said.removeAll(TermAnalyzer.stems(h.noun()));
                said.removeAll(TermAnalyzer.stems(String.join(" ", leadNames(r.article().lead()))));
                List<Ref> earlier = byNoun.computeIfAbsent(eventOf.applyAsInt(r.article()) + "|" + kindKey(r) + "|"
                        + h.noun(), k -> new ArrayList<>());
                for (int i = earlier.size() - 1, compared = 0; i >= 0 && compared < ACROSS_STORIES_COMPARED;
                     i--, compared++) {
                    Ref e = earlier.get(i);
                    double low = Math.min(e.claim().value(), r.claim().value());
                    double high = Math.max(e.claim().value(), r.claim().value());
                    if (low != high && high <= HEADLINE_READINGS_FACTOR * low && r.reported() != null
                            && r.reported().equals(e.reported())
                            && !Collections.disjoint(saidOf.get(e.seq()), said) && !namedApart(e, r)) {
                        same.join(e, r);
                    }
                }
                saidOf.put(r.seq(), said);
                earlier.add(r);
            }
        }
    }

    /** A whole figure a headline writes before a noun, the noun lower-case, and the stems of the clause holding it. */
    record HeadlineCount(double value, String noun, List<String> clauseStems) {
    }

    /** The counts a headline writes in digits before a noun, each with the stems of its clause. */
    static List<HeadlineCount> headlineCounts(String headline) {
        List<HeadlineCount> out = new ArrayList<>();
        if (headline == null) {
            return out;
        }
        for (String clause : HEADLINE_CLAUSE_END.split(headline)) {
            Matcher m = HEADLINE_FIGURE.matcher(clause);
            while (m.find()) {
                String noun = m.group(2).toLowerCase(Locale.ROOT);
                if (ROUND_SUM.matcher(noun).matches() || TermAnalyzer.stems(noun).isEmpty()) {
                    continue;
                }
                out.add(new HeadlineCount(Double.parseDouble(m.group(1).replace(".", "")), noun,
                        TermAnalyzer.stems(clause)));
            }
        }
        return out;
    }

    /** The names a lead writes inside its sentences ({@link #LEAD_NAME}). */
    static List<String> leadNames(String lead) {
        List<String> out = new ArrayList<>();
        if (lead != null) {
            Matcher m = LEAD_NAME.matcher(lead);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * Whether {@code teller}'s sentence gives {@code other}'s figure in another claim: then it retells that claim, not
     * {@code teller}'s ({@code dari 10 anggota DPR termuda 2019-2024, tiga di antaranya}, okezone.com and sindonews.com,
     * 10 September 2019: the ten and the three in both).
     */
    private static boolean givesTheOthersFigure(Ref teller, Ref other, Map<String, Set<Double>> figuresOfSentence) {
        return teller.claim().value() != other.claim().value() && figuresOfSentence.get(teller.article().id() + "|"
                + teller.article().claimSentence(teller.index()).start()).contains(other.claim().value());
    }

    /** A claim's sentence with its category and unit, under which the claims of one sentence are counted. */
    private static String sentenceKey(Ref r) {
        return r.article().id() + "|" + r.article().claimSentence(r.index()).start() + "|" + kindKey(r);
    }

    /** A claim's category and unit as claims are compared in ({@code byKind} of {@link #group}). */
    private static String kindKey(Ref r) {
        Claim c = r.claim();
        return c.category() + "|" + (countsPeople(c.category()) ? "" : unitKey(c.unit()));
    }

    /** Two claims of one subject as written, one that names something (a capital letter). */
    private static boolean sameNamedSubject(Ref a, Ref b) {
        String x = a.claim().subject();
        return x != null && !x.equals(x.toLowerCase(Locale.ROOT)) && x.equalsIgnoreCase(b.claim().subject());
    }

    /** Two claims' sentences are one retold, and their subjects name nothing apart. */
    private static boolean oneSentenceRetold(Ref a, Ref b) {
        ClaimSentence x = a.article().claimSentence(a.index());
        ClaimSentence y = b.article().claimSentence(b.index());
        int shared = ClaimSentence.sharedCount(x.stems(), y.stems());
        int shorter = Math.min(x.stems().length, y.stems().length);
        int longer = Math.max(x.stems().length, y.stems().length);
        boolean retold = shared >= RETOLD_SHARE * shorter && shared >= RETOLD_SHARE_OF_LONGER * longer
                && ClaimSentence.sharedCount(x.names(), y.names()) > 0 || shared >= RETOLD_VERBATIM * longer;
        boolean figuresDiffer = x.figures().length > 0 && y.figures().length > 0
                && ClaimSentence.sharedCount(x.figures(), y.figures()) == 0;
        return shared >= RETOLD_STEMS && retold && !figuresDiffer && !x.namesOtherTimes(y) && !namedApart(a, b);
    }

    /**
     * Whether one report's tallies of one figure in nouns of one kind tell one thing: in the same words, or, for things,
     * in other nouns of the kind with nothing beyond them setting two apart. Tempo.co's report of the civil service's
     * openings (10 September 2019) gives {@code terdapat enam jabatan tertentu} and {@code Enam formasi itu antara lain
     * Dokter, Dokter Gigi}: the same six posts. A report names several sets of people by one figure: okezone.com's
     * {@code lima capim KPK periode 2019-2023}, {@code lima kandidat lainnya} and {@code dikerucutkan menjadi lima nama}
     * (12 September 2019) are the day's five candidates, the day before's and the five leaders to be chosen. A report
     * gives a figure a few times at most, so the pairs compared are few.
     */
    private static boolean oneTelling(List<Ref> tallies) {
        Set<String> subjects = new HashSet<>();
        tallies.forEach(r -> subjects.add(r.claim().subject().toLowerCase(Locale.ROOT)));
        if (subjects.size() == 1) {
            return true;
        }
        for (int x = 0; x < tallies.size(); x++) {
            if (countsPeopleIn(tallies.get(x).claim())) {
                return false;
            }
            for (int y = 0; y < x; y++) {
                if (!sameThingOfOneKind(tallies.get(x), tallies.get(y))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a claim counts the dead, or people: what a count of the identified may be. */
    private static boolean countsDeadOrPeople(Claim c) {
        return c.category() == ClaimCategory.KILLED || c.category() == ClaimCategory.COUNT && countsPeopleIn(c);
    }

    /** A tally whose counting word, or the noun after its classifier, counts people ({@code kandidat}, {@code orang calon}). */
    private static boolean countsPeopleIn(Claim c) {
        String noun = classifiedNoun(c);
        return PEOPLE_UNIT.equals(unitKey(c.unit())) || noun != null && PEOPLE_UNIT.equals(unitKey(noun));
    }

    /** No place, group or word beyond the nouns of one happening's kinds sets two tallies apart. */
    private static boolean sameThingOfOneKind(Ref a, Ref b) {
        return !apart(a.placed(), b.placed()) && !apart(a.groups(), b.groups())
                && !apart(beyondKindInOneHappening(a), beyondKindInOneHappening(b));
    }

    /**
     * The kind a tally's noun names in one happening's reports ({@link #KINDS_IN_ONE_HAPPENING}): its counting word's,
     * or after a classifier the noun it classifies; null for none.
     */
    private static String kindInOneHappening(Claim c) {
        if (c.category() != ClaimCategory.COUNT || c.unit() == null || c.subject() == null) {
            return null;
        }
        // a classifier's noun says what is counted: "dua nama kabupaten" counts regencies, not a shortlist's names
        String noun = nounAfterClassifier(c);
        String word = noun != null ? noun : c.unit();
        return KINDS_IN_ONE_HAPPENING.get(NameKeys.fold(unpossessed(word.toLowerCase(Locale.ROOT))));
    }

    /** The words of what a tally counts beyond its counting word and the nouns of one happening's kinds. */
    private static Set<String> beyondKindInOneHappening(Ref r) {
        Set<String> words = new HashSet<>(r.words());
        words.removeAll(specificWords(r.claim().unit()));
        words.removeAll(NOUNS_OF_ONE_HAPPENING);
        return words;
    }

    /** A tally of a common figure in a counting word that names nothing else: no words, place or group of its own. */
    private static boolean unnamedCommonCount(Ref r) {
        return (r.claim().category() == ClaimCategory.COUNT || r.claim().category() == ClaimCategory.PERCENT)
                && r.claim().value() > 0 && !distinctive(r.claim().value()) && r.subject().isEmpty()
                && !unitKey(r.claim().unit()).isEmpty();
    }

    /** A common count's figure in its counting word's kind. */
    private static String commonCountKey(Ref r) {
        return r.claim().value() + "|" + unitKey(r.claim().unit());
    }

    /**
     * Joins the figures a copy repeats from the text it copies: one figure in the same words, of the same subject and
     * unit, however common. tribunnews.com's copy of kompas.com's report of a suicide in Agam (10 September 2019)
     * gives {@code tiga orang masih sekolah} as the original does: three of the same four children, though a count
     * of three people in general ties nothing by itself ({@link #COMMON_COUNT}). Each claim meets the first claim of
     * its copies' figure in those words, so the work is linear.
     */
    private static void joinCopiedFigures(List<Ref> refs, Counts same, ToIntFunction<ArticleProfile> copyOf) {
        Map<String, Ref> firstOf = new HashMap<>();
        for (Ref r : refs) {
            Claim c = r.claim();
            String key = copyOf.applyAsInt(r.article()) + "|" + c.category() + "|" + c.value() + "|" + c.unit() + "|"
                    + c.subject() + "|" + c.text().toLowerCase(Locale.ROOT);
            Ref first = firstOf.putIfAbsent(key, r);
            if (first != null) {
                same.join(first, r);
            }
        }
    }

    /**
     * The words of what a tally counts beyond its counting word, which may be a classifier or a measure of the thing
     * ({@code 25 titik ruas jalan}: ruas jalan; {@code 25 titik api}: api), or the counting word where it is all the
     * tally names ({@code 25 jalan}).
     */
    private static Set<String> namedBeyondUnit(Ref r) {
        Set<String> words = r.words();
        Set<String> beyond = new HashSet<>(words);
        beyond.removeAll(specificWords(r.claim().unit()));
        return beyond.isEmpty() ? words : beyond;
    }

    /** A tally's figure in its story. */
    private static String figureKey(Ref r) {
        return r.story() + "|" + r.claim().value();
    }

    /** The same figure counts the same thing when the subjects do not name different things. */
    private static void joinSameFigures(List<Ref> kind, Counts same) {
        Map<Double, List<Ref>> byValue = new LinkedHashMap<>();
        kind.forEach(r -> byValue.computeIfAbsent(r.claim().value(), k -> new ArrayList<>()).add(r));
        for (List<Ref> figure : byValue.values()) {
            boolean[] inMillions = new boolean[figure.size()];
            List<Set<String>> periodAndPart = new ArrayList<>(figure.size());
            for (int x = 0; x < figure.size(); x++) {
                inMillions[x] = writtenInMillions(figure.get(x).claim());
                periodAndPart.add(periodAndPartWords(figure.get(x).claim()));
            }
            for (int x = 0; x < figure.size(); x++) {
                boolean precise = preciseSum(figure.get(x).claim());
                for (int y = 0; y < x; y++) {
                    if (figure.get(x).identified() != figure.get(y).identified()) {
                        // the dead identified so far are a part of the toll, however alike their figure
                        // (joinIdentifiedCounts ties the two when each is the one figure of its group)
                        continue;
                    }
                    // a round sum tied by its figure alone is of one period and one whole: words name neither apart
                    boolean oneWhole = periodAndPart.get(x).equals(periodAndPart.get(y));
                    if (precise || oneWhole && roundSumsOfTwoReports(figure.get(x), figure.get(y),
                            inMillions[x] || inMillions[y])
                            || sameFigureSameCount(figure.get(x), figure.get(y))
                            || sameTallyBeyondItsUnit(figure.get(x), figure.get(y))) {
                        same.join(figure.get(x), figure.get(y));
                    }
                }
            }
        }
    }

    /**
     * The words of a claim's subject that make its figure one of an earlier period or a part of a whole
     * ({@code bulan sebelumnya}, {@code nonmigas}), lower-case; none for most. {@code GENERAL_WORDS} leaves the earlier
     * period's words out of what a subject names, so they are read here from the subject as written.
     */
    private static Set<String> periodAndPartWords(Claim c) {
        if (c.subject() == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(c.subject().toLowerCase(Locale.ROOT))) {
            if (PERIOD_AND_PART_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** A sum or share precise enough to name its figure inside one story ({@link #PRECISE_IN_STORY_DIGITS}). */
    private static boolean preciseSum(Claim c) {
        return (c.category() == ClaimCategory.MONEY || c.category() == ClaimCategory.PERCENT)
                && significantDigits(c.value()) >= PRECISE_IN_STORY_DIGITS;
    }

    /**
     * Two reports' sums of one story, one of them written in millions or more ({@link #NAMING_SCALE}): one figure
     * whatever the words read before them, which for a round sum are as often the clause's actor or verb as what it
     * measures ({@code Rp 16 miliar} after {@code seluruh sindikat} in kompas.com, after {@code total kerugian bank}
     * in tempo.co: the loss of the state banks to one credit-card syndicate, 12 September 2019). One article's list
     * may give one sum to several things ({@code Padang Rp 9,1 miliar, ... Depok Rp 9,1 miliar}, tempo.co,
     * 12 September 2019), so the sums must be of two articles. Whether either is written in millions is read once per
     * claim by the caller, not once per pair.
     */
    private static boolean roundSumsOfTwoReports(Ref a, Ref b, boolean eitherInMillions) {
        return eitherInMillions && a.article() != b.article() && a.claim().category() == ClaimCategory.MONEY;
    }

    /** A sum written with a scale word of a million or more ({@link #NAMING_SCALE}). */
    private static boolean writtenInMillions(Claim c) {
        return Arrays.stream(NON_WORD.split(c.text())).anyMatch(w -> IndonesianNumber.scale(w) >= NAMING_SCALE);
    }

    private static boolean sameFigureSameCount(Ref a, Ref b) {
        boolean bothNamed = !a.subject().isEmpty() && !b.subject().isEmpty()
                && !placeAloneBesideAThing(a, b) && !placeAloneBesideAThing(b, a);
        return !namedApart(a, b)
                && (countsPeople(a.claim().category()) || distinctive(a.claim().value()) || bothNamed);
    }

    /**
     * A common tally that names only where the people or things counted are, beside one that names what it counts and
     * no place: tempo.co's {@code Tempo bertanya acak ke lima warga di Jakarta} (its {@code warga} saying only that
     * people are counted) names no thing that {@code lima orang pimpinan KPK} would share, yet as a named count of
     * its story it had met every five of the KPK story: the five leaders, tempo.co's {@code Lima orang pemuda yang
     * mengenakan almamater} and kompas.com's {@code lima orang Dewan Pengawas} (10-13 September 2019), tying them into
     * one count of 157 claims. Two counts naming one place still meet ({@code Fakfak ada 3 orang} and {@code 3 tersangka
     * di Fakfak}).
     */
    private static boolean placeAloneBesideAThing(Ref placed, Ref thing) {
        return placed.words().isEmpty() && placed.groups().isEmpty() && !placed.placed().isEmpty()
                && thing.placed().isEmpty() && !thing.words().isEmpty();
    }

    /**
     * One distinctive figure of one story in one counting word, where one subject is that counting word alone: the word
     * names nothing beyond the unit both count in, so it cannot set the tally apart from one naming more. Kompas.com's
     * {@code "Ada 20 buah batu kali ...", kata Jaksa} and tempo.co's {@code batu kali yang mencapai 20 buah} (16
     * September 2019: the stones in the ambulance of one trial), {@code 700.000 pasien} after {@code jumlah penerima} and
     * after {@code adalah sekitar} (sindonews.com, okezone.com, 10 September 2019: one charity's patients). Places and
     * groups still set tallies apart, and a common figure ({@link #COMMON_COUNT}) still needs its own words.
     */
    private static boolean sameTallyBeyondItsUnit(Ref a, Ref b) {
        return distinctive(a.claim().value()) && sameThingBeyondUnits(a, b);
    }

    /** No place, group or word beyond their counting words sets two tallies apart. */
    private static boolean sameThingBeyondUnits(Ref a, Ref b) {
        return !apart(a.placed(), b.placed()) && !apart(a.groups(), b.groups()) && !apart(beyondUnit(a), beyondUnit(b));
    }

    /**
     * The words of what a claim counts other than places, groups and its own counting word. A word that counts people
     * stays: all of them are one unit ({@code orang}), so the word itself says who is counted ({@code 20 mahasiswa}
     * are not the {@code 20 orang capim} of one story).
     */
    private static Set<String> beyondUnit(Ref r) {
        Set<String> words = new HashSet<>(r.words());
        if (!PEOPLE_UNIT.equals(unitKey(r.claim().unit()))) {
            words.removeAll(specificWords(r.claim().unit()));
        }
        return words;
    }

    /** A figure that ties two claims by itself: above the common counts, or a fraction. */
    private static boolean distinctive(double value) {
        return value > COMMON_COUNT || value != Math.rint(value);
    }

    /**
     * Subjects that name different things ({@code warga Rohingya} and {@code warga Buddha}), different places
     * ({@code 13 tersangka} in Manokwari and in Sorong) or different groups (the members of two parties); inside one
     * story the nouns of perpetrators name one thing ({@link #asPerpetrators}).
     */
    private static boolean namedApart(Ref a, Ref b) {
        boolean oneStory = a.story() == b.story();
        return apart(a.placed(), b.placed()) || apart(a.groups(), b.groups())
                || apart(oneStory ? a.wordsInStory() : a.words(), oneStory ? b.wordsInStory() : b.words());
    }

    private static boolean apart(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    /** The places of what a claim counts ({@code placed}), or its words other than places and groups. */
    private static Set<String> places(Set<String> counted, boolean placed) {
        return counted.stream().filter(w -> placed ? w.startsWith(PLACE) : !w.startsWith(PLACE) && !w.startsWith(GROUP))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The group whose members a claim counts, as a one-key set, or none. */
    private static Set<String> groups(Set<String> counted) {
        return counted.stream().filter(w -> w.startsWith(GROUP)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Joins claims of different stories that count one named thing ({@code titik panas}, {@code harga emas
     * Antam}): the same figure, or a sum's rival reading the same day, reported at most
     * {@link #ACROSS_STORIES_DAYS} apart. Claims are met under each word of their subject, a precise figure
     * under itself, and a casualty count naming nothing specific under its headline's places and kinds
     * ({@link #headlinePlaceKinds}), in day order.
     */
    private static void joinAcrossStories(List<Ref> refs, Counts same, IntFunction<String> stemWord) {
        Map<String, List<Ref>> byWord = new HashMap<>();
        for (Ref r : refs) {
            if (r.reported() == null) {
                continue;
            }
            String kind = r.claim().category() + "|" + (countsPeople(r.claim().category()) ? "" : unitKey(r.claim().unit()));
            // a degree ("luka berat") says which part of a count, not which count, and a place where it was
            // counted (a town has many counts): no key by themselves
            // a count of matches counts one side's: it meets another story's only under that side ("17 laga" of
            // Persib is not another team's 17, nor the 17 left to play)
            boolean sides = MatchWords.countsMatches(r.claim().unit());
            List<String> keys = new ArrayList<>(r.subject().stream()
                    .filter(w -> sides ? w.startsWith(GROUP) : !w.startsWith(DEGREE) && !w.startsWith(PLACE)).toList());
            if (!sides && significantDigits(r.claim().value()) >= PRECISE_DIGITS) {
                keys.add("= " + r.claim().value());
            }
            if (keys.isEmpty() && countsPeople(r.claim().category())) {
                keys.addAll(headlinePlaceKinds(r.article(), stemWord));
            }
            for (String key : keys) {
                List<Ref> earlier = byWord.computeIfAbsent(kind + "|" + key, k -> new ArrayList<>());
                int compared = 0;
                for (int i = earlier.size() - 1; i >= 0 && compared < ACROSS_STORIES_COMPARED; i--, compared++) {
                    Ref e = earlier.get(i);
                    if (ChronoUnit.DAYS.between(e.reported(), r.reported()) > ACROSS_STORIES_DAYS) {
                        break;
                    }
                    if (e.story() != r.story()) {
                        same.metAcrossStories(e, r);
                        if (oneCountAcrossStories(e, r) && !regionsOfOtherPlaces(e, r, stemWord)) {
                            same.join(e, r);
                        }
                    }
                }
                earlier.add(r);
            }
        }
    }

    /**
     * Whether two stories' counts of administrative regions ({@code 27 kabupaten/kota}) count the regions of other
     * places: every province has its own number of regencies and cities, so such a count meets another story's only
     * where the headlines name a place in common, or neither names one (a national count: Pilkada 2020's {@code 224
     * kabupaten} and {@code 37 kota}). Okezone.com's {@code 27 kota/kabupaten} of West Java ({@code Lulus Sekoper Cinta,
     * 2.700 Perempuan di Jabar ...}, 15 September 2019) are not Papua's 27 regencies whose internet was opened again
     * ({@code Kominfo Buka Akses Internet di Mimika dan Jayawijaya}) the same week.
     */
    private static boolean regionsOfOtherPlaces(Ref a, Ref b, IntFunction<String> stemWord) {
        if (!PlaceWords.isAdministrative(unitKey(a.claim().unit()))) {
            return false;
        }
        Set<String> x = headlinePlaces(a.article(), stemWord);
        Set<String> y = headlinePlaces(b.article(), stemWord);
        return !(x.isEmpty() && y.isEmpty()) && Collections.disjoint(x, y);
    }

    /**
     * The places a headline names: its words the article names as places, and the capitalised word after a word that
     * opens a place name ({@link #headedPlaces}), without the words that name no place by themselves.
     */
    private static Set<String> headlinePlaces(ArticleProfile p, IntFunction<String> stemWord) {
        Set<String> places = new LinkedHashSet<>();
        for (int stem : p.titleStems()) {
            if (Arrays.binarySearch(p.placeStems(), stem) >= 0) {
                places.add(stemWord.apply(stem));
            }
        }
        places.addAll(headedPlaces(p.title()));
        places.removeIf(place -> !namesPlace(place));
        return places;
    }

    /**
     * The keys under which a casualty count naming nothing specific meets its own count in another story: each
     * place its headline names with each kind of happening it names ({@code Korban Kecelakaan di Tol Jagorawi}).
     * Kompas.com's advice piece on the Jagorawi toll road crash and okezone.com's report on its victims were
     * threaded apart from the crash's story (15 September 2019), their {@code Tiga orang meninggal dunia} the
     * same three dead; a headline naming the kind and the place, and the same figure within
     * {@link #ACROSS_STORIES_DAYS}, make a toll of another happening unlikely. The places are those the article
     * names, and the capitalised word after a word that opens a place name ({@link PlaceWords}): Kompas.com's
     * advice piece lost the toll road's name from its text, {@code Tol Jagorawi} stands only in its headline.
     */
    private static List<String> headlinePlaceKinds(ArticleProfile p, IntFunction<String> stemWord) {
        List<String> keys = new ArrayList<>();
        long kinds = HappeningKinds.named(HappeningKinds.countedFor(p.title()));
        if (kinds == HappeningKinds.NONE) {
            return keys;
        }
        for (String place : headlinePlaces(p, stemWord)) {
            for (int kind = 0; kind < Long.SIZE; kind++) {
                if ((kinds & 1L << kind) != 0) {
                    keys.add("place " + place + " " + kind);
                }
            }
        }
        return keys;
    }

    /** The stems of the capitalised words a headline writes right after a word that opens a place name. */
    static List<String> headedPlaces(String headline) {
        List<String> out = new ArrayList<>();
        if (headline == null) {
            return out;
        }
        String[] words = NON_WORD.split(headline.strip());
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))
                    && PlaceWords.isHead(words[i - 1].toLowerCase(Locale.ROOT))) {
                out.addAll(TermAnalyzer.stems(words[i]));
            }
        }
        return out;
    }

    /**
     * One count in two stories: the same figure, distinctive ({@link #distinctive}) or a toll of people, or a
     * sum's rival reading the same day ({@link #RIVAL_READINGS_ACROSS_STORIES}). A common tally names nothing across stories even under one noun: {@code dua anak} of
     * one family and of another, {@code dua gol} of two matches, reported the same days (the CLICK-ID week of
     * 10-16 September 2019 gave groups of 94 and 164 such claims).
     */
    private static boolean oneCountAcrossStories(Ref a, Ref b) {
        double x = a.claim().value();
        double y = b.claim().value();
        if (x == y) {
            return (distinctive(x) || countsPeople(a.claim().category()) && !otherPeopleOfOneKind(a, b))
                    && sameFigureSameCount(a, b);
        }
        return a.claim().category() == ClaimCategory.MONEY && a.reported().equals(b.reported())
                && rivals(a.claim(), b.claim(), RIVAL_READINGS_ACROSS_STORIES);
    }

    /**
     * Whether two common counts of people name other people beyond their counting words, which may be of one kind: on
     * 16 September 2019 okezone.com's {@code menangkap tiga pelaku pemerkosaan} at Senen and kompas.com's {@code menangkap
     * tiga tersangka produsen mi} of formalin noodles count suspects in two stories, the words after the counting word
     * apart. A count with no word beyond its counting word names no other people.
     */
    private static boolean otherPeopleOfOneKind(Ref a, Ref b) {
        return apart(beyondCountingWord(a), beyondCountingWord(b));
    }

    /** The words of what a claim counts other than places, groups and the kind of its own counting word. */
    private static Set<String> beyondCountingWord(Ref r) {
        Set<String> words = new HashSet<>(r.words());
        words.removeAll(specificWords(r.claim().unit()));
        return words;
    }

    /**
     * Different figures of one count: every casualty count of the story with the same (or no) named
     * victims, where it leads an article's count of that outcome or another article leads with it
     * ({@link #readsTheToll}); a sum of money only with its rival readings, figures this close reported the same
     * day. Shares and tallies have none: {@code 10,3 persen} and {@code 10,4 persen} are two numbers.
     */
    private static void joinReadingsOfOneCount(List<Ref> kind, Counts same) {
        if (countsPeople(kind.get(0).claim().category())) {
            Map<Set<String>, List<Ref>> bySubject = new LinkedHashMap<>();
            kind.forEach(r -> bySubject.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r));
            Predicate<Ref> toll = readsTheToll(kind);
            for (List<Ref> count : bySubject.values()) {
                List<Ref> tolls = count.stream().filter(toll).toList();
                tolls.forEach(r -> same.join(tolls.get(0), r));
            }
            return;
        }
        if (kind.get(0).claim().category() == ClaimCategory.COUNT && PEOPLE_UNIT.equals(unitKey(kind.get(0).claim().unit()))) {
            joinTalliesOfOnePlace(kind, same);
            joinTotals(kind, same);
        }
        if (kind.get(0).claim().category() == ClaimCategory.COUNT) {
            joinCloseReadings(kind, same);
        }
        if (kind.get(0).claim().category() == ClaimCategory.MONEY) {
            joinScaleSlips(kind, same);
        }
        if (kind.get(0).claim().category() == ClaimCategory.PERCENT) {
            joinSharesCutShort(kind, same);
        }
        if (kind.get(0).claim().category() == ClaimCategory.MONEY) {
            joinSumsWrittenInFull(kind, same);
        }
        Map<LocalDate, List<Ref>> byDay = new LinkedHashMap<>();
        kind.forEach(r -> byDay.computeIfAbsent(r.reported(), k -> new ArrayList<>()).add(r));
        record Rival(Ref a, Ref b, double gap) {
        }
        for (List<Ref> day : byDay.values()) {
            day.sort(Comparator.comparingDouble(r -> r.claim().value()));
            List<Rival> rivals = new ArrayList<>();
            for (int i = 1; i < day.size(); i++) {
                Ref a = day.get(i - 1);
                Ref b = day.get(i);
                if (a.claim().category() == ClaimCategory.MONEY && rivals(a.claim(), b.claim())
                        && !namedApart(a, b)) {
                    rivals.add(new Rival(a, b, gap(a.claim().value(), b.claim().value())));
                }
            }
            // the closest readings first: the foreign debt of Rp 5.534 triliun meets its reading of Rp 5.534,2
            // triliun before the month before's Rp 5.485,2 triliun, which one of the articles also gives
            rivals.sort(Comparator.comparingDouble(Rival::gap));
            rivals.forEach(r -> same.join(r.a(), r.b()));
        }
    }

    /**
     * Which casualty counts of one story and one outcome read its toll: the first an article gives (of each degree
     * it names: {@code 3 korban luka berat} after {@code enam orang lainnya mengalami luka-luka}), and a later one only
     * where another article leads with that figure. A figure an article gives after its toll and no report leads
     * with counts others: okezone.com's {@code Sebanyak 31 orang tewas} in Karbala and, further on, the {@code lebih
     * dari 140 orang tewas} of 2004 and the {@code sedikitnya 965 peziarah} of the year after (11 September 2019); the
     * {@code sembilan orang tewas} at Way Kanan and the {@code empat jenazah yang sudah berhasil diidentifikasi} of
     * them (okezone.com, sindonews.com, 16 September 2019). A count of the dead identified so far ({@link
     * Ref#identified}) reads none, unless a part its phrase picks out is read from it. Claims come in their articles'
     * order, so the work is linear.
     */
    private static Predicate<Ref> readsTheToll(List<Ref> kind) {
        PartsAndWholes phrases = partsOfAWholeInTheirPhrase(kind);
        // the dead identified so far are no toll, yet they stand first as the toll would: tempo.co's one body named
        // after its four identified (the Cipularang crash, 12 September 2019) does not lead its report
        Predicate<Ref> identified = r -> r.identified() && !phrases.wholes().contains(r.seq());
        Set<String> counts = new HashSet<>();
        Set<Integer> leading = new HashSet<>();
        Set<String> leads = new HashSet<>();
        for (Ref r : kind) {
            if (!phrases.parts().contains(r.seq()) && counts.add(r.article().id() + "|" + degrees(r))
                    && !identified.test(r)) {
                leading.add(r.seq());
                leads.add(degrees(r) + "|" + r.claim().value());
            }
        }
        return r -> !phrases.parts().contains(r.seq()) && !identified.test(r)
                && (leading.contains(r.seq()) || leads.contains(degrees(r) + "|" + r.claim().value()));
    }

    /** The casualty counts ({@code seq}) picked out of a whole in their phrase, and those wholes. */
    private record PartsAndWholes(Set<Integer> parts, Set<Integer> wholes) {
    }

    /**
     * The casualty counts ({@code seq}) whose phrase holds a larger count of the same outcome in its article: a part
     * picked out of the whole the phrase names, which reads no toll. Okezone.com's {@code Dua dari tiga korban tewas
     * ... ternyata merupakan daftar pencarian orang} (the Nganjuk crash, 10 September 2019) is read as two dead, and
     * the three inside its phrase as three: led by the two, every report's {@code dua penumpang} killed at the scene
     * had read the toll beside their three. Each article's claims are sorted by where they stand and each meets only
     * those that begin inside its phrase, a few words, so the work is n·log n.
     */
    private static PartsAndWholes partsOfAWholeInTheirPhrase(List<Ref> kind) {
        Map<String, List<Ref>> byArticle = new LinkedHashMap<>();
        kind.forEach(r -> byArticle.computeIfAbsent(r.article().id(), k -> new ArrayList<>()).add(r));
        Set<Integer> parts = new HashSet<>();
        Set<Integer> wholes = new HashSet<>();
        for (List<Ref> claims : byArticle.values()) {
            List<Ref> ordered = claims.stream().sorted(Comparator.comparingInt((Ref r) -> r.claim().start())).toList();
            for (int i = 0; i < ordered.size(); i++) {
                Claim part = ordered.get(i).claim();
                for (int j = i + 1; j < ordered.size() && ordered.get(j).claim().start() < part.end(); j++) {
                    Claim whole = ordered.get(j).claim();
                    if (whole.end() <= part.end() && whole.value() > part.value()) {
                        parts.add(ordered.get(i).seq());
                        wholes.add(ordered.get(j).seq());
                        break;
                    }
                }
            }
        }
        return new PartsAndWholes(parts, wholes);
    }

    /** The degrees ({@link #DEGREE} keys) a casualty count names: the badly injured lead a count of their own. */
    private static Set<String> degrees(Ref r) {
        return r.subject().stream().filter(w -> w.startsWith(DEGREE)).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Different figures of a tally of one story that are one count read at two moments, by two sources or written
     * round. Figures of people within {@link #CLOSE_READINGS} of each other: kompas.com's petition {@code baru
     * ditandatangani oleh 653 warganet} at 13.59 and tempo.co's {@code sudah 655 orang menandatangani petisi} that
     * evening (16 September 2019). Other tallies only as written ({@link #sameAsWritten}: {@code 328 ribu ha} of the
     * {@code 328.724 hektare} burnt): {@code 47.287 unit} and {@code 47.622 unit} of one story are two years' car sales,
     * {@code 13,63} and {@code 13,57 miliar saham} two days' trading. The figures must be hundreds at least
     * ({@link #CLOSE_READINGS_FROM}) and their subjects name one thing or one of them nothing beyond its counting word
     * ({@code orang}); each figure meets the next figure in value as each report gives it, a bounded number of them
     * ({@link #ACROSS_STORIES_COMPARED}), so the work is n·log n.
     */
    private static void joinCloseReadings(List<Ref> kind, Counts same) {
        boolean people = PEOPLE_UNIT.equals(unitKey(kind.get(0).claim().unit()));
        List<Ref> large = kind.stream().filter(r -> r.claim().value() >= CLOSE_READINGS_FROM)
                .sorted(Comparator.comparingDouble(r -> r.claim().value())).toList();
        int next = 0;
        for (Ref a : large) {
            while (next < large.size() && large.get(next).claim().value() <= a.claim().value()) {
                next++;
            }
            // the next figure as each report gives it: one article's own reading of it may be named apart
            for (int j = next; j < Math.min(large.size(), next + ACROSS_STORIES_COMPARED)
                    && large.get(j).claim().value() == large.get(next).claim().value(); j++) {
                Ref b = large.get(j);
                if (!namedApart(a, b) && oneNamedOrUnnamed(a, b)
                        && (people ? gap(a.claim().value(), b.claim().value()) <= CLOSE_READINGS
                        : sameAsWritten(a.claim(), b.claim()))) {
                    same.join(a, b);
                    break;
                }
            }
        }
    }

    /** Subjects naming one thing in the same words (places aside), or one of them naming nothing but people. */
    private static boolean oneNamedOrUnnamed(Ref a, Ref b) {
        Set<String> x = a.words();
        Set<String> y = b.words();
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }

    /**
     * Sums of one story, one named subject and one moment whose figures differ by a power of ten alone: a slip of
     * scale in one report. Okezone.com wrote the August oil-and-gas exports {@code ekspor migas ... USD88 juta},
     * sindonews.com {@code USD880 juta} (16 September 2019). The sums must write at least
     * {@link #SCALE_SLIP_DIGITS} significant digits and lie at most {@link #SCALE_SLIP_FACTOR} apart: a round
     * {@code Rp 5 miliar} beside {@code Rp 50 miliar} may be two sums.
     */
    private static void joinScaleSlips(List<Ref> kind, Counts same) {
        Map<String, Ref> firstOf = new HashMap<>();
        for (Ref r : kind) {
            Set<String> words = r.words();
            BigDecimal figure = BigDecimal.valueOf(r.claim().value()).stripTrailingZeros();
            if (words.isEmpty() || figure.precision() < SCALE_SLIP_DIGITS) {
                continue;
            }
            Ref first = firstOf.putIfAbsent(new TreeSet<>(words) + "|" + figure.unscaledValue(), r);
            if (first != null && first.claim().value() != r.claim().value() && !namedApart(first, r)
                    && sameMoment(first.reported(), r.reported())
                    && Math.max(first.claim().value(), r.claim().value())
                    <= SCALE_SLIP_FACTOR * Math.min(first.claim().value(), r.claim().value())) {
                same.join(first, r);
            }
        }
    }

    /**
     * Shares of one story and one moment that one report writes with fewer decimals than another, cut short or rounded
     * ({@link #oneReading}): kompas.com's {@code tingkat penyerapannya 39,4 persen} and {@code 58,6 persen} of the DKI
     * budget spent beside okezone.com's {@code 39,49 persen} and {@code 58,65 persen} (16 September 2019). Shares of two
     * articles only, neither the upper end of a range, their subjects not naming different things. Sums are left to their
     * rival readings ({@link #RIVAL_READINGS}): one story's sums cut short meet other sums as often as their own, the
     * imports of August ({@code 14,2 miliar dollar AS}) beside its exports ({@code USD14,28 miliar}), a car's price
     * ({@code Rp 146.400.000}) beside the dearest of another's list ({@code Rp 150 jutaan}). Each share looks up its
     * shorter readings, a bounded number of them ({@link #ACROSS_STORIES_COMPARED} claims under each), so the work is
     * linear.
     */
    private static void joinSharesCutShort(List<Ref> kind, Counts same) {
        Map<BigDecimal, List<Ref>> byFigure = new HashMap<>();
        kind.forEach(r -> byFigure.computeIfAbsent(figure(r.claim().value()), k -> new ArrayList<>()).add(r));
        for (Ref r : kind) {
            BigDecimal exact = figure(r.claim().value());
            for (int digits = PRECISE_IN_STORY_DIGITS; digits < exact.precision(); digits++) {
                for (RoundingMode mode : List.of(RoundingMode.DOWN, RoundingMode.HALF_UP)) {
                    List<Ref> shorter = byFigure.get(figure(exact.round(new MathContext(digits, mode)).doubleValue()));
                    for (int i = 0; shorter != null && i < Math.min(shorter.size(), ACROSS_STORIES_COMPARED); i++) {
                        Ref s = shorter.get(i);
                        if (s.article() != r.article() && sameMoment(s.reported(), r.reported())
                                && s.claim().qualifier() != Qualifier.AT_MOST && r.claim().qualifier() != Qualifier.AT_MOST
                                && oneReading(s.claim(), r.claim()) && !namedApart(s, r)) {
                            same.join(s, r);
                        }
                    }
                }
            }
        }
    }

    /**
     * Sums of one story and one moment that one report writes in full, to the rupiah, and another round with a scale
     * word ({@link #oneReading}): sindonews.com's {@code Rp1.672.985.500} of the North Sumatra government's cash lost
     * from a car beside the others' {@code Rp1,6 miliar} (11 September 2019). The sum in full must write
     * {@link #FULL_SUM_DIGITS} digits: a price or a rate written in full ({@code Rp 146.400.000}, a car's, beside the
     * {@code Rp 150 jutaan} of another's list; {@code Rp14.031} a dollar) is no record of one payment. Such a record
     * names its figure whatever the words before it, as a precise sum does ({@link #PRECISE_IN_STORY_DIGITS}):
     * sindonews.com writes {@code Bank Sumut} before it, the others {@code uang} and {@code Pemerintah Provinsi Sumatera
     * Utara}; and the article may give the round reading too ({@link #fullSumAndItsRound}). Sums of two articles only;
     * each sum in full looks up its round readings, a bounded number of them ({@link #ACROSS_STORIES_COMPARED} claims
     * under each), so the work is linear.
     */
    private static void joinSumsWrittenInFull(List<Ref> kind, Counts same) {
        Map<BigDecimal, List<Ref>> roundByFigure = new HashMap<>();
        kind.stream().filter(r -> ROUND_SUM.matcher(r.claim().text()).find())
                .forEach(r -> roundByFigure.computeIfAbsent(figure(r.claim().value()), k -> new ArrayList<>()).add(r));
        for (Ref r : kind) {
            BigDecimal full = figure(r.claim().value());
            if (full.precision() < FULL_SUM_DIGITS || ROUND_SUM.matcher(r.claim().text()).find()) {
                continue;
            }
            for (int digits = ROUND_TALLY_DIGITS; digits < full.precision(); digits++) {
                List<Ref> round = roundByFigure.get(figure(full.round(new MathContext(digits, RoundingMode.DOWN))
                        .doubleValue()));
                for (int i = 0; round != null && i < Math.min(round.size(), ACROSS_STORIES_COMPARED); i++) {
                    Ref s = round.get(i);
                    if (s.article() != r.article() && sameMoment(s.reported(), r.reported())
                            && s.claim().qualifier() != Qualifier.AT_MOST) {
                        same.join(s, r);
                    }
                }
            }
        }
    }

    /**
     * A sum written in full to the rupiah ({@link #FULL_SUM_DIGITS}) and its reading cut short with a scale word, in
     * either order: sindonews.com's {@code Rp1.672.985.500} and {@code Rp1,6 miliar} in one report (11 September 2019).
     */
    private static boolean fullSumAndItsRound(Claim a, Claim b) {
        if (a.category() != ClaimCategory.MONEY || b.category() != ClaimCategory.MONEY) {
            return false;
        }
        Claim round = shorter(a, b);
        Claim full = round == a ? b : a;
        return significantDigits(full.value()) >= FULL_SUM_DIGITS && !ROUND_SUM.matcher(full.text()).find()
                && significantDigits(round.value()) >= ROUND_TALLY_DIGITS && ROUND_SUM.matcher(round.text()).find()
                && roundedTo(full, round, RoundingMode.DOWN);
    }

    /** A figure as a comparable key, its trailing zeros stripped. */
    private static BigDecimal figure(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }

    /**
     * Different figures of people counted in one place: one count that the sources read differently. The police
     * in Jakarta gave {@code Manokwari ada 15 orang} (suspects), the Papua Barat police {@code 13 tersangka
     * terlibat kerusuhan di Manokwari} (kompas.com, tempo.co, 10 September 2019). Only the same places listed
     * alike meet ({@code di Papua dan Papua Barat} is not Papua Barat), and only counts whose other words do not
     * name different people ({@code 15 orang}, {@code 13 tersangka}; not {@code 40 saksi}).
     */
    private static void joinTalliesOfOnePlace(List<Ref> kind, Counts same) {
        Map<Set<String>, List<Ref>> byPlace = new LinkedHashMap<>();
        for (Ref r : kind) {
            Set<String> where = r.placed();
            if (!where.isEmpty()) {
                byPlace.computeIfAbsent(where, k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Ref> count : byPlace.values()) {
            count.stream().filter(r -> !namedApart(count.get(0), r)).forEach(r -> same.join(count.get(0), r));
        }
    }

    /**
     * Different figures of one named total of people that names no place: the figures a story gives of it
     * as the count grows or as sources read it. Kompas.com wrote {@code Jumlah tersangka ... bertambah menjadi 87
     * orang}, {@code total tersangka sebanyak 78 orang} four days earlier and {@code Total tersangka ... sebanyak
     * 85 orang} in one article, tempo.co {@code Total jenderal, hingga saat ini ada 96 orang sebagai tersangka}
     * (10 September 2019): one total of the suspects of the Papua riots. An article may give several of them
     * (the earlier figure and the later one); totals whose words name different people are not joined.
     */
    private static void joinTotals(List<Ref> kind, Counts same) {
        List<Ref> totals = kind.stream().filter(ClaimGrouper::namedTotal).toList();
        for (Ref r : totals) {
            if (!namedApart(totals.get(0), r) && readingsOfOneTotal(totals.get(0).claim().value(), r.claim().value())) {
                same.joinReadings(totals.get(0), r);
            }
        }
    }

    /** Figures near enough to be readings of one total ({@link #TOTAL_READINGS_FACTOR}). */
    private static boolean readingsOfOneTotal(double a, double b) {
        return Math.max(a, b) <= TOTAL_READINGS_FACTOR * Math.min(a, b);
    }

    /** A tally that is the whole of a named total and names no place ({@code jumlah tersangka}). */
    private static boolean namedTotal(Ref r) {
        String subject = r.claim().subject();
        if (subject == null || !r.placed().isEmpty()) {
            return false;
        }
        int space = subject.indexOf(' ');
        return TOTALS.contains((space < 0 ? subject : subject.substring(0, space)).toLowerCase(Locale.ROOT));
    }

    /**
     * The claims joined so far. A tally never holds two figures of one article: an article that gives
     * two prices of Antam gold gives the price of today and of yesterday ({@code Sebelumnya, emas Antam
     * dibanderol Rp758.000}), not two readings of one, unless they are one figure as written ({@link #sameAsWritten}:
     * {@code penghasilan sektar Rp 111 juta} and, under the itemised pay, {@code Total Rp 111,4 juta}, tempo.co,
     * 12 September 2019), or a sum in full and its round reading ({@link #fullSumAndItsRound}). Casualty counts may: an article can report two
     * tolls that disagree. A count of one part ({@code 3 orang luka berat}) that met a count of the same
     * figure naming no part ({@code 3 orang lainnya mengalami luka-luka}, kompas.com, 15 September 2019) does
     * not thereby take another figure of all the injured ({@code 6 orang mengalami luka berat dan ringan}):
     * groups of different figures join only when they name the same parts or neither names no part, and a
     * count naming no part never ties two counts of different parts ({@code 3 orang luka berat}, {@code 3 orang
     * luka ringan}).
     */
    private static final class Counts {
        final Partition partition = new Partition();
        private final Map<Integer, Map<String, Claim>> figures = new HashMap<>();
        /** The parts ({@link #DEGREE} keys, empty for none) each group's casualty counts name. */
        private final Map<Integer, Set<Set<String>>> parts = new HashMap<>();
        /** The figures each group holds, merged the smaller into the larger. */
        private final Map<Integer, Set<Double>> values = new HashMap<>();
        /** The groups ({@link #GROUP} keys) whose members or matches each group's claims count, none for most. */
        private final Map<Integer, Set<String>> owners = new HashMap<>();
        /** Whether the pairs compared across stories and offered to be joined are kept ({@link #stages}). */
        private final boolean watched;
        /** Pairs of claims (by their places, the lower first) that a pass offered to join, when watched. */
        final Set<List<Integer>> offered = new HashSet<>();
        /** Pairs of claims of two stories that {@link #joinAcrossStories} compared, when watched. */
        final Set<List<Integer>> metAcrossStories = new HashSet<>();

        Counts(List<Ref> refs, boolean watched) {
            this.watched = watched;
            for (Ref r : refs) {
                partition.add(r.seq());
                figures.put(r.seq(), new HashMap<>(Map.of(r.article().id(), r.claim())));
                parts.put(r.seq(), new HashSet<>(Set.of(r.subject().stream().filter(w -> w.startsWith(DEGREE))
                        .collect(Collectors.toUnmodifiableSet()))));
                values.put(r.seq(), new HashSet<>(Set.of(r.claim().value())));
                owners.put(r.seq(), r.groups());
            }
        }

        void join(Ref a, Ref b) {
            join(a, b, countsPeople(a.claim().category()));
        }

        /** Joins two claims of one figure only where neither is yet grouped with another figure. */
        void joinOnlyFigure(Ref a, Ref b) {
            if (values.get(partition.root(a.seq())).size() == 1 && values.get(partition.root(b.seq())).size() == 1) {
                join(a, b);
            }
        }

        /** Joins two figures that read one count, which an article may give twice (a total then and now). */
        void joinReadings(Ref a, Ref b) {
            join(a, b, true);
        }

        /** Notes two claims of two stories compared across stories, when watched. */
        void metAcrossStories(Ref a, Ref b) {
            if (watched) {
                metAcrossStories.add(pairKey(a, b));
            }
        }

        private static List<Integer> pairKey(Ref a, Ref b) {
            return List.of(Math.min(a.seq(), b.seq()), Math.max(a.seq(), b.seq()));
        }

        private void join(Ref a, Ref b, boolean oneArticleMayDiffer) {
            if (watched) {
                offered.add(pairKey(a, b));
            }
            int ra = partition.root(a.seq());
            int rb = partition.root(b.seq());
            if (ra == rb) {
                return;
            }
            Map<String, Claim> x = figures.get(ra);
            Map<String, Claim> y = figures.get(rb);
            if (!oneArticleMayDiffer && x.entrySet().stream()
                    .anyMatch(e -> y.containsKey(e.getKey()) && !sameAsWritten(y.get(e.getKey()), e.getValue())
                            && !fullSumAndItsRound(y.get(e.getKey()), e.getValue()))) {
                return;
            }
            Set<Set<String>> px = parts.get(ra);
            Set<Set<String>> py = parts.get(rb);
            Set<Double> vx = values.get(ra);
            Set<Double> vy = values.get(rb);
            boolean partless = px.contains(Set.of()) || py.contains(Set.of());
            Set<Set<String>> namedX = named(px);
            Set<Set<String>> namedY = named(py);
            if (partless && (!vx.equals(vy) && !namedX.equals(namedY)
                    || namedX.stream().anyMatch(n -> !namedY.isEmpty() && !namedY.contains(n)))) {
                return;
            }
            // a claim naming no group never ties the counts of two groups: Thailand's two matches and Indonesia's
            // two meet a bare "dua laga" of the same standings, not each other
            Set<String> ox = owners.get(ra);
            Set<String> oy = owners.get(rb);
            if (apart(ox, oy)) {
                return;
            }
            partition.union(ra, rb);
            Map<String, Claim> kept = x.size() >= y.size() ? x : y;
            kept.putAll(kept == x ? y : x);
            px.addAll(py);
            Set<Double> allValues = vx.size() >= vy.size() ? vx : vy;
            allValues.addAll(allValues == vx ? vy : vx);
            figures.remove(ra);
            figures.remove(rb);
            parts.remove(ra);
            parts.remove(rb);
            values.remove(ra);
            values.remove(rb);
            Set<String> allOwners = ox.isEmpty() ? oy : ox;
            owners.remove(ra);
            owners.remove(rb);
            owners.put(partition.root(a.seq()), allOwners);
            figures.put(partition.root(a.seq()), kept);
            parts.put(partition.root(a.seq()), px);
            values.put(partition.root(a.seq()), allValues);
        }

        private static Set<Set<String>> named(Set<Set<String>> parts) {
            return parts.stream().filter(p -> !p.isEmpty()).collect(Collectors.toSet());
        }
    }

    /**
     * Two sums close enough to be rival readings of one number ({@link #RIVAL_READINGS}), neither of them the upper
     * end of a range: {@code mulai Rp 106 juta hingga Rp 147 juta} is the dearest of a price list (kompas.com, 16
     * September 2019), no reading of the {@code Rp 146,55 juta} one model costs in tempo.co's list the same day.
     */
    private static boolean rivals(Claim a, Claim b) {
        return rivals(a, b, RIVAL_READINGS);
    }

    /** Two sums at most {@code readings} apart (relative), neither of them the upper end of a range. */
    private static boolean rivals(Claim a, Claim b, double readings) {
        return gap(a.value(), b.value()) <= readings
                && a.qualifier() != Qualifier.AT_MOST && b.qualifier() != Qualifier.AT_MOST;
    }

    /** How far apart two figures are, relative to the larger. */
    private static double gap(double a, double b) {
        double larger = Math.max(Math.abs(a), Math.abs(b));
        return larger == 0 ? 0 : Math.abs(a - b) / larger;
    }

    /** How the figures of claims reported on the days given relate: one figure, an update, or a disagreement. */
    static ClaimGroupKind kindOf(List<Claim> claims, List<LocalDate> reported) {
        boolean differ = false;
        for (int a = 0; a < claims.size(); a++) {
            for (int b = 0; b < a; b++) {
                if (!oneReading(claims.get(a), claims.get(b)) && !boundMet(claims.get(a), claims.get(b))
                        && !boundMet(claims.get(b), claims.get(a))) {
                    if (sameMoment(reported.get(a), reported.get(b))) {
                        return ClaimGroupKind.DISAGREEMENT;
                    }
                    differ = true;
                }
            }
        }
        return differ ? ClaimGroupKind.UPDATE : ClaimGroupKind.AGREEMENT;
    }

    /**
     * Whether {@code floor}, a figure hedged as a floor written round, holds for {@code figure} within its last written
     * digit: sindonews.com's {@code Lebih dari 30 orang tewas} in Karbala and the {@code sedikitnya 31 orang} of its
     * own next paragraph and of okezone.com (10-11 September 2019) tell one toll, not two; {@code lebih dari 30} and
     * {@code 45} are two.
     */
    private static boolean boundMet(Claim floor, Claim figure) {
        boolean floorHeld = switch (floor.qualifier()) {
            case MORE_THAN -> figure.value() > floor.value();
            case AT_LEAST -> figure.value() >= floor.value();
            case EXACT, ABOUT, AT_MOST -> false;
        };
        BigDecimal step = BigDecimal.valueOf(floor.value()).stripTrailingZeros().ulp();
        return floorHeld && figure.qualifier() != Qualifier.AT_MOST
                && BigDecimal.valueOf(figure.value()).compareTo(BigDecimal.valueOf(floor.value()).add(step)) < 0;
    }

    /**
     * One figure as written: the same value, or a figure written round with a scale word and the exact figure
     * rounded to as many digits ({@code Rp 18 miliar} and {@code Rp18,2 miliar} of a declared wealth of
     * {@code Rp18.226.424.386}). A tally written round may also cut the exact one short: {@code 328 ribu ha} of the
     * {@code 328.724 hektare} burnt (okezone.com, kompas.com, 16 September 2019), {@code 10,8 juta suara} of {@code
     * 10.876.507 suara}, and so may a tally written round by its suffix: sindonews.com's and tempo.co's {@code GranMax (MB)
     * dan Ayla berada di angka 1.700-an unit} of okezone.com's {@code 1.763 unit} (Daihatsu's August sales, 14-15
     * September 2019); a sum cut short is another sum ({@code Rp 1 miliar} beside {@code Rp 1,3 miliar}). A tally
     * written round must write {@link #ROUND_TALLY_DIGITS} digits, or say it is about that many and round the exact
     * one to its one digit: kompas.com's {@code Sekitar 2 juta kendaraan bermotor yang beredar di DKI Jakarta ternyata
     * masih menunggak} of sindonews.com's {@code Sebanyak 2,2 juta kendaraan bermotor} (16 September 2019).
     */
    static boolean sameAsWritten(Claim a, Claim b) {
        if (a.value() == b.value()) {
            return true;
        }
        boolean tallies = a.category() == ClaimCategory.COUNT && b.category() == ClaimCategory.COUNT;
        if (!tallies && (a.category() != ClaimCategory.MONEY || b.category() != ClaimCategory.MONEY)) {
            return false;
        }
        Claim round = shorter(a, b);
        Claim exact = round == a ? b : a;
        if (!ROUND_SUM.matcher(round.text()).find() && !(tallies && ROUND_TALLY.matcher(round.text()).find())) {
            return false;
        }
        if (tallies && significantDigits(round.value()) < ROUND_TALLY_DIGITS) {
            // one digit ties only a tally its writer calls about as many, and only the figure nearest it
            return round.qualifier() == Qualifier.ABOUT && roundedTo(exact, round, RoundingMode.HALF_UP);
        }
        return roundedTo(exact, round, RoundingMode.HALF_UP) || tallies && roundedTo(exact, round, RoundingMode.DOWN);
    }

    /**
     * Two figures of one group that are one reading as two reports write it: one figure as written ({@link
     * #sameAsWritten}), or one cut short to fewer digits by one report, a sum written with a scale word and
     * {@link #ROUND_TALLY_DIGITS} digits as a tally written round must ({@code Rp 38,5 triliun} of the {@code Rp38,56
     * triliun} of the DKI budget spent, kompas.com, okezone.com, 16 September 2019), a share of {@link
     * #PRECISE_IN_STORY_DIGITS} digits cut short or rounded ({@code 39,4 persen} of the same budget's {@code 39,49
     * persen}), a sum in full to the rupiah and the same with its cents ({@code Rp 1.672.985.500} and {@code Rp
     * 1.672.985.500,4}, tempo.co, 11 September 2019; {@link #FULL_SUM_DIGITS}). Only the kind of a group reads figures
     * so: one article's {@code USD14,2 miliar} of imports and {@code USD14,28 miliar} of exports (okezone.com, 16
     * September 2019) stay two figures when groups join.
     */
    static boolean oneReading(Claim a, Claim b) {
        if (sameAsWritten(a, b)) {
            return true;
        }
        Claim round = shorter(a, b);
        Claim exact = round == a ? b : a;
        int digits = significantDigits(round.value());
        if (a.category() == ClaimCategory.PERCENT && b.category() == ClaimCategory.PERCENT) {
            return digits >= PRECISE_IN_STORY_DIGITS
                    && (roundedTo(exact, round, RoundingMode.DOWN) || roundedTo(exact, round, RoundingMode.HALF_UP));
        }
        if (withinWrittenPrecision(exact, round) || withinWrittenPrecision(round, exact)) {
            return true;
        }
        if (a.category() != ClaimCategory.MONEY || b.category() != ClaimCategory.MONEY) {
            return false;
        }
        return digits >= FULL_SUM_DIGITS
                ? roundedTo(exact, round, RoundingMode.DOWN) || roundedTo(exact, round, RoundingMode.HALF_UP)
                : digits >= ROUND_TALLY_DIGITS && ROUND_SUM.matcher(round.text()).find()
                && roundedTo(exact, round, RoundingMode.DOWN);
    }

    /**
     * Whether {@code figure} is {@code written} at the precision {@code written} declares by decimals before its scale
     * word, rounded or cut short to its last decimal: sindonews.com's {@code USD0,08 miliar} (two decimals of a
     * billion, a step of ten million) of the August 2019 surplus okezone.com gives as {@code USD85,1 juta} (16 September
     * 2019). Sums and tallies alike, of one category; a figure written without decimals declares no precision, its
     * one digit as often a bound or another figure ({@link #ROUND_TALLY_DIGITS}).
     */
    private static boolean withinWrittenPrecision(Claim figure, Claim written) {
        if (figure.category() != written.category()
                || figure.category() != ClaimCategory.MONEY && figure.category() != ClaimCategory.COUNT) {
            return false;
        }
        BigDecimal step = writtenStep(written);
        if (step == null) {
            return false;
        }
        BigDecimal steps = BigDecimal.valueOf(figure.value()).divide(step, MathContext.DECIMAL64);
        BigDecimal writtenSteps = BigDecimal.valueOf(written.value()).divide(step, MathContext.DECIMAL64)
                .setScale(0, RoundingMode.HALF_UP);
        return steps.setScale(0, RoundingMode.DOWN).compareTo(writtenSteps) == 0
                || steps.setScale(0, RoundingMode.HALF_UP).compareTo(writtenSteps) == 0;
    }

    /**
     * The step of a figure's last written decimal before its scale word ({@code USD0,08 miliar}: 0.01 of a billion), or
     * null for a figure written without decimals or a scale word.
     */
    private static BigDecimal writtenStep(Claim c) {
        Matcher m = DECIMALS_BEFORE_SCALE.matcher(c.text());
        if (!m.find()) {
            return null;
        }
        double written = IndonesianNumber.digits(m.group(1));
        double scale = IndonesianNumber.scale(m.group(2));
        if (Double.isNaN(written) || Double.isNaN(scale) || written == Math.floor(written)) {
            return null; // "Rp 1.500 miliar": the separator groups thousands
        }
        int decimals = m.group(1).length() - Math.max(m.group(1).lastIndexOf(','), m.group(1).lastIndexOf('.')) - 1;
        return BigDecimal.valueOf(scale).scaleByPowerOfTen(-decimals);
    }

    /** Of two figures, the one written with fewer significant digits (the first when they write as many). */
    private static Claim shorter(Claim a, Claim b) {
        return significantDigits(a.value()) <= significantDigits(b.value()) ? a : b;
    }

    /** Whether {@code exact} rounded in {@code mode} to as many significant digits as {@code round} writes is it. */
    private static boolean roundedTo(Claim exact, Claim round, RoundingMode mode) {
        MathContext digits = new MathContext(significantDigits(round.value()), mode);
        return BigDecimal.valueOf(exact.value()).round(digits).compareTo(BigDecimal.valueOf(round.value())) == 0;
    }

    private static int significantDigits(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().precision();
    }

    private static boolean sameMoment(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= SAME_MOMENT_DAYS;
    }

    private static boolean countsPeople(ClaimCategory c) {
        return switch (c) {
            case KILLED, INJURED, MISSING, DISPLACED, ARRESTED, AFFECTED -> true;
            case MONEY, PERCENT, COUNT -> false;
        };
    }

    /**
     * The stems of a subject that name what is counted, general words and day and month names left out; a
     * counting word stands for its kind. Counting words are read as written, not stemmed: {@code pebulutangkis}
     * counts players, its stem {@code bulutangkis} is the sport.
     */
    static Set<String> specificWords(String subject) {
        Set<String> words = new HashSet<>();
        for (String word : NON_WORD.split(subject == null ? "" : subject)) {
            if (Calendar.isIndonesianDayOrMonth(word.toLowerCase(Locale.ROOT))) {
                continue; // "Jumat" and "rupiah" name one rate: when it stood is not what it counts
            }
            List<String> stems = TermAnalyzer.stems(word).stream()
                    .filter(stem -> !GENERAL_WORDS.contains(stem)).toList();
            if (!stems.isEmpty()) {
                String kind = KINDS.get(NameKeys.fold(unpossessed(word.toLowerCase(Locale.ROOT))));
                words.addAll(kind == null ? stems : List.of(kind));
            }
        }
        return words;
    }

    /**
     * What a claim counts: the specific words of its subject, its places that name one ({@link #namesAPlace}), the
     * group whose members it counts by the group's listed name ({@link #groupKey}), and for a casualty count the one
     * degree its own words give ({@code 3 orang luka berat} counts the badly injured; {@code 6 orang luka-luka} and
     * {@code 6 orang mengalami luka berat dan ringan} all the injured).
     */
    private static Set<String> counted(Claim c) {
        Set<String> words = specificWords(GroupWords.ungrouped(PlaceWords.unplaced(c.subject())));
        PlaceWords.places(c.subject()).stream().filter(ClaimGrouper::namesAPlace)
                .forEach(place -> words.add(PLACE + place));
        String group = GroupWords.group(c.subject());
        if (group != null) {
            words.add(GROUP + groupKey(group));
        }
        if (countsPeople(c.category())) {
            Set<String> degrees = new HashSet<>();
            for (String w : NON_WORD.split(c.text())) {
                String folded = NameKeys.fold(w);
                if (DEGREES.contains(folded)) {
                    degrees.add(DEGREE + folded);
                }
            }
            // "6 orang mengalami luka berat dan ringan" counts every degree: all the injured
            if (degrees.size() == 1) {
                words.addAll(degrees);
            }
        }
        return words;
    }

    /**
     * A group's name as a key: the canonical form of a listed name, so that {@code PDIP}, {@code PDI-P}, {@code PDI
     * Perjuangan} and {@code Partai Demokrasi Indonesia Perjuangan}, as four outlets wrote one party, meet.
     */
    static String groupKey(String group) {
        Gazetteer.Name listed = Gazetteer.standard().lookup(group);
        return NameKeys.fold(listed == null ? group : listed.canonical());
    }

    /**
     * Whether a claim's place names a place: a word of some stem that names a place by itself. {@code di Bandara} names
     * none, so it sets no tally apart from one at a named airport: okezone.com's {@code 14 Kabupaten/Kota di Bandara
     * Soekarno-Hatta} and sindonews.com's {@code 14 Kabupaten/Kota} of {@code tiba di Bandara} are the regions of one
     * flight of West Kalimantan's pilgrims (15 September 2019).
     */
    private static boolean namesAPlace(String place) {
        return TermAnalyzer.stems(place).stream().anyMatch(ClaimGrouper::namesPlace);
    }

    /** Whether a stem of a place name names a place by itself: {@code jagorawi}, not {@code tol}. */
    static boolean namesPlace(String stem) {
        return !PLACE_NAME_WORDS.contains(stem);
    }

    /**
     * A unit as a comparable key: people by one key, another counting word by its kind, a counting word that says
     * whose things they are as the word alone ({@code Persija membawa 18 pemainnya}, tempo.co, and {@code membawa 18
     * pemain}, tribunnews.com, 10 September 2019: one squad).
     */
    private static String unitKey(String unit) {
        String key = unit == null ? "" : NameKeys.fold(unpossessed(unit.toLowerCase(Locale.ROOT)));
        return PEOPLE.contains(key) ? PEOPLE_UNIT : KINDS.getOrDefault(key, key);
    }

    /**
     * A lower-case word without the suffix that says whose thing it is ({@code pemainnya}: pemain), taken off before
     * folding, which makes one letter of the two in {@code pemainnya}.
     */
    private static String unpossessed(String word) {
        return word.endsWith(POSSESSIVE) && word.length() - POSSESSIVE.length() >= MIN_POSSESSED
                ? word.substring(0, word.length() - POSSESSIVE.length()) : word;
    }

    /** The kind each word of a list of kinds names: the first word of its line. */
    private static Map<String, String> kindsOfLines(String resource) {
        Map<String, String> kinds = new HashMap<>();
        for (String line : WordLists.read(WordLists.class, resource)) {
            String[] words = Whitespace.split(line);
            String kind = "kind " + words[0];
            for (String w : words) {
                kinds.put(NameKeys.fold(w), kind);
            }
        }
        return Map.copyOf(kinds);
    }

    private static String commonSubject(List<Ref> m) {
        Map<String, Long> counts = m.stream().map(r -> r.claim().subject()).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }
}
