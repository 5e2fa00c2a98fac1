package id.kabar.annotate.quote;

import id.kabar.model.EntityType;
import java.util.List;
import java.util.Optional;

/**
 * Turns a speaker phrase into a speaker. A person named in the phrase wins over the organisation or place
 * in their title ({@code juru bicara Kremlin Dmitry Peskov} is Peskov); a phrase headed by a group noun with
 * no person in it is an unnamed group ({@code pejabat Ukraina}, typed OTHER); when no entity covers the
 * phrase, its capitalised name is taken as a person so that a surname still identifies the speaker.
 */
final class SpeakerResolver {
    /** Fallback names keep at most the last two words: {@code Kremlin Dmitry Peskov} is {@code Dmitry Peskov}. */
    private static final int FALLBACK_NAME_WORDS = 2;

    private final Passage passage;
    private final MentionIndex mentions;

    SpeakerResolver(Passage passage, MentionIndex mentions) {
        this.passage = passage;
        this.mentions = mentions;
    }

    Optional<Speaker> resolve(int from, int to) {
        while (from < to && (!passage.isWord(from) || SpeakerWords.isDeterminer(passage.word(from)))) {
            from++;
        }
        while (to > from && !passage.isWord(to - 1)) {
            to--;
        }
        if (from >= to) {
            return Optional.empty();
        }
        int start = passage.token(from).start();
        int end = passage.token(to - 1).end();
        List<Mention> named = mentions.within(start, end);
        Mention person = null;
        for (Mention m : named) {
            if (m.entity().type() == EntityType.PER) {
                person = m;
            }
        }
        if (person != null) {
            return Optional.of(speaker(person));
        }
        boolean group = SpeakerWords.isGroupHead(passage.word(from));
        if (!named.isEmpty()) {
            Mention whole = named.get(0);
            if (named.size() == 1 && whole.start() == start && whole.end() == end) {
                return Optional.of(speaker(whole));
            }
            if (group) {
                return Optional.of(new Speaker(passage.text(from, to), EntityType.OTHER));
            }
            return Optional.of(speaker(named.get(named.size() - 1)));
        }
        Optional<String> name = capitalisedName(from, to);
        if (group) {
            // a lone capitalised word after a group noun is the group's place: "pejabat Ukraina"
            Speaker unnamed = new Speaker(passage.text(from, to), EntityType.OTHER);
            return Optional.of(name.filter(n -> n.indexOf(' ') > 0).map(n -> new Speaker(n, EntityType.PER))
                    .orElse(unnamed));
        }
        return name.map(n -> new Speaker(n, EntityType.PER));
    }

    /** The person an entity mention in the phrase names, if any: what makes a sentence's subject a referent. */
    Optional<Speaker> person(int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        Speaker found = null;
        for (Mention m : mentions.within(passage.token(from).start(), passage.token(to - 1).end())) {
            if (m.entity().type() == EntityType.PER) {
                found = speaker(m);
            }
        }
        if (found == null && mentions.isEmpty()) {
            // with no entities to go by, a full name of two or more capitalised words stands for a person
            return capitalisedName(from, to).filter(n -> n.indexOf(' ') > 0).map(n -> new Speaker(n, EntityType.PER));
        }
        return Optional.ofNullable(found);
    }

    private static Speaker speaker(Mention m) {
        return new Speaker(m.entity().name(), m.entity().type());
    }

    /** The longest run of capitalised words that are not titles, keeping its last words. */
    private Optional<String> capitalisedName(int from, int to) {
        int bestFrom = -1;
        int bestLength = 0;
        int run = 0;
        for (int t = from; t <= to; t++) {
            boolean nameWord = t < to && passage.isWord(t) && passage.isCapitalised(t)
                    && !SpeakerWords.isRole(passage.word(t)) && !SpeakerWords.isCalendar(passage.word(t));
            if (nameWord) {
                run++;
            } else {
                if (run > 0 && run >= bestLength) {
                    bestLength = run;
                    bestFrom = t - run;
                }
                run = 0;
            }
        }
        if (bestLength == 0) {
            return Optional.empty();
        }
        int keep = Math.min(bestLength, FALLBACK_NAME_WORDS);
        return Optional.of(passage.text(bestFrom + bestLength - keep, bestFrom + bestLength));
    }
}
