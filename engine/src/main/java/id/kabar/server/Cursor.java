package id.kabar.server;

import id.kabar.store.Position;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A {@link Position} as the API hands it out ({@code next_cursor}) and takes it back ({@code cursor=}): opaque
 * URL-safe text, so clients pass it on rather than build one.
 */
final class Cursor {
    private Cursor() {
    }

    static String encode(Position p) {
        if (p == null) {
            return null;
        }
        String plain = p.order() + ":" + Integer.toHexString(Float.floatToIntBits(p.score()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor names, or empty when the text is not a cursor this server gave. */
    static Optional<Position> decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            int colon = plain.indexOf(':');
            long order = Long.parseLong(plain.substring(0, colon));
            float score = Float.intBitsToFloat(Integer.parseUnsignedInt(plain.substring(colon + 1), 16));
            return order < 0 || Float.isNaN(score) ? Optional.empty() : Optional.of(new Position(score, order));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
