package id.kabar.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day a page's address states. News sites write the day they publish into the path:
 * {@code /read/2019/09/09/40/2102719/...} (Okezone, Kompas, Tribunnews, Suara, Poskota), a compact day with
 * the time of publishing before the article number ({@code /20160916174922-20-158744/...}, CNN Indonesia;
 * {@code /read/20170406/322240/...}, Rimanews), or the unix time of publishing at the end of the slug
 * ({@code ...-menuju-bumi-1568048363}, Sindonews), or the day with dashes ({@code /2019-03-05/...}). An address
 * with a year alone states no day.
 */
final class AddressDates {
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern SLASHED = Pattern.compile("/" + YEAR + "/(\\d\\d?)/(\\d\\d?)(?=/|$)");
    private static final Pattern COMPACT = Pattern.compile("/" + YEAR + "(\\d\\d)(\\d\\d)(?:\\d{6})?(?=[/-])");
    /** A dashed day in the path or the slug ({@code /2019-03-05/...}, {@code ...-title-2019-03-05.html}). */
    private static final Pattern DASHED = Pattern.compile("[/_-]" + YEAR + "-(\\d\\d)-(\\d\\d)(?=[/_.-]|$)");
    private static final Pattern SLUG_UNIX_TIME = Pattern.compile("-(1\\d{9})(?:\\.html?)?/?$");
    /** Sites that stamp unix time write it at publishing, and Indonesian news publishes on Western Indonesian Time. */
    private static final ZoneId NEWSROOM_ZONE = ZoneId.of("Asia/Jakarta");

    private AddressDates() {
    }

    /** The day {@code url} states, if it states one. */
    static Optional<LocalDate> find(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        for (Pattern p : new Pattern[] {SLASHED, COMPACT, DASHED}) {
            Matcher m = p.matcher(path);
            if (m.find()) {
                return day(m);
            }
        }
        Matcher m = SLUG_UNIX_TIME.matcher(path);
        return m.find() ? Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(m.group(1))), NEWSROOM_ZONE))
                : Optional.empty();
    }

    private static Optional<LocalDate> day(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
