package id.kabar.extract;

import id.kabar.lang.Calendar;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day a page's address states. News sites write the day they publish into the path:
 * {@code /read/2019/09/09/40/2102719/...} (Okezone, Kompas, Tribunnews, Suara, Poskota), the day first
 * ({@code /nasional/16/09/2019/...}, JawaPos), the month named ({@code /2019/sep/16/...}), month and day run
 * together ({@code /2019/0916/...}), year and month as one folder and the day as the next ({@code /2019-09/16/...},
 * Xinhua; {@code /a/201909/16/...}, China Daily), a compact day with the time of publishing before the article number
 * ({@code /20160916174922-20-158744/...}, CNN Indonesia; {@code /read/20170406/322240/...}, Rimanews) or ending
 * the slug ({@code ...-20190916.html}) or glued to its last word ({@code ...-pekat20190916.html}), the unix time of publishing at the end of the slug
 * ({@code ...-menuju-bumi-1568048363}, Sindonews), or the day with dashes or underscores ({@code /2019-03-05/...},
 * {@code /2019_3_5/}), or the day first with dashes as a folder of its own ({@code /news/16-09-2019/...}) or ending the slug
 * ({@code ...-riau-16-09-2019.html}). An
 * address with a year alone states no day; a match that is no real day ({@code /2019/13/45/}) is passed over
 * for the next. A day that is a folder of the path, or opens one ({@code /2019/09/16/}, {@code /20160916174922-20-...},
 * {@code /2019-09-16/}), is the day the path was minted at publishing; a day inside a slug ({@code ...-20190916.html},
 * {@code ...-2019-10-05}) or a unix time ending it may also be a day the headline tells of. A site whose article
 * address is a query writes the day opening the value that names the article ({@code berita?a=20191014-banjir-rob-...}),
 * read when the path states none, as is a day with dashes a query's value opens with ({@code ?tanggal=2026-12-02}).
 */
final class AddressDates {
    private static final String YEAR = "((?:19|20)\\d\\d)";
    /** The forms, most common first, each with the groups of its year, month and day. */
    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("/" + YEAR + "/(\\d\\d?)/(\\d\\d?)(?=/|$)"), 1, 2, 3),
            new Form(Pattern.compile("(?i)/" + YEAR + "/(" + Calendar.MONTH + ")/(\\d\\d?)(?=/|$)"), 1, 2, 3),
            new Form(Pattern.compile("/(\\d\\d?)/(\\d\\d?)/" + YEAR + "(?=/|$)"), 3, 2, 1),
            new Form(Pattern.compile("/" + YEAR + "/(\\d\\d)(\\d\\d)(?=/)"), 1, 2, 3),
            new Form(Pattern.compile("/" + YEAR + "-?(\\d\\d)/(\\d\\d?)(?=/)"), 1, 2, 3),
            new Form(Pattern.compile("(?:[/_-]|(?<=[a-zA-Z]))" + YEAR + "(\\d\\d)(\\d\\d)(?:\\d{6})?(?=[/_.-]|$)"), 1, 2, 3),
            new Form(Pattern.compile("[/_-]" + YEAR + "([-_])(\\d\\d?)\\2(\\d\\d?)(?=[/_.-]|$)"), 1, 3, 4),
            new Form(Pattern.compile("[/_-](\\d\\d?)([-_])(\\d\\d?)\\2" + YEAR + "(?=[/_.-]|$)"), 4, 3, 1));
    /**
     * A day opening a query's value, compact or with dashes, an article number or its slug after it ({@code
     * ?a=20191014-banjir-rob}, {@code baca.php?id=123&tanggal=2026-12-02}).
     */
    private static final Form QUERY_DAY = new Form(Pattern.compile("[?&][\\w.-]+=" + YEAR + "(-?)(\\d\\d)\\2(\\d\\d)(?=[_-]|&|#|$)"), 1, 3, 4);
    /**
     * A day archive's address, the path ending at the day ({@code /2020/02/06/}): the page listing that day's posts, to
     * which a WordPress theme links the age it shows over an entry ({@code <span class="post-date"><a
     * href="/2020/02/06/">il y a 5 ans</a></span>}, Hemingway).
     */
    private static final Pattern DAY_ARCHIVE = Pattern.compile("/" + YEAR + "/(\\d\\d?)/(\\d\\d?)/?$");
    private static final Pattern SLUG_UNIX_TIME = Pattern.compile("-(1\\d{9})(?:\\.html?)?/?$");
    /** Sites that stamp unix time write it at publishing, and Indonesian news publishes on Western Indonesian Time. */
    private static final ZoneId NEWSROOM_ZONE = ZoneId.of("Asia/Jakarta");

    private AddressDates() {
    }

    /** A way of writing the day into a path, and which of its groups hold the year, the month and the day. */
    private record Form(Pattern pattern, int year, int month, int day) {
    }

    /** The day {@code url} states, if it states one. */
    static Optional<LocalDate> find(String url) {
        return find(url, false, null);
    }

    /**
     * The day {@code url} states, if it states one, a unix time ending its slug only when {@code page} writes that day's
     * year: a site's article number reads as a unix time too (Lifehacker's {@code ...-you-don-t-1690268064}, a post of
     * 2015 read as 25 July 2023), while the page of the day a publishing stamped writes its year, in its date line or
     * its copyright at least.
     */
    static Optional<LocalDate> find(String url, String page) {
        return find(url, false, page);
    }

    /** The day whose archive {@code url} is, the path ending at it ({@link #DAY_ARCHIVE}); empty for any other address. */
    static Optional<LocalDate> dayArchive(String url) {
        Matcher m = DAY_ARCHIVE.matcher(url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", ""));
        return m.find() ? day(m, FORMS.get(0)) : Optional.empty();
    }

    /** The day {@code url} states as a folder of its path or at the opening of one, if it states one so. */
    static Optional<LocalDate> findInFolder(String url) {
        return find(url, true, null);
    }

    private static Optional<LocalDate> find(String url, boolean folderOnly, String page) {
        if (url == null) {
            return Optional.empty();
        }
        String address = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        String path = address.replaceFirst("[?#].*$", "");
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(path);
            while (m.find()) {
                Optional<LocalDate> day = day(m, form);
                if (day.isPresent() && (!folderOnly || path.charAt(m.start()) == '/')) {
                    return day;
                }
            }
        }
        if (folderOnly) {
            return Optional.empty();
        }
        Matcher query = QUERY_DAY.pattern().matcher(address);
        while (query.find()) {
            Optional<LocalDate> day = day(query, QUERY_DAY);
            if (day.isPresent()) {
                return day;
            }
        }
        Matcher m = SLUG_UNIX_TIME.matcher(path);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate stamped = LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(m.group(1))), NEWSROOM_ZONE);
        return page == null || page.contains(Integer.toString(stamped.getYear())) ? Optional.of(stamped) : Optional.empty();
    }

    private static Optional<LocalDate> day(Matcher m, Form form) {
        String month = m.group(form.month());
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(form.year())),
                    Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : Calendar.month(month),
                    Integer.parseInt(m.group(form.day()))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
