package id.kabar.annotate.quote;

import id.kabar.annotate.entity.NameFinder;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.ShortForms;
import id.kabar.lang.ShortForms.ShortForm;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a speaker phrase into a speaker. A person named in the phrase wins over the organisation or place
 * in their title ({@code juru bicara Kremlin Dmitry Peskov} is Peskov); a description ending in a
 * demonstrative ({@code pelatih asal Brasil ini}) points back like a pronoun; a title the recognizer attached
 * to a person ({@code Ketua Umum PAN}) is that person; a phrase headed by a group noun with no person in it is
 * an unnamed group ({@code pejabat Ukraina}, typed OTHER). When no entity covers the phrase, its capitalised
 * name is taken as a person so that a surname still identifies the speaker. A nickname the text sets in quotation
 * marks inside a name ({@code Hartanto "POKKA" Lius}) stands for that person.
 */
final class SpeakerResolver {
    /**
     * Longest description after a title, in tokens, that may run on to its closing demonstrative: {@code pelatih
     * berusia 52 tahun itu} takes four (kompas.com, 16 September 2019); a longer run is a clause of its own.
     */
    private static final int MAX_DESCRIBING_CLAUSE = 6;
    /**
     * Words a title may take right before its holder's name, its place included: {@code Wagub Sumsel Mawardi Yahya}
     * takes two (tribunnews.com, 10 September 2019), {@code Kapolres Metro Bekasi} three.
     */
    private static final int MAX_TITLE_WORDS_BEFORE_NAME = 3;
    /** The words in full of each short form ({@code short-forms.txt}), lower case: {@code menpora} is four words. */
    private static final Map<String, String[]> IN_FULL = ShortForms.ALL.stream().collect(
            Collectors.toMap(ShortForm::shortForm, f -> f.inFull().toLowerCase(Locale.ROOT).split(" "), (a, b) -> a));
    private final Passage passage;
    private final MentionIndex mentions;
    private final List<Entity> people;
    /** The entity stage's finder of the names its tagger missed, over this page. */
    private final NameFinder names;
    /** Nicknames set in quotation marks inside a name, each with the name around it. */
    private final Map<String, String> nicknamed;

    SpeakerResolver(Passage passage, MentionIndex mentions, List<Entity> entities) {
        this.passage = passage;
        this.mentions = mentions;
        this.people = entities.stream().filter(e -> e.type() == EntityType.PER).toList();
        this.names = new NameFinder(passage,
                w -> SpeakerWords.opensClause(w) || ReportingCues.isMenurut(w) || SpeakerWords.isLegalText(w),
                SpeakerWords::isNameParticle);
        this.nicknamed = nicknamedPeople(passage);
    }

    /**
     * The speaker a phrase (tokens {@code [from, to)}) names; descriptions are looked up in {@code salience}. A person
     * named by the nickname alone is the person the nickname was set in ({@code ujar POKKA}).
     */
    Optional<Speaker> resolve(int from, int to, Salience salience) {
        return resolveNamed(from, to, salience).map(this::byFullName);
    }

    /**
     * The person a nickname set inside their name stands for, whatever the recognizer took the nickname for (a
     * nickname in capitals, {@code POKKA}, reads as an acronym); any other speaker as it is.
     */
    private Speaker byFullName(Speaker s) {
        String full = s.type() != EntityType.LOC ? nicknamed.get(s.name()) : null;
        return full == null ? s : new Speaker(full, EntityType.PER);
    }

    /**
     * Nicknames the page sets in quotation marks between a given name and a surname, each with that name: {@code
     * Hartanto "POKKA" Lius}, {@code Stefano "Teco" Cugurra} (tempo.co and sindonews.com, September
     * 2019), whom the reports go on to quote by the nickname alone.
     */
    private static Map<String, String> nicknamedPeople(Passage passage) {
        Map<String, String> out = new HashMap<>();
        for (int t = 1; t + 3 < passage.size(); t++) {
            if (isQuoteMark(passage.word(t)) && isQuoteMark(passage.word(t + 2)) && passage.isWord(t - 1)
                    && passage.isWord(t + 1) && passage.isWord(t + 3) && passage.isCapitalised(t - 1)
                    && passage.isCapitalised(t + 1) && passage.isCapitalised(t + 3)
                    && passage.sentenceOf(t - 1) == passage.sentenceOf(t + 3)) {
                out.putIfAbsent(passage.word(t + 1), passage.word(t - 1) + " " + passage.word(t + 3));
            }
        }
        return out;
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”");
    }

