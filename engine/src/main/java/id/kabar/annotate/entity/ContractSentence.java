package id.kabar.annotate.entity;

import id.kabar.model.EntityType;
import java.util.List;

/**
 * A sentence as the contract's rules see it after the model: its tokens as written and in lower case, the
 * listed names found in it, and the tags the rules rewrite in place.
 */
record ContractSentence(String[] tokens, String[] lower, List<Gazetteer.Match> listed, BioTag[] tags) {

    int size() {
        return tokens.length;
    }

    boolean capitalised(int i) {
        return isCapitalised(tokens[i]);
    }

    static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    /** Whether a listed name covers the token at {@code at}. */
    boolean listedAt(int at) {
        for (Gazetteer.Match m : listed) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a listed name of {@code type} covers the token at {@code at}. */
    boolean listedAt(int at, EntityType type) {
        for (Gazetteer.Match m : listed) {
            if (m.start() <= at && at < m.end() && m.name().type() == type) {
                return true;
            }
        }
        return false;
    }

    /** Makes {@code [start, end)} one span of {@code type}, cutting any span it overlaps. */
    void setSpan(int start, int end, EntityType type) {
        tags[start] = BioTag.begin(type);
        for (int i = start + 1; i < end; i++) {
            tags[i] = BioTag.inside(type);
        }
        for (int i = end; i < tags.length && tags[i].isInside(); i++) {
            tags[i] = i == end ? BioTag.begin(tags[i].type()) : tags[i];
        }
    }
}
