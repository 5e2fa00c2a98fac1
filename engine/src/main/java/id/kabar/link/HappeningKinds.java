package id.kabar.link;

import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a headline says happened, as kinds of happening (a death, a verdict, an arrest, a quake) read from
 * {@code happening-kinds.txt}. A headline says what was done; two headlines of one day naming different kinds
 * tell two happenings of one matter, however much their bodies share.
 */
final class HappeningKinds {
    /** No kind named: the headline's words say nothing of what was done, or there is no headline. */
    static final long NONE = 0L;

    /**
     * The bit of a headline that reports someone's words ({@link #spoken}) rather than what was done. It is no kind of
     * happening: two headlines do not name a kind in common by it, nor are they apart by it.
     */
    static final long SPOKEN = 1L << (Long.SIZE - 1);
    /**
     * The bit of a headline that tells a figure reported anew each day ({@link #dailyFigure}: a price, an exchange rate, the
     * stock index). Like {@link #SPOKEN} it is no kind of happening.
     */
    static final long DAILY_FIGURE = 1L << (Long.SIZE - 2);
    /** Words of a headline telling such a figure ({@code Harga}, {@code Kurs}, {@code Rupiah}, {@code IHSG}). */
    private static final Set<String> DAILY_FIGURE_WORDS = WordLists.set(WordLists.class, "daily-figure-words.txt");
    /** Words of a headline naming a market figure there is one of each trading day ({@code IHSG}, {@code Rupiah}). */
    private static final Set<String> MARKET_FIGURES = WordLists.set(WordLists.class, "market-figures.txt");
    /** Words with which a headline tells a forecast of a figure ({@code Diprediksi}, {@code Diramal}). */
    private static final Set<String> FORECAST_WORDS = WordLists.set(WordLists.class, "headline-forecast-words.txt");
    /** Verbs with which a headline reports words ({@code Alexander Marwata Sebut ...}, {@code Ini Kata Quartararo}). */
    private static final Set<String> SPEECH_VERBS = WordLists.set(WordLists.class, "headline-speech-verbs.txt");
    /**
     * The most words a headline's part before its colon has when it names the one who speaks ({@code Polri:}, {@code
     * Fakhri Husaini:}, {@code Menko Darmin:}); a longer part is a heading ({@code Hasil Kualifikasi Piala Dunia 2022:}).
     */
    static final int SPEAKER_MAX_WORDS = 3;
    /** The part of a headline after its last comma before its first colon: who speaks, if anyone. */
    private static final Pattern BEFORE_COLON = Pattern.compile("([^,:]*):\\s*\\S");
    /** A capitalised word without figures: a name or a title ({@code FP1:}, {@code Liga 1:} are headings). */
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'-]*");
    /**
     * Words of a heading, not of a speaker: a Roman numeral numbering its part ({@code Babak I:}, the first half) and the
     * versus of a fixture ({@code Indonesia Vs Thailand:}).
     */
    private static final Pattern HEADING_WORD = Pattern.compile("[IVX]+|(?i:vs\\.?)");

    /**
     * Things a kind's word can be done to without that kind of happening ({@code happening-things.txt}): the removal of a
     * cloth ({@code Pencopotan Kain Hitam}) is no dismissal.
     */
    private static final Set<String> THINGS = WordLists.set(WordLists.class, "happening-things.txt");
    /**
     * The people a happening befell ({@code happening-victims.txt}): a kind's word right after one of them names whom it
     * befell ({@code Korban Kecelakaan}, the crash's victims), and a headline telling of them tells a piece beside the
     * happening, not the happening ({@link #befallenBy}).
     */
    private static final Set<String> VICTIMS = WordLists.set(WordLists.class, "happening-victims.txt");
    /** A word and the word after it in one phrase: a space between, no punctuation. */
    private static final Pattern WORD_BEFORE_WORD = Pattern.compile("([\\p{L}\\p{N}]+) +([\\p{L}\\p{N}]+)");

    /**
     * The ending of a kind's word that is a noun ({@code kemenangan}, {@code kecelakaan}, {@code pemberhentian}), as against
     * a verb ({@code menang}, {@code bertemu}). After a verb of saying ({@link #SPEECH_VERBS}) a verb of a kind tells what
     * the speaker recalls or judges ("Prabowo Ungkap Terakhir Bertemu BJ Habibie Beberapa Bulan Lalu", the meeting months
     * before; "Iran Sebut Timnas U-19 Indonesia Layak Menang"), not what happened, so it names no kind; a noun names the
     * happening spoken about ("Pelatih Iran Akui Kemenangan Timnas Indonesia U-19", "Jasa Marga Sebut Kecelakaan Tol
     * Jagorawi Karena Pecah Ban") and still does. The meeting Prabowo recalled had kept his words apart from his visit of
     * condolence the same day (11 September 2019). On the CLICK-ID tune labels (10-16 Sep 2019) this took events B-cubed F1
     * from 0.890 to 0.892, held-out 0.836 and the events sets unchanged; dropping nouns too, 0.889 (the Iran coach's
     * acknowledgement of the win ran into his opponent's words after the match). 59 headlines of the week name a kind
     * after a verb of saying.
     */
    static final String NOUN_SUFFIX = "an";

