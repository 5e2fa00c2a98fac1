package id.kabar.lang;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The verbs of saying Indonesian news reports speech with ({@code kata}, {@code disampaikan},
 * {@code mengatakan}, {@code menyatakan}), each with how it is used, read once from {@code reporting-verbs.txt}.
 */
public final class ReportingVerbs {

    /** How a verb of saying is used: the kinds of {@code reporting-verbs.txt}'s second column. */
    public enum Use {
        /** A short stem reporting speech right after a quote or a comma: {@code “...,” tegas Peskov}. */
        AFTER_QUOTE,
        /** A passive verb naming the speaker after it: {@code Hal itu disampaikan Peskov}. */
        PASSIVE,
        /**
         * A passive verb that reports speech only opening its sentence, its speaker after it ({@code Ditambahkan
         * Charles, ...}); elsewhere it tells of things added or carried on ({@code sidang dilanjutkan Senin}).
         */
        OPENING_PASSIVE,
        /** A prefixed verb that always reports speech after its subject: {@code mengatakan}. */
        SPEECH,
        /** A verb with senses other than speech ({@code menyatakan siap}): reports only a clause with a subject. */
        NEEDS_CLAUSE,
        /** A verb that is mostly not speech ({@code melaporkan kasus}) unless {@code bahwa} follows. */
        NEEDS_BAHWA,
        /**
         * A verb of reminding whose object is often a thing or a duty ({@code mengingatkan keinginannya memperkuat
         * KPK}): reports only a clause whose subject a predicate word follows before any verb ({@code Dia mengingatkan
         * Saut Situmorang pernah diragukan ...}), or an appeal ({@code mengingatkan agar ...}).
         */
        NEEDS_STATED_CLAUSE,
        /**
         * A verb of denying ({@code menampik}, {@code memungkiri}) that reports the clause after {@code bahwa} or a
         * comma, also negated: not denying is admitting ({@code Eddy tak menampik bahwa ...}).
         */
        DENIAL
    }

    private static final Map<String, Use> USES = WordLists.read(ReportingVerbs.class, "reporting-verbs.txt").stream()
            .map(Whitespace::split)
            .collect(Collectors.toUnmodifiableMap(ReportingVerbs::word, ReportingVerbs::use));

    private ReportingVerbs() {
    }

    /** Every verb of saying with its use. */
    public static Map<String, Use> uses() {
        return USES;
    }

    /** The use of a lower-case word that is a verb of saying, or null if it is none. */
    public static Use use(String lowerCase) {
        return USES.get(lowerCase);
    }

    private static String word(String[] columns) {
        if (columns.length != 2) {
            throw new IllegalStateException("reporting-verbs.txt: not word and use: " + String.join(" ", columns));
        }
        return columns[0];
    }

    private static Use use(String[] columns) {
        return Use.valueOf(columns[1].toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
