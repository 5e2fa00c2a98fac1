package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;
import id.kabar.model.EntityType;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The short name an article gives an organisation in brackets right after its long form is that organisation's
 * name too, even where the model left it untagged or read it alone as a place: "Himpunan Pengusaha Muda Indonesia (Hipmi)", its letters taken in
 * order from the long form's. A company's legal form in brackets ("PT Kereta Api Indonesia (Persero)"), a rank's
 * mark ("(Purn)") or a stock code ("(HMSP)") is no such name. A place written right after the short form is the
 * place of both forms, and the whole one organisation's name ("Kejaksaan Negeri (Kejari) Jakarta Selatan"), also
 * where the long form is an organisation's head the model left untagged and the short form two words
 * ("Satuan Polisi Pamong Praja (Satpol PP) Karangasem"); a site written so is one place ("Taman Makam Pahlawan
 * (TMP) Kalibata").
 */
final class ShortFormRule implements ContractRule {
    /** A short form of two words at most ("Satpol PP"); longer bracketed words are a gloss, not a name. */
    private static final int MAX_SHORT_FORM_WORDS = 2;
    /** The most words of a region's name read untagged after a short form ("Tanjung Jabung"). */
    private static final int MAX_REGION_WORDS = 2;
    /** The most words of an organisation's head in {@code organisation-heads.txt} ("Kantor Pelayanan Pajak"). */
    private static final int MAX_HEAD_WORDS = 3;

    /** Tells a word at least as often ordinary as part of a name: a site's long form opens with one ({@code Taman}). */
    private final Predicate<String> mayBeCommonWord;

    ShortFormRule(Predicate<String> mayBeCommonWord) {
        this.mayBeCommonWord = mayBeCommonWord;
    }

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        String[] tokens = s.tokens();
        for (int i = 1; i + 2 < tokens.length; i++) {
            int close = closingBracket(s, i);
            if (close < 0 || !s.capitalised(i + 1) || OrganisationWords.isCompanyForm(s.lower()[i + 1])) {
                continue;
            }
            if (tags[i - 1].type() == EntityType.LOC) {
                i = siteWithShortForm(s, i, close);
                continue;
            }
            boolean tagged = tags[i - 1].type() == EntityType.ORG;
            int longStart = tagged ? longFormStart(s, i) : headStart(s, i);
            String shortForm = String.join("", Arrays.asList(s.lower()).subList(i + 1, close));
            if (longStart < 0 || !EntityMerger.spellsFrom(shortForm, longForm(s, longStart, i))) {
                continue;
            }
            int placeEnd = tagged ? placeAfter(s, close + 1) : regionAfter(s, close + 1);
            if (tagged || placeEnd > 0) {
                s.setSpan(i + 1, close, EntityType.ORG);
            }
            if (placeEnd > 0) {
                s.setSpan(longStart, placeEnd, EntityType.ORG);
                i = placeEnd - 1;
            }
        }
    }

    /**
     * A named site written with its short form in brackets before the place it lies in is one place, brackets and
     * all: "Taman Makam Pahlawan (TMP) Kalibata" (sindonews.com, 12 September 2019), written later "TMP Kalibata";
     * a site's long form opens with an ordinary word (a park, a gate), where a name opening with a name is a region
     * of its own ("Bupati Kotawaringin Barat (Kobar) Nurhidayah").
     * A long form holding a listed name is a name complete in itself, the place after it another place ("Jakarta
     * Convention Center (JCC) Senayan"); a long form opened by a kind of place is a region whose short form is
     * given ("Kabupaten Kotawaringin Barat (Kobar) Kalimantan Tengah"), and a listed place after the brackets (a
     * province, a country) is where the site lies, not its name. Returns the last token looked at.
     */
    private int siteWithShortForm(ContractSentence s, int open, int close) {
        int longStart = longFormStart(s, open);
        String shortForm = String.join("", Arrays.asList(s.lower()).subList(open + 1, close));
        if (!mayBeCommonWord.test(s.tokens()[longStart]) || PlaceWords.isHead(s.lower()[longStart])
                || holdsListedName(s, longStart, open)
                || !EntityMerger.spellsFrom(shortForm, longForm(s, longStart, open))) {
            return open;
        }
        int placeEnd = placeAfter(s, close + 1);
        if (placeEnd < 0 || holdsListedName(s, close + 1, placeEnd)) {
            return open;
        }
        s.setSpan(longStart, placeEnd, EntityType.LOC);
        return placeEnd - 1;
    }

    private static boolean holdsListedName(ContractSentence s, int start, int end) {
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() >= start && m.end() <= end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The closing bracket of a short form opened at {@code open}, of up to {@link #MAX_SHORT_FORM_WORDS} words the
     * model left untagged or read as one name ("(Satpol PP)"); -1 when there is none.
     */
    private static int closingBracket(ContractSentence s, int open) {
        if (!s.tokens()[open].equals("(")) {
            return -1;
        }
        BioTag[] tags = s.tags();
        for (int close = open + 2; close <= open + 1 + MAX_SHORT_FORM_WORDS && close < s.size(); close++) {
            if (s.tokens()[close].equals(")")) {
                boolean oneName = tags[open + 1] == BioTag.O && allUntagged(tags, open + 1, close)
                        || tags[open + 1].isBegin() && BioTag.spanEnd(tags, open + 1) == close;
                return oneName ? close : -1;
            }
        }
        return -1;
    }

    private static boolean allUntagged(BioTag[] tags, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tags[i] != BioTag.O) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where an organisation's head the model left untagged opens, ending right before {@code bracket}
     * ("Pemerintah Kabupaten (Pemkab) Merangin", sindonews.com, 15 September 2019; "Satuan Polisi Pamong Praja
     * (Satpol PP) Karangasem", tribunnews.com, 10 September 2019); -1 when none does.
     */
    private static int headStart(ContractSentence s, int bracket) {
        for (int start = Math.max(0, bracket - MAX_HEAD_WORDS); start < bracket; start++) {
            if (s.capitalised(start) && OrganisationWords.headLength(s.lower(), start) == bracket - start
                    && allUntagged(s.tags(), start, bracket)) {
                return start;
            }
        }
        return -1;
    }

    /**
     * The end of a place the model or the lists read right at {@code at}, or -1: the place both forms of an office
     * serve, written once after the short form ("Kejaksaan Negeri (Kejari) Jakarta Selatan", sindonews.com,
     * 13 September 2019), which makes the whole one organisation.
     */
    private static int placeAfter(ContractSentence s, int at) {
        if (at >= s.size() || !s.capitalised(at)) {
            return -1;
        }
        if (s.tags()[at] == BioTag.B_LOC) {
            int end = BioTag.spanEnd(s.tags(), at);
            // a kind of region alone names none: "(Satpol PP) Kecamatan , bersama", where a link was stripped
            return end - at == 1 && PlaceWords.isHead(s.lower()[at]) ? -1 : end;
        }
        int end = -1;
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == at && m.name().type() == EntityType.LOC && s.tags()[at] == BioTag.O) {
                end = Math.max(end, m.end());
            }
        }
        return end;
    }

    /**
     * The end of the region an office written as its head alone serves, right at {@code at}, or -1: a place the
     * model or the lists read, or capitalised words the model left untagged, which only a region's name can be
     * there ("Pemerintah Kabupaten (Pemkab) Merangin memutuskan", sindonews.com, 15 September 2019).
     */
    private static int regionAfter(ContractSentence s, int at) {
        int end = placeAfter(s, at);
        if (end > 0) {
            return end;
        }
        if (at < s.size() && PlaceWords.isHead(s.lower()[at])) {
            // the kind of region and its name ("(Satpol PP) Kecamatan Buleleng", kompas.com, September 2019)
            int named = placeAfter(s, at + 1);
            return named > 0 ? named : untaggedNameEnd(s, at + 1);
        }
        return untaggedNameEnd(s, at);
    }

    /** The end of the capitalised words the model left untagged from {@code at}, or -1 when there are none. */
    private static int untaggedNameEnd(ContractSentence s, int at) {
        int end = at;
        while (end < s.size() && end - at < MAX_REGION_WORDS && s.capitalised(end) && s.tags()[end] == BioTag.O) {
            end++;
        }
        return end > at ? end : -1;
    }

    /** The lower-case words of the organisation from {@code start} to right before {@code bracket}. */
    private static String longForm(ContractSentence s, int start, int bracket) {
        return String.join(" ", Arrays.asList(s.lower()).subList(start, bracket));
    }

    private static int longFormStart(ContractSentence s, int bracket) {
        int start = bracket - 1;
        while (start > 0 && s.tags()[start].isInside()) {
            start--;
        }
        return start;
    }
}