    /** Each listed word's kind, as one bit of a {@code long}. */
    private static final Map<String, Long> KIND_BY_WORD = load(WordLists.read(WordLists.class, "happening-kinds.txt"));

    private HappeningKinds() {
    }

    /**
     * The kinds a headline names, one bit each, {@link #SPOKEN} when it reports words and {@link #DAILY_FIGURE} when it tells
     * a daily figure; {@link #NONE} for null. A
     * headline whose speaker stands before a colon after a comma names the occasion before the comma and the speaker's
     * words after it ({@code Timnas Indonesia U-19 Menang atas Iran, Fakhri Husaini: Saya Bangga}, {@code BJ Habibie Wafat,
     * Jokowi: Beliau Selalu Sampaikan Solusi Persoalan Bangsa}): the occasion is the other happening the words answer, so
     * only the part after the comma names its kinds. With the headings of {@link #HEADING_WORD} read as no speaker, this
     * took events B-cubed F1 on the CLICK-ID tune labels (10-16 Sep 2019) from 0.847 to 0.849; held-out 0.825 unchanged.
     * A kind's word right before a thing it is done to ({@link #THINGS}) names no kind: the reports of the black cloth taken
     * down from the KPK's logo joined the demonstration's event, tune events B-cubed F1 0.849 to 0.852 (recall 0.860 to
     * 0.867), held-out 0.819 unchanged.
     */
    static long of(String headline) {
        return of(headline, true);
    }

    /**
     * The kinds a headline names the way {@link #of} does, but a kind's word right after the people it befell counts:
     * {@code Korban Kecelakaan di Tol Jagorawi} names the crash whose dead a casualty count tells (the claim grouper's
     * headline keys), though a piece on those victims is no report of the crash itself.
     */
    static long countedFor(String headline) {
        return of(headline, false);
    }

    private static long of(String headline, boolean victimsApart) {
        if (headline == null) {
            return NONE;
        }
        int speaker = speakerBeforeColon(headline);
        long kinds = NONE;
        boolean spoken = speaker >= 0;
        boolean dailyFigure = false;
        String told = speaker > 0 ? headline.substring(speaker) : headline;
        Set<String> doneToThings = doneToThings(told);
        if (victimsApart) {
            doneToThings.addAll(befallenBy(told));
        }
        boolean saying = false;
        for (String word : ArticleProfiler.words(told)) {
            if (!doneToThings.contains(word) && !(saying && !word.endsWith(NOUN_SUFFIX))) {
                kinds |= KIND_BY_WORD.getOrDefault(word, NONE);
            }
            saying |= SPEECH_VERBS.contains(word);
            spoken |= SPEECH_VERBS.contains(word);
            dailyFigure |= DAILY_FIGURE_WORDS.contains(word);
        }
        return kinds | (spoken ? SPOKEN : NONE) | (dailyFigure ? DAILY_FIGURE : NONE);
    }

    /**
     * Whether the headline of these kinds reports someone's words: a verb of saying ({@code Jasa Marga Sebut ...}), or a
     * speaker of at most {@link #SPEAKER_MAX_WORDS} capitalised words without figures before a colon ({@code Firli Bahuri
     * Terpilih Jadi Ketua KPK, Polri: Transparan dan Demokratis}).
     */
    static boolean spoken(long kinds) {
        return (kinds & SPOKEN) != NONE;
    }

    /**
     * Whether the headline of these kinds tells a figure reported anew each day ({@code Harga Emas Antam Turun Jadi Rp
     * 751.000 per Gram}, {@code IHSG Ditutup Menguat di 6.336}).
     */
    static boolean dailyFigure(long kinds) {
        return (kinds & DAILY_FIGURE) != NONE;
    }

    /**
     * The one market figure the headline tells the move of ({@link #MARKET_FIGURES}: {@code ihsg} for "IHSG Balik Melemah ke
     * 6.358 pada Jeda Sesi I"), or null: none, or two ("IHSG Terperosok, Rupiah Malah Menguat ke Rp13.994/USD" tells of both
     * markets), or a forecast ({@link #FORECAST_WORDS}), or someone's words ({@link #spoken}: "Rupiah Menguat, Darmin: Menuju
     * Titik Equilibrium Baru" tells what the minister said of it).
     */
    static String marketFigure(String headline) {
        Set<String> figures = marketFigures(headline);
        if (figures.size() != 1 || Arrays.stream(ArticleProfiler.words(headline)).anyMatch(FORECAST_WORDS::contains)) {
            return null;
        }
        return figures.iterator().next();
    }

