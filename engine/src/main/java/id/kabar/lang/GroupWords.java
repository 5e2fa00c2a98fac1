package id.kabar.lang;

/**
 * The group a count's subject says its members belong to, written after {@code dari}: {@code orang dari PDI
 * Perjuangan} of {@code PDI Perjuangan, yaitu sebanyak 6 orang}. Six members of one party are not five of another:
 * the group tells the parts of a whole apart as a place does ({@link PlaceWords}).
 */
public final class GroupWords {
    /** What joins a count's subject to its group; no counted phrase holds it. */
    private static final SubjectQualifier GROUPED = new SubjectQualifier("dari ");

    private GroupWords() {
    }

    /** A subject (or null) whose members belong to the group named: {@code orang dari Golkar}. */
    public static String grouped(String subject, String group) {
        return GROUPED.join(subject, group);
    }

    /** A subject without its group: {@code orang} of {@code orang dari Golkar}. */
    public static String ungrouped(String subject) {
        return GROUPED.without(subject);
    }

    /** The group a subject written by {@link #grouped} names, as written, or null. */
    public static String group(String subject) {
        return GROUPED.of(subject);
    }
}