    private Optional<Speaker> resolveNamed(int from, int to, Salience salience) {
        Optional<Speaker> sameSource = unnamedNamedAgain(from, to, salience);
        if (sameSource.isPresent()) {
            return sameSource;
        }
        if (refersBack(from, to)) {
            return referent(from, salience);
        }
        while (from < to && (!passage.isWord(from) || SpeakerWords.isDeterminer(passage.lower(from)))) {
            from++;
        }
        while (to > from && !passage.isWord(to - 1) && !passage.is(to - 1, ")")) {
            to--;
        }
        if (from >= to || SpeakerWords.isLegalText(passage.lower(from))) {
            return Optional.empty(); // a law cited is no one speaking
        }
        if (to - from > 1 && SpeakerWords.isDemonstrative(passage.lower(to - 1)) && !qualified(from, to)) {
            if (SpeakerWords.isBody(passage.lower(from))) {
                // "ucap kementerian itu": the ministry named before speaks, not the last person
                Optional<Mention> body = mentions.lastOrganisationBefore(passage.token(from).start());
                if (body.isPresent()) {
                    return Optional.of(speaker(body.get()));
                }
            }
            Optional<Speaker> referent = salience.personBefore(passage.token(from).start());
            if (referent.isPresent()) {
                return referent;
            }
            // no person made the topic yet: the organisation the sentence before opens with ("Grup band Mocca
            // tergerak ... Pelantun hit I Remember itu membocorkan"), not the person the recognizer read inside the
            // description (a song). A description naming no one ("raksasa teknologi ini", "Hasil ini") is left: so
            // resolved, it gave the week's false quotes of things added and results ("menambahkan dua lensa") a speaker
            int sentence = passage.sentenceOf(from);
            Optional<Speaker> body = sentence == 0 || person(from, to).isEmpty() ? Optional.empty()
                    : salience.runOnSubject(passage.token(passage.first(sentence - 1)).start(),
                            passage.token(passage.first(sentence)).start());
            if (body.isPresent()) {
                return body;
            }
        }
        if (to - from == 1 && SpeakerWords.isBody(passage.lower(from)) && passage.isCapitalised(from)
                && from == sentenceStart(from)) {
            // "Perusahaan juga mengaku akan berinvestasi di GrabPay": a lone body noun opening its sentence is the
            // organisation named before, as "ucap kementerian itu" is
            Optional<Mention> body = mentions.lastOrganisationBefore(passage.token(from).start());
            if (body.isPresent()) {
                return Optional.of(speaker(body.get()));
            }
        }
        Optional<Speaker> tied = tiedToNamed(from, to);
        if (tied.isPresent()) {
            return tied;
        }
        Optional<Speaker> person = nameBeforeTitle(from, to);
        if (person.isEmpty()) {
            person = person(from, to);
        }
        if (person.isPresent()) {
            return person;
        }
        Optional<Speaker> titled = titled(passage.text(from, to));
        if (titled.isEmpty() && to - from == 1) {
            titled = holderNamedBefore(passage.lower(from), passage.token(from).start());
        }
        if (titled.isPresent()) {
            return titled;
        }
        if (holderLost(from, to)) {
            Optional<Speaker> holder = personInSentenceAfter(to);
            if (holder.isPresent()) {
                return holder;
            }
        }
        int start = passage.token(from).start();
        int end = passage.token(to - 1).end();
        List<Mention> named = withoutWhereabouts(mentions.within(start, end));
        boolean group = SpeakerWords.isGroupHead(passage.lower(from));
        if (!named.isEmpty()) {
            Mention whole = named.get(0);
            if (named.size() == 1 && whole.start() == start && whole.end() == end) {
                return Optional.of(speaker(whole));
            }
            Mention last = named.get(named.size() - 1);
            int lastAt = passage.tokenAtOrAfter(last.start());
            if (lastAt > from && SpeakerWords.isNaming(passage.lower(lastAt - 1))) {
                // "seorang penumpang bernama A Dalimunthe": the name given is a person's, whatever it was tagged
                return Optional.of(new Speaker(last.entity().name(), EntityType.PER));
            }
            int after = passage.tokenAtOrAfter(last.end());
            Optional<String> holder = last.end() < end ? names.capitalisedName(after, untilWhereabouts(after, to))
                    : Optional.empty();
            if (holder.isPresent()) {
                // a name the recognizer missed after the body it serves: "Sekda DKI Jakarta Saefullah"
                return Optional.of(new Speaker(holder.get(), EntityType.PER));
            }
            if (!group && modifiesNoun(last, from)) {
                return Optional.of(unnamedGroup(titleStart(from, passage.tokenAtOrAfter(last.start())), to));
            }
            return Optional.of(group ? unnamedGroup(from, to) : speaker(last));
        }
        Optional<String> name = names.capitalisedName(from, to);
        if (group) {
            // with no entities known, a lone capitalised word after a group noun is the group's place
            // ("pejabat Ukraina"); where the recognizer ran and left it untagged, it is a name ("jaksa Irene")
            Speaker unnamed = unnamedGroup(from, to);
            return Optional.of(name.filter(n -> n.indexOf(' ') > 0 || !mentions.isEmpty())
                    .map(n -> new Speaker(n, EntityType.PER)).orElse(unnamed));
        }
        return name.map(n -> new Speaker(n, EntityType.PER));
    }

