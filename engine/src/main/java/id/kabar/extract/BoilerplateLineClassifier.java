package id.kabar.extract;

import id.kabar.lang.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells running text from site furniture one line at a time, by the shape of the line: sentence
 * punctuation, length, casing, list markers, counters, and a small vocabulary of the labels
 * Indonesian and English news sites put around their articles.
 */
final class BoilerplateLineClassifier {
    /** Words that site labels are made of; a short line made only of them (and page numbers) is a label, not text. */
    private static final Set<String> LABEL_WORDS = WordLists.set(WordLists.class, "site-label-words.txt");
    private static final List<String> READ_MORE_LABEL_LIST = WordLists.read(BoilerplateLineClassifier.class, "read-more-labels.txt");
    private static final List<String> CREDIT_LABEL_LIST = WordLists.read(BoilerplateLineClassifier.class, "credit-labels.txt");
    /** No line longer than the longest label is a label alone; longer lines skip the label patterns. */
    private static final int LABEL_MAX_WORDS = Stream.concat(READ_MORE_LABEL_LIST.stream(), CREDIT_LABEL_LIST.stream())
            .mapToInt(LineShape::words).max().orElse(0);
    private static final String READ_MORE_LABELS = WordLists.alternation(READ_MORE_LABEL_LIST);
    /** A read-more label and the linked title after it ({@code Baca juga: ...}, {@code Czytaj też: ...}). */
    private static final Pattern READ_MORE = Pattern.compile(
            "(?iu)^[\\[(]?\\s*(" + READ_MORE_LABELS + ")\\s*[:：>»|–-]");
    /**
     * A read-more label of two words or more and, unpunctuated, the linked title after it ({@code Czytaj też Ceny
     * biletów MPK w górę od sierpnia}, {@code <strong>Lesen Sie auch</strong> <a>...</a>}): a one-word label
     * ({@code Baca}, {@code Klik}, {@code Simak}) opens sentences of the text as well.
     */
    private static final Pattern READ_MORE_TITLED = Pattern.compile("(?iu)^[\\[(]?\\s*(" + WordLists.alternation(
            READ_MORE_LABEL_LIST.stream().filter(label -> LineShape.words(label) >= 2).toList()) + ")\\s+(?-i:\\p{Lu})");
    /** A read-more line is the label and a title: longer, or closing with a stop, it is a sentence of the text. */
    private static final int READ_MORE_TITLED_MAX_WORDS = 20;
    private static final List<String> BYLINE_OPENER_LIST = WordLists.read(WordLists.class, "byline-openers.txt");
    /**
     * A byline alone on its line: its opener and a name's capitalised words ({@code Von Franziska Lenz}, {@code Por
     * Lucía Garrido}, {@code By Megan Hollis}), the particles of a name between them ({@code Robin van Persie}).
     */
    private static final Pattern BYLINE_ALONE = Pattern.compile("(?iu)^(" + WordLists.alternation(BYLINE_OPENER_LIST)
            + ")\\s*[:：]?(?:\\s+(?:(?-i:\\p{Lu})[\\p{L}'’.-]*|" + WordLists.alternation("byline-name-particles.txt") + "))+$");
    private static final LiteralGate BYLINE_OPENINGS = LiteralGate.firstWords(BYLINE_OPENER_LIST);
    /** The opener and a name of five words at most ({@code Oleh Muhammad Ridwan bin Ahmad Yusuf}). */
    private static final int BYLINE_ALONE_MAX_WORDS = 6;
    /** An outlet's channel glued to its brand in camel case, as a network names its desks ({@code detikFinance}). */
    private static final String CHANNEL_BRAND = "\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*";
    /**
     * A byline naming the writer and the channel set off by a dash ({@code Achmad Dwi Afriyadi - detikFinance}, {@code Tim
     * detikJateng - detikJateng}): capitalised words or the channel, the dash, the channel.
     */
    private static final Pattern CHANNEL_BYLINE = Pattern.compile("^(?:(?:\\p{Lu}[\\p{L}'’.-]*|" + CHANNEL_BRAND + ")\\s+)+[-–—|]\\s+"
            + CHANNEL_BRAND + "$");
    /** A writer's name of five words at most, the dash and the channel. */
    private static final int CHANNEL_BYLINE_MAX_WORDS = 7;
    /** A read-more label alone on its line, unpunctuated ({@code VEA TAMBIÉN}): a heading over a list of links. */
    private static final Pattern READ_MORE_HEADING = Pattern.compile(
            "(?iu)^[\\[(]?\\s*(" + READ_MORE_LABELS + ")\\s*[\\])]?$");
    /** The headings of the writer's profile box set after the article (from the word list). */
    private static final Set<String> CLOSING_LABELS = WordLists.set(BoilerplateLineClassifier.class, "closing-labels.txt");
    /** Words of the longest closing label: longer lines are not asked. */
    private static final int CLOSING_LABEL_MAX_WORDS = CLOSING_LABELS.stream().mapToInt(LineShape::words).max().orElse(0);
    /** Characters of the longest closing label, its colon and a space before it. */
    private static final int CLOSING_LABEL_MAX_CHARS = CLOSING_LABELS.stream().mapToInt(String::length).max().orElse(0) + 2;
    /** Newsletter boxes, author boxes, "about us" blocks and comment prompts, by the phrases that open them. */
    private static final List<String> FURNITURE_PHRASE_LIST = WordLists.read(BoilerplateLineClassifier.class, "furniture-phrases.txt");
    private static final Pattern FURNITURE_PHRASE = Pattern.compile(
            "(?iu)^(" + WordLists.alternation(FURNITURE_PHRASE_LIST) + ")(?![\\p{L}\\p{N}])");
    /**
     * The longest line a furniture phrase marks as a box: its prompt and two or three sentences of pitch. Kompas's
     * invitation to its Telegram group (a sentence of pitch, the group's name and link, and how to install the app)
     * runs to 35 words; the phrases open no sentence of a report.
     */
    private static final int FURNITURE_PHRASE_MAX_WORDS = 40;
    /** The labels over an advertisement or a paid piece ({@code Artikel Sponsor}), from the word list. */
    private static final List<String> AD_LABEL_LIST = WordLists.read(WordLists.class, "ad-labels.txt");
    /** The prompts over a break in the article ({@code Scroll untuk melanjutkan membaca}), whatever follows them. */
    private static final List<String> CONTINUE_PROMPT_LIST = WordLists.read(WordLists.class, "continue-prompts.txt");
    /** What a page shows while a part of it loads ({@code Memuat...}), with its dots. */
    private static final List<String> LOADING_LABEL_LIST = WordLists.read(WordLists.class, "loading-labels.txt");
    private static final Pattern AD_MARKER = Pattern.compile(
            "(?iu)^[\\s\\p{Pd}*•|]*((?:(?:" + WordLists.alternation(AD_LABEL_LIST) + ")[\\s\\p{Pd}*•|]+)?"
                    + "(?:" + WordLists.alternation(CONTINUE_PROMPT_LIST) + ").*"
                    + "|" + WordLists.alternation(AD_LABEL_LIST)
                    + "|(?:" + WordLists.alternation(LOADING_LABEL_LIST) + ")\\.*)[\\s\\p{Pd}*•|]*$");
    private static final Pattern SOCIAL_COUNTER = Pattern.compile("(?u)^[\\d.,]+\\s*[KkMmRrbB]?\\s*\\p{L}+(\\s*\\p{L}+)?$");
    private static final Pattern VIEW_COUNTER = Pattern.compile(
            "(?iu)^((" + WordLists.alternation("view-counter-labels.txt") + ")\\s*:?\\s*[\\d.,]+\\s*("
                    + WordLists.alternation("view-counter-units.txt") + ")?"
                    + "|[\\d.,]+\\s*[kKrbB]?\\s*(" + WordLists.alternation("counter-words.txt") + "))$");
    /** The words ending a view counter's stamp ({@code 2.310 kali ditonton}), from the word list. */
    private static final List<String> VIEW_COUNT_LIST = WordLists.read(WordLists.class, "view-counts.txt");
    /** A figure and a view count's words closing the line, after whatever the stamp holds before them (source, day, clock). */
    private static final Pattern VIEW_COUNT_CLOSING = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])[\\d.,]*\\d\\s*[kKmM]?\\s*(" + WordLists.alternation(VIEW_COUNT_LIST) + ")\\s*$");
    /** The last words of the view counts, looked for at the line's end before {@link #VIEW_COUNT_CLOSING} is asked. */
    private static final Set<String> VIEW_COUNT_LAST_WORDS = VIEW_COUNT_LIST.stream()
            .map(c -> c.substring(c.lastIndexOf(' ') + 1)).collect(Collectors.toUnmodifiableSet());
    /** The verbs opening an outlet's pitch for its news channel ({@code Cek ... di Google News}), from the word list. */
    private static final List<String> CHANNEL_PITCH_VERB_LIST = WordLists.read(WordLists.class, "channel-pitch-verbs.txt");
    private static final Pattern CHANNEL_PITCH = Pattern.compile(
            "(?iu)^(" + WordLists.alternation(CHANNEL_PITCH_VERB_LIST) + ")(?![\\p{L}\\p{N}]).*\\b("
                    + WordLists.alternation("news-channels.txt") + ")\\b");
    private static final LiteralGate CHANNEL_PITCH_OPENINGS = LiteralGate.of(CHANNEL_PITCH_VERB_LIST.toArray(String[]::new));
    private static final Pattern SHARE_VERB = Pattern.compile("(?iu)\\b(" + WordLists.alternation("share-verbs.txt") + ")\\b");
    private static final Pattern SHARE_TARGET = Pattern.compile("(?iu)\\b(" + WordLists.alternation("share-targets.txt") + ")\\b");
    private static final Pattern COMMENT_PROMPT = Pattern.compile(
            "(?iu)^([\\d.,]+\\s+)?(" + WordLists.alternation("comment-prompts.txt") + ")\\b");
    private static final List<String> COPYRIGHT_WORD_LIST = WordLists.read(WordLists.class, "copyright-words.txt");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?iu)(^(" + WordLists.alternation(COPYRIGHT_WORD_LIST) + ")\\b|©|\\(c\\)\\s*\\d{4}|all\\s+rights?\\s+reserved)");
    private static final List<String> TAG_LABEL_LIST = WordLists.read(WordLists.class, "tag-labels.txt");
    private static final Pattern TAG_LIST = Pattern.compile("(?iu)^(" + WordLists.alternation(TAG_LABEL_LIST) + ")\\s*[:：]");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?iu)^(" + WordLists.alternation(CREDIT_LABEL_LIST) + ")\\s*[:：]");
    private static final List<String> PHOTO_LABEL_LIST = WordLists.read(WordLists.class, "photo-labels.txt");
    private static final List<String> PHOTO_AGENCY_LIST = WordLists.read(WordLists.class, "photo-agencies.txt");
    /**
     * A photo credited by a label that opens the caption, in brackets at its end, or by a photo agency's name. The
     * three are asked apart: the label at the line's start only, the brackets only of a line holding them.
     */
    private static final Pattern PHOTO_LABEL = Pattern.compile(
            "(?iu)(" + WordLists.alternation(PHOTO_LABEL_LIST) + ")\\s*[:.|/–-]");
    private static final Pattern BRACKETED_PHOTO_CREDIT = Pattern.compile(
            "(?iu)\\((" + WordLists.alternation("bracketed-photo-credits.txt") + ")\\b[^)]*\\)\\s*$");
    private static final Pattern PHOTO_AGENCY = Pattern.compile("(?iu)\\b(" + WordLists.alternation(PHOTO_AGENCY_LIST) + ")\\b");
    /**
     * A photo credited with a slash: an agency after the caption ({@code ... /ANTARA}) or an outlet's domain and the
     * photographer ({@code KOMPAS.COM/KRISTIANTO PURNOMO}). Tried only on lines with a slash: the domain search
     * is the dearest pattern of the classifier.
     */
    private static final Pattern SLASHED_PHOTO_CREDIT = Pattern.compile(
            "(?iu)(^[^.!?]{0,80}/(" + WordLists.alternation("photo-sources.txt") + ")\\b"
                    + "|\\b[\\p{L}\\p{N}-]+\\.(com|id|co\\.id|net|tv|co)\\s?/\\s?\\p{Lu}[\\p{L} .'-]{1,40}\\)?$)");
    private static final List<String> PHOTO_WORD_LIST = WordLists.read(WordLists.class, "photo-words.txt");
    /**
     * A caption closing with its credit after the word for photo and a slash or colon ({@code ... di Istana Negara,
     * Jakarta. Foto/SINDOnews/Dok}, {@code ... Jakarta Timur. Foto: Iqbal Firdaus/kumparan}). Tried only on lines
     * holding the word.
     */
    private static final Pattern CLOSING_PHOTO_CREDIT = Pattern.compile(
            "(?iu)(?<![\\p{L}])(" + WordLists.alternation(PHOTO_WORD_LIST) + ")\\s*[/:]\\s*[\\p{L}\\p{N} .'&-]{1,40}(/[\\p{L}\\p{N} .'&-]{1,40}){0,2}$");
    private static final List<String> HOME_LINK_LIST = WordLists.read(WordLists.class, "home-links.txt");
    private static final Pattern BREADCRUMB = Pattern.compile(
            "(?iu)^(" + WordLists.alternation(HOME_LINK_LIST) + ")\\b|(\\S\\s*[>»›/|]\\s*\\S.*){2,}");
    /** Codes in parentheses alone on a line ({@code (Ade/cnn)}); a day without letters ({@code (15/9/2019)}) is no credit. */
    private static final Pattern CLOSING_CREDIT = Pattern.compile("^\\((\\*|(?=[^)]*\\p{L})[\\p{L}\\p{N} .,&*-]{1,40}(/[\\p{L}\\p{N} .,&*-]{1,40})*)\\)$");
    /** A closing credit in brackets is a few codes and names ({@code (Ade/cnn)}), a longer one a remark; set by hand. */
    private static final int CLOSING_CREDIT_MAX_WORDS = 5;
    private static final Pattern MACHINE_TOKEN = Pattern.compile("^[\\p{L}\\p{N}]*[_{}<>=\\[\\]#@][\\p{L}\\p{N}_{}<>=\\[\\]#@-]*$");

    /*
     * The words each pattern cannot match without, asked first: the patterns are tried on every line of the
     * content, and most lines hold none of these words where the pattern needs them.
     */
    /** The words {@link #AD_MARKER}'s alternatives open with, after its leading dashes, bullets and spaces. */
    private static final LiteralGate AD_OPENINGS = LiteralGate.firstWords(Stream.of(AD_LABEL_LIST, CONTINUE_PROMPT_LIST,
            LOADING_LABEL_LIST).flatMap(List::stream).toList());
    private static final LiteralGate READ_MORE_OPENINGS = LiteralGate.firstWords(READ_MORE_LABEL_LIST);
    private static final LiteralGate CREDIT_OPENINGS = LiteralGate.firstWords(CREDIT_LABEL_LIST);
    private static final LiteralGate FURNITURE_OPENINGS = LiteralGate.firstWords(FURNITURE_PHRASE_LIST);
    private static final LiteralGate TAG_LIST_OPENINGS = LiteralGate.firstWords(TAG_LABEL_LIST);
    private static final LiteralGate COPYRIGHT_WORDS = LiteralGate.firstWords(Stream.concat(COPYRIGHT_WORD_LIST.stream(),
            Stream.of("\u00a9", "(c)", "reserved")).toList());
    private static final LiteralGate PHOTO_LABEL_OPENINGS = LiteralGate.firstWords(PHOTO_LABEL_LIST);
    private static final LiteralGate PHOTO_WORDS = LiteralGate.firstWords(PHOTO_WORD_LIST);
    /** The agencies' last words ({@code photo} of {@code AP Photo}), one of which the line holds somewhere. */
    private static final LiteralGate PHOTO_AGENCY_WORDS = LiteralGate.of(PHOTO_AGENCY_LIST.stream()
            .map(agency -> agency.substring(agency.lastIndexOf(' ') + 1)).toArray(String[]::new));
    private static final LiteralGate BREADCRUMB_OPENINGS = LiteralGate.firstWords(HOME_LINK_LIST);
    /** The separators of a breadcrumb trail, one of which {@link #BREADCRUMB} needs when the line opens with no home link. */
    private static final String BREADCRUMB_SEPARATORS = ">»›/|";
    /** A view counter is a label, a figure and a unit ("Dibaca: 1.234 kali") or a figure and two words ("1,2K kali dibaca"). */
    private static final int VIEW_COUNTER_MAX_WORDS = 4;

    /** A line of this many words is prose whatever its ending: no label, credit or headline runs so long. */
    private static final int PROSE_MIN_WORDS = 20;
    /** From this many words a line closing like a sentence is one; shorter lines must close with a period. */
    private static final int SENTENCE_MIN_WORDS = 4;
    /** A headline is short ... */
    private static final int HEADLINE_MAX_WORDS = 20;
    /** ... and most of its longer words are capitalised ("Rusia Bantah Minta Bantuan Militer"). */
    static final double HEADLINE_CAPITALIZED_SHARE = 0.7;
    /** A comment prompt is a few words ("Tulis komentar Anda"); longer lines opening with the word are text. */
    private static final int COMMENT_PROMPT_MAX_WORDS = 8;
    /** A copyright notice with the outlet's address and a line of terms, at most. */
    private static final int COPYRIGHT_MAX_WORDS = 25;
    /** A line of label words ("Berita Terkait Lainnya") is a few words long. */
    private static final int LABEL_WORDS_MAX = 5;
    /** A social counter is a figure and a word or two ("1,2K Shares"). */
    private static final int SOCIAL_COUNTER_MAX_WORDS = 3;
    /** A credit line: a label, a name or two and their outlets ("Editor: Bagus Santosa, Rina Ayu | Kompas.com"). */
    private static final int CREDIT_LINE_MAX_WORDS = 16;
    /** A stamp is a date, its clock or label and a place or a name at most: longer, it is a line of the text. */
    private static final int STAMP_MAX_WORDS = 10;
    /** A share or follow prompt, a breadcrumb or a shouted label fits in a short line. */
    private static final int PROMPT_MAX_WORDS = 12;
    /** A photo caption with its credit ... */
    private static final int PHOTO_CREDIT_MAX_WORDS = 30;
    /** ... unless it is a sentence of this many words, which is text that names a photo agency. */
    private static final int SENTENCE_NAMING_A_PHOTO_AGENCY_WORDS = 12;

    LineKind classify(String rawLine) {
        return classify(rawLine, false);
    }

    /**
     * @param marked the page's markup gives the line a place in the text, as a heading ({@code <h3>}, a
     *               paragraph all in bold) or a table row, or a text page's own place, as an item of a list the
     *               text announced: a line in capitals is then a subheading, not a shouted label, a line of
     *               figures is a row of the table, not a counter, and a line of cells set apart by bars is no
     *               breadcrumb trail
     */
    LineKind classify(String rawLine, boolean marked) {
        String tidy = LineShape.tidy(rawLine);
        String line = LineShape.withoutListMarker(tidy);
        if (line.startsWith("(") && CLOSING_CREDIT.matcher(line).matches()
                && LineShape.words(line) <= CLOSING_CREDIT_MAX_WORDS) {
            return LineKind.CREDIT;
        }
        if (marked && !line.isEmpty() && !LineShape.hasLetters(line) && line.chars().anyMatch(Character::isDigit)) {
            return LineKind.HEADLINE;
        }
        if (line.isEmpty() || !LineShape.hasLetters(line) || mayBeAdMarker(line) && AD_MARKER.matcher(line).matches()) {
            return LineKind.FURNITURE;
        }
        int words = LineShape.words(line);
        boolean readMoreOpening = READ_MORE_OPENINGS.opens(line, afterOpeningBracket(line));
        if (readMoreOpening && words <= LABEL_MAX_WORDS && READ_MORE_HEADING.matcher(line).matches()) {
            return LineKind.SECTION_LABEL;
        }
        if (readMoreOpening && (READ_MORE.matcher(line).lookingAt() || words <= READ_MORE_TITLED_MAX_WORDS
                && !LineShape.endsWithPeriod(line) && READ_MORE_TITLED.matcher(line).lookingAt())) {
            return LineKind.READ_MORE;
        }
        if (isSectionLabel(line, words)) {
            return LineKind.SECTION_LABEL;
        }
        if (isFurniture(line, words, marked, LineShape.opensNumberedItem(tidy))) {
            return LineKind.FURNITURE;
        }
        // A sentence announcing a list or a quote ends in a colon ("Berikut wilayah yang terdampak:").
        boolean closesSentence = words >= SENTENCE_MIN_WORDS ? LineShape.endsLikeSentence(line) || line.endsWith(":")
                : words >= 2 && LineShape.endsWithPeriod(line);
        if (words >= PROSE_MIN_WORDS || closesSentence && !isTitleCased(line, words)) {
            return LineKind.PROSE;
        }
        return LineKind.HEADLINE;
    }

    /**
     * A byline alone on its line ({@code Von Franziska Lenz}): above the text it is the article's header; inside a
     * text it may credit one item of a list ({@code Por Josh Max} under each of a roundup's pieces), so the cleaner
     * asks only of the lines above the first one it keeps.
     */
    boolean isBylineAlone(String rawLine) {
        String line = LineShape.tidy(rawLine);
        return LineShape.words(line) <= BYLINE_ALONE_MAX_WORDS && BYLINE_OPENINGS.opens(line, 0)
                && BYLINE_ALONE.matcher(line).matches();
    }

    /**
     * A byline of the writer and the outlet's channel ({@code Achmad Dwi Afriyadi - detikFinance}): above the text, inside
     * the article's header with the headline, it is the header's, as {@link #isBylineAlone} is.
     */
    boolean isChannelByline(String rawLine) {
        String line = LineShape.tidy(rawLine);
        return LineShape.words(line) <= CHANNEL_BYLINE_MAX_WORDS && CHANNEL_BYLINE.matcher(line).matches();
    }

    /**
     * A read-more label alone on its line ({@code Baca juga}, {@code VEA TAMBIÉN}), read as a {@link LineKind#SECTION_LABEL}:
     * over a list of links it opens the site's lists, but in a text page whose link title the scrape cut out it
     * stands between two paragraphs of the article.
     */
    boolean isReadMoreHeading(String rawLine) {
        String line = LineShape.withoutListMarker(LineShape.tidy(rawLine));
        return LineShape.words(line) <= LABEL_MAX_WORDS && READ_MORE_OPENINGS.opens(line, afterOpeningBracket(line))
                && READ_MORE_HEADING.matcher(line).matches();
    }

    /** A credit label with nothing after it ({@code Penulis :}): the name is on the next line. */
    boolean isBareCreditLabel(String rawLine) {
        String line = LineShape.tidy(rawLine);
        if (LineShape.words(line) > LABEL_MAX_WORDS) {
            return false;
        }
        Matcher m = CREDIT_LABEL.matcher(line);
        return m.lookingAt() && m.end() == line.length();
    }

    /**
     * A heading of the box a site sets after the article ({@code Tentang Penulis}, {@code Tentang Kami}), alone on its
     * tidied line: the article's text has ended, and the writer's profile or the site's account of itself under it
     * reads as prose.
     */
    boolean isClosingLabel(String tidyLine) {
        // the length first: a label is a few short words, and most lines are far longer
        if (tidyLine.length() > CLOSING_LABEL_MAX_CHARS || LineShape.words(tidyLine) > CLOSING_LABEL_MAX_WORDS) {
            return false;
        }
        return CLOSING_LABELS.contains(tidyLine.replaceAll("\\s*[:：]$", "").toLowerCase(Locale.ROOT));
    }

    /** Title case, short, and not closed by a period: how headlines look, even ending in "!" or "?". */
    private static boolean isTitleCased(String line, int words) {
        return words <= HEADLINE_MAX_WORDS && !LineShape.endsWithPeriod(line)
                && LineShape.capitalizedShare(line) >= HEADLINE_CAPITALIZED_SHARE;
    }

    private boolean isSectionLabel(String line, int words) {
        // the word counts first: they are known, and most lines are too long for the patterns to matter
        if (TAG_LIST_OPENINGS.opens(line, 0) && TAG_LIST.matcher(line).lookingAt()
                || (words <= COMMENT_PROMPT_MAX_WORDS && COMMENT_PROMPT.matcher(line).lookingAt())
                || (words <= COPYRIGHT_MAX_WORDS && COPYRIGHT_WORDS.within(line) && COPYRIGHT.matcher(line).find())) {
            return true;
        }
        if (words > LABEL_WORDS_MAX || LineShape.endsWithPeriod(line)) {
            return false;
        }
        String lowered = line.toLowerCase(Locale.ROOT);
        int n = lowered.length();
        for (int i = 0; i < n; ) {
            int start = i;
            while (i < n && isLetterOrNumber(lowered.codePointAt(i))) {
                i += Character.charCount(lowered.codePointAt(i));
            }
            if (i > start) {
                String word = lowered.substring(start, i);
                if (!LABEL_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                    return false;
                }
            } else {
                i += Character.charCount(lowered.codePointAt(i));
            }
        }
        return true;
    }

    /** What {@code [\p{L}\p{N}]} accepts: the words of a label are read without splitting the line by a pattern. */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * A date with its clock or its update label, and no sentence ({@code Marbella, 19 de agosto de 2024
     * · 08:20}, {@code Redaktion · Aktualisiert am 18.04.2024}): the page's stamp in the content block, which the date
     * finder reads among the lines around the text. A publishing line stays: a blog's text may open with it ({@code
     * Posted by kovarex, TOGos on 2019-02-15, all posts}).
     */
    private static boolean isStamp(String line) {
        return CalendarDates.hasYear(line) && !LineShape.endsLikeSentence(line)
                && (CalendarDates.hasClock(line) || CalendarDates.UPDATE_LABEL.matcher(line).find())
                && CalendarDates.find(line).isPresent();
    }

    private static boolean isPhotoCredit(String line) {
        return PHOTO_LABEL_OPENINGS.opens(line, 0) && PHOTO_LABEL.matcher(line).lookingAt()
                || line.indexOf(')') >= 0 && BRACKETED_PHOTO_CREDIT.matcher(line).find()
                || PHOTO_AGENCY_WORDS.within(line) && PHOTO_AGENCY.matcher(line).find()
                || line.indexOf('/') >= 0 && SLASHED_PHOTO_CREDIT.matcher(line).find()
                || PHOTO_WORDS.within(line) && CLOSING_PHOTO_CREDIT.matcher(line).find();
    }

    /** @param numbered the line opens as an item of a numbered list, whose heading a day may be */
    private boolean isFurniture(String line, int words, boolean marked, boolean numbered) {
        if (words <= SOCIAL_COUNTER_MAX_WORDS && SOCIAL_COUNTER.matcher(line).matches()
                || words <= VIEW_COUNTER_MAX_WORDS && VIEW_COUNTER.matcher(line).matches()
                || words <= CREDIT_LINE_MAX_WORDS && CREDIT_OPENINGS.opens(line, 0) && CREDIT_LABEL.matcher(line).lookingAt()) {
            return true;
        }
        if (words == 1 && MACHINE_TOKEN.matcher(line).matches()) {
            return true;
        }
        if (words <= PROMPT_MAX_WORDS && SHARE_VERB.matcher(line).find() && SHARE_TARGET.matcher(line).find()) {
            return true;
        }
        if (words <= PROMPT_MAX_WORDS && (CHANNEL_PITCH_OPENINGS.opens(line, 0) && CHANNEL_PITCH.matcher(line).find()
                || VIEW_COUNT_LAST_WORDS.contains(lastWord(line)) && VIEW_COUNT_CLOSING.matcher(line).find())) {
            return true;
        }
        if (!marked && words >= 2 && words <= PROMPT_MAX_WORDS && LineShape.isShouted(line) && !LineShape.endsWithPeriod(line)) {
            return true;
        }
        if (words <= FURNITURE_PHRASE_MAX_WORDS && FURNITURE_OPENINGS.opens(line, 0) && FURNITURE_PHRASE.matcher(line).lookingAt()) {
            return true;
        }
        if (!numbered && CalendarDates.isDateOnly(line)) {
            return true; // a page's clock or stamp; "1. Rabu (11/9/2019)" heads an item of a schedule
        }
        if (!marked && words <= STAMP_MAX_WORDS && isStamp(line)) {
            return true;
        }
        if (words <= PHOTO_CREDIT_MAX_WORDS && isPhotoCredit(line)
                && !(words >= SENTENCE_NAMING_A_PHOTO_AGENCY_WORDS && LineShape.endsLikeSentence(line))) {
            return true;
        }
        // a table row's cells stand apart by the bars a breadcrumb's steps do ("Cabai rawit | 90.000 | 65.000")
        return !marked && words <= PROMPT_MAX_WORDS && mayBeBreadcrumb(line) && !LineShape.endsLikeSentence(line)
                && BREADCRUMB.matcher(line).find();
    }

    /** The line's last run of letters, lower-cased; empty when it ends otherwise. */
    private static String lastWord(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        return line.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** A home link opening the line, or a separator for a trail of two steps or more: what {@link #BREADCRUMB} needs. */
    private static boolean mayBeBreadcrumb(String line) {
        if (BREADCRUMB_OPENINGS.opens(line, 0)) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            if (BREADCRUMB_SEPARATORS.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line opens, after the dashes, bullets and spaces {@link #AD_MARKER} allows, with one of its words. */
    private static boolean mayBeAdMarker(String line) {
        int i = 0;
        while (i < line.length()) {
            int c = line.codePointAt(i);
            if (!(isPatternSpace(c) || Character.getType(c) == Character.DASH_PUNCTUATION || c == '*' || c == '•' || c == '|')) {
                break;
            }
            i += Character.charCount(c);
        }
        return AD_OPENINGS.opens(line, i);
    }

    /** Where a read-more label may start: after the opening bracket and the white space {@link #READ_MORE} allows. */
    private static int afterOpeningBracket(String line) {
        int i = !line.isEmpty() && (line.charAt(0) == '[' || line.charAt(0) == '(') ? 1 : 0;
        while (i < line.length() && isPatternSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The white space of a pattern's {@code \s}. */
    private static boolean isPatternSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
