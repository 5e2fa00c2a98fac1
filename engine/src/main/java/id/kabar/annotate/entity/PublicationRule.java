package id.kabar.annotate.entity;

import id.kabar.lang.Calendar;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.ReportingVerbs;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The name a report is taken from is a publication, an organisation, even where the model saw no name in it ("Dilansir
 * dari SPA", "mengutip dari Crash", "laporan Le 10 Sport mengklaim"): the capitalised words right after a word naming
 * a publication ("laman Inquisitr"), after one quoting it with "dari", or after a report's noun that "menurut" opens
 * or a verb of saying closes, up to a mark or a day; a number may stand inside such a name. The outlet a speaker spoke
 * to is one as well: the untagged capitalised words after {@code kepada} that closes a verb of saying and its speaker
 * ("ujar Abloh kepada Vogue", kompas.com, CLICK-ID, 10-16 September 2019; "kepada Blackfilm"), none of them an
 * ordinary word ("kepada Wartawan"; and so "kepada Bisnis" and "kepada BOLA" are left); a person there is the model's.
 * A place the model read inside a cited name is the publication's word: "dilansir China Daily", "dikutip Football
 * Italia", "Tribun Jogja" (CLICK-ID, 10-16 September 2019; the model read {@code China}, {@code Italia},
 * {@code Jogja}), where a name of places only stays a place ("dilansir dari Istana Buckingham"). A word naming a
 * publication that opens the words after the cue is no part of the name after it ("dikutip Majalah Tempo", where the
 * model read {@code Tempo}), though it may close one ("dilansir Berita Harian", kumparan, IndoSum). A passive verb of
 * reporting that opens a sentence names the publication between it and a comma, whatever name the model read in it
 * ("Dilaporkan Ace Showbiz, film yang ada di bawah naungan", IndoSum, a person; "Dikutip Gizmodo, Selasa", tempo.co,
 * 11 September 2019); a place the lists know stays the place.
 */
final class PublicationRule implements ContractRule {
    /** Words naming the publication a report is taken from: "dilansir Daily Mail", "laman Inquisitr". */
    private static final Set<String> PUBLICATION_CUES = WordLists.set(WordLists.class, "publication-cues.txt");
    /** Words that name a publication through "dari": "dikutip dari Inquisitr". */
    private static final Set<String> QUOTED_FROM = WordLists.set(WordLists.class, "quoted-from.txt");
    /** Passive verbs of reporting that name a publication when they open a sentence: "Dilaporkan Ace Showbiz,". */
    private static final Set<String> PUBLICATION_OPENERS = WordLists.set(WordLists.class, "publication-openers.txt");
    /** Nouns for a report naming its publication after "menurut" or before a verb of saying: "laporan". */
    private static final Set<String> PUBLICATION_REPORTS = WordLists.set(WordLists.class, "publication-reports.txt");
    /**
     * The most words of a speaker's title between a verb of saying and {@code kepada}, the names the model read
     * there not counted: "kata Ilham Ananda Rey kepada TribunMadura.com" (CLICK-ID, 10-16 September 2019), "kata
     * Dr Helmut Marko", "kata Kepala Urusan Strategis Gedung Putih Steve Bannon kepada Atlantic" (IndoSum); more
     * is a clause of its own.
     */
    private static final int MAX_SPEAKER_WORDS = 4;

    private final Predicate<String> mayBeCommonWord;

    /** {@code mayBeCommonWord} tells a word at least as often ordinary as part of a name ({@code Wartawan}). */
    PublicationRule(Predicate<String> mayBeCommonWord) {
        this.mayBeCommonWord = mayBeCommonWord;
    }

