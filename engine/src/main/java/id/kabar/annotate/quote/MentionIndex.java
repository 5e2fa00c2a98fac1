package id.kabar.annotate.quote;

import id.kabar.annotate.entity.Gazetteer;
import id.kabar.annotate.text.Offsets;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.RoleWords;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The entities' mentions in body order, for looking up who is named in a stretch of text. */
final class MentionIndex {
    /** Letters of a name of initials only: up to four ({@code MRAS}); the entity stage reads them so (with an age). */
    private static final int MAX_INITIALS = 4;
    private static final Set<String> NAME_LINKS = WordLists.set(WordLists.class, "name-links.txt");
    private static final Set<String> NICKNAME_VERBS = WordLists.set(WordLists.class, "nickname-verbs.txt");
    /** The kinds of place written before a place's name ({@code negara}, {@code kota}). */
    private static final Set<String> PLACE_NOUNS = WordLists.set(WordLists.class, "place-nouns.txt");
    /** {@code yang} stands at most this many words before a nickname's verb: {@code yang akrab disapa}. */
    private static final int RELATIVE_BEFORE_NICKNAME_VERB = 2;
    private final List<Mention> mentions;
    private final List<Mention> people;

    /**
     * Indexes the entities' mentions in {@code body}. People named inside the direct quotes {@code quoted} are
     * left out of the referents of pronouns: in a quote, they are who the speaker talks about. A person the
     * recognizer found in a word that names no one ({@code Rupiah pun beranjak}, a degree's field) is left out
     * altogether: a pronoun or a subject never means a currency; one the text writes as where someone comes from
     * is read as a place.
     */
    MentionIndex(String body, List<Entity> entities, DirectSpans quoted) {
        List<Mention> all = new ArrayList<>();
        Set<Integer> personEnds = new HashSet<>();
        entities.stream().filter(e -> e.type() == EntityType.PER)
                .forEach(e -> e.spans().forEach(s -> personEnds.add(s.end())));
        for (Entity e : entities) {
            if (e.type() == EntityType.PER && (namesNoOne(e.name().toLowerCase(Locale.ROOT)) || degreeField(body, e))) {
                continue;
            }
            Entity read = e.type() == EntityType.PER && writtenAsOrigin(body, e, personEnds)
                    ? new Entity(e.name(), EntityType.LOC, e.mentions(), List.of(), e.spans()) : e;
            for (Span s : e.spans()) {
                if (s.end() <= body.length()) {
                    all.add(new Mention(s.start(), s.end(), read));
                }
            }
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
        this.mentions = withFullNames(body, all);
        this.people = all.stream().filter(m -> m.entity().type() == EntityType.PER && !quoted.covers(m.start())
                && !isInitials(m.entity().name())).toList();
    }

    /**
     * Whether the text writes a person's name the recognizer gave as where someone comes from: after a word of
     * origin ({@code pria tampan asal Mississippi}, CNN Indonesia; not after a kind of place, {@code negara asal
     * Dovizioso}) or after {@code dari} right behind another
     * person's name ({@code William Masvinu dari Epworth}, CNN Indonesia): a place, whom no pronoun or quote
     * paragraph means. Read as a place here, it stays the recognizer's person in the article's entities.
     */
    private static boolean writtenAsOrigin(String body, Entity person, Set<Integer> personEnds) {
        for (Span s : person.spans()) {
            int wordEnd = spacesBefore(body, Math.min(s.start(), body.length()));
            int wordStart = lettersBefore(body, wordEnd);
            if (wordStart == wordEnd || wordEnd == s.start()) {
                continue;
            }
            String before = body.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
            int previousEnd = spacesBefore(body, wordStart);
            String previous = body.substring(lettersBefore(body, previousEnd), previousEnd).toLowerCase(Locale.ROOT);
            // "negara asal Dovizioso" (okezone.com) is the country he comes from: he is the name after it
            if (SpeakerWords.marksOrigin(before) && !PLACE_NOUNS.contains(previous)
                    || FunctionWords.isFrom(before) && previousEnd < wordStart && personEnds.contains(previousEnd)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a person's name the recognizer gave is written only as the field of a degree before it with its
     * period: {@code Soehartati Gondhowiardjo, Sp. Rad (K)} (ANTARA, IndoSum): {@code Rad} names no one. Only at every
     * mention: a name opening a sentence after initials that spell a degree ({@code berinisial V dan AK. Dedi
     * menuturkan}, kompas.com) is still the person.
     */
    private static boolean degreeField(String body, Entity person) {
        for (Span s : person.spans()) {
            int stop = spacesBefore(body, Math.min(s.start(), body.length()));
            int degreeStart = stop > 0 && body.charAt(stop - 1) == '.' ? lettersBefore(body, stop - 1) : stop;
            if (degreeStart >= stop - 1
                    || !SpeakerWords.isDegree(body.substring(degreeStart, stop - 1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return !person.spans().isEmpty();
    }

    /** Where the spaces right before {@code at} begin. */
    private static int spacesBefore(String body, int at) {
        while (at > 0 && body.charAt(at - 1) == ' ') {
            at--;
        }
        return at;
    }

    /** Where the letters right before {@code at} begin. */
    private static int lettersBefore(String body, int at) {
        while (at > 0 && Character.isLetter(body.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /**
     * Whether a person's name the recognizer gave is a word that names no one: a currency, a degree ({@code M.Kes}
     * after {@code dr Fitria Amalia, SpKK,}), or one word of a job
     * title's field that only continues a title ({@code Humas} of {@code Kepala Pusat Data Informasi dan Humas}).
     */
    private static boolean namesNoOne(String name) {
        return SpeakerWords.isNotPerson(name) || SpeakerWords.isDegree(name)
                || RoleWords.continuesTitle(name) && !RoleWords.isHead(name);
    }

    /**
     * The mentions with a short name the text introduces for a person named in full before it read as that person
     * ({@code Edhie Baskoro Yudhoyono atau Ibas}, {@code pria yang kerap disapa Ota} after {@code Mas Achmad
     * Santosa}): "ujar Ibas" is Edhie Baskoro Yudhoyono. Only at the short name's first mention, so two people
     * named apart are never joined. One pass over the mentions in body order.
     */
    private static List<Mention> withFullNames(String body, List<Mention> sorted) {
        Map<Entity, Entity> fullName = new IdentityHashMap<>();
        Set<Entity> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Mention lastPerson = null;
        for (Mention m : sorted) {
            Entity e = m.entity();
            if (e.type() == EntityType.PER && seen.add(e) && lastPerson != null && lastPerson.end() <= m.start()
                    && isShortName(e) && !isShortName(lastPerson.entity())) {
                String between = body.substring(lastPerson.end(), m.start()).trim().toLowerCase(Locale.ROOT);
                if (NAME_LINKS.contains(between) || callsNamedBefore(Whitespace.split(between.replaceFirst("^,\\s*", "")))
                        || callsTitledBefore(between, lastPerson.entity())) {
                    fullName.put(e, lastPerson.entity());
                }
            }
            if (e.type() == EntityType.PER) {
                lastPerson = m;
            }
        }
        if (fullName.isEmpty()) {
            return List.copyOf(sorted);
        }
        return sorted.stream()
                .map(m -> fullName.containsKey(m.entity()) ? new Mention(m.start(), m.end(), fullName.get(m.entity())) : m)
                .toList();
    }

    /**
     * Whether the words between a person's name and a short name give the short name as theirs: the name's own
     * relative clause ({@code yang akrab disapa}) or one of a description pointing back to them ({@code kata pria
     * yang kerap disapa}), not of someone new ({@code seorang warga yang biasa dipanggil}).
     */
    private static boolean callsNamedBefore(String[] words) {
        int last = words.length - 1;
        if (!NICKNAME_VERBS.contains(words[last])) {
            return false;
        }
        int which = last - 1;
        while (which >= 0 && !FunctionWords.isRelative(words[which]) && which >= last - RELATIVE_BEFORE_NICKNAME_VERB) {
            which--; // "yang kerap disapa", "yang akrab disapa"
        }
        if (which < 0 || !FunctionWords.isRelative(words[which])) {
            return false;
        }
        return which == 0 || SpeakerWords.isPersonNoun(words[which - 1])
                && (which < 2 || !SpeakerWords.isDeterminer(words[which - 2]));
    }

    /**
     * Whether a later sentence gives the short name to the last person named by their title: {@code Gubernur Jawa
     * Barat Ridwan Kamil mengapresiasi ... Bahkan, Gubernur yang akrab disapa Emil itu mengaku ...}
     * (sindonews.com, 16 September 2019) makes "ungkap Emil" Ridwan Kamil's. Only a title the person was named
     * with, in the sentence's subject after any opening adverbial, counts.
     */
    private static boolean callsTitledBefore(String between, Entity person) {
        int stop = Math.max(between.lastIndexOf(". "), between.lastIndexOf(".\n"));
        if (stop < 0 || person.roles().isEmpty()) {
            return false;
        }
        String subject = between.substring(stop + 1);
        String[] words = Whitespace.split(subject.substring(subject.lastIndexOf(',') + 1).trim());
        if (words.length < 3 || !NICKNAME_VERBS.contains(words[words.length - 1])) {
            return false;
        }
        int which = words.length - 2;
        while (which > 0 && !FunctionWords.isRelative(words[which])
                && which >= words.length - 1 - RELATIVE_BEFORE_NICKNAME_VERB) {
            which--; // "yang akrab disapa"
        }
        if (which < 1 || !FunctionWords.isRelative(words[which])) {
            return false;
        }
        String title = words[which - 1];
        return person.roles().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).split(" ", 2)[0].equals(title));
    }

    private static boolean isShortName(Entity e) {
        return e.name().indexOf(' ') < 0;
    }

    /**
     * Whether a person is named only by initials ({@code NS}, {@code HS}): the way reports name suspects and
     * victims, whom a pronoun after them hardly ever means ("... menangkap NS (30). ... kata Eddy. ... katanya" is
     * still Eddy). A person known by initials who speaks ({@code SBY}) is listed with a full name.
     */
    static boolean isInitials(String name) {
        return name.length() >= 2 && name.length() <= MAX_INITIALS && name.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                && Gazetteer.standard().lookup(name) == null;
    }

    boolean isEmpty() {
        return mentions.isEmpty();
    }

    /** Mentions lying wholly inside {@code [from, to)}, in body order. */
    List<Mention> within(int from, int to) {
        List<Mention> out = new ArrayList<>();
        int i = firstAtOrAfter(from);
        for (; i < mentions.size() && mentions.get(i).start() < to; i++) {
            Mention m = mentions.get(i);
            if (m.end() <= to) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The last person mention outside the direct quotes lying wholly before {@code position}, in body order. A binary search, then a step
     * back over the few names that straddle the position (a name inside a longer one).
     */
    Optional<Mention> lastPersonBefore(int position) {
        for (int i = firstAtOrAfter(people, position) - 1; i >= 0; i--) {
            if (people.get(i).end() <= position) {
                return Optional.of(people.get(i));
            }
        }
        return Optional.empty();
    }

    /** The last organisation mention lying wholly before {@code position}, in body order. */
    Optional<Mention> lastOrganisationBefore(int position) {
        for (int i = firstAtOrAfter(position) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.entity().type() == EntityType.ORG && m.end() <= position) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The first person mention outside the direct quotes lying wholly inside {@code [from, to)}. */
    Optional<Mention> firstPersonWithin(int from, int to) {
        int i = firstAtOrAfter(people, from);
        return i < people.size() && people.get(i).end() <= to ? Optional.of(people.get(i)) : Optional.empty();
    }

    private int firstAtOrAfter(int position) {
        return firstAtOrAfter(mentions, position);
    }

    private static int firstAtOrAfter(List<Mention> sorted, int position) {
        return Offsets.firstStartingAt(sorted, Mention::start, position);
    }
}
