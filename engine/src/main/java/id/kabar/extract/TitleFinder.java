package id.kabar.extract;

import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the headline: from what an HTML page declares (JSON-LD, og:title, the title element, h1), with the
 * site's name cut off; on a scraped text page, the headline-like line closest above the article, a line
 * that a breadcrumb repeats winning over the rest.
 */
final class TitleFinder {
    /** The marks set between a headline and the site's name, as a regular expression's character class holds them. */
    private static final String SEPARATOR_MARKS = "|\\-–—«»/\\\\:·";
    /**
     * Between a headline and the site's name: spaced punctuation, a middle dot among it ({@code Headline · detikNews},
     * {@code Tempo.co · Headline}), or a colon glued to the name ({@code KapanLagi.com: ...}).
     */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[" + SEPARATOR_MARKS + "]{1,2}\\s+|(?<=\\S):\\s+");
    /** A run of spaces and separator marks, and one ending or opening a part cut from a title. */
    private static final Pattern SEPARATOR_RUN = Pattern.compile("[\\s" + SEPARATOR_MARKS + "]+");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[\\s" + SEPARATOR_MARKS + "]+$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s" + SEPARATOR_MARKS + "]+");
    /**
     * A site's tagline after its name in a title: the outlets' run to 3 to 5 words ({@code Portal Hukum Indonesia},
     * {@code Berita Lampung Terkini dan Terpercaya}); a part of more is no tagline.
     */
    private static final int TAGLINE_MAX_WORDS = 8;
    /** A part cut from a title because another candidate lacks it is a name, a few words at most. */
    private static final int GLUED_NAME_MAX_WORDS = 4;
    /** The page of a paged article written after its headline ({@code Halaman all}, {@code Halaman 2}, {@code Page 2}). */
    private static final Pattern PAGE_OF_ARTICLE = Pattern.compile("(?iu)[\\s|\\-–—:]+(?:"
            + WordLists.alternation(WordLists.read(TitleFinder.class, "page-labels.txt")) + ")\\s+(?:\\d{1,3}|all|semua)$");
    private static final Pattern HIERARCHY = Pattern.compile("\\s+[|\\-–—«»\\\\/>·]\\s+");
    /** A headline has a subject and a verb at least; shorter lines are sections and labels ... */
    static final int MIN_WORDS = 3;
    /** ... and is no paragraph. */
    static final int MAX_WORDS = 30;

    /**
     * The least share of a title element's words its page's headline repeats when the title is the headline
     * shortened for search results ({@code Demo Ojol di Patung Kuda, Ini Tuntutannya} for the {@code h1}
     * {@code Ribuan Pengemudi Ojek Online Demo di Patung Kuda, Tuntut Potongan ...}: 4 of 7 words); the shortened
     * titles of the development pages keep 4 of 7 to 7 of 7.
     */
    private static final double SHORTENED_TITLE_SHARE = 0.5;

    /** The first step of a breadcrumb trail ({@code Beranda}, {@code Home}), lower-cased. */
    private static final Set<String> TRAIL_OPENINGS = WordLists.set(WordLists.class, "home-links.txt");
    /** Between a trail's steps: a spaced arrow or slash; a slash inside a headline's figure ({@code Rp 15.550/US$}) is not spaced. */
    private static final Pattern TRAIL_STEP = Pattern.compile("\\s+[>»›/]\\s+");

    private final BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();

    Optional<String> find(PageReading page, String siteName, String url) {
        List<String> candidates = page.metadata().titles();
        for (String declared : candidates) {
            String title = withoutPage(withoutSiteName(LineShape.tidy(declared), siteName, url));
            if (!title.isEmpty()) {
                return Optional.of(withoutNameOthersLack(title, candidates));
            }
        }
        return fromLines(page);
    }

    /**
     * A title whose first or last part is missing from another candidate ({@code og:title} "Kapanlagi: Judul",
     * {@code h1} "Judul") carries a name the other leaves out: the shorter form is the headline, provided the
     * part cut is shorter than what stays (a name beside a headline, not a headline beside a site's name).
     */
    static String withoutNameOthersLack(String title, List<String> candidates) {
        Matcher m = SEPARATOR.matcher(title);
        if (!m.find()) {
            return title;
        }
        int firstStart = m.start();
        int firstEnd = m.end();
        int lastStart = firstStart;
        int lastEnd = firstEnd;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        List<String> shorter = List.of(title.substring(firstEnd), title.substring(0, lastStart));
        List<String> cut = List.of(title.substring(0, firstStart), title.substring(lastEnd));
        for (int i = 0; i < shorter.size(); i++) {
            if (LineShape.words(cut.get(i)) > GLUED_NAME_MAX_WORDS || cut.get(i).length() >= shorter.get(i).length()) {
                continue;
            }
            List<String> remainder = TokenBag.tokens(shorter.get(i));
            for (String candidate : candidates) {
                if (TokenBag.tokens(candidate).equals(remainder)) {
                    return shorter.get(i).strip();
                }
            }
        }
        return title;
    }

    private Optional<String> fromLines(PageReading page) {
        List<String> before = page.before();
        TokenBag lead = TokenBag.of(String.join(" ", page.paragraphs().subList(0, Math.min(3, page.paragraphs().size()))));
        String closest = null;
        for (int i = before.size() - 1; i >= 0; i--) {
            String line = before.get(i);
            int words = LineShape.words(line);
            if (words < MIN_WORDS || words > MAX_WORDS || classifier.classify(line) != LineKind.HEADLINE) {
                continue;
            }
            // repeated by a breadcrumb, a headline stands though the lead retells it word for word (Tim Robotika Fakultas
            // Teknik Juarai Kontes Robot Indonesia ... over "Tim robotika Fakultas Teknik ... meraih juara pertama Kontes")
            if (isRepeated(before, i)) {
                return Optional.of(line);
            }
            if (TokenBag.of(line).containedIn(lead) >= ArticleBodyCleaner.COPY_SHARE) {
                continue;
            }
            if (closest == null) {
                closest = line;
            }
        }
        Optional<String> trail = trailHeadline(before);
        return trail.isPresent() ? trail : Optional.ofNullable(closest);
    }

    /**
     * The headline a breadcrumb trail ends with, where the page names its article nowhere else but in a styled
     * line the text may open with ({@code Beranda » Daerah » Ratusan Nelayan Cilacap Tak Melaut Akibat Gelombang
     * Tinggi}): a trail opening with the home link whose last step reads as a headline and is not cut short.
     */
    static Optional<String> trailHeadline(List<String> lines) {
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (space < 0 || !TRAIL_OPENINGS.contains(line.substring(0, space).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String[] steps = TRAIL_STEP.split(line);
            String last = steps[steps.length - 1].strip();
            if (steps.length >= 2 && TRAIL_OPENINGS.contains(steps[0].strip().toLowerCase(Locale.ROOT)) && readsAsHeadline(last)
                    && !last.endsWith("...") && !last.endsWith("…")) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    /** A breadcrumb or a second copy of the line elsewhere in the header marks it as the headline. */
    private static boolean isRepeated(List<String> lines, int index) {
        String line = lines.get(index);
        for (int j = 0; j < lines.size(); j++) {
            if (j != index && (lines.get(j).equals(line) || lines.get(j).endsWith(" " + line))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headline the page shows its readers: its only {@code h1} when that reads as a headline; when the
     * {@code h1} is the site's logo ({@code <h1 class="logo">SINDOnews.com</h1>}) or the page has none, the first
     * {@code h2} that does (a theme titling the entry under the site's name). Null when neither reads as one.
     */
    static String shownHeadline(List<String> h1, List<String> h2, String siteName, String url, String logo) {
        if (h1.size() > 1) {
            return null;
        }
        if (h1.size() == 1) {
            String heading = LineShape.tidy(h1.get(0));
            boolean isLogo = heading.equals(logo);
            if (!isLogo && readsAsHeadline(heading)) {
                return heading;
            }
            if (!isLogo && !isSiteName(heading, siteName, url)) {
                return null;
            }
        }
        // a section's name heads the page over the entry's headline (<h2>Berita Daerah</h2> ... <h2 class="judul-berita">)
        return h2.stream().map(LineShape::tidy).filter(TitleFinder::readsAsHeadline).findFirst().orElse(null);
    }

    /**
     * Whether a title element names the site and a section of it and no article ({@code Berita Daerah | Pemerintah
     * Kabupaten Sleman}, {@code Daerah - SuaraKampung.id}), or the site alone as its logo or its name writes it: one end
     * part is the site's name, and what is left is shorter than a headline.
     */
    static boolean namesSiteAndSection(String documentTitle, String siteName, String url, String logo) {
        String whole = LineShape.tidy(documentTitle);
        if (whole.isEmpty()) {
            return false;
        }
        if (whole.equals(logo)) {
            return true;
        }
        String[] parts = SEPARATOR.split(whole);
        if (parts.length < 2) {
            // the site's name alone, as a page titles itself before its script names the article (<title>Tempo.co</title>
            // over <h1 class="logo">Tempo.co</h1> and the entry's <h2>)
            return LineShape.words(whole) < MIN_WORDS && isSiteName(whole, siteName, url);
        }
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        boolean lastNames = last.equals(logo) || isSiteName(last, siteName, url);
        if (!lastNames && !first.equals(logo) && !isSiteName(first, siteName, url)) {
            return false;
        }
        String rest = lastNames ? whole.substring(0, whole.lastIndexOf(last)) : whole.substring(first.length());
        return LineShape.words(SEPARATOR_RUN.matcher(rest).replaceAll(" ").strip()) < MIN_WORDS;
    }

    /**
     * Whether a declared title ({@code og:title}, the title element) tells the story of the headline shown: at
     * least half of its words stand in the headline. {@code og:title} "Kereta Cepat Jakarta-Bandung Bisa Dicoba
     * Warga Gratis, Begini Caranya" over the {@code h1} "Uji Coba Kereta Cepat Jakarta-Bandung Dibuka untuk Warga
     * Mulai Pekan Depan" (its title element the {@code h1} with the site's name); a heading over the page's list of
     * popular articles shares none.
     */
    static boolean retellsStory(String headline, List<String> declared, String titleElement) {
        TokenBag shown = TokenBag.of(headline);
        return Stream.concat(declared.stream(), Stream.of(titleElement))
                .anyMatch(t -> TokenBag.of(withoutPage(t)).containedIn(shown) >= SHORTENED_TITLE_SHARE);
    }

    /**
     * Whether a title element, its site's name cut, tells another story than the headline shown: fewer than half of its
     * words stand in the headline. A regional portal titles every article of a channel {@code Berita Terkini - Kanal
     * Daerah - Priangan Today} over the {@code h1} {@code Ratusan Warga Garut Antre Air Bersih di Tengah Kemarau
     * Panjang}; CNN Indonesia's pages may carry its home page's {@code CNN Indonesia | Berita Terbaru, Terkini Indonesia,
     * Dunia}, one word of which ({@code Dunia}) a headline of the basketball world cup shares.
     */
    static boolean tellsAnotherStory(String titleElement, String shown) {
        if (titleElement == null || shown == null) {
            return false;
        }
        TokenBag title = TokenBag.of(withoutPage(titleElement));
        return title.size() > 0 && title.containedIn(TokenBag.of(shown)) < SHORTENED_TITLE_SHARE;
    }

    /**
     * Whether the declared titles are a teaser written for social media: the title element, its site's name cut, words
     * the headline as the page shows it, and no declared title retells it ({@code og:title} {@code ¿Por qué este año
     * habrá menos aceite? Los agricultores lo explican} over the {@code h1} and title element {@code La cosecha de
     * aceituna cae un 30 % por la sequía en la comarca}). A declared title worded a little otherwise ({@code Dropbox’s
     * ATF - an async task framework} for {@code Dropbox ATF: an async task framework}) is the outlet's own and stands.
     */
    static boolean declaredTeaser(List<String> declared, String titleElement, String shown) {
        if (declared.isEmpty() || titleElement == null || !TokenBag.tokens(withoutPage(titleElement)).equals(TokenBag.tokens(shown))) {
            return false;
        }
        TokenBag headline = TokenBag.of(shown);
        return declared.stream().noneMatch(t -> TokenBag.of(t).containedIn(headline) >= SHORTENED_TITLE_SHARE);
    }

    /**
     * Whether the page's {@code h1} is the site's logo and its title element names the site and no headline, the same
     * on every page ({@code Gazeta Nadwiślańska - Wiadomości z regionu}): the headline shown under the logo ({@code
     * h2}) is then the only one the page gives.
     */
    static boolean namesOnlyTheSite(String documentTitle, String shown, List<String> h1, String siteName, String url) {
        if (h1.size() != 1 || !isSiteName(LineShape.tidy(h1.get(0)), siteName, url)) {
            return false;
        }
        String whole = LineShape.tidy(documentTitle);
        return !withoutSiteName(whole, siteName, url).equals(whole)
                && TokenBag.of(whole).containedIn(TokenBag.of(shown)) < SHORTENED_TITLE_SHARE;
    }

    /**
     * Whether a title is the site's name and nothing else ({@code CNN Indonesia} under {@code og:site_name} {@code CNN
     * Indonesia}, {@code JPNN.com}): no separator, and the name the site declares or a domain's.
     */
    static boolean isSiteNameAlone(String title, String siteName, String url) {
        String whole = LineShape.tidy(title);
        return !SEPARATOR.matcher(whole).find() && namesSite(whole, siteName, url);
    }

    static boolean readsAsHeadline(String heading) {
        int words = LineShape.words(heading);
        return words >= MIN_WORDS && words <= MAX_WORDS;
    }

    /** Cuts the page of a paged article from the end of a title ({@code Judul Berita Halaman all}). */
    static String withoutPage(String title) {
        Matcher m = PAGE_OF_ARTICLE.matcher(title);
        // only a title that ends with a number or "all" is asked: most do not, and the pattern would try every offset
        return !title.isEmpty() && (Character.isDigit(title.charAt(title.length() - 1)) || title.endsWith("all")
                || title.endsWith("semua")) && m.find() && m.start() > 0 ? title.substring(0, m.start()) : title;
    }

    /** The parts of a title element between its separators, each stripped ({@code Sala de prensa - Solaria Levante}). */
    static List<String> parts(String title) {
        return Stream.of(SEPARATOR.split(LineShape.tidy(title))).map(String::strip).toList();
    }

    /** Cuts the site's name from a declared title ({@code Judul Berita - Kompas.com}). */
    static String withoutSiteName(String title, String siteName, String url) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (isSiteName(last, siteName, url)) {
            return TRAILING_SEPARATOR.matcher(title.substring(0, title.length() - last.length())).replaceAll("");
        }
        if (isSiteName(first, siteName, url)) {
            return LEADING_SEPARATOR.matcher(title.substring(first.length())).replaceAll("");
        }
        return withoutSiteNameAndTagline(title, siteName, url);
    }

    /**
     * Cuts the site's name followed by its tagline from a title ({@code Judul - Lampost.co | Berita Lampung Terkini dan
     * Terpercaya}, {@code Judul | Hukumonline.com - Portal Hukum Indonesia}), the title element and {@code og:title}
     * alike: the name a part between separators, a headline before it, no more than a tagline after it.
     */
    private static String withoutSiteNameAndTagline(String title, String siteName, String url) {
        Matcher m = SEPARATOR.matcher(title);
        int headEnd = -1;
        int partStart = -1;
        while (m.find()) {
            if (partStart >= 0 && isSiteName(title.substring(partStart, m.start()), siteName, url)
                    && LineShape.words(title.substring(0, headEnd)) >= MIN_WORDS
                    && LineShape.words(title.substring(m.end())) <= TAGLINE_MAX_WORDS) {
                return title.substring(0, headEnd).strip();
            }
            headEnd = m.start();
            partStart = m.end();
        }
        return title;
    }

    /**
     * The headline inside a title element, which sites pad with their name and sections
     * ({@code Judul | Rubrik | Situs}): the part before the last separator when it reads as a headline, the
     * part after it when the parts before are names too short for one ({@code Situs | Rubrik | Judul}), else the
     * part after the first; a heading on the page that repeats the whole title keeps it whole.
     */
    static String fromTitleElement(String title, List<String> headings) {
        String whole = LineShape.tidy(title);
        Matcher m = HIERARCHY.matcher(whole);
        int lastStart = -1;
        int lastEnd = -1;
        int firstEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
            if (firstEnd < 0) {
                firstEnd = m.end();
            }
        }
        if (lastStart < 0) {
            return whole;
        }
        String head = whole.substring(0, lastStart).strip();
        if (LineShape.words(head) >= MIN_WORDS) {
            // the site's name and a section before the headline (Ayobandung.com | Bandung Raya | Judul): no part of the
            // head is long enough for a headline, the part after the last separator is
            String last = whole.substring(lastEnd).strip();
            boolean headOfNames = Stream.of(HIERARCHY.split(head)).allMatch(part -> LineShape.words(part) < MIN_WORDS);
            return headOfNames && readsAsHeadline(last) ? last : head;
        }
        String tail = whole.substring(firstEnd).strip();
        return LineShape.words(tail) >= MIN_WORDS && headings.stream().noneMatch(h -> LineShape.tidy(h).equals(whole)) ? tail : whole;
    }

    /**
     * The site's name as it writes it, from the first or last part of its title element, when that part spells
     * the page's domain ({@code Judul Berita - Warta Merapi} on {@code wartamerapi.co.id}): a page that declares
     * no site name is named by it rather than by its domain.
     */
    static Optional<String> siteNameInTitle(String title, String url) {
        String[] parts = SEPARATOR.split(LineShape.tidy(title));
        if (parts.length < 2) {
            return Optional.empty();
        }
        for (String part : List.of(parts[parts.length - 1], parts[0])) {
            String name = part.strip();
            if (LineShape.words(name) <= GLUED_NAME_MAX_WORDS && OutletNames.spellsDomainOf(name, url)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Whether a part of a title names the site: its name as a whole title alone does, or its name and its section. */
    static boolean isSiteName(String part, String siteName, String url) {
        return namesSite(part, siteName, url) || namesSiteAndSection(part, siteName, url);
    }

    /** Whether a name is the one the site declares (in any case, with or without its domain's ending) or a domain's. */
    private static boolean namesSite(String name, String siteName, String url) {
        String stem = OutletNames.stem(name);
        return !stem.isEmpty() && (siteName != null && stem.equals(OutletNames.stem(siteName))
                || OutletNames.isDomainLike(name.strip()) || OutletNames.spellsDomainOf(name, url));
    }

    /** Whether a part is the site's name and its section ({@code Okezone Economy} on okezone.com, its name Okezone.com). */
    private static boolean namesSiteAndSection(String part, String siteName, String url) {
        String[] words = Whitespace.split(part.strip());
        if (words.length < 2 || words.length > GLUED_NAME_MAX_WORDS) {
            return false;
        }
        String first = OutletNames.stem(words[0]);
        return !first.isEmpty() && (siteName != null && first.equals(OutletNames.stem(siteName))
                || OutletNames.fromUrl(url).map(d -> OutletNames.stem(d).equals(first)).orElse(false));
    }
}
