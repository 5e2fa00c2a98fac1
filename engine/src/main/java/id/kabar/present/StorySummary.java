package id.kabar.present;

import java.time.LocalDate;

/** A story on the front page: how big it is and when it ran. */
public record StorySummary(String id, String title, int articles, int events, LocalDate first, LocalDate last) {
    private static final int LABEL_CHARS = 110;

    /** The title as a card shows it: a story named after a long lede is cut at a word. */
    public String label() {
        return clip(title == null ? id : title, LABEL_CHARS);
    }

    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > max / 2 ? space : max - 1) + "…";
    }
}
