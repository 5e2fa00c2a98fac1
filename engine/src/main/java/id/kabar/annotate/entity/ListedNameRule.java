package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A listed name the model missed is added, and a span that is exactly a listed name takes the listed type, so
 * metonyms such as {@code Kremlin} or {@code Gedung Putih} are organisations and every country is a place, which
 * the corpora do not always do. A longer model span around a listed name stays ("Universitas Indonesia"), unless
 * the extra words are ordinary words ("Kota Belarus", "Pasukan Rusia"): then only the listed name is kept. An
 * institution named with its place stays whole ({@link InstitutionPlace}: "Universitas Jember"). The
 * part of a listed place written after it is a place of its own ("Bekasi Utara", "Lombok Timur"), and a street
 * named after a listed place is the street ("Jalan Medan Merdeka Selatan"). Words the model ran onto a listed name it
 * broke inside are a name of their own ("Paris Saint - Germain Neymar").
 */
final class ListedNameRule implements ContractRule {
    private static final Set<String> LANDFORM_WORDS = WordLists.set(WordLists.class, "landform-words.txt");

    private final Predicate<String> mayBeCommonWord;

    /** {@code mayBeCommonWord} tells a word at least as often ordinary as part of a name ({@code Presiden}). */
    ListedNameRule(Predicate<String> mayBeCommonWord) {
        this.mayBeCommonWord = mayBeCommonWord;
    }

    @Override
    public void apply(ContractSentence s) {
        for (Gazetteer.Match m : s.listed()) {
            apply(s, m);
        }
    }

    private void apply(ContractSentence s, Gazetteer.Match m) {
        BioTag[] tags = s.tags();
        int start = m.start();
        int end = m.end();
        int spanStart = start;
        while (spanStart > 0 && tags[spanStart].isInside()) {
            spanStart--;
        }
        int spanEnd = end;
        boolean ranOnAfterBreak = brokenInside(tags, start, end);
        while (!ranOnAfterBreak && spanEnd < tags.length && tags[spanEnd].isInside()) {
            spanEnd++;
        }
        if (spanStart < start || spanEnd > end) {
            if (m.name().type() == EntityType.LOC && (namesPartOfPlace(s, start, spanStart, end, spanEnd)
                    || namesStreetAfterPlace(s, start, spanStart)
                    || namesLandformAfterPlace(s, start, spanStart, end, spanEnd))) {
                return;
            }
            if (m.name().type() == EntityType.LOC
                    && InstitutionPlace.namesInstitution(s.tokens(), s.lower(), spanStart, start, end, spanEnd)) {
                s.setSpan(spanStart, spanEnd, EntityType.ORG);
                return;
            }
            if (m.name().type() == EntityType.LOC && namesOrganisationAfterPlace(s, start, spanStart, end, spanEnd)) {
                return;
            }
            for (int i = spanStart; i < spanEnd; i++) {
                if ((i < start || i >= end) && !mayBeCommonWord.test(s.tokens()[i])) {
                    return;
                }
            }
            for (int i = spanStart; i < spanEnd; i++) {
                tags[i] = BioTag.O;
            }
        }
        s.setSpan(start, end, m.name().type());
    }

    /**
     * Whether the model opened a name with the listed one at {@code [start, end)} and broke it inside: then a span it
     * ran on past the listed name's end joins the words after to part of it only ("superstar Paris Saint - Germain
     * Neymar", IndoSum, 2018, read as "Paris Saint" and "Germain Neymar"), and the words after are a name of their
     * own. A span opened inside a listed name the model left untagged at its start is the model's reading of a longer
     * name ("Los Angeles FC" read as "Angeles FC": CLICK-ID, 10-16 September 2019).
     */
    private static boolean brokenInside(BioTag[] tags, int start, int end) {
        if (!tags[start].isBegin()) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!tags[i].isInside()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the place the model found is a street named after the listed place, its words as often ordinary as
     * not: "Jalan Medan Merdeka Selatan" (kompas.com, 16 September 2019) is no town of Medan.
     */
    private static boolean namesStreetAfterPlace(ContractSentence s, int start, int spanStart) {
        return spanStart < start && s.tags()[spanStart].type() == EntityType.LOC && s.capitalised(spanStart)
                && StreetRule.isStreetNoun(s.lower()[spanStart]);
    }

    /** Whether the place the model found is a landform word before the listed place: "Bukit Batu". */
    private static boolean namesLandformAfterPlace(ContractSentence s, int start, int spanStart, int end, int spanEnd) {
        return spanStart == start - 1 && spanEnd == end && s.tags()[spanStart].type() == EntityType.LOC
                && s.capitalised(spanStart) && LANDFORM_WORDS.contains(s.lower()[spanStart]);
    }

    /**
     * Whether the organisation the model found opens with the listed place and closes with an organisation's tail
     * word, as a newspaper's name does: "Dilansir Chicago Tribune" (kumparan, May 2017) is no city of Chicago.
     */
    private static boolean namesOrganisationAfterPlace(ContractSentence s, int start, int spanStart, int end, int spanEnd) {
        return spanStart == start && spanEnd > end && s.tags()[spanStart].type() == EntityType.ORG
                && s.capitalised(spanEnd - 1) && OrganisationWords.isTail(s.lower()[spanEnd - 1]);
    }

    /** Whether the span is the listed place followed only by words naming a part of it: "Bogor Barat". */
    private static boolean namesPartOfPlace(ContractSentence s, int start, int spanStart, int end, int spanEnd) {
        if (spanStart < start || spanEnd == end || s.tags()[spanStart].type() != EntityType.LOC) {
            return false;
        }
        for (int i = end; i < spanEnd; i++) {
            if (!s.capitalised(i) || !PlaceWords.isPart(s.lower()[i])) {
                return false;
            }
        }
        return true;
    }
}
