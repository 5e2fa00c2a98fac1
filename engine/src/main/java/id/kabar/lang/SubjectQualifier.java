package id.kabar.lang;

/**
 * A qualifier written after a count's subject behind its marker word: the place ({@code tersangka di Manokwari})
 * or the group ({@code orang dari Golkar}) that tells the parts of a whole apart. No counted phrase holds a
 * marker, so the subject and its qualifier part again where the marker stands.
 *
 * @param marker the marker word with its trailing space ({@code "di "})
 */
record SubjectQualifier(String marker) {

    /** A subject (or null) with the qualifier written after it. */
    String join(String subject, String qualifier) {
        return (subject == null ? "" : subject + " ") + marker + qualifier;
    }

    /** The subject without its qualifier. */
    String without(String subject) {
        int at = start(subject);
        return at < 0 ? subject : subject.substring(0, at).strip();
    }

    /** The qualifier as written, or null when the subject names none. */
    String of(String subject) {
        int at = start(subject);
        return at < 0 ? null : subject.substring(at + marker.length()).strip();
    }

    /** Where the qualifier of a subject written by {@link #join} starts, or -1 when it names none. */
    private int start(String subject) {
        if (subject == null) {
            return -1;
        }
        int at = subject.startsWith(marker) ? 0 : subject.indexOf(" " + marker);
        return at < 0 ? -1 : at == 0 ? 0 : at + 1;
    }
}
