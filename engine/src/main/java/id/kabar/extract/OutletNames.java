package id.kabar.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** How outlets write their names: domain-like brands ({@code Suara.com}), and the casing they use for themselves. */
final class OutletNames {
    private static final Pattern DOMAIN_LIKE = Pattern.compile(
            "(?iu)^[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(\\.[\\p{L}\\p{N}-]+)*\\.(com|id|co|net|org|news|tv|info|my|sg|asia|io|today|media|online|web\\.id)$");
    private static final Pattern SECOND_LEVEL = Pattern.compile("(?i)^(co|or|go|ac|sch|web|my|com|net|org|gov|edu)$");

    private OutletNames() {
    }

    static boolean isDomainLike(String name) {
        return DOMAIN_LIKE.matcher(name.strip()).matches();
    }

    /**
     * The outlet as it names itself: a domain shouted in a dateline ({@code SERAMBINEWS.COM}) is written
     * {@code Serambinews.com}; mixed-case brands ({@code KNews.id}, {@code TRIBUNnews.com}) are kept as they are.
     */
    static String asItNamesItself(String raw) {
        String name = LineShape.tidy(raw).replaceAll("^[\\p{Pd}|:,\\s]+|[\\p{Pd}|:,\\s]+$", "");
        if (isDomainLike(name) && LineShape.isShouted(name)) {
            String lower = name.toLowerCase(Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return name;
    }

    /** The registrable name of a page's host, {@code https://www.serambinews.com/x} → {@code Serambinews.com}. */
    static Optional<String> fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null || !host.contains(".") || host.matches("[\\d.]+")) {
            return Optional.empty();
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int keep = labels.length >= 3 && SECOND_LEVEL.matcher(labels[labels.length - 2]).matches() ? 3 : 2;
        String domain = String.join(".", java.util.Arrays.copyOfRange(labels, Math.max(0, labels.length - keep), labels.length));
        return Optional.of(Character.toUpperCase(domain.charAt(0)) + domain.substring(1));
    }

    /** Whether the name is the page's domain written out ({@code Warta Merapi}, {@code JawaPos.com} on {@code jawapos.com}). */
    static boolean spellsDomainOf(String name, String url) {
        String stem = stem(name);
        return !stem.isEmpty() && fromUrl(url).map(d -> stem(d).equals(stem)).orElse(false);
    }

    /** The brand without its domain ending, for comparing {@code Gatra} with {@code Gatra.com}. */
    static String stem(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        int dot = lower.indexOf('.');
        return (dot > 0 ? lower.substring(0, dot) : lower).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
