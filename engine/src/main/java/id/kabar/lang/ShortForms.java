package id.kabar.lang;

import java.util.List;

/**
 * Short forms of public bodies, offices and places and their words in full ({@code short-forms.txt}): {@code pemkab}
 * is {@code pemerintah kabupaten}. One outlet writes a body in full where another writes it short, so the entity stage
 * joins the two names and the quote stage compares the two wordings as one.
 */
public final class ShortForms {
    /** Every short form of the list, in file order. */
    public static final List<ShortForm> ALL = read();

    private ShortForms() {
    }

    /** A short form, lower case ({@code pemkot}), and its words in full as the list writes them ({@code pemerintah kota}). */
    public record ShortForm(String shortForm, String inFull) {
    }

    private static List<ShortForm> read() {
        return WordLists.read(ShortForms.class, "short-forms.txt").stream()
                .map(line -> new ShortForm(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1)))
                .toList();
    }
}
