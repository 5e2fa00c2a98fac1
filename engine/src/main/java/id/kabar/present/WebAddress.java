package id.kabar.present;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an address read from a page may become a link. As jsoup's {@code Safelist} does, the address is
 * first parsed and the protocol of the parsed form is checked, never a prefix of the raw text: browsers drop
 * tabs and newlines, so {@code "javascript\n:..."} passes a prefix test and still runs. Only absolute
 * {@code http} and {@code https} addresses with a host are links; anything else is shown as text.
 */
public final class WebAddress {
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private WebAddress() {
    }

    /** The address to put in {@code href}, or empty when it must be shown as text only. */
    public static Optional<String> href(String address) {
        if (address == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return Optional.empty(); // control characters, spaces and the like: not an address a link can carry
        }
        boolean web = uri.getScheme() != null && WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                && uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty();
        return web ? Optional.of(uri.toASCIIString()) : Optional.empty();
    }
}
