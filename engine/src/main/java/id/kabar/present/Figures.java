package id.kabar.present;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as an Indonesian reader writes them: {@code 3.016}, {@code 5,95}, {@code 1.200.000.000.000}. */
public final class Figures {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private Figures() {
    }

    public static String format(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(INDONESIAN);
        f.setMaximumFractionDigits(3);
        return f.format(value);
    }
}