    @Override
    public void apply(ContractSentence s) {
        citeOpeningPublication(s);
        String[] lower = s.lower();
        for (int from = 1; from < s.size(); from++) {
            boolean spokenTo = FunctionWords.isAddressee(lower[from - 1]) && followsSpeech(s, from - 1);
            if (!spokenTo && !mayCite(lower, from)) {
                continue;
            }
            int end = from;
            int untagged = 0;
            while (end < s.size() && !Calendar.isIndonesianDayOrMonth(lower[end])
                    && !(end == from && PUBLICATION_CUES.contains(lower[end]))
                    && (s.tags()[end] == BioTag.O && (s.capitalised(end) || end > from && isNumberInName(s, end))
                            || !spokenTo && s.tags()[end].type() == EntityType.LOC && s.capitalised(end))) {
                untagged += s.tags()[end] == BioTag.O ? 1 : 0;
                end++;
            }
            if (untagged > 0 && (end == s.size() || !s.tags()[end].isInside())
                    && (spokenTo ? !hasOrdinaryWord(s, from, end) : cites(lower, from, end))) {
                s.setSpan(from, end, EntityType.ORG);
                from = end - 1;
            }
        }
    }

    /**
     * The name the model read between a passive verb of reporting opening the sentence and a comma is the publication,
     * in one span or cut in two ("Ace" and "Showbiz"), unless a word of it is a listed place or an organisation.
     */
    private static void citeOpeningPublication(ContractSentence s) {
        if (s.size() < 3 || !PUBLICATION_OPENERS.contains(s.lower()[0])) {
            return;
        }
        BioTag[] tags = s.tags();
        int end = 1;
        while (end < s.size() && tags[end] != BioTag.O && tags[end].type() != EntityType.ORG && s.capitalised(end)
                && !s.listedAt(end, EntityType.LOC)) {
            end++;
        }
        if (end > 1 && end < s.size() && s.tokens()[end].equals(",")) {
            s.setSpan(1, end, EntityType.ORG);
        }
    }

    /**
     * Whether the word before {@code start} is one {@link #cites} needs there (a cue, a report's noun or "dari"): the
     * rule runs on every sentence, so a name is read out only where it could be cited.
     */
    private static boolean mayCite(String[] lower, int start) {
        String before = lower[start - 1];
        return PUBLICATION_CUES.contains(before) || PUBLICATION_REPORTS.contains(before) || FunctionWords.isFrom(before);
    }

    /**
     * Whether a verb of saying stands within a speaker's few words before {@code addressee}, no mark between: one after
     * a quote, one that always reports speech, or a passive one naming the speaker ("disampaikan Andi kepada"). The
     * words of the names the model read on the way count none.
     */
    private static boolean followsSpeech(ContractSentence s, int addressee) {
        String[] lower = s.lower();
        int words = 0;
        for (int j = addressee - 1; j >= 0 && words <= MAX_SPEAKER_WORDS; j--) {
            String word = FunctionWords.hasEnclitic(lower[j]) ? FunctionWords.withoutEnclitic(lower[j]) : lower[j];
            ReportingVerbs.Use use = ReportingVerbs.use(word);
            if (use == ReportingVerbs.Use.AFTER_QUOTE || use == ReportingVerbs.Use.SPEECH
                    || use == ReportingVerbs.Use.PASSIVE) {
                return true;
            }
            if (!Character.isLetter(lower[j].charAt(0))) {
                return false;
            }
            if (s.tags()[j] == BioTag.O) {
                words++;
            }
        }
        return false;
    }

    private boolean hasOrdinaryWord(ContractSentence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (mayBeCommonWord.test(s.tokens()[i])) {
                return true;
            }
        }
        return false;
    }

    /** A number between capitalised words of one name: "Le 10 Sport". */
    private static boolean isNumberInName(ContractSentence s, int at) {
        return at + 1 < s.size() && s.lower()[at].chars().allMatch(Character::isDigit) && s.capitalised(at + 1)
                && s.tags()[at + 1] == BioTag.O;
    }

    /** Whether the words around the name at {@code [start, end)} say it is a publication the report is taken from. */
    static boolean cites(String[] lower, int start, int end) {
        int j = start - 1;
        if (j >= 1 && FunctionWords.isFrom(lower[j])) {
            return QUOTED_FROM.contains(lower[j - 1]) || PUBLICATION_CUES.contains(lower[j - 1]);
        }
        return j >= 0 && (PUBLICATION_CUES.contains(lower[j]) || PUBLICATION_REPORTS.contains(lower[j])
                && (j >= 1 && FunctionWords.isAccording(lower[j - 1])
                        || end < lower.length && ReportingVerbs.use(lower[end]) != null));
    }
}