    /**
     * The unnamed speaker quoted before whom a phrase names again by the head noun of their phrase, closed by a
     * demonstrative or opened by a definite article ({@code lanjut sumber itu}, {@code Sang sumber juga menyebut}
     * after {@code kata seorang sumber}, CNN Indonesia, IndoSum): that source, not the person or outlet made the
     * topic since.
     */
    private Optional<Speaker> unnamedNamedAgain(int from, int to, Salience salience) {
        while (from < to && !passage.isWord(from)) {
            from++;
        }
        while (to > from && !passage.isWord(to - 1)) {
            to--;
        }
        boolean definite = from < to && SpeakerWords.isDefinite(passage.lower(from));
        if (definite) {
            from++;
        }
        boolean namedAgain = definite ? to - from == 1
                : to - from == 2 && SpeakerWords.isDemonstrative(passage.lower(to - 1));
        if (!namedAgain || !SpeakerWords.isGroupHead(passage.lower(from))) {
            return Optional.empty();
        }
        return salience.unnamedQuotedBefore(passage.token(from).start(), passage.lower(from));
    }

    /** The first token of the sentence holding token {@code t}. */
    private int sentenceStart(int t) {
        return passage.first(passage.sentenceOf(t));
    }

    /**
     * The unnamed person a phrase names by their tie to the one person it names, who closes it: {@code kuasa hukum
     * Axel menyebut kliennya ...} (suara.com, 2017) is the lawyer, not Axel.
     */
    private Optional<Speaker> tiedToNamed(int from, int to) {
        String head = passage.lower(from);
        int name = SpeakerWords.isKin(head) ? from + 1
                : from + 1 < to && SpeakerWords.isKin(head + " " + passage.lower(from + 1)) ? from + 2 : from;
        if (name == from || name >= to || to < passage.size() && FunctionWords.isRelative(passage.lower(to))) {
            // "Istri Sheldon yang berusia 73 tahun itu": a tie its own clause describes is someone named before
            return Optional.empty();
        }
        int start = passage.token(name).start();
        int end = passage.token(to - 1).end();
        List<Mention> named = mentions.within(start, end);
        boolean onePersonAfterTie = named.size() == 1 && named.get(0).entity().type() == EntityType.PER
                && named.get(0).start() == start && named.get(0).end() == end;
        if (!onePersonAfterTie) {
            return Optional.empty();
        }
        // "Thareq Kemal Habibie, putra Habibie, mengatakan": the name the tie is set after is the speaker's
        return namedBefore(from).or(() -> Optional.of(new Speaker(passage.text(from, to), EntityType.OTHER)));
    }

