package id.kabar.annotate.claim;

import id.kabar.annotate.text.Sentence;
import id.kabar.model.Entity;
import id.kabar.model.Quote;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a number comes from: a source named in its sentence ({@code berdasarkan catatan pemerintah
 * setempat}, {@code menurut BNPB}, {@code , kata Kapolres}), the speaker of the quote it sits in, or the
 * subject of a reporting verb that introduces it ({@code Ukraina mengatakan lebih dari 350 ...}).
 * A named entity inside the source phrase stands for it by its fullest name.
 */
public final class ClaimantFinder {
    private static final String SOURCE_NOUN = "(?:(?:catatan|data|laporan|keterangan|informasi|rilis|hasil|pendataan"
            + "|penghitungan|perhitungan|pernyataan|kesaksian)\\s+(?:resmi\\s+)?(?:dari\\s+)?)?";
    private static final String PHRASE = "(?<source>[\\p{L}\\d.'’&-]+(?:\\s+[\\p{L}\\d.'’&-]+){0,6}?)";
    private static final Pattern NAMED_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:[Bb]erdasarkan|[Mm]enurut|[Mm]engutip|[Dd]ilansir(?:\\s+dari)?|[Dd]ikutip\\s+dari)\\s+"
            + SOURCE_NOUN + PHRASE + "\\s*(?:,|$|\\s(?=(?:ada|terdapat|sebanyak|setidaknya|sedikitnya|sekitar"
            + "|jumlah|total|korban)\\s))");
    private static final Pattern NAMED_AFTER = Pattern.compile(
            "^[^.]*?[,\"”]\\s*(?:kata|ujar|ucap|tutur|jelas|terang|ungkap|tegas|papar|sebut|tulis|lapor|menurut)(?:nya)?"
            + "\\s+" + PHRASE + "\\s*(?:[,.]|$)");
    /** Where a source spoke ({@code kata Sutopo di Jakarta}) is not part of its name. */
    private static final Pattern PLACE_OR_CIRCUMSTANCE = Pattern.compile(
            "\\s+(?=(?:di|kepada|dalam|saat|ketika|pada|usai|seusai|melalui|lewat|dari|via)(?![\\p{L}]))");
    private static final Pattern REPORTER = Pattern.compile(
            "(?:^|[,;]\\s*|(?<![\\p{L}])(?:[Nn]amun|[Ss]ementara(?:\\s+itu)?|[Ss]elain\\s+itu)\\s*,?\\s*)"
            + "(?<source>[\\p{Lu}][\\p{L}\\d.'’&-]*(?:\\s+[\\p{L}\\d.'’&-]+){0,5}?)\\s+"
            + "(?:mengatakan|menyatakan|melaporkan|menyebutkan|menyebut|mengklaim|mencatat|memperkirakan"
            + "|mengungkapkan|menjelaskan|menuturkan|menambahkan|menegaskan|memastikan|membenarkan"
            + "|mengonfirmasi|mengumumkan|merilis|melansir)\\s+(?:bahwa\\s+)?");

    /** The claimant of the number at {@code [start, end)} in {@code sentence}, or null if none is named. */
    public String find(String body, Sentence sentence, int start, int end, List<Entity> entities, List<Quote> quotes) {
        String before = body.substring(sentence.start(), start);
        Matcher named = NAMED_BEFORE.matcher(before);
        String source = null;
        while (named.find()) {
            source = named.group("source");
        }
        if (source != null) {
            return canonical(source, entities);
        }
        for (Quote q : quotes) {
            if (q.speaker() != null && q.start() <= start && end <= q.end()) {
                return q.speaker();
            }
        }
        Matcher after = NAMED_AFTER.matcher(body.substring(end, sentence.end()));
        if (after.find()) {
            return canonical(PLACE_OR_CIRCUMSTANCE.split(after.group("source"), 2)[0], entities);
        }
        Matcher reporter = REPORTER.matcher(before);
        while (reporter.find()) {
            source = reporter.group("source");
        }
        return source == null ? null : canonical(source, entities);
    }

    /** The entity a source phrase names, by its fullest name; else the phrase itself. */
    private static String canonical(String phrase, List<Entity> entities) {
        String bestName = null;
        int bestLength = 0;
        for (Entity e : entities) {
            for (String mention : e.mentions()) {
                if (mention.length() > bestLength && containsWord(phrase, mention)) {
                    bestName = e.name();
                    bestLength = mention.length();
                }
            }
        }
        return bestName != null ? bestName : phrase.strip().replaceAll("[.,;:]+$", "");
    }

    private static boolean containsWord(String phrase, String mention) {
        int at = phrase.indexOf(mention);
        while (at >= 0) {
            int after = at + mention.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(phrase.charAt(at - 1));
            boolean endOk = after == phrase.length() || !Character.isLetterOrDigit(phrase.charAt(after));
            if (startOk && endOk) {
                return true;
            }
            at = phrase.indexOf(mention, at + 1);
        }
        return false;
    }
}
