package id.kabar.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A text file shipped in the jar beside the class that uses it, read whole (style sheets, scripts, documents). */
public final class ResourceText {
    private ResourceText() {
    }

    /** The UTF-8 text of {@code name}, found beside {@code user}'s class; a missing file is a broken build. */
    public static String read(Class<?> user, String name) {
        try (InputStream in = user.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