    /**
     * Whether a phrase describes a person already named instead of naming anyone: one headed by a noun for a
     * person with no person named in it ({@code pria yang akrab disapa WS ini}, cut at its clause to {@code pria}) or
     * only a kin of theirs ({@code pria beristrikan Ny Mestafuljana}),
     * a title closed by a demonstrative ({@code pelatih asal Lampung itu}) or described by its own relative clause
     * ({@code pemain yang gawangnya dijebol enam gol}). Such a phrase is resolved
     * only to its referent: the place or name inside it ({@code Lampung}) is not the speaker. A phrase opened by
     * an indefinite ({@code seorang pria}) brings in someone new.
     */
    boolean refersBack(int from, int to) {
        while (from < to && !passage.isWord(from)) {
            from++;
        }
        boolean known = from < to && SpeakerWords.marksKnown(passage.lower(from));
        if (from < to && SpeakerWords.isDefinite(passage.lower(from))) {
            from++; // "sang pelatih"
        }
        if (from >= to || SpeakerWords.isDeterminer(passage.lower(from))) {
            return false;
        }
        String head = passage.lower(from);
        boolean demonstrative = to - from > 1 && SpeakerWords.isDemonstrative(passage.lower(to - 1));
        if (SpeakerWords.isPersonNoun(head)) {
            // "Pria beristrikan Ny Mestafuljana, mengaku ...": the name after a tie is the kin, not the man
            return demonstrative || person(from, to).isEmpty()
                    || from + 1 < to && SpeakerWords.tiesToKin(passage.lower(from + 1));
        }
        if (known && !SpeakerWords.isRole(head) && !SpeakerWords.isKin(head) && !SpeakerWords.isGroupHead(head)) {
            // "Sang pedangdut tak memungkiri, ...": the article marks someone known, whatever noun it describes; a
            // tie ("sang istri") is someone else, the known person's kin, and a profession the text may give someone
            // it never names ("sang dokter" of Kim's diagnosis)
            return person(from, to).isEmpty();
        }
        if (!SpeakerWords.isRole(head) || SpeakerWords.isGroupHead(head)) {
            return false;
        }
        // "ujar pemain yang gawangnya dijebol enam gol ...", "ujar pelatih berusia 52 tahun itu": a title its own
        // clause describes is someone known
        return describedByClause(from) || demonstrative && !qualified(from, to);
    }

    /**
     * Whether the title at token {@code from} is described by its own clause: a relative one ({@code pemain yang
     * gawangnya dijebol}), or words running on within the sentence to a demonstrative that closes the description
     * ({@code pelatih berusia 52 tahun itu}), which the phrase cut at the clause's first verb no longer holds.
     */
    private boolean describedByClause(int from) {
        int sentence = passage.sentenceOf(from);
        if (from + 1 >= passage.size() || passage.sentenceOf(from + 1) != sentence) {
            return false;
        }
        if (FunctionWords.isRelative(passage.lower(from + 1))) {
            return true;
        }
        for (int t = from + 1; t < passage.size() && t - from <= MAX_DESCRIBING_CLAUSE
                && passage.sentenceOf(t) == sentence && passage.isWord(t); t++) {
            if (SpeakerWords.isDemonstrative(passage.lower(t))) {
                return t > from + 1;
            }
        }
        return false;
    }

    /**
     * The person a description at token {@code from} points back to: the one the text last made its topic,
     * else the last person it named; none when the text has named no one before it.
     */
    private Optional<Speaker> referent(int from, Salience salience) {
        int position = passage.token(from).start();
        return salience.personBefore(position).or(() -> personNamedBefore(position));
    }

