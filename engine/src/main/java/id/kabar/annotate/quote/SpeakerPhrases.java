package id.kabar.annotate.quote;

import java.util.Optional;
import java.util.Set;

/**
 * Finds the words that name a speaker around a reporting cue: the subject before a verb
 * ({@code Vladimir Medinsky, kepala delegasi Rusia, mengatakan}) or the phrase after a post-posed cue
 * ({@code “...,” ujar juru bicara Kremlin, Dmitry Peskov, saat ...}).
 */
final class SpeakerPhrases {
    /** Longest subject or speaker phrase considered, in tokens. */
    private static final int MAX_PHRASE = 12;
    /** How far into a paragraph's first sentence a dateline dash may sit ({@code SERAMBINEWS.COM, MOSKOW -}). */
    private static final int MAX_DATELINE = 8;
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    private static final Set<String> PHRASE_BREAKS = Set.of("-", "–", "—", ":", ";", "\"", "“", "”", "(", "‘", "’");

    private final Passage passage;

    SpeakerPhrases(Passage passage) {
        this.passage = passage;
    }

    /** First token of sentence {@code s} past a dateline such as {@code Suara.com -} or {@code Moskow, Gatra.com -}. */
    int contentStart(int s) {
        int first = passage.first(s);
        int end = Math.min(passage.end(s), first + MAX_DATELINE);
        for (int t = first; t < end; t++) {
            String w = passage.word(t);
            if (DASHES.contains(w)) {
                return t > first ? t + 1 : first;
            }
            boolean datelinePart = passage.isCapitalised(t) || w.equals(".") || w.equals(",") || w.equals("(")
                    || w.equals(")") || (t > first && passage.is(t - 1, "."));
            if (!datelinePart) {
                return first;
            }
        }
        return first;
    }

    /** The subject of the reporting verb at {@code cue}, or empty when the verb has none or does not report. */
    Optional<SpeakerRef> subjectBefore(int cue) {
        int first = contentStart(passage.sentenceOf(cue));
        int j = cue - 1;
        while (j >= first && SpeakerWords.isAdverb(passage.word(j))) {
            j--;
        }
        if (j < first || SpeakerWords.blocksReporting(passage.word(j))) {
            return Optional.empty();
        }
        // "Vladimir Medinsky, kepala delegasi Rusia, mengatakan": a role set off by commas follows the name
        boolean appositive = !passage.is(j, ",");
        if (!appositive) {
            j--;
        }
        int end = j + 1;
        int k = end;
        while (k > first && end - k < MAX_PHRASE) {
            String w = passage.word(k - 1);
            if (w.equals(")")) {
                int open = k - 2;
                while (open > first && !passage.is(open, "(")) {
                    open--;
                }
                if (passage.is(open, "(")) {
                    k = open; // "Stiller (50) mengatakan": an age or an acronym in brackets
                    continue;
                }
            }
            if (SpeakerWords.opensClause(w) || PHRASE_BREAKS.contains(w)) {
                break;
            }
            if (w.equals(",")) {
                boolean roleAfterName = !appositive && k < end && SpeakerWords.isRole(passage.word(k))
                        && !passage.isCapitalised(k) && k - 2 >= first && passage.isCapitalised(k - 2);
                if (!roleAfterName) {
                    break;
                }
                appositive = true;
                end = k - 1; // the speaker is the name before the role
            }
            k--;
        }
        if (k >= end) {
            return Optional.empty();
        }
        for (int t = k + 1; t < end; t++) {
            if (SpeakerWords.isPreposition(passage.word(t))) {
                end = t; // "Peskov kepada wartawan mengatakan"
                break;
            }
        }
        for (int t = k; t < end; t++) {
            String w = passage.word(t);
            if ((SpeakerWords.looksLikeVerb(w) && !w.startsWith("ber")) || SpeakerWords.blocksReporting(w)) {
                return Optional.empty(); // a clause, not a noun phrase ("pihak berwenang" still is one)
            }
        }
        if (end - k == 1 && SpeakerWords.isPronoun(passage.word(k))) {
            return Optional.of(new SpeakerRef.Pronoun(passage.token(k).start()));
        }
        return Optional.of(new SpeakerRef.Phrase(k, end));
    }

