package id.kabar.extract;

import id.kabar.lang.Calendar;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the people credited with writing or editing an article: labelled credit lines
 * ({@code Penulis: ...}, {@code Editor: M Nur Pakar}), bylines ({@code Oleh ...}, {@code By ...}), the
 * closing credit ({@code (Ade/cnn)} → Ade; the lower-case short code is the desk) and declared authors.
 * It would rather name fewer people than wrong ones: outlets, desks and teams are never authors.
 */
final class CreditFinder {
    private static final List<String> AUTHOR_LABEL_LIST = WordLists.read(WordLists.class, "author-labels.txt");
    private static final List<String> OUTLET_REPORTER_LABEL_LIST = WordLists.read(WordLists.class, "outlet-reporter-labels.txt");
    /**
     * The words opening a byline in each language read ({@code Oleh}, {@code By}, {@code Von}, {@code Por}): labels
     * only at a line's start, where a mid-line {@code oleh} or {@code von} is the sentence's own word.
     */
    private static final List<String> BYLINE_OPENER_LIST = WordLists.read(WordLists.class, "byline-openers.txt");
    /**
     * The labels that credit a writer or an editor, an outlet's reporter label perhaps with the outlet's name after it;
     * a photographer's or a source's credit names no author.
     */
    private static final String LABELS = "(" + WordLists.alternation(OUTLET_REPORTER_LABEL_LIST) + "(?:\\s+[\\p{L}.]+)?"
            + "|" + WordLists.alternation(Stream.concat(AUTHOR_LABEL_LIST.stream(), BYLINE_OPENER_LIST.stream()).toList())
            + ")";
    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)(?:^|[|•·]\\s*|\\s{2,})" + LABELS + "\\s*[:：]?\\s+"
                    + "(?<names>[^|•·]+?)(?=\\s*(?:[|•·]|\\s{2,}|$))");
    /**
     * A label and its colon alone on a line ({@code Penulis :}), the name set on the next line by the page's markup.
     * Without the colon a label alone is a menu's or a heading's word as often as a credit.
     */
    private static final Pattern BARE_LABEL = Pattern.compile("(?iu)" + LABELS + "\\s*[:：]");
    /** The words the labels of {@link #LABELLED} open with: a line opening with none has no label at its start. */
    private static final LiteralGate LABEL_OPENINGS = LiteralGate.firstWords(
            Stream.of(AUTHOR_LABEL_LIST, OUTLET_REPORTER_LABEL_LIST, BYLINE_OPENER_LIST).flatMap(List::stream).toList());
    /** The dashes and the bar of {@link #BYLINE_SEPARATOR}: a line without one names no outlet after a name. */
    private static final String BYLINE_SEPARATOR_CHARS = "-–—|";
    /** What may stand between credit lines on one line of the page, the separators {@link #LABELLED} reads. */
    private static final String LABEL_SEPARATORS = "|•·";
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bdan\\b|/)\\s*");
    private static final Pattern NAME_WORD = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.?|" + WordLists.alternation("byline-name-particles.txt") + "|al-\\p{L}+)$");
    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "(?iu)\\b(" + WordLists.alternation("not-author-words.txt") + ")\\b");
    private static final Pattern BYLINE_SEPARATOR = Pattern.compile("\\s+[-–—|]\\s+");
    // Compiled once: String.split and replaceAll compiled each pattern again for every line read
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s,;:.|-]+$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s,;:|-]+");
    private static final int MAX_AUTHORS = 4;
    private static final int MAX_NAME_WORDS = 5;
    private static final int LABEL_LINE_MAX_WORDS = 20;

    List<String> find(PageReading page, List<String> outletNames) {
        Map<String, String> found = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(page.before());
        lines.addAll(page.after());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (LineShape.words(line) <= LABEL_LINE_MAX_WORDS) {
                labelledNames(line).forEach(name -> add(found, name, outletNames));
                bylineName(line, outletNames).ifPresent(name -> add(found, name, outletNames));
                if (i + 1 < lines.size() && isBareLabel(line)) {
                    add(found, lines.get(i + 1), outletNames);
                }
            }
        }
        if (!page.paragraphs().isEmpty()) {
            String last = page.paragraphs().get(page.paragraphs().size() - 1);
            ClosingCredit.of(last).ifPresent(credit -> creditNames(credit).forEach(name -> add(found, name, outletNames)));
        }
        page.metadata().authors().forEach(name -> add(found, LineShape.tidy(name), outletNames));
        return found.values().stream().limit(MAX_AUTHORS).toList();
    }

    static List<String> labelledNames(String line) {
        List<String> names = new ArrayList<>();
        String tidy = LineShape.tidy(line);
        Matcher m = LABELLED.matcher(tidy);
        if (!hasSeparator(tidy)) {
            // a label opens the line or follows a separator (a tidy line has no run of spaces): a line without
            // a separator is asked at its start only, not searched at every offset
            if (LABEL_OPENINGS.opens(tidy, 0) && m.lookingAt()) {
                addNames(m, names);
            }
            return names;
        }
        while (m.find()) {
            addNames(m, names);
        }
        return names;
    }

    /** {@code Penulis :} alone, its name on the next line: that line is then read as the name after the label. */
    static boolean isBareLabel(String line) {
        String tidy = LineShape.tidy(line);
        return LABEL_OPENINGS.opens(tidy, 0) && BARE_LABEL.matcher(tidy).matches();
    }

    private static boolean hasSeparator(String line) {
        return hasAny(line, LABEL_SEPARATORS);
    }

    private static boolean hasAny(String line, String chars) {
        for (int i = 0; i < line.length(); i++) {
            if (chars.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void addNames(Matcher m, List<String> names) {
        String label = m.group(1).toLowerCase(Locale.ROOT);
        String value = beforeDate(m.group("names").strip());
        if (BYLINE_OPENER_LIST.contains(label) && m.start(1) > 0) {
            return;
        }
        // "By Daniel Kahn Gillmor, ACLU Speech, Privacy, and Technology Project": after the first name,
        // a part that does not read as a full personal name ends the list.
        String[] parts = NAME_SPLIT.split(value);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (i > 0 && (Whitespace.split(part).length < 2 || !isPersonal(part))) {
                break;
            }
            names.add(part);
        }
    }

    /**
     * The names of a credit that runs into its date line, set apart only by spaces the page collapses ({@code
     * Reporter: Dwi Andayani &nbsp; Senin, 9 September 2019 10:15 WIB}, {@code By Megan Hollis Published Nov. 13,
     * 2024}): what stands before the date and the weekday or publishing label that open it.
     */
    private static String beforeDate(String value) {
        Optional<CalendarDates.Found> date = CalendarDates.find(value);
        if (date.isEmpty()) {
            return value;
        }
        String names = value.substring(0, date.get().start());
        String read;
        do {
            read = names;
            names = TRAILING_MARKS.matcher(names).replaceAll("");
            String[] words = Whitespace.split(names);
            String last = words.length == 0 ? "" : words[words.length - 1];
            if (!last.isEmpty() && (Calendar.weekday(last) != null || CalendarDates.PUBLISH_LABEL.matcher(last).matches()
                    || CalendarDates.UPDATE_LABEL.matcher(last).matches())) {
                names = names.substring(0, names.length() - last.length());
            }
        } while (!names.equals(read));
        return names.strip();
    }

    /** {@code Wilda Hayatun Nufus - detikNews}: a name set off from the outlet's own name. */
    static Optional<String> bylineName(String line, List<String> outletNames) {
        if (!hasAny(line, BYLINE_SEPARATOR_CHARS)) {
            return Optional.empty();
        }
        String[] parts = BYLINE_SEPARATOR.split(line.strip());
        if (parts.length != 2) {
            return Optional.empty();
        }
        String outletStem = OutletNames.stem(parts[1]);
        boolean namesOutlet = outletNames.stream().anyMatch(o -> o != null && OutletNames.stem(o).equals(outletStem));
        return namesOutlet ? Optional.of(parts[0].strip()) : Optional.empty();
    }

    /** Capitalised words or initials; an acronym ({@code ACLU}) marks an organisation unless the whole name is shouted. */
    private static boolean isPersonal(String name) {
        boolean shouted = LineShape.isShouted(name);
        for (String word : Whitespace.split(name)) {
            if (!NAME_WORD.matcher(word).matches() || !shouted && word.length() > 2 && LineShape.isShouted(word.replace(".", ""))) {
                return false;
            }
        }
        return true;
    }

    /** {@code Ade/cnn} → [Ade]; {@code wk/Sisi} → [Sisi]: lower-case or shouted short codes are desks, not people. */
    static List<String> creditNames(String credit) {
        List<String> names = new ArrayList<>();
        for (String part : credit.split("/")) {
            String p = part.strip();
            boolean code = p.length() <= 4 && (p.equals(p.toLowerCase(Locale.ROOT)) || p.equals(p.toUpperCase(Locale.ROOT)));
            if (!code && !p.equals("*")) {
                names.add(p);
            }
        }
        return names;
    }

    private static void add(Map<String, String> found, String name, List<String> outletNames) {
        // a name the page shouts in one place (By JEFFREY GETTLEMAN) is kept as it writes it elsewhere
        cleanName(name, outletNames).ifPresent(n -> found.merge(n.toLowerCase(Locale.ROOT), n,
                (had, other) -> LineShape.isShouted(had) && !LineShape.isShouted(other) ? other : had));
    }

    private static Optional<String> cleanName(String raw, List<String> outletNames) {
        String name = LEADING_MARKS.matcher(TRAILING_MARKS.matcher(raw).replaceAll("")).replaceAll("").strip();
        String[] words = Whitespace.split(name);
        if (name.isEmpty() || words.length > MAX_NAME_WORDS || NOT_A_PERSON.matcher(name).find()
                || OutletNames.isDomainLike(name) || name.contains("://") || name.contains("@")) {
            return Optional.empty();
        }
        if (!isPersonal(name)) {
            return Optional.empty();
        }
        String stem = OutletNames.stem(name);
        for (String outlet : outletNames) {
            if (outlet != null && OutletNames.stem(outlet).equals(stem)) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }
}
