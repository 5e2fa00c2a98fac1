package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.OrganisationWords;
import id.kabar.model.EntityType;
import java.util.function.Predicate;

/**
 * An office whose name lists its fields with commas, closed by the region it serves, is one organisation: "Kepala
 * Dinas Perhubungan, Komunikasi, dan Informasi Kudus Abdul Halid" and "Kepala Dinas Pendidikan, Kepemudaan, dan
 * Olahraga Kudus Djoko Susilo" (kompas.com, 10 September 2019), which the model read as the office's first field,
 * a place {@code Kepemudaan} and the town. The fields are ordinary words capitalised ({@code Komunikasi}), so a
 * list of offices or places after an office ("Dinas A, Dinas B, dan Dinas C") is left alone, and the region closing
 * the name keeps an agency's list of its sciences ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)") apart,
 * which the stories of the week read better as the model has it.
 */
final class OfficeFieldsRule implements ContractRule {
    /** The most words one field of an office has ({@code Kawasan Permukiman}). */
    private static final int MAX_FIELD_WORDS = 2;

    private final Predicate<String> mayBeCommonWord;

    /** {@code mayBeCommonWord} tells a word at least as often ordinary as part of a name ({@code Komunikasi}). */
    OfficeFieldsRule(Predicate<String> mayBeCommonWord) {
        this.mayBeCommonWord = mayBeCommonWord;
    }

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        boolean[] listed = new boolean[s.size()];
        for (Gazetteer.Match m : s.listed()) {
            for (int i = m.start(); i < m.end(); i++) {
                listed[i] = true;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (tags[i] != BioTag.B_ORG || OrganisationWords.headLength(s.lower(), i) == 0) {
                continue;
            }
            int end = BioTag.spanEnd(tags, i);
            int region = regionAfterFields(s, end, listed);
            if (region > 0) {
                end = BioTag.spanEnd(tags, region);
                s.setSpan(i, end, EntityType.ORG);
            }
            i = end - 1;
        }
    }

    /**
     * Where the region after the office's listed fields opens (", Komunikasi, dan Informasi | Kudus"), or -1 when
     * no such fields follow {@code at}.
     */
    private int regionAfterFields(ContractSentence s, int at, boolean[] listed) {
        String[] tokens = s.tokens();
        int fields = 0;
        boolean closed = false;
        while (at < s.size() && !closed) {
            if (tokens[at].equals(",")) {
                at++;
            } else if (fields == 0 || !FunctionWords.isAnd(s.lower()[at])) {
                return -1;
            }
            if (at < s.size() && FunctionWords.isAnd(s.lower()[at])) {
                closed = true;
                at++;
            }
            int fieldEnd = fieldEnd(s, at, listed);
            if (fieldEnd == at) {
                return -1;
            }
            fields++;
            at = fieldEnd;
        }
        return fields >= 2 && at < s.size() && s.tags()[at] == BioTag.B_LOC ? at : -1;
    }

    /**
     * Where the field opening at {@code at} ends, {@code at} when there is none: capitalised words no listed name
     * holds, ordinary words the model left untagged ({@code Komunikasi}), or one word of the office's kind the model
     * knows too little to call ordinary and read as a place ({@code Kepemudaan}).
     */
    private int fieldEnd(ContractSentence s, int at, boolean[] listed) {
        BioTag[] tags = s.tags();
        int end = at;
        while (end < s.size() && end - at < MAX_FIELD_WORDS && s.capitalised(end) && !listed[end]
                && (tags[end] == BioTag.O && mayBeCommonWord.test(s.tokens()[end])
                    || end == at && tags[end] == BioTag.B_LOC && BioTag.spanEnd(tags, end) == end + 1)) {
            end++;
        }
        return end;
    }
}