    /**
     * A place named after "di" tells where the speaker is, not who: in "menurut National Health Service (NHS) di
     * Inggris" the source is the service. Such places are left out when something else is named.
     */
    private List<Mention> withoutWhereabouts(List<Mention> named) {
        List<Mention> kept = named.stream().filter(m -> !isWhereabouts(m)).toList();
        return kept.isEmpty() ? named : kept;
    }

    /**
     * Whether a place or a body in a longer phrase tells whom the noun before it serves or comes from
     * ({@code Kapolresta Depok}, {@code pemain Indonesia}, {@code Sekutu Iran itu} opening a sentence,
     * {@code Panglima TNI}): the speaker is that noun's holder, not the place or the body. A place after a comma
     * or inside a run of capitalised words is rather a name the recognizer took for a place ({@code Koordinator
     * Aksi, Wiryawan}), kept as written; a body counts only after a title.
     */
    private boolean modifiesNoun(Mention named, int from) {
        EntityType type = named.entity().type();
        if (type != EntityType.LOC && type != EntityType.ORG) {
            return false;
        }
        int t = passage.tokenAtOrAfter(named.start());
        if (t <= from || !passage.isWord(t - 1)) {
            return false;
        }
        String before = passage.lower(t - 1);
        if (SpeakerWords.isPreposition(before)) {
            return false; // "di Balai Kota": where, not whose
        }
        boolean place = type == EntityType.LOC;
        return SpeakerWords.isRole(before) || place && (!passage.isCapitalised(t - 1) || t - 1 == from);
    }

    /**
     * Where the title before a body or place starts, past the words a loose phrase picked up before it
     * ({@code Selain itu Panglima TNI}, {@code pemaparan Wakil Presiden Barcelona}); {@code from} when none.
     */
    private int titleStart(int from, int body) {
        for (int t = from; t < body; t++) {
            if (passage.isWord(t) && SpeakerWords.isPersonTitle(passage.lower(t))) {
                return t;
            }
        }
        return from;
    }

    /**
     * Whether tokens {@code [from, to)} are a person's title whose holder's name the scrape took out, leaving the
     * comma after the name standing apart before the verb of saying ({@code Gubernur Jawa Timur , mengatakan ...},
     * kompas.com): no person is named in the phrase, and a space stands before the comma that ends it. A title
     * after the quote pointing back ({@code ujar anggota , ini}) is someone the text named before.
     */
    private boolean holderLost(int from, int to) {
        return to + 1 < passage.size() && passage.is(to, ",") && passage.token(to).start() > passage.token(to - 1).end()
                && ReportingCues.leading(passage.lower(to + 1)).isPresent()
                && SpeakerWords.isPersonTitle(passage.lower(from)) && person(from, to).isEmpty();
    }

    /**
     * The first person named, outside quotation marks, in the sentence after the one holding token {@code t}: the
     * holder of a title whose name was lost is the one the report then names ({@code ... kata Khofifah Indar
     * Parawansa}).
     */
    private Optional<Speaker> personInSentenceAfter(int t) {
        int next = passage.sentenceOf(t) + 1;
        if (next >= passage.sentenceCount()) {
            return Optional.empty();
        }
        int start = passage.token(passage.first(next)).start();
        int end = passage.token(passage.end(next) - 1).end();
        return mentions.firstPersonWithin(start, end).map(SpeakerResolver::speaker);
    }

    /** Where "di" starts the place a phrase's speaker is at, or {@code to}. */
    private int untilWhereabouts(int from, int to) {
        for (int t = from; t < to; t++) {
            if (FunctionWords.isAt(passage.lower(t))) {
                return t;
            }
        }
        return to;
    }

    private boolean isWhereabouts(Mention m) {
        int t = passage.tokenAtOrAfter(m.start());
        return m.entity().type() == EntityType.LOC && t > 0 && FunctionWords.isAt(passage.lower(t - 1));
    }

