package id.kabar.annotate.claim;

import id.kabar.annotate.text.Offsets;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

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
    /**
     * Words before an organisation's name that make it a place or one of a list of institutions the counted are at,
     * not the group they belong to ({@code dirawat di Rumah Sakit Arab Saudi maupun KKHI sebanyak 102 orang}).
     */
    private static final Set<String> NOT_GROUP_OPENERS = WordLists.set(WordLists.class, "group-count-breaks.txt");
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
                    && !PlaceWords.isTerritorialUnit(Whitespace.split(e.name())[0].toLowerCase(Locale.ROOT))) {
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
        if (name == null || name.start() < from) {
            return null;
        }
        int before = words.firstAt(name.start()) - 1;
        return before >= 0 && NOT_GROUP_OPENERS.contains(words.lower(before)) ? null
                : body.substring(name.start(), name.end());
    }

    /**
     * The organisation, as written, whose name stands right before a bare number that opens a list of such counts
     * of different organisations ({@code PDIP 6, Golkar 5, sisanya sesuai porsi}, sindonews.com, 16 September 2019:
     * the seats of each party on the DPR committee on moving the capital); null when the number opens no such list.
     * {@code listJoint} tells whether the text between the number and the next name joins the items of a list.
     * The next organisation must have another name: {@code Pelindo 1, Pelindo 2} are names, not counts.
     */
    String opensBareList(int numberStart, int numberEnd, Predicate<String> listJoint) {
        int nameEnd = numberStart;
        while (nameEnd > 0 && Character.isWhitespace(body.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        Span name = nameEnd == numberStart ? null : nameEndingAt(nameEnd);
        int i = Offsets.firstStartingAt(organisations, Span::start, numberEnd);
        if (name == null || i == organisations.size()) {
            return null;
        }
        Span next = organisations.get(i);
        String opening = body.substring(name.start(), name.end());
        int after = next.end();
        while (after < body.length() && Character.isWhitespace(body.charAt(after))) {
            after++;
        }
        return listJoint.test(body.substring(numberEnd, next.start()))
                && !body.substring(next.start(), next.end()).equals(opening)
                && after > next.end() && after < body.length() && Character.isDigit(body.charAt(after)) ? opening : null;
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
