package id.kabar.annotate.entity;

import id.kabar.lang.PlaceWords;
import id.kabar.model.EntityType;

/**
 * A name set off by commas in an address, with an administrative place after it, is a place, though the model
 * took it for a person: {@code di rumah duka, RT 09, Kumun Mudik, Kecamatan Kumun Debai, Kota Sungaipenuh}.
 */
final class AddressPlaceRule implements ContractRule {
    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        String[] tokens = s.tokens();
        for (int i = 1; i < tags.length; i++) {
            if (tags[i] != BioTag.B_PER) {
                continue;
            }
            int end = BioTag.spanEnd(tags, i);
            if (tokens[i - 1].equals(",") && end + 2 < tokens.length && tokens[end].equals(",")
                    && s.capitalised(end + 1) && PlaceWords.isAdministrative(s.lower()[end + 1])
                    && s.capitalised(end + 2)) {
                s.setSpan(i, end, EntityType.LOC);
            }
            i = end - 1;
        }
    }
}
