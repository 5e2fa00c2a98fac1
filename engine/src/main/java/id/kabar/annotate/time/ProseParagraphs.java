package id.kabar.annotate.time;

import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import id.kabar.lang.ListAnnouncements;
import id.kabar.lang.WordLists;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells running prose from lines that only label or decorate it: a subheading ({@code Hari kelima perang}),
 * a page clock ({@code Jumat, Mei 3, 2024}), a list of other headlines. Those lines repeat or precede
 * the report, so the days and numbers in them are not facts the article reports. The lines of a list that the
 * article announces in words of its own ({@code Berikut adalah rincian komponen penghasilan Anggota DPRD:}, or a
 * sentence opening with {@code Berikut}) are its facts all the same.
 */
public final class ProseParagraphs {
    /** A line this long is prose even when scraping lost its final stop. */
    private static final int PROSE_WORDS = 20;
    /**
     * Words from which a line ending with a colon announces a list of the article's own: {@code Berikut adalah
     * rincian komponen penghasilan Anggota DPRD:} has six (tempo.co, 12 September 2019); {@code Baca juga:} and
     * {@code Simak video berikut:}, which open other headlines or a player, have fewer.
     */
    static final int ANNOUNCING_WORDS = 5;
    /**
     * Words from which a line in sentence case inside the article is a sentence whose stop a scrape lost ({@code
     * Libur sekolah sebelumnya sudah diberlakukan sejak Selasa}, seven words, over {@code 10 September 2019 sampai
     * ...}; tempo.co, 16 September 2019). Across the CLICK-ID week six-word lines add as many days as seven-word
     * ones and more labels of lists; subheadings and a schedule's rows run shorter or in capitals.
     */
    static final int UNFINISHED_SENTENCE_WORDS = 7;
    /**
     * Words after the announcing word that make the list a how-to ({@code Berikut cara membuatnya.}, {@code Berikut
     * resep ...} over a recipe's ingredients, sindonews.com, September 2019): advice, not the article's figures.
     */
    private static final Set<String> HOW_TO = WordLists.set(WordLists.class, "how-to-announcements.txt");
    /** The words after the announcing word that may name a how-to ({@code Berikut ini cara ...}). */
    private static final int HOW_TO_REACH = 2;

    private final Set<Integer> prose;
    /**
     * Lines of the article's own that announce a list ({@code Berikut jadwal semifinal ... yang berlangsung Jumat
     * (13/9):}): they are its words, and the day they name is a day it reports.
     */
    private final Set<Integer> announcingLines;
    /** Paragraphs of lists announced by a line or a sentence of the article, up to the prose that follows. */
    private final Set<Integer> announcedLists;
    /**
     * Short lines after the article's prose has begun with more text after them: where a schedule's day heads the
     * items under it ({@code Selasa, 17 September 2019} over its matches). A page clock stands above the prose.
     */
    private final Set<Integer> insideLines;
    /** Lines inside the article that run in sentence case but lost their stop: sentences the scrape cut short. */
    private final Set<Integer> unfinishedSentences;

    private ProseParagraphs(Set<Integer> prose, Set<Integer> announcingLines, Set<Integer> announcedLists,
                            Set<Integer> insideLines, Set<Integer> unfinishedSentences) {
        this.prose = prose;
        this.announcingLines = announcingLines;
        this.unfinishedSentences = unfinishedSentences;
        this.announcedLists = announcedLists;
        this.insideLines = insideLines;
    }

