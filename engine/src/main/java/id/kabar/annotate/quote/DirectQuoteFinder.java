package id.kabar.annotate.quote;

import id.kabar.annotate.text.QuotedSpan;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.WordLists;
import id.kabar.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds direct quotes: quoted words presented as the speaker's own. A quotation counts when it is attributed
 * after it ({@code “...,” kata X}), introduced by a cue or a colon before it ({@code X mengatakan "..."},
 * {@code X: "..."}), or opens its sentence and so continues the previous speaker. Quotation marks in the middle
 * of someone else's sentence ({@code Moskow akan "menganalisis" hasil}) are scare quotes and are left alone.
 */
final class DirectQuoteFinder {
    /** A quote paragraph without any cue must be at least this many words to be taken as speech. */
    private static final int MIN_UNATTRIBUTED_WORDS = 3;
    /** Words naming a written statement and its manner: {@code demikian bunyi pernyataan resmi ...}. */
    private static final Set<String> STATEMENT_WORDS = WordLists.set(WordLists.class,
            "statement-words.txt");
    /** How many words of adjunct may stand between a verb and its quote: {@code mengatakan kepada wartawan, "}. */
    private static final int MAX_ADJUNCT = 8;
    /** How many words after the quote a {@code Peskov menambahkan} attribution may take. */
    private static final int MAX_NAME_BEFORE_VERB = 4;

    /** Marks a stripped link leaves at the start of a paragraph: no word of a quote opens on them. */
    private static final String LEFT_OVER = ")]},.;:";

    private final Passage passage;
    private final SpeakerPhrases phrases;

    DirectQuoteFinder(Passage passage, SpeakerPhrases phrases) {
        this.passage = passage;
        this.phrases = phrases;
    }

    /**
     * The quotations of {@code spans} that are direct speech, in body order. A quote running over paragraphs is
     * judged as one, by its first paragraph's opening and its last paragraph's attribution, and each paragraph is
     * a quote of its own with the speaker of the whole.
     */
    List<QuoteCandidate> find(List<QuotedSpan> spans) {
        List<QuoteCandidate> out = new ArrayList<>();
        QuotedSpan previous = null;
        int first = 0;
        while (first < spans.size()) {
            int last = first;
            while (spans.get(last).continues() && last + 1 < spans.size()) {
                last++;
            }
            List<QuoteCandidate> found = direct(spans.subList(first, last + 1), previous);
            if (!found.isEmpty()) {
                out.addAll(found);
                previous = spans.get(last);
            }
            first = last + 1;
        }
        return out;
    }

    /** Where a paragraph's quoted words start: past spaces, and what a stripped link left before an unopened quote. */
    private int wordsStart(QuotedSpan span) {
        String body = passage.body();
        int start = span.innerStart();
        // a paragraph that lost its opening mark may open on what a stripped link left (") telah pergi. Untuk apa")
        while (start < span.innerEnd()
                && (isSpace(body.charAt(start)) || !span.opened() && LEFT_OVER.indexOf(body.charAt(start)) >= 0)) {
            start++;
        }
        return start;
    }

