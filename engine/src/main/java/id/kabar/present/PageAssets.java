package id.kabar.present;

import id.kabar.lang.ResourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The style sheet and the evidence-view script every page carries inline, and the content security policies
 * that allow exactly these two by their SHA-256 hashes. Inline code anywhere else (an injected
 * {@code <script>}, an {@code onclick}, a {@code javascript:} link) is refused by the browser, even if escaping
 * ever failed. The pages and {@code report.html} stay single files.
 */
public final class PageAssets {
    public static final String STYLE = ResourceText.read(PageAssets.class, "kabar.css");
    public static final String SCRIPT = ResourceText.read(PageAssets.class, "evidence.js");

    private static final String SOURCES = "default-src 'none'; style-src " + hash(STYLE) + "; script-src "
            + hash(SCRIPT) + "; base-uri 'none'";
    /**
     * The server's header: besides the inline two, scripts and style sheets only from the server itself (the
     * chart library and the script that draws with it, never another host); images only its own, forms only to
     * itself, never framed.
     */
    public static final String SERVER_POLICY = "default-src 'none'; style-src 'self' " + hash(STYLE) + "; script-src 'self' "
            + hash(SCRIPT) + "; base-uri 'none'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";
    /**
     * {@code report.html}'s {@code <meta>}: a file has no origin to trust, so no images but inline ones and no
     * form targets ({@code frame-ancestors} is not honoured in a meta element).
     */
    public static final String REPORT_POLICY = SOURCES + "; img-src data:; form-action 'none'";

    private PageAssets() {
    }

    private static String hash(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