    public static ProseParagraphs of(Text text) {
        TreeMap<Integer, int[]> extent = new TreeMap<>();
        Map<Integer, Integer> words = new HashMap<>();
        Map<Integer, Integer> capitalised = new HashMap<>();
        Map<Integer, Integer> lowerCase = new HashMap<>();
        // the first words of each paragraph's last sentence, lower case
        Map<Integer, List<String>> lastOpening = new HashMap<>();
        for (Sentence s : text.sentences()) {
            List<String> opening = s.tokens().stream().map(t -> t.text()).filter(t -> Character.isLetter(t.charAt(0)))
                    .limit(HOW_TO_REACH + 1).map(w -> w.toLowerCase(Locale.ROOT)).toList();
            if (!opening.isEmpty()) {
                lastOpening.put(s.paragraph(), opening);
            }
            extent.merge(s.paragraph(), new int[] {s.start(), s.end()},
                    (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            int wordCount = 0;
            int capitalCount = 0;
            int lowerCount = 0;
            for (var token : s.tokens()) {
                char first = token.text().charAt(0);
                wordCount += Character.isLetterOrDigit(first) ? 1 : 0;
                capitalCount += Character.isUpperCase(first) ? 1 : 0;
                lowerCount += Character.isLowerCase(first) ? 1 : 0;
            }
            words.merge(s.paragraph(), wordCount, Integer::sum);
            capitalised.merge(s.paragraph(), capitalCount, Integer::sum);
            lowerCase.merge(s.paragraph(), lowerCount, Integer::sum);
        }
        Set<Integer> prose = new HashSet<>();
        Set<Integer> announcingLines = new HashSet<>();
        Set<Integer> announcedLists = new HashSet<>();
        String body = text.body();
        boolean inList = false;
        // paragraphs in body order (a tree map), so a list runs from its announcing line to the next prose
        for (Map.Entry<Integer, int[]> e : extent.entrySet()) {
            int paragraph = e.getKey();
            char last = body.charAt(e.getValue()[1] - 1);
            if (".!?…\"”’)»'".indexOf(last) >= 0 || words.get(paragraph) >= PROSE_WORDS) {
                prose.add(paragraph);
                inList = announcesFacts(lastOpening.get(paragraph));
            } else if (inList) {
                announcedLists.add(paragraph);
            }
            if (last == ':') {
                inList = words.get(paragraph) >= ANNOUNCING_WORDS;
                if (inList) {
                    announcingLines.add(paragraph);
                }
            }
        }
        Set<Integer> insideLines = new HashSet<>();
        Set<Integer> unfinishedSentences = new HashSet<>();
        Integer firstProse = extent.keySet().stream().filter(prose::contains).findFirst().orElse(null);
        for (Map.Entry<Integer, int[]> e : extent.entrySet()) {
            int paragraph = e.getKey();
            if (firstProse != null && paragraph > firstProse && paragraph < extent.lastKey() && !prose.contains(paragraph)) {
                insideLines.add(paragraph);
                if (inSentenceCase(body, e.getValue(), words.get(paragraph), capitalised.get(paragraph),
                        lowerCase.get(paragraph))) {
                    unfinishedSentences.add(paragraph);
                }
            }
        }
        return new ProseParagraphs(prose, announcingLines, announcedLists, insideLines, unfinishedSentences);
    }

    /**
     * Whether a sentence's opening words announce a list of the article's figures: an announcing word first, no
     * how-to word right after it.
     */
    private static boolean announcesFacts(List<String> opening) {
        return opening != null && ListAnnouncements.opensAnnouncement(opening.get(0))
                && opening.stream().skip(1).noneMatch(HOW_TO::contains);
    }

    /**
     * Whether a line runs as a sentence does: it opens with a capital, perhaps after a quotation mark, ends with no
     * colon, has {@link #UNFINISHED_SENTENCE_WORDS} words or more and no more capitalised words than lower-case ones
     * (a subheading, a schedule's row or a list of names capitalises most of its words).
     */
    private static boolean inSentenceCase(String body, int[] extent, int words, int capitalised, int lowerCase) {
        int first = extent[0];
        while (first < extent[1] - 1 && "\"“'‘".indexOf(body.charAt(first)) >= 0) {
            first++;
        }
        return Character.isUpperCase(body.charAt(first)) && body.charAt(extent[1] - 1) != ':'
                && words >= UNFINISHED_SENTENCE_WORDS && capitalised <= lowerCase;
    }

    /** Whether a sentence is a short line that is not prose, standing among the article's prose and lines. */
    public boolean isInsideLine(Sentence sentence) {
        return insideLines.contains(sentence.paragraph());
    }

    /** Whether a sentence is in a line inside the article that runs as a sentence whose stop the scrape lost. */
    public boolean isUnfinishedSentence(Sentence sentence) {
        return unfinishedSentences.contains(sentence.paragraph());
    }

    /** Whether a sentence is in a line of the article's own, not prose, that announces a list under it. */
    public boolean announcesList(Sentence sentence) {
        return announcingLines.contains(sentence.paragraph()) && !isProse(sentence);
    }

    /** Whether a sentence is in a line of a list the article's prose announces. */
    public boolean isInAnnouncedList(Sentence sentence) {
        return announcedLists.contains(sentence.paragraph());
    }

    public boolean isProse(Sentence sentence) {
        return prose.contains(sentence.paragraph());
    }

    /** The sentences of prose paragraphs, in body order. */
    public List<Sentence> sentences(Text text) {
        return text.sentences().stream().filter(this::isProse).toList();
    }

    /** The sentences of prose paragraphs and of the lists the prose announces, in body order. */
    public List<Sentence> sentencesWithLists(Text text) {
        return text.sentences().stream().filter(s -> isProse(s) || announcedLists.contains(s.paragraph())).toList();
    }

    /**
     * The sentences of {@link #sentencesWithLists} and of the lines that run as sentences whose stop the scrape lost,
     * in body order.
     */
    public List<Sentence> sentencesWithListsAndUnfinished(Text text) {
        return text.sentences().stream()
                .filter(s -> isProse(s) || announcedLists.contains(s.paragraph()) || isUnfinishedSentence(s)).toList();
    }
}