    /** Tokens {@code [from, to)} as a reference: a lone pronoun ({@code menurut dia}) or a phrase. */
    SpeakerRef reference(int from, int to) {
        if (to - from == 1 && SpeakerWords.isPronoun(passage.word(from))) {
            return new SpeakerRef.Pronoun(passage.token(from).start());
        }
        return new SpeakerRef.Phrase(from, to);
    }

    /** The speaker named after a post-posed cue, starting at token {@code from}. */
    Optional<SpeakerRef> after(int from) {
        int end = passage.end(passage.sentenceOf(Math.max(0, from - 1)));
        if (from >= end) {
            return Optional.empty();
        }
        if (SpeakerWords.isPronoun(passage.word(from))) {
            return Optional.of(new SpeakerRef.Pronoun(passage.token(from).start()));
        }
        boolean named = false;
        boolean titled = SpeakerWords.isRole(passage.word(from)) || SpeakerWords.isDeterminer(passage.word(from));
        int t = from;
        while (t < end && t - from < MAX_PHRASE) {
            String w = passage.word(t);
            if (w.equals(",")) {
                // past a comma only from a title to its holder: "juru bicara Kremlin, Dmitry Peskov";
                // "Tadamichi Yamamoto, Perwakilan Khusus ..." ends at the comma
                if (titled && t + 1 < end && passage.isWord(t + 1) && passage.isCapitalised(t + 1)
                        && !SpeakerWords.isCalendar(passage.word(t + 1))) {
                    t++;
                    continue;
                }
                break;
            }
            if (w.equals(".") && t + 1 < end && passage.isCapitalised(t + 1) && t > from
                    && (passage.word(t - 1).length() == 1 || SpeakerWords.isRole(passage.word(t - 1)))) {
                t++; // an initial or a title: "kata Dr. H. Ahmad"
                continue;
            }
            if (w.equals("(")) {
                int close = t + 1;
                while (close < end && close - t < MAX_PHRASE && !passage.is(close, ")")) {
                    close++;
                }
                if (passage.is(close, ")") && close + 1 < end && passage.isCapitalised(close + 1)) {
                    t = close + 1; // an acronym in brackets: "Sekretaris Daerah (Sekda) DKI Jakarta Saefullah"
                    continue;
                }
            }
            if (!passage.isWord(t)) {
                break;
            }
            if (passage.isCapitalised(t)) {
                named |= !SpeakerWords.isRole(w);
            } else if (SpeakerWords.isDemonstrative(w)) {
                t++; // "kata mantan pelatih timnas Indonesia U-23 itu": the description ends here
                break;
            } else if (named ? !SpeakerWords.isRole(w) && !SpeakerWords.isTitle(w)
                    : SpeakerWords.isPreposition(w) && !w.equals("dari") || SpeakerWords.looksLikeVerb(w)) {
                break; // "kata spesialis nutrisi dari RSCM, Dr dr Damayanti" goes on to the name
            }
            t++;
        }
        return t > from ? Optional.of(new SpeakerRef.Phrase(from, t)) : Optional.empty();
    }

    /**
     * The person a sentence is about when it opens with them ({@code Senin lalu, Presiden Ukraina Volodymyr
     * Zelenskyy meminta ...}): the phrase of titles and capitalised words before the first other word.
     */
    Optional<SpeakerRef.Phrase> openingSubject(int s) {
        int first = contentStart(s);
        int end = passage.end(s);
        while (first < end && SpeakerWords.opensClause(passage.word(first))) {
            first++; // "Namun Aroso melihat ..."
        }
        for (int t = first; t < Math.min(end, first + 5); t++) {
            if (passage.is(t, ",")) {
                first = t + 1; // a leading adverbial: "Sementara itu," "Senin lalu,"
                break;
            }
        }
        int t = first;
        while (t < end && t - first < MAX_PHRASE) {
            String w = passage.word(t);
            boolean part = (passage.isWord(t) && (passage.isCapitalised(t) || SpeakerWords.isRole(w)))
                    || w.equals("(") || w.equals(")");
            if (!part || (t > first && SpeakerWords.isPronoun(w))) {
                break;
            }
            t++;
        }
        if (t == first || SpeakerWords.isPronoun(passage.word(first))) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerRef.Phrase(first, t));
    }
}
