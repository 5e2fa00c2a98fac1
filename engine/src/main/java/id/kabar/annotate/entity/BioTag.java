package id.kabar.annotate.entity;

import id.kabar.model.EntityType;
import java.util.Locale;

/** A token's place in a named-entity span: Begin, Inside or Outside, with the entity type. */
public enum BioTag {
    O(null, false), B_PER(EntityType.PER, true), I_PER(EntityType.PER, false),
    B_ORG(EntityType.ORG, true), I_ORG(EntityType.ORG, false), B_LOC(EntityType.LOC, true), I_LOC(EntityType.LOC, false);

    static final BioTag[] ALL = values();
    static final int COUNT = ALL.length;

    private final EntityType type;
    private final boolean begin;

    BioTag(EntityType type, boolean begin) {
        this.type = type;
        this.begin = begin;
    }

    /** PER, ORG or LOC; null for O. */
    public EntityType type() {
        return type;
    }

    public boolean isBegin() {
        return begin;
    }

    public boolean isInside() {
        return type != null && !begin;
    }

    /** Tags {@code [start, end)} as one span of {@code type}. */
    static void setSpan(BioTag[] tags, int start, int end, EntityType type) {
        tags[start] = begin(type);
        for (int i = start + 1; i < end; i++) {
            tags[i] = inside(type);
        }
    }

    /** Clears {@code [from, to)}; a span going on after it starts anew. */
    static void clearSpan(BioTag[] tags, int from, int to) {
        for (int j = from; j < to; j++) {
            tags[j] = O;
        }
        if (to < tags.length && tags[to].isInside()) {
            tags[to] = begin(tags[to].type());
        }
    }

    /** Where the span beginning at {@code start} ends (exclusive): past the Inside tags that follow it. */
    static int spanEnd(BioTag[] tags, int start) {
        int end = start + 1;
        while (end < tags.length && tags[end].isInside()) {
            end++;
        }
        return end;
    }

    /** Where the span holding {@code at} begins: back over the Inside tags before it. */
    static int spanStart(BioTag[] tags, int at) {
        int start = at;
        while (start > 0 && tags[start].isInside()) {
            start--;
        }
        return start;
    }

    /** Receives one entity span: its first token and the token past its last. */
    @FunctionalInterface
    interface SpanVisitor {
        void visit(int start, int end);
    }

    /**
     * Visits the spans of a tagged sentence in order. The visitor may retag tokens inside the span it is
     * given: the walk goes on after the span's end as it was before the visit.
     */
    static void forEachSpan(BioTag[] tags, SpanVisitor visitor) {
        for (int start = 0; start < tags.length; ) {
            if (!tags[start].isBegin()) {
                start++;
                continue;
            }
            int end = spanEnd(tags, start);
            visitor.visit(start, end);
            start = end;
        }
    }

    /** Visits the spans of {@code type} of a tagged sentence in order, as {@link #forEachSpan} does. */
    static void forEachSpanOf(BioTag[] tags, EntityType type, SpanVisitor visitor) {
        forEachSpan(tags, (start, end) -> {
            if (tags[start].type() == type) {
                visitor.visit(start, end);
            }
        });
    }

    /** The CoNLL label: {@code O}, {@code B-PER}, {@code I-LOC}. */
    public String label() {
        return type == null ? "O" : (begin ? "B-" : "I-") + type.name();
    }

    public static BioTag begin(EntityType type) {
        return switch (type) {
            case PER -> B_PER;
            case ORG -> B_ORG;
            case LOC -> B_LOC;
            default -> O;
        };
    }

    public static BioTag inside(EntityType type) {
        return switch (type) {
            case PER -> I_PER;
            case ORG -> I_ORG;
            case LOC -> I_LOC;
            default -> O;
        };
    }

    /** Whether this tag may follow {@code previous} (null at sentence start): I-X only continues an X span. */
    public boolean mayFollow(BioTag previous) {
        if (!isInside()) {
            return true;
        }
        return previous != null && previous.type == type;
    }

    /**
     * Reads a label from the public Indonesian corpora: BIO prefixes with PER/PERSON/PPL, ORG/ORGANISATION/
     * ORGANIZATION/IND and LOC/LOCATION/PLACE/PLC. Other types (dates, events, products...) are outside.
     */
    public static BioTag parse(String label) {
        String s = label.trim().toUpperCase(Locale.ROOT);
        if (s.length() < 3 || s.charAt(1) != '-') {
            return O;
        }
        EntityType type = switch (s.substring(2)) {
            case "PER", "PERSON", "PPL" -> EntityType.PER;
            case "ORG", "ORGANISATION", "ORGANIZATION", "IND" -> EntityType.ORG;
            case "LOC", "LOCATION", "PLACE", "PLC" -> EntityType.LOC;
            default -> null;
        };
        if (type == null) {
            return O;
        }
        return switch (s.charAt(0)) {
            case 'B', 'S', 'U' -> begin(type);
            case 'I', 'E', 'L' -> inside(type);
            default -> O;
        };
    }
}
