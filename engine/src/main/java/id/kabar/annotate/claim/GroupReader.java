package id.kabar.annotate.claim;

import id.kabar.annotate.text.Offsets;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.WordLists;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The group whose members a count counts: the organisation that opens it. A party's seats on a committee are told
 * party by party, and outlets retell each party's count in their own words ({@code berasal dari Partai Demokrasi
 * Indonesia Perjuangan sebanyak enam orang, diikuti dari Golkar sebanyak lima orang}, tempo.co; {@code PDI-P paling
 * banyak 6 orang}, kompas.com; {@code PDIP paling 6 orang}, okezone.com, 16 September 2019): counted in
 * {@code orang}, the party is all that says what each count counts. An office standing for its territory is a place
 * ({@link PlaceReader}), not a group.
 */
final class GroupReader {
    /**
     * Words from a group's name to the number it opens: {@code PDI Perjuangan, yaitu sebanyak 6 orang} has three
     * (kompas.com, 16 September 2019).
     */
    static final int BEFORE_REACH = 3;
    /** Words that may stand between an organisation and the count it opens ({@code sebanyak}, {@code paling banyak}). */
    private static final Set<String> LINKS = WordLists.set(WordLists.class, "group-count-links.txt");
    private static final String COMMA = ",";
    /** Characters an organisation's name runs to at most, so a look-up back stays short. */
    private static final int MAX_NAME_LENGTH = 64;

    /** The organisations an article names, by where they stand in its body. */
    private final List<Span> organisations;
    private final String body;

    GroupReader(String body, List<Entity> entities) {
        this.body = body;
        List<Span> spans = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.ORG
                    && !PlaceWords.isTerritorialUnit(e.name().split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                spans.addAll(e.spans());
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        this.organisations = spans;
    }

    /**
     * The organisation, as written, that opens the count whose number starts at token {@code first}, no earlier than
     * {@code from} in the body: its name stands right before the number or before words that say the group has that
     * many; a comma only before such a word ({@code PDI Perjuangan, yaitu sebanyak}). Null when none does.
     */
    String read(Words words, int first, int from) {
        int j = first - 1;
        while (j >= 0 && first - 1 - j < BEFORE_REACH && LINKS.contains(words.lower(j))
                && !(j == first - 1 && words.lower(j).equals(COMMA))) {
            j--;
        }
        if (j < 0 || words.token(j).start() < from || words.lower(j).equals(COMMA)) {
            return null;
        }
        Span name = nameEndingAt(words.token(j).end());
        return name == null || name.start() < from ? null : body.substring(name.start(), name.end());
    }

    /** The organisation's name ending at {@code offset}, or null. */
    private Span nameEndingAt(int offset) {
        for (int i = Offsets.firstStartingAt(organisations, Span::start, offset) - 1;
             i >= 0 && offset - organisations.get(i).start() <= MAX_NAME_LENGTH; i--) {
            if (organisations.get(i).end() == offset) {
                return organisations.get(i);
            }
        }
        return null;
    }
}
