package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.RoleWords;
import id.kabar.lang.ShortForms;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the mentions of one article into entities.
 *
 * <p>Two mentions are one entity when their {@link NameKey}s are equal (honorifics and degrees stripped,
 * old spellings and transliterations folded) or when the name lists give them the same canonical name
 * ({@code Jokowi} and {@code Joko Widodo}, {@code BPS} and {@code Badan Pusat Statistik}, {@code Kiev} and
 * {@code Kyiv}). A shorter name of a person ({@code Putin}, {@code Vladimir}) joins the one person whose fuller
 * name contains it, preferring a surname match; an acronym joins the organisation whose initials it spells.
 * The type is the listed one if the name is listed, an organisation if it opens or closes with an organisation's
 * head word ({@code Universitas ...}, {@code ... University}, {@code ... Group}), else the one most mentions were
 * tagged with.
 */
final class EntityMerger {
    // Compiled once: String.split and replaceAll compiled each pattern again for every mention
    private static final Pattern ROLE_BREAK = Pattern.compile("[\\s()]+");
    private static final Pattern NAME_BREAK = Pattern.compile("[\\s-]+");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
    /** A long form, its short form in brackets and the place both serve: "Kejaksaan Negeri (Kejari) Jakarta Selatan". */
    private static final Pattern SHORT_FORM_INSIDE = Pattern.compile("^(.+?) \\(([^()]+)\\) (.+)$");
    /** " (" between a long form and its acronym, with room for a stray space or quote mark. */
    private static final int MAX_BRACKET_GAP = 3;
    /** Initials written for given names: {@code BJ}, {@code SBY}; a longer run of capitals is an acronym. */
    private static final int MAX_INITIALS = 3;
    /**
     * Letters of the shortest acronym read as a person's initials, and words of the name it spells: two capitals
     * spell too many pairs of names ({@code AS}, {@code RI}); three, {@code HNW}, {@code SBY}, are a name's.
     */
    private static final int MIN_PERSON_INITIALS = 3;
    /** Words of the longest place form closing an office's name that is looked up: "Daerah Istimewa Yogyakarta". */
    private static final int LONGEST_PLACE_FORM = 3;
    /**
     * Letters a given name needs before a letter's difference is a spelling ({@code Kemal}, {@code Kamal}) and not
     * another name ({@code Ari}, {@code Ani}).
     */
    private static final int MIN_VARIANT_LETTERS = 5;
    /**
     * A spelling of a name may differ from another by one edit for every this many letters of the shorter
     * ({@code Mohammad}, {@code Muhammad}: one edit, where eight letters allow two); set by hand.
     */
    private static final int LETTERS_PER_SPELLING_EDIT = 4;
    /** A written name may differ from its listed form by this many edits whatever its length; set by hand. */
    private static final int LISTED_NAME_MIN_EDITS = 2;
    /**
     * Letters a given name cut short needs to stand for the whole ({@code Enggar} for {@code Enggartiasto}); a
     * shorter one is a name of its own as often ({@code Agus}, {@code Agustinus}).
     */
    private static final int MIN_CLIPPED_LETTERS = 5;
    private static final Set<String> INITIAL_SKIPS = WordLists.set(WordLists.class, "acronym-skips.txt");
    /** The words in full of a body's short form, folded ({@code short-forms.txt}): "pemkab" is "pemerintah kabupaten". */
    private static final Map<String, List<String>> SHORT_FORMS = shortForms();
    /** The kinds of place written before a place's name: "Kabupaten Klungkung", "Kota Malang". */
    private static final Set<String> PLACE_NOUNS = WordLists.set(WordLists.class, "place-nouns.txt");

    private final Gazetteer gazetteer;
    private final Predicate<String> mayBeCommonWord;

    /** {@code mayBeCommonWord} tells a word at least as often ordinary as part of a name ({@code Imam}, {@code Ratu}). */
    EntityMerger(Gazetteer gazetteer, Predicate<String> mayBeCommonWord) {
        this.gazetteer = gazetteer;
        this.mayBeCommonWord = mayBeCommonWord;
    }

    private static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final List<String> words;
        final Gazetteer.Name listed;
        EntityType type;
        /** Forms written for a unit or an office of the organisation, which never name it: "Satlantas Polresta Barelang". */
        final Set<String> partForms = new HashSet<>();

        Group(List<String> words, Gazetteer.Name listed) {
            this.words = words;
            this.listed = listed;
        }

        int first() {
            return mentions.get(0).span().start();
        }

