package id.kabar.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a page's bytes are to be decoded, in the order browsers use: a byte order mark, then the charset
 * the transport declared (the HTTP {@code Content-Type} of a WARC record), then a declaration in the markup
 * ({@code <meta charset>}, {@code http-equiv}, the XML declaration); with none, valid UTF-8 is UTF-8 and anything
 * else is windows-1252, the legacy encoding of Indonesian and other Latin-script news sites.
 */
final class CharsetDetector {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Browsers look for a meta charset in the first 1024 bytes; pages with long heads push it a little further. */
    private static final int PRESCAN_BYTES = 4096;
    private static final int UTF16_SAMPLE_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_:.+-]+)[\"']", Pattern.CASE_INSENSITIVE);

    private CharsetDetector() {
    }

    /** A decision: the charset, and how many leading bytes are a byte order mark to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    /**
     * Decodes a page; malformed bytes become U+FFFD rather than failing.
     *
     * @param transportCharset the charset an HTTP header declared, or null
     * @param markup           whether to look for a declaration inside the bytes (HTML, XML)
     */
    static String decode(byte[] bytes, int length, String transportCharset, boolean markup) {
        Detected detected = detect(bytes, length, transportCharset, markup);
        return new String(bytes, detected.bomLength(), length - detected.bomLength(), detected.charset());
    }

    private static Detected detect(byte[] bytes, int length, String transportCharset, boolean markup) {
        Detected byBom = byByteOrderMark(bytes, length);
        if (byBom != null) {
            return byBom;
        }
        Charset utf16 = utf16Order(bytes, length);
        if (utf16 != null) {
            // An ASCII declaration cannot even be read in UTF-16 bytes, so the NUL pattern decides.
            return new Detected(utf16, 0);
        }
        Charset declared = usable(transportCharset);
        if (declared == null && markup) {
            declared = declaredInMarkup(bytes, length);
        }
        Utf8Evidence utf8 = Utf8Evidence.of(bytes, length);
        // Legacy-encoded text with accented letters is practically never valid UTF-8 by chance, so valid UTF-8
        // with multi-byte sequences is UTF-8 even against a declaration (sites often keep a stale iso-8859-1 meta).
        boolean provenUtf8 = utf8.invalid() == 0 && utf8.multiByte() > 0;
        if (declared != null && !(provenUtf8 && !declared.equals(StandardCharsets.UTF_8))) {
            return new Detected(declared, 0);
        }
        // Mostly well-formed UTF-8 with a few stray bytes is still UTF-8 (the strays become U+FFFD); reading it as
        // windows-1252 would garble every accented letter and curly quote instead.
        return new Detected(utf8.invalid() <= utf8.multiByte() ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static Detected byByteOrderMark(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /**
     * UTF-16 without a byte order mark, told by its NUL bytes: text in a Latin script has a zero high byte in
     * nearly every code unit, so zeros crowd the even positions (big-endian) or the odd ones (little-endian).
     */
    static Charset utf16Order(byte[] bytes, int length) {
        int sample = Math.min(length, UTF16_SAMPLE_BYTES) & ~1;
        int units = sample / 2;
        if (units < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        if (evenZeros >= units * 0.6 && oddZeros <= units * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZeros >= units * 0.6 && evenZeros <= units * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset declaredInMarkup(byte[] bytes, int length) {
        // Declarations are ASCII, so reading the bytes as Latin-1 finds them in any ASCII-compatible encoding.
        String prefix = new String(bytes, 0, Math.min(length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(prefix);
        if (xml.find()) {
            Charset charset = usable(xml.group(1));
            if (charset != null) {
                return charset;
            }
        }
        Matcher meta = META_CHARSET.matcher(prefix);
        return meta.find() ? usable(meta.group(1)) : null;
    }

    /** A declared charset name as browsers read it, or null when it names nothing Java can decode. */
    private static Charset usable(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String label = name.strip().toLowerCase(Locale.ROOT);
        if (label.startsWith("utf-16") || label.startsWith("utf16")) {
            // Bytes in which an ASCII declaration could be read are not UTF-16 (WHATWG rule).
            return StandardCharsets.UTF_8;
        }
        switch (label) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252" -> {
                // Browsers read all of these as windows-1252, and pages declaring them rely on that.
                return WINDOWS_1252;
            }
            default -> {
                try {
                    return Charset.forName(label);
                } catch (IllegalArgumentException unknownOrUnsupported) {
                    return null;
                }
            }
        }
    }

    /**
     * How much of the bytes reads as UTF-8: well-formed multi-byte sequences, and bytes that fit no sequence
     * (overlong forms, surrogates and code points past U+10FFFF count as invalid).
     */
    record Utf8Evidence(int multiByte, int invalid) {
        static Utf8Evidence of(byte[] bytes, int length) {
            int multiByte = 0;
            int invalid = 0;
            int i = 0;
            while (i < length) {
                int lead = bytes[i] & 0xff;
                if (lead < 0x80) {
                    i++;
                    continue;
                }
                int sequence = sequenceLength(bytes, i, length);
                if (sequence == 0) {
                    invalid++;
                    i++;
                } else {
                    multiByte++;
                    i += sequence;
                }
            }
            return new Utf8Evidence(multiByte, invalid);
        }

        /** Length of the well-formed multi-byte sequence starting at {@code i}, or 0 if there is none. */
        private static int sequenceLength(byte[] bytes, int i, int length) {
            int lead = bytes[i] & 0xff;
            int continuations;
            int min = 0x80;
            int max = 0xbf;
            if (lead >= 0xc2 && lead <= 0xdf) {
                continuations = 1;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                continuations = 2;
                min = lead == 0xe0 ? 0xa0 : 0x80;
                max = lead == 0xed ? 0x9f : 0xbf;
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                continuations = 3;
                min = lead == 0xf0 ? 0x90 : 0x80;
                max = lead == 0xf4 ? 0x8f : 0xbf;
            } else {
                return 0;
            }
            if (i + continuations >= length) {
                return 0;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < min || second > max) {
                return 0;
            }
            for (int k = 2; k <= continuations; k++) {
                int next = bytes[i + k] & 0xff;
                if (next < 0x80 || next > 0xbf) {
                    return 0;
                }
            }
            return continuations + 1;
        }
    }
}
