package id.kabar.present;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The interface text in one language ({@code id} or {@code en}), from {@code i18n/messages_*.properties}. */
public final class Messages {
    public static final List<String> LANGUAGES = List.of("id", "en");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Messages ID = new Messages("id");
    private static final Messages EN = new Messages("en");

    private final String language;
    private final ResourceBundle bundle;

    private Messages(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language), NO_FALLBACK);
    }

    /** The messages for a language code; Indonesian for anything but {@code en}. */
    public static Messages of(String language) {
        return "en".equals(language) ? EN : ID;
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /**
     * The reader's word for a code of the output contract ({@code kind} {@code qualifier}, code
     * {@code at_least}: "setidaknya" / "at least"); the code itself when the messages list none.
     */
    public String code(String kind, String code) {
        String key = "code." + kind + "." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    /** A message with its arguments, through ICU's MessageFormat so that counts pick their plural form. */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), ULocale.forLanguageTag(language)).format(args);
    }
}