    /** Where a paragraph's quoted words end: before spaces and the trailing comma. */
    private int wordsEnd(QuotedSpan span, int start) {
        String body = passage.body();
        int end = span.innerEnd();
        while (end > start && (isSpace(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }

    private int wordsBetween(int start, int end) {
        int words = 0;
        for (int t = passage.tokenAtOrAfter(start); t < passage.tokenAtOrAfter(end); t++) {
            words += passage.isWord(t) ? 1 : 0;
        }
        return words;
    }

    /** The direct quotes of one quotation, one for each of its paragraphs holding a word, or none when it is not speech. */
    private List<QuoteCandidate> direct(List<QuotedSpan> paragraphs, QuotedSpan previous) {
        QuotedSpan span = paragraphs.get(0);
        QuotedSpan lastParagraph = paragraphs.get(paragraphs.size() - 1);
        int start = wordsStart(span);
        int end = wordsEnd(lastParagraph, wordsStart(lastParagraph));
        int openToken = passage.tokenAtOrAfter(span.open());
        int closeToken = passage.tokenAtOrAfter(end);
        if (start >= end || openToken >= passage.size()) {
            return List.of();
        }
        int words = wordsBetween(start, end);
        if (words == 0) {
            return List.of();
        }
        int sentence = passage.sentenceOf(openToken);
        int before = openToken - 1;
        boolean opensSentence = before < phrases.contentStart(sentence) || passage.is(before, ".")
                || passage.is(before, "!") || passage.is(before, "?") || passage.is(before, "-");

        Optional<Introduction> introduced = opensSentence ? Optional.empty() : introduction(before);
        if (introduced.isPresent()) {
            return each(paragraphs, introduced.get());
        }
        boolean resumes = !opensSentence && previous != null && resumesAfterAttribution(previous, before);
        // after a comma or colon the quote may still be attributed behind it: "..., “Pelaku kami titipkan,” kata Kapolsek"
        boolean setOff = passage.is(before, ",") || passage.is(before, ":");
        if (!opensSentence && !resumes && !setOff) {
            return List.of(); // a scare quote inside someone else's sentence
        }
        // the attribution follows the closing mark in its paragraph, which a page may have set in the next one
        int closingMark = lastParagraph.closed() ? passage.tokenAtOrAfter(lastParagraph.close()) : closeToken - 1;
        Optional<Introduction> attributed = attribution(passage.tokenAtOrAfter(lastParagraph.after()), closingMark);
        // a paragraph that lost its opening mark is speech only when its closing mark is attributed
        if (!span.opened() && attributed.isEmpty() || !opensSentence && !resumes && attributed.isEmpty()) {
            return List.of();
        }
        if (attributed.isPresent()) {
            return each(paragraphs, attributed.get());
        }
        if (resumes || words >= MIN_UNATTRIBUTED_WORDS) {
            return each(paragraphs, new Introduction(null, new SpeakerRef.Continuing(span.open()), span.open()));
        }
        return List.of();
    }

    /** A quote for each paragraph holding a word, all with the one attribution. */
    private List<QuoteCandidate> each(List<QuotedSpan> paragraphs, Introduction by) {
        List<QuoteCandidate> out = new ArrayList<>();
        for (QuotedSpan p : paragraphs) {
            int start = wordsStart(p);
            int end = wordsEnd(p, start);
            if (start < end && wordsBetween(start, end) > 0) {
                out.add(new QuoteCandidate(QuoteKind.DIRECT, start, end, by.cue, by.speaker, by.anchor, false));
            }
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private record Introduction(String cue, SpeakerRef speaker, int anchor) {
    }

    /** {@code X mengatakan "..."}, {@code X mengatakan, "..."}, {@code X mengatakan bahwa "..."}, {@code X: "..."}. */
    private Optional<Introduction> introduction(int before) {
        int c = before;
        boolean colon = passage.is(c, ":");
        if (colon || passage.is(c, ",")) {
            c--;
        }
        if (c >= 0 && FunctionWords.isThat(passage.lower(c))) {
            c--;
        }
        if (c < 0) {
            return Optional.empty();
        }
        Optional<Introduction> verb = verbBefore(c, colon || passage.is(before, ","));
        if (verb.isPresent() || !colon) {
            return verb;
        }
        int at = before; // "Peskov: "..."": the phrase before the colon is the speaker
        return phrases.subjectBefore(at).map(ref -> new Introduction(null, ref, passage.token(at).start()));
    }

    /**
     * The reporting verb ending at token {@code c}, or, when the quote is set off by a colon or comma, the verb
     * or opening cue a few words back: {@code Peskov mengatakan kepada wartawan, "..."},
     * {@code Menurut Peskov, "..."}, {@code Kata Amran, "..."}.
     */
    private Optional<Introduction> verbBefore(int c, boolean setOff) {
        Optional<Cue> cue = ReportingCues.leading(passage.lower(c));
        if (cue.isPresent()) {
            return phrases.subjectBefore(c).map(ref -> new Introduction(cue.get().base(), ref, passage.token(c).start()));
        }
        if (!setOff) {
            return Optional.empty();
        }
        int sentence = passage.sentenceOf(c);
        int first = phrases.contentStart(sentence);
        for (int k = c - 1; k >= Math.max(first, c - MAX_ADJUNCT); k--) {
            String w = passage.lower(k);
            int at = k;
            Optional<Cue> verb = ReportingCues.leading(w);
            if (verb.isPresent() && SpeakerWords.isPreposition(passage.word(k + 1))) {
                return phrases.subjectBefore(k).map(ref -> new Introduction(verb.get().base(), ref,
                        passage.token(at).start()));
            }
            Optional<Cue> opening = ReportingCues.isMenurut(w)
                    ? Optional.of(new Cue(FunctionWords.ACCORDING, FunctionWords.hasEnclitic(w), Cue.Strength.SPEECH))
                    : ReportingCues.trailing(w);
            if (opening.isPresent() && phrases.opensClause(first, k)) {
                SpeakerRef ref = opening.get().pronoun() ? new SpeakerRef.Pronoun(passage.token(k).start())
                        : phrases.reference(k + 1, c + 1);
                return Optional.of(new Introduction(opening.get().base(), ref, passage.token(at).start()));
            }
        }
        return Optional.empty();
    }

    /** {@code “...,” kata X}, {@code “...,” ujarnya}, {@code “...,” Peskov menambahkan}. */
    private Optional<Introduction> attribution(int after, int closingMark) {
        int a = after;
        if (a >= passage.size() || passage.paragraphOf(a) != passage.paragraphOf(closingMark)) {
            return Optional.empty();
        }
        if (passage.is(a, ",")) {
            a++;
        }
        if (a < passage.size() && FunctionWords.isThus(passage.lower(a))) {
            a++;
            Optional<Introduction> statement = statementAfterDemikian(a);
            if (statement.isPresent()) {
                return statement;
            }
        }
        if (a >= passage.size() || !passage.isWord(a)) {
            return Optional.empty();
        }
        int cueAt = a;
        Optional<Cue> cue = ReportingCues.trailing(passage.lower(a));
        if (cue.isPresent()) {
            SpeakerRef ref = cue.get().pronoun()
                    ? new SpeakerRef.Pronoun(passage.token(a).start())
                    : phrases.after(a + 1).orElse(null);
            return ref == null ? Optional.empty()
                    : Optional.of(new Introduction(cue.get().base(), ref, passage.token(cueAt).start()));
        }
        int sentenceEnd = passage.end(passage.sentenceOf(a));
        Optional<Introduction> passive = passiveAttribution(a, sentenceEnd);
        if (passive.isPresent()) {
            return passive;
        }
        for (int k = a + 1; k < Math.min(sentenceEnd, a + MAX_NAME_BEFORE_VERB + 1); k++) {
            Optional<Cue> verb = ReportingCues.leading(passage.lower(k))
                    .filter(v -> v.strength() == Cue.Strength.SPEECH);
            if (verb.isPresent()) {
                int at = k;
                return phrases.subjectBefore(k).map(ref -> new Introduction(verb.get().base(), ref,
                        passage.token(at).start()));
            }
            if (!passage.isWord(k) || !passage.isCapitalised(k)) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * {@code “...,” demikian pernyataan resmi pihak Sixers}: the written statement names its source. The noun
     * for the statement is the cue.
     */
    private Optional<Introduction> statementAfterDemikian(int a) {
        int k = a;
        int noun = -1;
        while (k < passage.size() && k - a < MAX_NAME_BEFORE_VERB && STATEMENT_WORDS.contains(passage.lower(k))) {
            noun = noun < 0 ? k : noun;
            k++;
        }
        if (noun < 0 || k >= passage.size() || passage.sentenceOf(k) != passage.sentenceOf(a)) {
            return Optional.empty();
        }
        int at = noun;
        return phrases.after(k).map(ref -> new Introduction(passage.lower(at), ref, passage.token(at).start()));
    }

    /**
     * The sentence after a quote that names its speaker in the passive: {@code Hal itu disampaikan Peskov kepada
     * wartawan}, {@code Demikian dikatakan juru bicara Kremlin}.
     */
    private Optional<Introduction> passiveAttribution(int a, int sentenceEnd) {
        for (int k = a; k < Math.min(sentenceEnd, a + MAX_NAME_BEFORE_VERB); k++) {
            Optional<Cue> verb = ReportingCues.passive(passage.lower(k));
            if (verb.isEmpty()) {
                continue;
            }
            boolean pointsBack = k == a || SpeakerWords.isDemonstrative(passage.lower(k - 1))
                    || FunctionWords.isMatter(passage.lower(a)) || FunctionWords.isThus(passage.lower(a));
            int from = k + 1 < sentenceEnd && FunctionWords.isAgent(passage.lower(k + 1)) ? k + 2 : k + 1;
            if (!pointsBack || from >= sentenceEnd) {
                return Optional.empty();
            }
            int at = k;
            return phrases.after(from).map(ref -> new Introduction(verb.get().base(), ref, passage.token(at).start()));
        }
        return Optional.empty();
    }

    /** {@code “A,” kata X, “B.”}: the second part resumes in the same sentence after the attribution. */
    private boolean resumesAfterAttribution(QuotedSpan previous, int before) {
        if (!passage.is(before, ",")) {
            return false;
        }
        int previousClose = passage.tokenAtOrAfter(previous.close());
        return previousClose < before && passage.sentenceOf(previousClose) == passage.sentenceOf(before);
    }
}
