package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;

/**
 * A noble name written short before a person's name is part of it, which the model leaves out: "empat nama
 * lainnya juga sudah mengambil formulir di PDI-P diantaranya TB Rahmad Sukendar, Tomi Patria" (tribunnews.com,
 * 10 September 2019), where {@code TB} is Tubagus, the Bantenese noble name the person is known by.
 */
final class NobleNameRule implements ContractRule {
    private static final Set<String> NOBLE_NAMES = WordLists.set(WordLists.class, "noble-names.txt");

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpanOf(tags, EntityType.PER, (start, end) -> {
            if (start > 0 && tags[start - 1] == BioTag.O
                    && s.capitalised(start - 1) && NOBLE_NAMES.contains(s.lower()[start - 1])) {
                s.setSpan(start - 1, end, EntityType.PER);
            }
        });
    }
}
