package id.kabar.lang;

/**
 * The group a count's subject says its members belong to, written after {@code dari}: {@code orang dari PDI
 * Perjuangan} of {@code PDI Perjuangan, yaitu sebanyak 6 orang}. Six members of one party are not five of another:
 * the group tells the parts of a whole apart as a place does ({@link PlaceWords}).
 */
public final class GroupWords {
    /** What joins a count's subject to its group; no counted phrase holds it. */
    private static final String GROUPED = "dari ";

    private GroupWords() {
    }

    /** A subject (or null) whose members belong to the group named: {@code orang dari Golkar}. */
    public static String grouped(String subject, String group) {
        return (subject == null ? "" : subject + " ") + GROUPED + group;
    }

    /** Where the group of a subject written by {@link #grouped} starts, or -1 when it names none. */
    private static int groupStart(String subject) {
        if (subject == null) {
            return -1;
        }
        int at = subject.startsWith(GROUPED) ? 0 : subject.indexOf(" " + GROUPED);
        return at < 0 ? -1 : at == 0 ? 0 : at + 1;
    }

    /** A subject without its group: {@code orang} of {@code orang dari Golkar}. */
    public static String ungrouped(String subject) {
        int at = groupStart(subject);
        return at < 0 ? subject : subject.substring(0, at).strip();
    }

    /** The group a subject written by {@link #grouped} names, as written, or null. */
    public static String group(String subject) {
        int at = groupStart(subject);
        return at < 0 ? null : subject.substring(at + GROUPED.length()).strip();
    }
}