        void absorb(Group other) {
            mentions.addAll(other.mentions);
            mentions.sort(Comparator.comparingInt(m -> m.span().start()));
        }
    }

    List<Entity> merge(List<Mention> mentions) {
        return merge(mentions, List.of());
    }

    /**
     * A person's or company's full name and another name of theirs the text gives with it; {@code nickname} when
     * the text says the other is the name the person goes by ("Rommy sapaan akrab Romahurmuziy"), which holds
     * even for a full name of one word; {@code alias} when the word between them says the other is another name
     * of the same person, however many words it has ("Andi Agustinus alias Andi Narogong").
     */
    record NameLink(Mention full, Mention other, boolean nickname, boolean alias) {
    }

    /**
     * The entities of {@code mentions}, where each pair of {@code linked} is a person's full name and another name
     * of theirs the text gives with it ("Tri Retno Prayudita alias Nunung").
     */
    List<Entity> merge(List<Mention> mentions, List<NameLink> linked) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        Map<Mention, Group> groupOf = new IdentityHashMap<>();
        for (Mention m : mentions) {
            Gazetteer.Name listed = listedName(m);
            List<String> words = NameKey.words(m.text());
            if (words.isEmpty()) {
                continue;
            }
            String key = listed != null ? "=" + NameKey.of(listed.canonical()) : String.join(" ", words);
            Group g = byKey.computeIfAbsent(key, k -> new Group(listed != null ? NameKey.words(listed.canonical()) : words, listed));
            g.mentions.add(m);
            groupOf.put(m, g);
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        groups.forEach(this::retype);
        joinSpacedSpellings(groups);
        joinLinkedNames(groups, linked, groupOf);
        joinSpellingsOfPeople(groups);
        joinShortNamesOfPeople(groups);
        joinClippedGivenNames(groups);
        joinShortNamesOfOrganisations(groups);
        joinClubTailsToTheirClubs(groups);
        joinNamesToTheirOrganisationsWithForm(groups);
        joinPlaceFormsOfOrganisations(groups);
        joinNamesToTheirOrganisationsWithPlace(groups);
        joinHospitalForms(groups);
        joinNamesToTheirPlaces(groups);
        joinStreetForms(groups);
        joinTitlesToTheirHolders(groups);
        groups.removeIf(this::isTitleAlone);
        groups.removeIf(EntityMerger::isUnitAlone);
        joinUnitsToTheirOrganisations(groups);
        joinBodiesWrittenWithoutHead(groups);
        joinShortFormsWrittenInside(groups);
        joinBodiesWrittenShort(groups);
        joinAcronyms(groups);
        joinBuildingsOfOneOrganisation(groups);
        groups.sort(Comparator.comparingInt(Group::first));
        List<Entity> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            out.add(toEntity(g));
        }
        return out;
    }

    /** The listed name a mention stands for; none for capitals tagged a person, which are initials. */
    private Gazetteer.Name listedName(Mention m) {
        Gazetteer.Name listed = lookup(m.text());
        // "menangkap MA (21)": a suspect's initials, not the Supreme Court the letters also spell
        boolean initials = listed != null && listed.type() != EntityType.PER && m.type() == EntityType.PER
                && Gazetteer.isAcronym(m.text());
        return initials ? null : listed;
    }

    /**
     * The listed name a mention stands for, if need be without the company's legal form around it: "PT Kereta
     * Api Indonesia" is the listed "Kereta Api Indonesia", and so one company with "KAI".
     */
    private Gazetteer.Name lookup(String mention) {
        Gazetteer.Name listed = gazetteer.lookup(mention);
        if (listed != null || mention.indexOf(' ') < 0) {
            return listed;
        }
        String[] words = Whitespace.split(mention);
        int from = 0;
        int to = words.length;
        while (from < to && OrganisationWords.isCompanyForm(words[from].toLowerCase(Locale.ROOT))) {
            from++;
        }
        while (to > from && OrganisationWords.isCompanyForm(words[to - 1].toLowerCase(Locale.ROOT))) {
            to--;
        }
        boolean hadForm = from > 0 || to < words.length;
        return hadForm && from < to ? gazetteer.lookup(String.join(" ", Arrays.asList(words).subList(from, to))) : null;
    }

    /** Types the group by {@link #typeOf}, a name of an organisation's shape an organisation ({@link #isOrganisationName}). */
    private void retype(Group g) {
        g.type = isOrganisationName(g) ? EntityType.ORG : typeOf(g);
    }

    /**
     * A group's type: its listed type, else the type most of its mentions were given. A seat of government the
     * lists give as the government it stands for ({@code Istana Negara}) is the building, a place, where the text
     * writes every mention of it as one ({@link SeatOfGovernmentPlaceRule}: "bernyanyi di Istana").
     */
    private static EntityType typeOf(Group g) {
        if (g.listed != null && !(PlaceWords.isSeatOfGovernment(g.listed.canonical())
                && g.mentions.stream().allMatch(m -> m.type() == EntityType.LOC))) {
            return g.listed.type();
        }
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        EntityType best = g.mentions.get(0).type();
        for (Mention m : g.mentions) {
            int v = votes.merge(m.type(), 1, Integer::sum);
            if (v > votes.getOrDefault(best, 0)) {
                best = m.type();
            }
        }
        return best;
    }

    /**
     * "Monash University", "Federal Reserve", "Daily Mail", "Real Madrid", "Columbus Crew": a name of two words or
     * more that opens or closes with an organisation's head word, or closes with a club's, is an organisation,
     * whatever type the tagger guessed.
     */
    private boolean isOrganisationName(Group g) {
        if (g.listed != null) {
            return false;
        }
        for (Mention m : g.mentions) {
            String[] words = Whitespace.split(m.text().toLowerCase(Locale.ROOT));
            if (words.length >= 2 && (OrganisationWords.headLength(words, 0) > 0
                    || OrganisationWords.isTail(words[words.length - 1])
                    || OrganisationWords.isClubTail(words[words.length - 1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Nunung" joins "Tri Retno Prayudita" where the text writes "Tri Retno Prayudita alias Nunung": a one-word name
     * the lists do not know, linked to a person's name of two words or more, is that person. Two people of one word
     * each ("Jokowi atau Prabowo") are left apart, unless the text says the one is the other's nickname ("Rommy
     * sapaan akrab Romahurmuziy"), whatever the nickname was read as ("Tuan Guru Bajang (TGB)", an acronym). A
     * person's name of two words or more written after {@code alias} is that person too ("Andi Agustinus alias Andi
     * Narogong"), where after {@code atau} it may be a second person. A company's stock code joins the company
     * ("BBNI"), and so does an organisation's short form given in brackets after its name, listed or not
     * ("Persatuan Sepak Bola Indonesia (PSSI)", sindonews.com, 10 September 2019).
     */
    private static void joinLinkedNames(List<Group> groups, List<NameLink> linked, Map<Mention, Group> groupOf) {
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (NameLink link : linked) {
            Group full = groupOf.get(link.full());
            Group other = groupOf.get(link.other());
            if (full != null && other != null && full != other && !joined.contains(full) && !joined.contains(other)
                    && (full.type == EntityType.PER && link.nickname()
                            || full.type == EntityType.PER && other.type == EntityType.PER && full.words.size() >= 2
                            || full.type == EntityType.ORG && other.type == EntityType.ORG)
                    && (other.words.size() == 1 || link.alias())
                    && (other.listed == null || link.alias() && other.type == EntityType.ORG)) {
                full.absorb(other);
                joined.add(other);
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * One name written with and without the spaces or hyphens between its parts is one entity, of the type most of
     * its mentions were given: "HelloBeauty" nine times and "Hello Beauty" once (DailySocial, IndoSum), "Bandara
     * Soekarno Hatta" and "Bandara Soekarno-Hatta", "Sungai Kali Baru" and "Sungai Kalibaru" (CLICK-ID week). The group
     * written most often takes the other in; names the lists know are left to them.
     */
    private void joinSpacedSpellings(List<Group> groups) {
        Map<String, Group> byLetters = new HashMap<>();
        Set<Group> joined = new HashSet<>();
        for (Group g : groups) {
            String letters = String.join("", g.words).replace("-", "");
            Group other = byLetters.putIfAbsent(letters, g);
            if (other == null || other.listed != null || g.listed != null) {
                continue; // a listed name already takes in its spellings and short forms by the lists
            }
            boolean otherKeeps = other.mentions.size() >= g.mentions.size();
            Group keeper = otherKeeps ? other : g;
            Group taken = otherKeeps ? g : other;
            keeper.absorb(taken);
            retype(keeper);
            joined.add(taken);
            byLetters.put(letters, keeper);
        }
        groups.removeIf(joined::contains);
    }

    /**
     * "Baharuddin Jusuf Habibie" joins "BJ Habibie" (listed as "Bacharuddin Jusuf Habibie") and "Thareq Kamal
     * Habibie" joins "Thareq Kemal Habibie": two people of one surname whose given names are the same, spelt a
     * few letters apart or written as their initials are one person, spelt two ways. A listed person takes the
     * other in; people are compared only with those of their surname.
     */
    private static void joinSpellingsOfPeople(List<Group> groups) {
        Map<String, List<Group>> bySurname = new HashMap<>();
        for (Group g : groups) {
            if (g.type == EntityType.PER && g.words.size() > 1) {
                bySurname.computeIfAbsent(g.words.get(g.words.size() - 1), k -> new ArrayList<>()).add(g);
            }
        }
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Group> people : bySurname.values()) {
            for (int i = 0; i < people.size(); i++) {
                Group a = people.get(i);
                for (int j = i + 1; j < people.size() && !joined.contains(a); j++) {
                    Group b = people.get(j);
                    if (!joined.contains(b) && sameGivenNames(a.words, b.words)) {
                        Group into = b.listed != null && a.listed == null ? b : a;
                        Group from = into == a ? b : a;
                        into.absorb(from);
                        joined.add(from);
                    }
                }
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * Whether the given names before one surname agree word by word: the same, a few letters apart, or one
     * side's word the initials of the other side's next words ({@code BJ} for {@code Bacharuddin Jusuf}).
     */
    private static boolean sameGivenNames(List<String> a, List<String> b) {
        int i = 0;
        int j = 0;
        int lastA = a.size() - 1;
        int lastB = b.size() - 1;
        while (i < lastA && j < lastB) {
            String x = a.get(i);
            String y = b.get(j);
            if (isSpellingOfWord(x, y)) {
                i++;
                j++;
            } else if (spellsInitials(x, b, j, lastB)) {
                i++;
                j += x.length();
            } else if (spellsInitials(y, a, i, lastA)) {
                i += y.length();
                j++;
            } else {
                return false;
            }
        }
        return i == lastA && j == lastB && !a.equals(b);
    }

    /** Whether {@code initials} are the first letters of {@code words} from {@code from}, before {@code until}. */
    private static boolean spellsInitials(String initials, List<String> words, int from, int until) {
        if (initials.length() > MAX_INITIALS || from + initials.length() > until) {
            return false;
        }
        if (RoleWords.isTitleWord(initials)) {
            return false; // "PM Mahathir" is a title before a name, not "Perdana Menteri" spelt as initials
        }
        for (int k = 0; k < initials.length(); k++) {
            String w = words.get(from + k);
            if (w.length() <= initials.length() || w.charAt(0) != initials.charAt(k) || RoleWords.isTitleWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** One word of a name spelt two ways: the same first letter and at most a letter in four apart. */
    private static boolean isSpellingOfWord(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        int shorter = Math.min(x.length(), y.length());
        return shorter >= MIN_VARIANT_LETTERS && x.charAt(0) == y.charAt(0)
                && editDistance(x, y) <= Math.max(1, shorter / LETTERS_PER_SPELLING_EDIT);
    }

    /**
     * "Putin" and "(Presiden Rusia Vladimir) Putin" join "Vladimir Putin", "Mary Jane Veloso" joins "Mary Jane
     * Fiesta Veloso": a shorter name of a person joins the one person whose name holds its words in order,
     * preferring one with the same surname; with two such people it stays apart. Longer names go first, so
     * "Mary Jane" finds one person once the two longer forms are one.
     */
    private static void joinShortNamesOfPeople(List<Group> groups) {
        // The people whose names hold a word, so a shorter name looks only at those holding its rarest word.
        Map<String, List<Group>> peopleByWord = new HashMap<>();
        for (Group g : groups) {
            if (g.type == EntityType.PER && g.words.size() > 1) {
                new LinkedHashSet<>(g.words).forEach(w -> peopleByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(g));
            }
        }
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Group> byLength = new ArrayList<>(groups);
        byLength.sort(Comparator.comparingInt((Group g) -> -g.words.size()));
        for (Group shorter : byLength) {
            boolean mayBePerson = shorter.type == EntityType.PER || (shorter.listed == null && shorter.words.size() == 1);
            if (!mayBePerson) {
                continue;
            }
            List<Group> holding = shorter.words.stream().map(w -> peopleByWord.getOrDefault(w, List.of()))
                    .min(Comparator.comparingInt(List::size)).orElse(List.of());
            List<Group> bySurname = new ArrayList<>();
            List<Group> byAnyName = new ArrayList<>();
            for (Group longer : holding) {
                if (longer != shorter && !joined.contains(longer) && longer.words.size() > shorter.words.size()
                        && isSubsequence(shorter.words, longer.words)) {
                    byAnyName.add(longer);
                    if (longer.words.get(longer.words.size() - 1).equals(shorter.words.get(shorter.words.size() - 1))) {
                        bySurname.add(longer);
                    }
                }
            }
            List<Group> fits = bySurname.isEmpty() ? byAnyName : bySurname;
            if (fits.size() == 1) {
                fits.get(0).absorb(shorter);
                joined.add(shorter);
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * "Enggar" joins "Enggartiasto Lukita" ("kata Menteri Perdagangan RI Enggartiasto Lukita", then "ujar Enggar",
     * tempo.co): a person named by one word that opens the given name of exactly one person of several words is
     * that person, as outlets write a long given name cut short.
     */
    private static void joinClippedGivenNames(List<Group> groups) {
        Map<String, List<Group>> peopleByPrefix = new HashMap<>();
        for (Group g : groups) {
            String given = g.words.get(0);
            if (g.type == EntityType.PER && g.words.size() > 1 && given.length() > MIN_CLIPPED_LETTERS) {
                for (int n = MIN_CLIPPED_LETTERS; n < given.length(); n++) {
                    peopleByPrefix.computeIfAbsent(given.substring(0, n), k -> new ArrayList<>()).add(g);
                }
            }
        }
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group clipped : groups) {
            if (clipped.type != EntityType.PER || clipped.listed != null || clipped.words.size() != 1) {
                continue;
            }
            List<Group> fits = peopleByPrefix.getOrDefault(clipped.words.get(0), List.of());
            if (fits.size() == 1 && !joined.contains(fits.get(0))) {
                fits.get(0).absorb(clipped);
                joined.add(clipped);
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * "Newmont" joins "PT Newmont" and "Mandiri" joins "Bank Mandiri": an unlisted one-word name joins the one
     * organisation whose name is that word after an organisation's head word, whatever type it was tagged with.
     */
    private void joinShortNamesOfOrganisations(List<Group> groups) {
        Map<String, List<Group>> byNameAfterHead = new HashMap<>();
        for (Group longer : groups) {
            String[] written = Whitespace.split(longer.mentions.get(0).text());
            if (longer.type == EntityType.ORG && longer.words.size() == 2 && written.length == 2
                    && OrganisationWords.isHead(written[0].toLowerCase(Locale.ROOT))) {
                byNameAfterHead.computeIfAbsent(longer.words.get(1), k -> new ArrayList<>()).add(longer);
            }
        }
        // "Bogor" beside "Polres Bogor" is the town the police serve, not the police
        joinOneWordNamesToTheirOneFit(groups, byNameAfterHead, shorter -> shorter.listed == null
                && shorter.type != EntityType.LOC);
    }

    /**
     * "United" joins "Manchester United" ("Namun, United rupanya siap membayar jauh lebih mahal", Goal Indonesia,
     * 15 January 2018): a club's closing word written alone ({@code club-tails.txt}), which names a club by itself,
     * is the one club of the article whose name it closes; beside two such clubs it is neither.
     */
    private static void joinClubTailsToTheirClubs(List<Group> groups) {
        Map<String, List<Group>> byTail = new HashMap<>();
        for (Group longer : groups) {
            String tail = longer.words.get(longer.words.size() - 1);
            if (longer.type == EntityType.ORG && longer.words.size() >= 2 && OrganisationWords.isClubTail(tail)) {
                byTail.computeIfAbsent(tail, k -> new ArrayList<>()).add(longer);
            }
        }
        joinOneWordNamesToTheirOneFit(groups, byTail, shorter -> shorter.type == EntityType.ORG);
    }

    /**
     * Joins each one-word group that {@code joins} admits to the one group {@code byWord} lists under its word; a word
     * listed under two groups or more names neither.
     */
    private static void joinOneWordNamesToTheirOneFit(List<Group> groups, Map<String, List<Group>> byWord,
            Predicate<Group> joins) {
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group shorter : groups) {
            if (shorter.words.size() != 1 || !joins.test(shorter)) {
                continue;
            }
            List<Group> fits = byWord.getOrDefault(shorter.words.get(0), List.of());
            if (fits.size() == 1) {
                fits.get(0).absorb(shorter);
                joined.add(shorter);
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * "Rovio" joins "Rovio Entertainment" (Rimanews, 24 May 2017): an organisation's name written alone is the one
     * organisation of the article written as that name followed by words of a company's or a body's form
     * ({@code organisation-tails.txt}), which {@link OrganisationStemRule} has typed it by.
     */
    private static void joinNamesToTheirOrganisationsWithForm(List<Group> groups) {
        Map<String, List<Group>> byNameBeforeForm = new HashMap<>();
        for (Group longer : groups) {
            String[] written = Whitespace.split(longer.mentions.get(0).text());
            int stemEnd = written.length;
            while (stemEnd > 1 && OrganisationWords.isTail(written[stemEnd - 1].toLowerCase(Locale.ROOT))) {
                stemEnd--;
            }
            if (longer.type == EntityType.ORG && stemEnd < written.length) {
                String stem = NameKey.of(String.join(" ", Arrays.asList(written).subList(0, stemEnd)));
                byNameBeforeForm.computeIfAbsent(stem, k -> new ArrayList<>()).add(longer);
            }
        }
        if (byNameBeforeForm.isEmpty()) {
            return;
        }
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group shorter : groups) {
            // a listed name keeps its own entity: "Garuda Indonesia" beside "Garuda Indonesia Group"
            if (shorter.type != EntityType.ORG || shorter.listed != null) {
                continue;
            }
            List<Group> fits = byNameBeforeForm.getOrDefault(NameKey.of(shorter.mentions.get(0).text()), List.of());
            if (fits.size() == 1 && fits.get(0) != shorter) {
                fits.get(0).absorb(shorter);
                joined.add(shorter);
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * "Dinas Perhubungan DKI" joins "Dinas Perhubungan DKI Jakarta": one office named after one listed place
     * written two ways, the words before the place the same, a short form of them written in full ("Pemprov DKI"
     * and "Pemerintah Provinsi DKI Jakarta", kompas.com, 10 September 2019), also when the full name carries its
     * short form in brackets ("Pemerintah Provinsi (Pemprov) DKI Jakarta" and "Pemprov DKI", okezone.com,
     * 10 September 2019).
     */
    private void joinPlaceFormsOfOrganisations(List<Group> groups) {
        joinFirstOfKey(groups, g -> g.type != EntityType.ORG || g.listed != null ? null
                : officeAndPlace(Whitespace.split(withoutShortFormInside(g.mentions.get(0).text()))));
    }

    /**
     * Joins each group to the first group before it with the same key, {@code key} giving null for a group that joins
     * none, and drops the joined: one pass, a key a group.
     */
    private static <K> void joinFirstOfKey(List<Group> groups, Function<Group, K> key) {
        Map<K, Group> firstOf = new HashMap<>();
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group g : groups) {
            K k = key.apply(g);
            Group first = k == null ? null : firstOf.putIfAbsent(k, g);
            if (first != null) {
                first.absorb(g);
                joined.add(g);
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * "PSM" joins "PSM Makassar" and "Dinas Pendidikan" joins "Dinas Pendidikan Kota Pekanbaru": a name written
     * alone is the one organisation of the article written as that name followed by the listed place it belongs
     * to (a club and its town, an office and the town it serves). A head alone ("Polres") names none. So is a
     * site of two words or more written alone and with its district ("Taman Lalu Lintas" and "Taman Lalu Lintas
     * Cibubur", tempo.co, 14 September 2019).
     */
    private void joinNamesToTheirOrganisationsWithPlace(List<Group> groups) {
        Map<String, List<Group>> byNameBeforePlace = new HashMap<>();
        Set<String> articlePlaces = new HashSet<>();
        for (Group g : groups) {
            if (g.type == EntityType.LOC) {
                g.mentions.forEach(m -> articlePlaces.add(NameKey.of(m.text())));
            }
        }
        for (Group g : groups) {
            if (g.type != EntityType.ORG && g.type != EntityType.LOC) {
                continue;
            }
            for (String name : new LinkedHashSet<>(g.mentions.stream()
                    .map(m -> nameBeforePlace(m.text(), g.type == EntityType.LOC ? articlePlaces : Set.of())).toList())) {
                if (name != null) {
                    byNameBeforePlace.computeIfAbsent(name, k -> new ArrayList<>()).add(g);
                }
            }
        }
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group bare : groups) {
            if (bare.listed != null && bare.listed.type() != EntityType.ORG) {
                continue;
            }
            List<Group> fits = byNameBeforePlace.getOrDefault(NameKey.of(bare.mentions.get(0).text()), List.of());
            boolean site = fits.size() == 1 && fits.get(0).type == EntityType.LOC;
            if (site && (bare.type != EntityType.LOC || bare.words.size() < 2)) {
                continue;
            }
            if (fits.size() == 1 && fits.get(0) != bare && !joined.contains(fits.get(0))) {
                fits.get(0).absorb(bare);
                joined.add(bare);
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * The key of an organisation's or a site's name before the listed place (with its kind of place, "Kota") that
     * closes it, or before one of {@code articlePlaces}, the places the article names alone; null when none closes
     * it or only an organisation's head stands before it.
     */
    private String nameBeforePlace(String written, Set<String> articlePlaces) {
        String[] words = Whitespace.split(written);
        for (int n = Math.min(LONGEST_PLACE_FORM, words.length - 1); n >= 1; n--) {
            String place = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
            Gazetteer.Name listed = gazetteer.lookup(place);
            if (listed != null && listed.type() == EntityType.LOC || articlePlaces.contains(NameKey.of(place))
                    || isRegionAfterItsKind(words, words.length - n)) {
                int before = words.length - n;
                if (before > 1 && PLACE_NOUNS.contains(words[before - 1].toLowerCase(Locale.ROOT))) {
                    before--;
                }
                String[] name = Arrays.copyOfRange(words, 0, before);
                String[] lower = Arrays.stream(name).map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
                return OrganisationWords.headLength(lower, 0) == name.length ? null : NameKey.of(String.join(" ", name));
            }
        }
        return null;
    }

    /**
     * Whether the words from {@code at} are a region's name after its administrative kind, inside a longer name:
     * "Dinas Kesehatan Kabupaten Banyuasin" (sindonews.com, 16 September 2019) serves Banyuasin, listed or not, and
     * is the "Dinas Kesehatan" the article goes on to write.
     */
    private static boolean isRegionAfterItsKind(String[] words, int at) {
        return at > 1 && PlaceWords.isAdministrative(words[at - 1].toLowerCase(Locale.ROOT))
                && Character.isUpperCase(words[at - 1].charAt(0)) && Character.isUpperCase(words[at].charAt(0));
    }

    /**
     * The words of an organisation's name before the listed place that closes it, with the place's canonical
     * name; null when no listed place of up to {@link #LONGEST_PLACE_FORM} words closes it after other words.
     */
    private String officeAndPlace(String[] written) {
        List<String> words = Arrays.asList(written);
        for (int n = Math.min(LONGEST_PLACE_FORM, words.size() - 1); n >= 1; n--) {
            Gazetteer.Name listed = gazetteer.lookup(String.join(" ", words.subList(words.size() - n, words.size())));
            if (listed != null && listed.type() == EntityType.LOC) {
                return String.join(" ", inFull(NameKey.words(String.join(" ", words.subList(0, words.size() - n)))))
                        + " @" + listed.canonical();
            }
        }
        return null;
    }

    /**
     * "RS Hasan Sadikin" joins "Rumah Sakit Hasan Sadikin": one hospital named with its head written out and
     * shortened, the rest of the name the same. So does a hospital written with the first words of the one
     * hospital's name the article writes in full ("Rumah Sakit Islam Cempaka Putih" and "RS Islam", okezone.com;
     * "RSUD dr Soetomo Surabaya" and "RS dr Soetomo", kompas.com, 16 September 2019): the town or quarter
     * closing a hospital's name is dropped once the reader knows which it is.
     */
    private static void joinHospitalForms(List<Group> groups) {
        Map<List<String>, Group> byRest = new HashMap<>();
        Map<Group, List<String>> rests = new LinkedHashMap<>();
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group g : groups) {
            String[] written = Whitespace.split(g.mentions.get(0).text());
            int head = g.type == EntityType.ORG ? hospitalHead(written) : 0;
            if (head == 0) {
                continue;
            }
            List<String> rest = NameKey.words(String.join(" ", Arrays.asList(written).subList(head, written.length)));
            Group first = byRest.putIfAbsent(rest, g);
            if (first != null) {
                first.absorb(g);
                joined.add(g);
            } else if (!rest.isEmpty()) {
                rests.put(g, rest);
            }
        }
        Map<List<String>, Set<Group>> byOpening = new HashMap<>();
        rests.forEach((g, rest) -> {
            for (int n = 1; n < rest.size(); n++) {
                byOpening.computeIfAbsent(rest.subList(0, n), k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(g);
            }
        });
        rests.forEach((shorter, rest) -> {
            Set<Group> fits = byOpening.getOrDefault(rest, Set.of());
            if (fits.size() == 1 && !joined.contains(fits.iterator().next())) {
                fits.iterator().next().absorb(shorter);
                joined.add(shorter);
            }
        });
        groups.removeIf(joined::contains);
    }

    /** How many words of a name are a hospital's head ({@code Rumah Sakit Umum}, {@code RSUD}) before a name; 0 if none. */
    private static int hospitalHead(String[] written) {
        return OrganisationWords.hospitalHeadLength(Arrays.stream(written).map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * "Klungkung" joins "Kabupaten Klungkung" and "Pekanbaru" joins "Kota Pekanbaru": a name written alone is the
     * place the article also names with its kind of place before it, whatever type it was tagged with, when only
     * one such place has that name.
     */
    private static void joinNamesToTheirPlaces(List<Group> groups) {
        Map<List<String>, List<Group>> byNameAfterNoun = new HashMap<>();
        for (Group place : groups) {
            String[] written = Whitespace.split(place.mentions.get(0).text());
            if (place.type == EntityType.LOC && written.length >= 2 && place.words.size() == written.length
                    && (PLACE_NOUNS.contains(written[0].toLowerCase(Locale.ROOT)) || isStreetOfAKind(written))) {
                byNameAfterNoun.computeIfAbsent(place.words.subList(1, place.words.size()), k -> new ArrayList<>()).add(place);
            }
        }
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group bare : groups) {
            List<Group> fits = byNameAfterNoun.getOrDefault(bare.words, List.of());
            if (fits.size() == 1 && fits.get(0) != bare && (bare.listed == null || bare.listed.type() == EntityType.LOC)) {
                fits.get(0).absorb(bare);
                joined.add(bare);
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * An organisation's building written with two forms of its name is one place: "Gedung KPK" and "Gedung Komisi
     * Pemberantasan Korupsi" in one article (okezone.com, CLICK-ID, 10-16 September 2019) are one building, as the
     * two forms are one commission. A building's mention ends where a mention of its organisation ends
     * ({@link EntityRecognizer#namesBuilding}).
     */
    private static void joinBuildingsOfOneOrganisation(List<Group> groups) {
        Map<Integer, Group> organisationEndingAt = new HashMap<>();
        for (Group g : groups) {
            if (g.type == EntityType.ORG) {
                g.mentions.forEach(m -> organisationEndingAt.put(m.span().end(), g));
            }
        }
        // a group keeps identity's equality, so the organisation itself keys its building
        joinFirstOfKey(groups, place -> place.type == EntityType.LOC
                ? organisationOfBuilding(place, organisationEndingAt) : null);
    }

    /** The one organisation every mention of {@code place} is the building of, or null. */
    private static Group organisationOfBuilding(Group place, Map<Integer, Group> organisationEndingAt) {
        Group out = null;
        for (Mention m : place.mentions) {
            String[] words = Whitespace.split(m.text().strip());
            Group organisation = organisationEndingAt.get(m.span().end());
            if (words.length < 2 || !EntityRecognizer.namesBuilding(words[0]) || organisation == null
                    || out != null && out != organisation) {
                return null;
            }
            out = organisation;
        }
        return out;
    }

    /**
     * "Jalan Lenteng Agung" joins "Jalan Raya Lenteng Agung" and "Cikini" joins "Cikini Raya": a street written with
     * and without its noun or "Raya" is one street. A listed place written alone is the town, not the street named
     * after it ("Bogor", "Jalan Raya Bogor").
     */
    private static void joinStreetForms(List<Group> groups) {
        Map<String, Group> streets = new HashMap<>();
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Group> bare = new ArrayList<>();
        for (Group place : groups) {
            if (place.type != EntityType.LOC) {
                continue;
            }
            String written = place.mentions.get(0).text();
            String name = streetName(written);
            if (name == null) {
                bare.add(place);
                continue;
            }
            Group first = name.isEmpty() ? null : streets.putIfAbsent(name, place);
            if (first != null) {
                first.absorb(place);
                joined.add(place);
            }
        }
        for (Group place : bare) {
            Group street = streets.get(NameKey.of(place.mentions.get(0).text()));
            if (street != null && place.listed == null) {
                street.absorb(place);
                joined.add(place);
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * The key of a street's name without its noun and "Raya" ("lenteng agung" of "Jalan Raya Lenteng Agung");
     * null when the name has neither.
     */
    private static String streetName(String written) {
        List<String> words = Arrays.asList(Whitespace.split(written.toLowerCase(Locale.ROOT).strip()));
        int from = 0;
        int to = words.size();
        if (StreetRule.isStreetNoun(words.get(from))) {
            from++;
        }
        if (from < to && PlaceWords.isStreetGrade(words.get(from))) {
            from++;
        } else if (to - from > 1 && PlaceWords.isStreetGrade(words.get(to - 1))) {
            to--;
        }
        return to - from == words.size() ? null : NameKey.of(String.join(" ", words.subList(from, to)));
    }

    /**
     * Whether a street's name after its noun opens with a kind of place itself ("Jalan Tol Pluit", later "Tol
     * Pluit"), so that the rest is the same road and never the person a street is named after ("Jalan Ahmad Yani").
     */
    private static boolean isStreetOfAKind(String[] written) {
        return written.length >= 3 && StreetRule.isStreetNoun(written[0].toLowerCase(Locale.ROOT))
                && PlaceWords.isHead(written[1].toLowerCase(Locale.ROOT));
    }

    /**
     * "kata Menpar" after "Menteri Pariwisata (Menpar) Arief Yahya": a title used alone as a name is the one
     * person whose title holds it. A title no person holds stays as it was.
     */
    private void joinTitlesToTheirHolders(List<Group> groups) {
        // The people by the words of their titles; a holder that takes in a title takes its titles' words too.
        Map<String, Set<Group>> peopleByTitleWord = new HashMap<>();
        for (Group person : groups) {
            if (person.type == EntityType.PER) {
                indexTitleWords(peopleByTitleWord, person, person.mentions);
            }
        }
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group title : groups) {
            String written = title.mentions.get(0).text();
            if (title.type != EntityType.PER || title.words.size() != 1 || !RoleWords.isHead(written.toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Group> holders = peopleByTitleWord.getOrDefault(written, Set.of()).stream()
                    .filter(person -> person != title && !joined.contains(person)).toList();
            if (holders.size() == 1) {
                indexTitleWords(peopleByTitleWord, holders.get(0), title.mentions);
                holders.get(0).absorb(title);
                joined.add(title);
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * "Kapolda", "Kabid Humas", "Ajun Komisaris": a person named only by the words of a title, which no holder
     * took in, is no one the article names. A title word alone that is also an ordinary word may be a given name
     * ("Imam" of Imam Nahrawi, "Ratu"), and stays.
     */
    private boolean isTitleAlone(Group g) {
        if (g.type != EntityType.PER) {
            return false;
        }
        for (Mention m : g.mentions) {
            String[] words = Whitespace.split(m.text().toLowerCase(Locale.ROOT));
            if (!RoleWords.isHead(words[0]) || words.length == 1 && mayBeCommonWord.test(words[0])) {
                return false;
            }
            for (String w : words) {
                if (!RoleWords.isTitleWord(w)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "Unit Reskrim" names no body, only a kind of unit: an organisation written only as units of a body, where
     * the tagger ended it before the body's name ("Unit Reskrim | Polsek Sumur Bandung", Kompas.com, 10 September
     * 2019). Read as written, not by the name's key, which spells the old {@code c} as {@code k}: "DPC" is a party's
     * board ("setelah DPC PDI-P mengumumkan", tribunnews.com, 10 September 2019).
     */
    private static boolean isUnitAlone(Group g) {
        return g.type == EntityType.ORG && g.mentions.stream().allMatch(m -> Arrays.stream(
                Whitespace.split(m.text().toLowerCase(Locale.ROOT).strip())).allMatch(OrganisationWords::isUnit));
    }

    /**
     * "Sekretariat Negara" joins "Kementerian Sekretariat Negara": the name of a body without its head, written
     * after a title ("Menteri Sekretariat Negara, Pratikno", tribunnews.com, 10 September 2019), is the body the
     * article names with its head, when that leaves two words or more. The name after the head of an office that
     * stands for its territory is that territory: "Warga Cempaka Putih" beside "Polsek Cempaka Putih" (okezone.com,
     * 10 September 2019) is the place.
     */
    private static void joinBodiesWrittenWithoutHead(List<Group> groups) {
        Map<List<String>, Group> byWordsAfterHead = new HashMap<>();
        for (Group g : groups) {
            String[] lower = g.words.toArray(String[]::new);
            int head = g.type == EntityType.ORG && lower.length > 0 ? OrganisationWords.headLength(lower, 0) : 0;
            if (head > 0 && lower.length - head >= 2) {
                byWordsAfterHead.putIfAbsent(g.words.subList(head, lower.length), g);
            }
        }
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group bare : groups) {
            Group body = bare.type == EntityType.ORG ? byWordsAfterHead.get(bare.words) : null;
            if (body != null && body != bare && PlaceWords.isTerritorialUnit(body.words.get(0))) {
                bare.type = EntityType.LOC;
            } else if (body != null && body != bare && !joined.contains(body)) {
                body.absorb(bare);
                joined.add(bare);
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * "BPP Himpunan Pengusaha Muda Indonesia" joins "Himpunan Pengusaha Muda Indonesia": an organisation written as
     * the acronyms of one of its bodies before the name of another organisation of the article is that
     * organisation. So is a name of any type written as a unit of a body or an office's title or building before
     * the body's name, "Satlantas Polresta Barelang" and "Kapolsek Sumur Bandung" where the article names the
     * Polresta and the Polsek; these forms do not rename the organisation.
     */
    private static void joinUnitsToTheirOrganisations(List<Group> groups) {
        Map<List<String>, Group> byWords = new HashMap<>();
        for (Group g : groups) {
            if (g.type == EntityType.ORG && g.words.size() >= 2) {
                byWords.putIfAbsent(g.words, g);
            }
        }
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group unit : groups) {
            String[] written = Whitespace.split(unit.mentions.get(0).text());
            if (written.length != unit.words.size() || joined.contains(unit)) {
                continue;
            }
            Group organisation = unit.type == EntityType.ORG ? organisationAfterAcronyms(unit, written, byWords, joined) : null;
            if (organisation != null) {
                organisation.absorb(unit);
                joined.add(unit);
                continue;
            }
            Group body = organisationOfUnitOrOffice(unit, byWords);
            if (body != null && body != unit && !joined.contains(body)) {
                unit.mentions.forEach(m -> body.partForms.add(m.text()));
                body.absorb(unit);
                joined.add(unit);
            }
        }
        groups.removeIf(joined::contains);
    }

    /** The organisation the acronyms opening {@code written} are a body of ("DPP PDI Perjuangan"), or null. */
    private static Group organisationAfterAcronyms(Group unit, String[] written, Map<List<String>, Group> byWords,
                                                   Set<Group> joined) {
        int acronyms = 0;
        while (acronyms < written.length && Gazetteer.isAcronym(written[acronyms])) {
            acronyms++;
        }
        // "DPP PDI Perjuangan": the acronyms of the body may run into the organisation's own
        for (int cut = 1; cut <= acronyms && unit.words.size() - cut >= 2; cut++) {
            Group organisation = byWords.get(unit.words.subList(cut, unit.words.size()));
            if (organisation != null && organisation != unit && !joined.contains(organisation)) {
                return organisation;
            }
        }
        return null;
    }

    /**
     * The organisation a name written as its units ("Unit Reskrim Polsek Sumur Bandung") or as an office's title
     * or building made of its head ("Mapolsek sumur Bandung") stands for, when the article names it; or null.
     */
    private static Group organisationOfUnitOrOffice(Group unit, Map<List<String>, Group> byWords) {
        List<String> words = unit.words;
        int units = 0;
        while (units < words.size() - 2 && OrganisationWords.isUnit(words.get(units))) {
            units++;
        }
        if (units > 0) {
            return byWords.get(words.subList(units, words.size()));
        }
        String head = OrganisationWords.officeHead(words.get(0));
        if (head == null || words.size() < 2) {
            return null;
        }
        List<String> body = new ArrayList<>(words);
        body.set(0, head);
        return byWords.get(body);
    }

    private static void indexTitleWords(Map<String, Set<Group>> peopleByTitleWord, Group person, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.role() != null) {
                for (String word : ROLE_BREAK.split(m.role())) {
                    peopleByTitleWord.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(person);
                }
            }
        }
    }

    private static boolean isSubsequence(List<String> shorter, List<String> longer) {
        int at = 0;
        for (String w : longer) {
            if (at < shorter.size() && shorter.get(at).equals(w)) {
                at++;
            }
        }
        return at == shorter.size();
    }

    /**
     * "UE" joins "Uni Eropa" and "MK" joins "Mahkamah Konstitusi" when the initials spell the acronym, and "HNW"
     * joins "Hidayat Nur Wahid" (sindonews.com, 15 September 2019), an unlisted acronym spelling the initials of one
     * person of the article, listed or named with a title, whatever type it was tagged with: people of note are
     * written by their initials. A listed
     * acronym joins another long form only where the article defines it so, right after the long form in
     * brackets: after "Partai Bulan Bintang (PBB)", PBB is that party, while "AS" beside "Arab Saudi" stays the
     * United States.
     */
    private static void joinAcronyms(List<Group> groups) {
        Map<String, List<Group>> byInitials = new HashMap<>();
        Map<String, List<Group>> peopleByInitials = new HashMap<>();
        for (Group full : groups) {
            if (full.type != EntityType.PER && full.words.size() >= 2) {
                byInitials.computeIfAbsent(initials(full.mentions.get(0).text()), k -> new ArrayList<>()).add(full);
            } else if (full.type == EntityType.PER && full.words.size() >= MIN_PERSON_INITIALS && isKnownPerson(full)) {
                full.mentions.forEach(m -> peopleByInitials.computeIfAbsent(initials(withoutHonorifics(m.text())),
                        k -> new ArrayList<>()).add(full));
            }
        }
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Integer, Group> byEnd = new HashMap<>();
        for (Group full : groups) {
            if (full.type == EntityType.ORG && full.words.size() >= 2) {
                full.mentions.forEach(m -> byEnd.putIfAbsent(m.span().end(), full));
            }
        }
        for (Group acronym : groups) {
            String written = withoutLegalForm(acronym.mentions.get(0).text());
            boolean onlyAcronym = Gazetteer.isAcronym(written) && written.indexOf(' ') < 0
                    && acronym.mentions.stream().allMatch(m -> withoutLegalForm(m.text()).equals(written));
            boolean spelt = false;
            boolean afterLegalForm = !written.equals(acronym.mentions.get(0).text());
            List<Group> people = onlyAcronym && !afterLegalForm && acronym.listed == null
                    && written.length() >= MIN_PERSON_INITIALS
                    ? peopleByInitials.getOrDefault(written, List.of()) : List.of();
            if (new HashSet<>(people).size() == 1) {
                people.get(0).absorb(acronym);
                joined.add(acronym);
                continue;
            }
            if (onlyAcronym && acronym.type != EntityType.PER) {
                for (Group full : byInitials.getOrDefault(written.toUpperCase(Locale.ROOT), List.of())) {
                    if (acronym.listed == null || definedInBrackets(full, acronym)) {
                        full.absorb(acronym);
                        joined.add(acronym);
                        spelt = true;
                        break;
                    }
                }
            }
            if (!spelt && acronym.type == EntityType.ORG && acronym.listed == null) {
                Group full = shortenedInBrackets(byEnd, acronym);
                if (full != null) {
                    full.absorb(acronym);
                    joined.add(acronym);
                }
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * A company's short form written after its legal form is the short form ("PT JJC" after "PT Jasamarga
     * Jalanlayang Cikampek (JJC)", okezone.com, 10 September 2019): "JJC" for "PT JJC". Other names as written.
     */
    private static String withoutLegalForm(String written) {
        int space = written.indexOf(' ');
        return space > 0 && OrganisationWords.isCompanyForm(written.substring(0, space).toLowerCase(Locale.ROOT))
                ? written.substring(space + 1) : written;
    }

    /**
     * "Kejari Jakarta Selatan" and "Kejaksaan Negeri Jakarta Selatan" join "Kejaksaan Negeri (Kejari) Jakarta
     * Selatan" (sindonews.com, 13 September 2019): an organisation written with its short form in brackets before
     * the place it serves is named by either form with that place, and by its short form alone ("Hippa" after
     * "Himpunan Petani Pemakai Air (Hippa) Karangtinoto", okezone.com), whatever type it was tagged with. So is a
     * site written so ("TMP Kalibata" after "Taman Makam Pahlawan (TMP) Kalibata", sindonews.com, 12 September 2019).
     */
    private static void joinShortFormsWrittenInside(List<Group> groups) {
        Map<String, Group> byKey = new HashMap<>();
        groups.forEach(g -> byKey.putIfAbsent(String.join(" ", g.words), g));
        Set<Group> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group g : groups) {
            if (g.type == EntityType.PER || joined.contains(g)) {
                continue;
            }
            for (String written : g.mentions.stream().map(Mention::text).distinct().toList()) {
                Matcher m = SHORT_FORM_INSIDE.matcher(written);
                if (!m.matches()) {
                    continue;
                }
                for (String form : List.of(m.group(2), m.group(2) + " " + m.group(3), m.group(1) + " " + m.group(3))) {
                    Group other = byKey.get(NameKey.of(form));
                    if (other != null && other != g && !joined.contains(other)) {
                        g.absorb(other);
                        joined.add(other);
                    }
                }
            }
        }
        groups.removeIf(joined::contains);
    }

    /**
     * Whether a person is one beyond the capitals the tagger read: listed, or given a job title in the text ("Wakil
     * Ketua MPR Hidayat Nur Wahid"). Foreign words the tagger took for a name ("Rhenisch Wesfalische Tehnische
     * Hochscule (RWTH)") are neither.
     */
    private static boolean isKnownPerson(Group person) {
        return person.listed != null || person.mentions.stream().anyMatch(m -> m.role() != null);
    }

    /**
     * "Pemkab Klungkung" joins "Pemerintah Kabupaten Klungkung" (IndoSum, ANTARA News): a body written with the
     * short form of its opening words is the body written with them in full.
     */
    private static void joinBodiesWrittenShort(List<Group> groups) {
        joinFirstOfKey(groups, g -> g.type != EntityType.ORG ? null : g.words.size() >= 2 ? inFull(g.words) : g.words);
    }

    /**
     * The words of a body's name with its short forms written in full and without the word saying its region is a
     * province: "Pemkab Klungkung" is "pemerintah kabupaten klungkung", and "Dinkes Kalbar" and "Dinas Kesehatan
     * Provinsi Kalimantan Barat" are both "dinas kesehatan kalimantan barat", one office. A province's government
     * keeps the word: "Pemerintah Provinsi DKI Jakarta" is "Pemprov DKI", not a town's.
     */
    private static List<String> inFull(List<String> words) {
        List<String> expanded = new ArrayList<>(words.size() + 2);
        for (String word : words) {
            List<String> full = SHORT_FORMS.get(word);
            if (full != null) {
                expanded.addAll(full);
            } else if (!(PlaceWords.isProvince(word) && !expanded.isEmpty()
                    && !PlaceWords.isGovernment(expanded.get(expanded.size() - 1)))) {
                expanded.add(word);
            }
        }
        return expanded;
    }

    private static Map<String, List<String>> shortForms() {
        Map<String, List<String>> out = new HashMap<>();
        for (ShortForms.ShortForm form : ShortForms.ALL) {
            out.put(NameKey.of(form.shortForm()), NameKey.words(form.inFull().replace('-', ' ')));
        }
        return Map.copyOf(out);
    }

    /**
     * The organisation a name shortens where it is written right after its long form, its letters taken in
     * order from the long form's and opening alike: "Himpunan Pengusaha Muda Indonesia (Hipmi)", "Badan Pengawas
     * Pemilu (Bawaslu)", "PT Dirgantara Indonesia (PT DI)". Null when there is none.
     */
    private static Group shortenedInBrackets(Map<Integer, Group> byEnd, Group shortForm) {
        String letters = shortForm.mentions.get(0).text().toLowerCase(Locale.ROOT);
        for (Mention m : shortForm.mentions) {
            for (int gap = 1; gap <= MAX_BRACKET_GAP; gap++) {
                Group full = byEnd.get(m.span().start() - gap);
                if (full != null && full != shortForm && spellsFrom(letters, full.mentions.get(0).text().toLowerCase(Locale.ROOT))) {
                    return full;
                }
            }
        }
        return null;
    }

    /** Whether {@code shortForm} opens with {@code longForm}'s first letter and takes all its letters from it in order. */
    static boolean spellsFrom(String shortForm, String longForm) {
        if (shortForm.isEmpty() || longForm.isEmpty() || shortForm.charAt(0) != longForm.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < longForm.length() && at < shortForm.length(); i++) {
            if (longForm.charAt(i) == shortForm.charAt(at)) {
                at++;
            }
        }
        return at == shortForm.length();
    }

    /** Whether an acronym is written right after its long form: "Partai Bulan Bintang (PBB)". */
    private static boolean definedInBrackets(Group full, Group acronym) {
        Set<Integer> longFormEnds = new HashSet<>();
        full.mentions.forEach(f -> longFormEnds.add(f.span().end()));
        for (Mention a : acronym.mentions) {
            for (int gap = 1; gap <= MAX_BRACKET_GAP; gap++) {
                if (longFormEnds.contains(a.span().start() - gap)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : NAME_BREAK.split(name)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && !INITIAL_SKIPS.contains(lower) && !OrganisationWords.isCompanyForm(lower)
                    && Character.isLetter(w.charAt(0))) {
                out.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return out.toString();
    }

    private static Entity toEntity(Group g) {
        Set<String> forms = new LinkedHashSet<>();
        Map<String, String> roles = new LinkedHashMap<>();
        List<Span> spans = new ArrayList<>();
        String fullest = null;
        int fullestWords = 0;
        for (Mention m : g.mentions) {
            forms.add(m.text());
            spans.add(m.span());
            if (g.partForms.contains(m.text())) {
                continue;
            }
            if (m.role() != null) {
                roles.putIfAbsent(m.role().toLowerCase(Locale.ROOT), m.role());
            }
            String bare = withoutShortFormInside(withoutHonorifics(m.text()));
            int n = Whitespace.split(bare).length;
            if (fullest == null || n > fullestWords || (n == fullestWords && bare.length() > fullest.length())) {
                fullest = bare;
                fullestWords = n;
            }
        }
        String name = g.listed != null && namesAsWritten(g.listed.canonical(), forms) ? g.listed.canonical()
                : g.type == EntityType.ORG ? bodyNamed(fullest) : fullest;
        return new Entity(name, g.type, List.copyOf(forms), List.copyOf(roles.values()), spans);
    }

    /**
     * The body an organisation's name written as its head's title or as its units stands for, where the article
     * writes it only so: "Kapolsek Bagor" is the "Polsek Bagor" (okezone.com, 12 September 2019), "Satreskrim Polres
     * Batu" the "Polres Batu"; the forms written stay its mentions. Other names as they are.
     */
    static String bodyNamed(String name) {
        String[] words = Whitespace.split(name);
        if (words.length < 2) {
            return name;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        String head = OrganisationWords.officeHead(first);
        if (head != null) {
            String written = words[0].substring(words[0].length() - head.length());
            words[0] = Character.toUpperCase(written.charAt(0)) + written.substring(1);
            return String.join(" ", words);
        }
        int units = 0;
        while (units < words.length - 2 && OrganisationWords.isUnit(words[units].toLowerCase(Locale.ROOT))) {
            units++;
        }
        return units > 0 && OrganisationWords.isHead(words[units].toLowerCase(Locale.ROOT))
                ? String.join(" ", Arrays.asList(words).subList(units, words.length)) : name;
    }

    /**
     * Whether the listed canonical name may stand for what the article wrote: when the article writes it, or
     * when every form written is a spelling of it ("Perancis" for "Prancis", "Syria" for "Suriah"). A short form,
     * acronym or other name ("Jakarta" for "DKI Jakarta", "JK", "Tiongkok" for "China") only merges mentions;
     * the entity keeps the fullest form the article uses.
     */
    static boolean namesAsWritten(String canonical, Set<String> forms) {
        String key = NameKey.of(canonical);
        boolean allSpellings = true;
        for (String form : forms) {
            String written = withoutHonorifics(form);
            if (NameKey.of(written).equals(key)) {
                return true;
            }
            allSpellings &= isSpellingOf(written, canonical);
        }
        return allSpellings;
    }

    /** Same number of words, not an acronym, and at most a few letters apart. */
    private static boolean isSpellingOf(String written, String canonical) {
        if (Gazetteer.isAcronym(written) || Whitespace.split(written).length != Whitespace.split(canonical).length) {
            return false;
        }
        String a = written.toLowerCase(Locale.ROOT);
        String b = canonical.toLowerCase(Locale.ROOT);
        return editDistance(a, b)
                <= Math.max(LISTED_NAME_MIN_EDITS, Math.min(a.length(), b.length()) / LETTERS_PER_SPELLING_EDIT);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "Kejaksaan Negeri Jakarta Selatan" for "Kejaksaan Negeri (Kejari) Jakarta Selatan": a name reads without its short form. */
    private static String withoutShortFormInside(String written) {
        Matcher m = SHORT_FORM_INSIDE.matcher(written);
        return m.matches() ? m.group(1) + " " + m.group(3) : written;
    }

    /** The name without titles and degrees written around it: "Dr. H. Ahmad, S.H." is "Ahmad". */
    static String withoutHonorifics(String text) {
        String[] words = Whitespace.split(text.trim());
        int from = 0;
        int to = words.length;
        while (from < to - 1 && NameKey.isHonorific(words[from])) {
            from++;
        }
        while (to - 1 > from && (NameKey.isHonorific(words[to - 1]) || words[to - 1].equals(","))) {
            to--;
        }
        String joined = String.join(" ", Arrays.asList(words).subList(from, to));
        return TRAILING_COMMA.matcher(joined).replaceAll("");
    }
}