    /**
     * The market figures ({@link #MARKET_FIGURES}) the headline tells of, one or both, a forecast of one included ("IHSG
     * Terperosok, Rupiah Malah Menguat ke Rp13.994/USD" tells of {@code ihsg} and {@code rupiah}, "IHSG Diramal Reli, Mainkan
     * 6 Saham Ini" of {@code ihsg}); none when it reports someone's words ({@link #spoken}).
     */
    static Set<String> marketFigures(String headline) {
        if (headline == null || spoken(of(headline))) {
            return Set.of();
        }
        Set<String> figures = new TreeSet<>();
        for (String word : ArticleProfiler.words(headline)) {
            if (MARKET_FIGURES.contains(word)) {
                figures.add(word);
            }
        }
        return figures;
    }

    /** The kinds of happening alone, without {@link #SPOKEN} and {@link #DAILY_FIGURE}. */
    static long named(long kinds) {
        return kinds & ~(SPOKEN | DAILY_FIGURE);
    }

    /**
     * Where the speaker before the headline's colon begins (after the comma before it, or 0), or -1 when the part before
     * the colon is no speaker: longer than {@link #SPEAKER_MAX_WORDS} words, or a word in it is not capitalised, holds a
     * figure or is a word of a heading ({@link #HEADING_WORD}).
     */
    private static int speakerBeforeColon(String headline) {
        // most headlines have no colon, on which the pattern fails from every offset, each scan to the next comma
        if (headline.indexOf(':') < 0) {
            return -1;
        }
        Matcher m = BEFORE_COLON.matcher(headline);
        if (!m.find()) {
            return -1;
        }
        String[] words = Whitespace.split(m.group(1).strip());
        if (words.length > SPEAKER_MAX_WORDS) {
            return -1;
        }
        for (String word : words) {
            if (!CAPITALISED_WORD.matcher(word).matches() || HEADING_WORD.matcher(word).matches()) {
                return -1;
            }
        }
        return m.start(1);
    }

    /** The words of a headline that stand right before a thing ({@link #THINGS}), nothing but a space between. */
    private static Set<String> doneToThings(String headline) {
        return besideListed(headline, THINGS, true);
    }

    /**
     * The kinds' words of the headline that name what befell the people it tells of ({@link #VICTIMS}): the word right after
     * one of them. {@code Korban Kecelakaan Nganjuk-Madiun Buronan Kasus Pil Koplo} (tempo.co, 11 September 2019) tells
     * who the crash's victim was, a fugitive the police of another town took in, not the crash: it had joined the crash
     * of two days before through the kind both headlines named. On the CLICK-ID week (10-16 Sep 2019) this parted 33 pairs
     * and joined 1 (events 6,634 to 6,637): that piece from the crash (23), a feature on a crash's mysterious passengers
     * from the police's identification of its dead (7), and, wrongly, tempo.co's two pieces on a teacher killed in it (3);
     * events B-cubed F1 on the fourth events development set 0.801 to 0.832 (precision 0.67 to 0.71), tune 0.898,
     * held-out 0.835 and every other events and stories figure unchanged.
     */
    private static Set<String> befallenBy(String headline) {
        return besideListed(headline, VICTIMS, false);
    }

    /**
     * The headline's words, lower case, right before ({@code before}) or right after a word of {@code listed} in one phrase
     * ({@link #WORD_BEFORE_WORD}).
     */
    private static Set<String> besideListed(String headline, Set<String> listed, boolean before) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD_BEFORE_WORD.matcher(headline.toLowerCase(Locale.ROOT));
        for (int from = 0; m.find(from); from = m.start(2)) {
            if (listed.contains(m.group(before ? 2 : 1))) {
                words.add(m.group(before ? 1 : 2));
            }
        }
        return words;
    }

    /** Whether both name kinds and no kind is named by both. */
    static boolean apart(long a, long b) {
        long ka = named(a);
        long kb = named(b);
        return ka != NONE && kb != NONE && (ka & kb) == NONE;
    }

    private static Map<String, Long> load(List<String> lines) {
        if (lines.size() > Long.SIZE - 2) {
            throw new IllegalStateException("happening-kinds.txt: " + lines.size() + " kinds, at most " + (Long.SIZE - 2));
        }
        Map<String, Long> kindByWord = new HashMap<>();
        for (int kind = 0; kind < lines.size(); kind++) {
            String line = lines.get(kind);
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("happening-kinds.txt: no kind in '" + line + "'");
            }
            for (String word : Whitespace.split(line.substring(colon + 1).strip())) {
                kindByWord.merge(word, 1L << kind, (x, y) -> x | y);
            }
        }
        return Map.copyOf(kindByWord);
    }
}
