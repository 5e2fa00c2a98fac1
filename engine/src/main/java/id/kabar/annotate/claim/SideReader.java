package id.kabar.annotate.claim;

import id.kabar.annotate.text.Offsets;
import id.kabar.lang.NationalTeams;
import id.kabar.lang.WordLists;
import id.kabar.model.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The side whose matches a count of matches counts: the name its sentence writes nearest before the number. In a
 * league's standings each team's count follows its name ({@code Thailand naik ke puncak klasemen dengan empat poin
 * dari dua laga}, {@code Liverpool meraih 15 poin dari lima pertandingan}, tempo.co, okezone.com, September 2019), and a
 * player's follows his ({@code Itu jadi gol keenam Pukki dalam 5 laga}, tempo.co, 15 September 2019).
 */
final class SideReader {
    /**
     * A mention with the name of the side it mentions: the entity's fullest form ({@code Teemu Pukki} for {@code
     * Pukki}), a national team by its country ({@link NationalTeams}).
     */
    private record Named(int start, int end, String name) {
    }

    /**
     * Mentions looked back past for one ending before the number: only a mention holding the number ({@code Persija
     * Jakarta 2}) and an opponent's name are passed over, so a few are enough.
     */
    private static final int LOOK_BACK = 3;

    /** Words before a name that make it the opponent ({@code opponent-markers.txt}): {@code atas}, {@code melawan}. */
    private static final Set<String> OPPONENT_MARKERS = WordLists.set(WordLists.class, "opponent-markers.txt");
    /** The word right before a name, with the space after it. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\P{L}*$");
    /** Characters before a name looked at for the word before it. */
    private static final int WORD_REACH = 16;

    /** The names an article writes, by where they stand in its body. */
    private final List<Named> mentions;
    private final String body;

    SideReader(String body, List<Entity> entities) {
        this.body = body;
        List<Named> all = new ArrayList<>();
        for (Entity e : entities) {
            String side = NationalTeams.side(e.name());
            e.spans().forEach(s -> all.add(new Named(s.start(), s.end(), side)));
        }
        all.sort(Comparator.comparingInt(Named::start));
        this.mentions = all;
    }

    /**
     * The name of the entity written nearest before {@code numberStart} and no earlier than {@code from}, the opponents
     * a sentence names passed over, or null.
     */
    String read(int numberStart, int from) {
        int i = Offsets.firstStartingAt(mentions, Named::start, numberStart) - 1;
        for (int looked = 0; i >= 0 && looked < LOOK_BACK && mentions.get(i).start() >= from; i--, looked++) {
            if (mentions.get(i).end() <= numberStart && !opponent(mentions.get(i).start())) {
                return mentions.get(i).name();
            }
        }
        return null;
    }

    /** Whether the name starting at {@code start} follows a word that makes it the opponent ({@code atas}). */
    private boolean opponent(int start) {
        Matcher before = WORD_BEFORE.matcher(body.substring(Math.max(0, start - WORD_REACH), start));
        return before.find() && OPPONENT_MARKERS.contains(before.group(1).toLowerCase(Locale.ROOT));
    }
}
