package id.kabar.annotate.quote;

import id.kabar.model.EntityType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who the text is about at a given place. A third-person pronoun points to the person most recently made
 * the topic, as the subject opening a sentence or as the speaker of a quote; names inside clauses do not
 * count, so in {@code Peskov mengatakan Putin telah diberitahu. “...,” katanya} the suffix still means Peskov. A
 * verb of saying with {@code -nya} goes on from the person last quoted even past sentences about someone else.
 * A quote paragraph with no cue goes on from the most recent speaker of any kind.
 */
final class Salience {
    private final TreeMap<Integer, Speaker> people = new TreeMap<>();
    private final TreeMap<Integer, Speaker> speakers = new TreeMap<>();
    /** People who said a quote, by where its attribution stands. */
    private final TreeMap<Integer, Speaker> quoted = new TreeMap<>();
    /**
     * People and organisations named at the end of a sentence's subject that runs on in lower-case words to them
     * ({@code Pelatih timnas Indonesia Alfred Riedl memberikan ...}), by where the sentence starts.
     */
    private final TreeMap<Integer, Speaker> runOnSubjects = new TreeMap<>();
    /** Unnamed speakers quoted ({@code seorang sumber}), by the head noun of their phrase and where they were quoted. */
    private final Map<String, TreeMap<Integer, Speaker>> unnamedByHead = new HashMap<>();

    void note(int position, Speaker speaker) {
        speakers.put(position, speaker);
        if (speaker.type() == EntityType.PER) {
            people.put(position, speaker);
        }
    }

    /** Notes the speaker of a quote attributed at {@code position}. */
    void noteQuoted(int position, Speaker speaker) {
        note(position, speaker);
        if (speaker.type() == EntityType.PER) {
            quoted.put(position, speaker);
        } else if (speaker.type() == EntityType.OTHER) {
            unnamedByHead.computeIfAbsent(head(speaker), h -> new TreeMap<>()).put(position, speaker);
        }
    }

    /**
     * The unnamed speaker last quoted before {@code position} whose phrase has the head noun {@code head}: {@code
     * sumber itu} and {@code Sang sumber} after {@code kata seorang sumber} (CNN Indonesia, IndoSum) are that source.
     */
    Optional<Speaker> unnamedQuotedBefore(int position, String head) {
        TreeMap<Integer, Speaker> byPosition = unnamedByHead.get(head);
        return byPosition == null ? Optional.empty() : value(byPosition.lowerEntry(position));
    }

    private static String head(Speaker unnamed) {
        return unnamed.name().split(" ", 2)[0].toLowerCase(Locale.ROOT);
    }

    /**
     * The person a verb of saying with {@code -nya} at {@code position} means: the last person quoted, over people
     * only made the subject of a sentence since ({@code Menurut Susy, ... Pasangan Marcus Fernaldi Gideon/Kevin
     * Sanjaya Sukamuljo ... berpotensi ... "...," ujarnya} is Susy), unless that subject opens a sentence from
     * {@code leadIn} on, the one leading in to the quote ({@code Senin lalu, Presiden Ukraina Volodymyr Zelenskyy
     * meminta ... "...," ujarnya}); the topic when no one was quoted yet.
     */
    Optional<Speaker> personQuotedBefore(int position, int leadIn) {
        Map.Entry<Integer, Speaker> topic = people.lowerEntry(position);
        if (topic != null && topic.getKey() >= leadIn) {
            return Optional.of(topic.getValue());
        }
        return value(quoted.lowerEntry(position)).or(() -> personBefore(position));
    }

    /** Where the person last made the topic before {@code position} was named. */
    Optional<Integer> topicBefore(int position) {
        return Optional.ofNullable(people.lowerKey(position));
    }

    /**
     * Notes the first of two people opening a sentence together ({@code Ita dan Ngadirun langsung membawa ...}):
     * the likeliest referent of a pronoun after it, but not whose words an unattributed quote paragraph goes on
     * with ({@code Pasalnya, Luthfi dan Rosan memang kandidat menteri.} before Jokowi's next line).
     */
    void noteReferent(int position, Speaker person) {
        people.put(position, person);
    }

    /** Notes whom a sentence opening at {@code position} names at the end of a subject running on to them. */
    void noteRunOnSubject(int position, Speaker named) {
        runOnSubjects.put(position, named);
    }

    /**
     * Whom the sentence lying in {@code [from, to)} names at the end of a subject running on to them: whom the next
     * sentence's {@code Menurutnya} means ({@code Pelatih timnas Indonesia Alfred Riedl memberikan dukungan terhadap
     * ... Nguyen Huu Thang. Menurutnya, ...} is Riedl), and a description closed by a demonstrative there when no
     * person was made the topic before it ({@code Grup band Mocca tergerak ... Pelantun hit I Remember itu
     * membocorkan, ...} is Mocca).
     */
    Optional<Speaker> runOnSubject(int from, int to) {
        return value(runOnSubjects.subMap(from, true, to, false).lastEntry());
    }

    /** The person a pronoun at {@code position} refers to. */
    Optional<Speaker> personBefore(int position) {
        return value(people.lowerEntry(position));
    }

    /** The first person made the topic after {@code position}: for a pronoun the text gives nothing before. */
    Optional<Speaker> personAfter(int position) {
        return value(people.higherEntry(position));
    }

    /** The speaker an unattributed quote at {@code position} continues. */
    Optional<Speaker> speakerBefore(int position) {
        return value(speakers.lowerEntry(position));
    }

    private static Optional<Speaker> value(Map.Entry<Integer, Speaker> e) {
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }
}