    /** The phrase itself as an unnamed speaker, for a quote whose attribution names no one we know. */
    Optional<Speaker> asWritten(int from, int to) {
        while (from < to && (!passage.isWord(from) || SpeakerWords.isDeterminer(passage.lower(from)))) {
            from++;
        }
        if (from >= to) {
            return Optional.empty();
        }
        if (to - from == 1 && passage.isCapitalised(from) && !SpeakerWords.isRole(passage.lower(from))) {
            // a name we could not confirm
            return Optional.of(byFullName(new Speaker(passage.word(from), EntityType.PER)));
        }
        return Optional.of(unnamedGroup(from, to));
    }

    /** The person an entity mention in the phrase names, if any: what makes a sentence's subject a referent. */
    Optional<Speaker> person(int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        Speaker found = null;
        List<Mention> within = mentions.within(passage.token(from).start(), passage.token(to - 1).end());
        for (Mention m : within) {
            if (m.entity().type() == EntityType.PER) {
                found = speaker(m);
            }
        }
        if (found == null && isTitledInitials(from, to)) {
            return Optional.of(new Speaker(passage.text(from, to), EntityType.PER));
        }
        if (found == null && within.isEmpty()) {
            // where no entity was recognised, a full name of two or more capitalised words stands for a person;
            // a single one may as well be a company or a country ("Pertamina menyatakan ...")
            return names.capitalisedName(from, to).filter(n -> n.indexOf(' ') > 0).map(n -> new Speaker(n, EntityType.PER));
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether tokens {@code [from, to)} are a person's title and initials ({@code Kades BS}): a village head or an
     * official the report names by initials, whatever type the recognizer gave the letters, is a person, and
     * unlike a suspect's bare initials ({@code HS (52)}) one the text may go on about.
     */
    private boolean isTitledInitials(int from, int to) {
        return to - from >= 2 && SpeakerWords.isPersonTitle(passage.lower(from)) && passage.isWord(to - 1)
                && MentionIndex.isInitials(passage.word(to - 1));
    }

    /**
     * The person a sentence opens with when the title at token {@code from} follows their name after a comma, the
     * title up to {@code to} naming no one itself: {@code Agus Wibowo, Pelaksana Tugas (Plt) Kepala Pusat Data
     * Informasi dan Humas mengatakan} (okezone.com) is Agus Wibowo's report, not one by a name the title's capitalised
     * words make up.
     */
    private Optional<Speaker> nameBeforeTitle(int from, int to) {
        if (from < 2 || !passage.is(from - 1, ",") || !SpeakerWords.isRole(passage.lower(from))
                || mentions.within(passage.token(from).start(), passage.token(to - 1).end()).stream()
                        .anyMatch(m -> m.entity().type() == EntityType.PER)) {
            return Optional.empty();
        }
        return namedBefore(from);
    }

    /** The person whose name alone opens the sentence and ends right before the comma at token {@code from - 1}. */
    private Optional<Speaker> namedBefore(int from) {
        if (from < 2 || !passage.is(from - 1, ",")) {
            return Optional.empty();
        }
        int first = passage.first(passage.sentenceOf(from));
        List<Mention> before = mentions.within(passage.token(first).start(), passage.token(from - 2).end());
        return before.size() == 1 && before.get(0).entity().type() == EntityType.PER
                && before.get(0).start() == passage.token(first).start()
                && before.get(0).end() == passage.token(from - 2).end()
                ? Optional.of(speaker(before.get(0))) : Optional.empty();
    }

    /**
     * The person or organisation named last in a sentence's subject, tokens {@code [from, to)}, closing it: {@code
     * Alfred Riedl} of {@code Pelatih timnas Indonesia Alfred Riedl}, {@code Mocca} of {@code Grup band Mocca}; empty
     * when the subject ends in other words ({@code Pelantun hit I Remember itu}) or names a place.
     */
    Optional<Speaker> namedSubject(int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        int end = passage.token(to - 1).end();
        List<Mention> within = mentions.within(passage.token(from).start(), end);
        return within.stream().filter(m -> m.end() == end)
                .filter(m -> m.entity().type() == EntityType.PER || m.entity().type() == EntityType.ORG)
                .reduce((a, b) -> b).map(SpeakerResolver::speaker);
    }

    /** The person most recently named before {@code position}, whatever their place in the sentence. */
    Optional<Speaker> personNamedBefore(int position) {
        return mentions.lastPersonBefore(position).map(SpeakerResolver::speaker);
    }

    private Optional<Speaker> titled(String phrase) {
        String wanted = phrase.toLowerCase(Locale.ROOT);
        for (Entity e : people) {
            for (String role : e.roles()) {
                if (role.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(new Speaker(e.name(), EntityType.PER));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The person last named before {@code position} whose title opens with the lone title word {@code head}: a
     * title standing alone after its holder was named with it points back to them ({@code Bupati Karanganyar
     * Juliyatmono ...} then {@code Menurut Bupati, ...}).
     */
    private Optional<Speaker> holderNamedBefore(String head, int position) {
        if (!SpeakerWords.isPersonTitle(head)) {
            return Optional.empty();
        }
        Entity holder = null;
        int latest = -1;
        for (Entity e : people) {
            boolean titledSo = e.roles().stream()
                    .anyMatch(r -> r.toLowerCase(Locale.ROOT).split(" ", 2)[0].equals(head));
            for (Span s : e.spans()) {
                if (s.end() <= position && s.start() > latest
                        && (titledSo || titledAt(head, s.start()) || titledInFull(head, s.start()))) {
                    latest = s.start();
                    holder = e;
                }
            }
        }
        return Optional.ofNullable(holder).map(e -> new Speaker(e.name(), EntityType.PER));
    }

    /**
     * Whether the title word {@code head} stands among the few words right before a name at {@code nameStart}, in
     * its sentence: {@code Wagub Sumsel Mawardi Yahya}, whose title the recognizer took for a place, so that a later
     * {@code ucap Wagub} is his (tribunnews.com, 10 September 2019).
     */
    private boolean titledAt(String head, int nameStart) {
        int name = passage.tokenAtOrAfter(nameStart);
        for (int t = name - 1; t >= 0 && name - t <= MAX_TITLE_WORDS_BEFORE_NAME && passage.isWord(t)
                && passage.sentenceOf(t) == passage.sentenceOf(name); t--) {
            if (passage.lower(t).equals(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the title word {@code head} is a short form whose words in full stand right before a name at {@code
     * nameStart}, or before one capitalised word the recognizer left out of the name: {@code kata Menpora} after
     * {@code Menteri Pemuda dan Olahraga Imam Nahrawi} (ANTARA, IndoSum), the name read as {@code Nahrawi}.
     */
    private boolean titledInFull(String head, int nameStart) {
        String[] full = IN_FULL.get(head);
        if (full == null) {
            return false;
        }
        int name = passage.tokenAtOrAfter(nameStart);
        for (int cut = 0; cut <= 1; cut++) {
            int first = name - cut - full.length;
            if (first < 0 || cut == 1 && !passage.isCapitalised(name - 1)
                    || passage.sentenceOf(first) != passage.sentenceOf(name)) {
                continue;
            }
            boolean spelt = true;
            for (int i = 0; i < full.length && spelt; i++) {
                spelt = passage.lower(first + i).equals(full[i]);
            }
            if (spelt) {
                return true;
            }
        }
        return false;
    }

    /** Whether a qualifying clause or preposition follows the head: {@code sumber yang terlibat dalam film ini}. */
    private boolean qualified(int from, int to) {
        for (int t = from + 1; t < to; t++) {
            if (SpeakerWords.isPreposition(passage.word(t))) {
                return true;
            }
        }
        return false;
    }

    /** The group phrase up to any qualifying clause: {@code sumber yang terlibat dalam produksi} is {@code sumber}. */
    private Speaker unnamedGroup(int from, int to) {
        int end = from + 1;
        while (end < to && !SpeakerWords.isPreposition(passage.word(end))) {
            end++;
        }
        return new Speaker(passage.text(from, end), EntityType.OTHER);
    }

    private static Speaker speaker(Mention m) {
        return new Speaker(m.entity().name(), m.entity().type());
    }
}
