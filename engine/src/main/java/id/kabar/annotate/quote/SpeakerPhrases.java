package id.kabar.annotate.quote;

import id.kabar.lang.Affixes;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.WordLists;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the words that name a speaker around a reporting cue: the subject before a verb
 * ({@code Vladimir Medinsky, kepala delegasi Rusia, mengatakan}) or the phrase after a post-posed cue
 * ({@code “...,” ujar juru bicara Kremlin, Dmitry Peskov, saat ...}).
 */
final class SpeakerPhrases {
    /** Longest subject or speaker phrase considered, in tokens. */
    private static final int MAX_PHRASE = 12;
    /**
     * Longest phrase after a cue that opens with a job title: a company's title in full runs longer before its
     * holder ({@code Marketing and Communication Department Head PT Jasa Marga (Persero) Tbk Regional
     * JabodetabekJabar, Irra Susiyanti}: 16 tokens to the name, okezone.com, 15 September 2019).
     */
    private static final int MAX_TITLE_PHRASE = 20;
    /**
     * Words of a relative clause describing a title before its holder's name after a comma: {@code yang bertanggung
     * jawab atas penyediaan ban bagi balap motor} takes nine (CNN Indonesia, IndoSum); a longer one tells of more than
     * who speaks.
     */
    private static final int MAX_RELATIVE_IN_TITLE = 12;
    /** How far into a paragraph's first sentence a dateline dash may sit ({@code SERAMBINEWS.COM, MOSKOW -}). */
    private static final int MAX_DATELINE = 8;
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** How long a sentence-opening adverbial before the subject may be: {@code Setelah mengalami musim sulit itu,}. */
    private static final int MAX_OPENING_ADVERBIAL = 8;
    /**
     * Words of a holder's name the entity stage left untagged after a title and a comma: a given name and a surname,
     * with a patronym or a second surname ({@code Wan Nurshima Wan Jusoh} takes four).
     */
    private static final int MAX_UNTAGGED_NAME = 4;
    /** Words of a rank or an academic title before a holder's name after a comma: {@code Kombes Pol} takes two. */
    private static final int MAX_RANK_WORDS = 3;
    /** A person's age as the text brackets it after the name: one to three digits. */
    private static final Pattern AGE = Pattern.compile("\\d{1,3}");
    /** Tokens of a short form in brackets: the brackets and the one word between them ({@code (Plt)}). */
    private static final int SHORT_FORM_TOKENS = 3;
    /** The number of one of several offices of a title ({@code Asisten Daerah (Asda) 2}): one or two digits. */
    private static final Pattern OFFICE_NUMBER = Pattern.compile("\\d{1,2}");
    /** The year of a season a title names after its body ({@code PPIH 2019}): four digits. */
    private static final Pattern SEASON = Pattern.compile("(19|20)\\d{2}");
    private static final Set<String> PHRASE_BREAKS = Set.of("-", "–", "—", ":", ";", "\"", "“", "”", "(", "‘", "’");

    /** How many tokens of connectives may precede a sentence-opening cue ({@code Namun, menurut X, ...}). */
    private static final int OPENING_REACH = 3;
    private static final Set<String> OPENING_CONNECTIVES = WordLists.set(WordLists.class,
            "opening-connectives.txt");

    /**
     * Longest relative clause, in tokens, between a person's name opening a sentence and the verb of saying it is
     * the subject of: {@code Yulianti yang juga masuk dalam Gerakan Masyarakat Sipil untuk sahkan RUU PKS mengatakan}
     * takes eleven (tempo.co, 14 September 2019); a longer run holds a predicate of its own.
     */
    private static final int MAX_RELATIVE_CLAUSE = 12;
    /** Words of whom a speaker told, between their name and the verb: {@code kepada awak media} takes three. */
    private static final int MAX_ADDRESSEE = 3;

    private final Passage passage;
    /** Where the people the entity stage found are named, as body offsets: start to end. */
    private final Set<Span> people;
    /** The end of the longest person's name the entity stage found starting at each body offset. */
    private final Map<Integer, Integer> personEnds;
    /** Where the organisations and places the entity stage found are named. */
    private final Set<Span> bodies;

    SpeakerPhrases(Passage passage, List<Entity> entities) {
        this.passage = passage;
        this.people = entities.stream().filter(e -> e.type() == EntityType.PER).flatMap(e -> e.spans().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.personEnds = people.stream().collect(Collectors.toUnmodifiableMap(Span::start, Span::end, Math::max));
        this.bodies = entities.stream().filter(e -> e.type() == EntityType.ORG || e.type() == EntityType.LOC)
                .flatMap(e -> e.spans().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether only connectives and commas come between the sentence's start and {@code at}. */
    boolean opensClause(int first, int at) {
        if (at - first > OPENING_REACH) {
            return false;
        }
        for (int t = first; t < at; t++) {
            if (!isOpeningConnective(passage.lower(t))) {
                return false;
            }
        }
        return true;
    }

    /** Words that may open a sentence before its cue: {@code Namun, menurut ...}, {@code Sementara itu, kata ...}. */
    static boolean isOpeningConnective(String lower) {
        return OPENING_CONNECTIVES.contains(lower);
    }

    /** First token of sentence {@code s} past a dateline such as {@code Suara.com -} or {@code Moskow, Gatra.com -}. */
    int contentStart(int s) {
        int first = passage.first(s);
        int end = Math.min(passage.end(s), first + MAX_DATELINE);
        for (int t = first; t < end; t++) {
            String w = passage.word(t);
            if (DASHES.contains(w)) {
                // "Jakarta, CNN Indonesia - - Pelatih ...": a doubled dash written apart is one
                int after = t + 1;
                while (after < passage.end(s) && DASHES.contains(passage.word(after))) {
                    after++;
                }
                return t > first ? after : first;
            }
            boolean datelinePart = passage.isCapitalised(t) || w.equals(".") || w.equals(",") || w.equals("(")
                    || w.equals(")") || (t > first && passage.is(t - 1, "."));
            if (!datelinePart) {
                return first;
            }
        }
        return first;
    }

    /** The subject of the reporting verb at {@code cue}, or empty when the verb has none or does not report. */
    Optional<SpeakerRef> subjectBefore(int cue) {
        Optional<SpeakerRef.Phrase> describedPerson = personDescribedBefore(cue);
        if (describedPerson.isPresent()) {
            return Optional.of(describedPerson.get());
        }
        int first = contentStart(passage.sentenceOf(cue));
        int j = cue - 1;
        while (j >= first && SpeakerWords.isAdverb(passage.lower(j))) {
            j--;
        }
        if (j < first || SpeakerWords.blocksReporting(passage.lower(j))) {
            return Optional.empty();
        }
        j = beforeAddressee(j, first);
        // "Vladimir Medinsky, kepala delegasi Rusia, mengatakan": a role set off by commas follows the name
        boolean appositive = !passage.is(j, ",");
        if (!appositive) {
            j--;
            int adjunct = timeAdjunctStart(j, first);
            if (adjunct > first && passage.is(adjunct - 1, ",")) {
                j = adjunct - 2; // "Peskov, Senin (1/3), mengatakan": the day set off by commas is not the subject
            }
        }
        int end = j + 1;
        int k = end;
        boolean nearestComma = true;
        boolean degreesOnly = false;
        while (k > first && end - k < MAX_PHRASE) {
            String w = passage.word(k - 1);
            if (w.equals(")")) {
                int open = k - 2;
                while (open > first && !passage.is(open, "(")) {
                    open--;
                }
                if (passage.is(open, "(")) {
                    k = open; // "Stiller (50) mengatakan": an age or an acronym in brackets
                    continue;
                }
            }
            if (SpeakerWords.opensClause(passage.lower(k - 1)) || PHRASE_BREAKS.contains(w)) {
                break;
            }
            if (w.equals(",")) {
                boolean roleAfterName = !appositive && k < end && SpeakerWords.isRole(passage.lower(k))
                        && !passage.isCapitalised(k) && k - 2 >= first && passage.isCapitalised(k - 2);
                // "Soehartati Gondhowiardjo, Sp. Rad (K) OnkRad menyebut": the degrees after a name are no speaker,
                // each set off by its own comma too ("dr Fitria Amalia, SpKK, M.Kes mengatakan")
                boolean degreeAfterName = (nearestComma || degreesOnly) && k < end
                        && (SpeakerWords.isDegree(passage.lower(k)) || SpeakerWords.isDegree(glued(k, end)))
                        && k - 2 >= first && passage.isCapitalised(k - 2);
                if (!roleAfterName && !degreeAfterName) {
                    break;
                }
                appositive = true;
                nearestComma = false;
                degreesOnly = degreeAfterName;
                end = k - 1; // the speaker is the name before the role
            }
            k--;
        }
        if (k >= end) {
            return Optional.empty();
        }
        int clause = k;
        if (clause > first && FunctionWords.isRelative(passage.lower(clause - 1)) && !namesAnyone(clause, end)) {
            // a relative clause right after the sentence's subject running up to the cue describes that subject
            // when it is a name or a person ("Nawawi yang berasal dari unsur hakim karir itu mengaku"), not a title
            // or group, whose holder the clause may name, nor a noun the clause tells of ("Maskapai Concord ...
            // mengeluarkan prosedur yang isinya memastikan")
            Optional<SpeakerRef> described = openingSubject(passage.sentenceOf(cue))
                    .filter(p -> p.to() == clause - 1 && !SpeakerWords.isRole(passage.lower(p.from()))
                            && !SpeakerWords.isGroupHead(passage.lower(p.from())))
                    .map(p -> (SpeakerRef) p);
            if (described.isPresent()) {
                return described;
            }
        }
        for (int t = k + 1; t < end; t++) {
            if (SpeakerWords.isPreposition(passage.word(t))) {
                Optional<SpeakerRef> kinsman = personAfterRelative(t, end);
                if (kinsman.isPresent()) {
                    return kinsman;
                }
                end = t; // "Peskov kepada wartawan mengatakan"
                break;
            }
        }
        for (int t = k; t < end; t++) {
            String w = passage.word(t);
            if ((SpeakerWords.looksLikeVerb(w) && !Affixes.hasIntransitivePrefix(w))
                    || SpeakerWords.blocksReporting(passage.lower(t))) {
                // a clause, not a noun phrase ("pihak berwenang" still is one); a relative clause closing before
                // the cue describes the sentence's subject: "Grande yang ... dimenangkannya, berkata"
                return clause > first && FunctionWords.isRelative(passage.lower(clause - 1))
                        ? openingSubject(passage.sentenceOf(cue)).filter(p -> p.to() < clause).map(p -> (SpeakerRef) p)
                        : Optional.empty();
            }
        }
        if (SpeakerWords.isPronoun(passage.lower(end - 1))) {
            // the pronoun is the subject, whatever adverbial opens the sentence: "Lebih lanjut Ia menerangkan"
            return Optional.of(new SpeakerRef.Pronoun(passage.token(end - 1).start()));
        }
        Optional<SpeakerRef> namedFirst = personBeforeDescription(cue, k, end);
        return namedFirst.isPresent() ? namedFirst : Optional.of(new SpeakerRef.Phrase(k, end));
    }

    /**
     * The person named opening the sentence of the verb at {@code cue} and set off by a comma from a description that
     * runs up to the verb, when the words read back from the verb ({@code [from, to)}) name no one: they are the
     * description's tail, a place or a title, not the subject. {@code Sri Sumarni, ibunda dari Agus
     * Surahman yang merupakan korban meninggal kecelakaan akibat ditabrak , di Tol Jagorawi mengatakan, santunan ...}
     * (kompas.com, 10 September 2019, a name the scrape lost before the last comma) is Sri Sumarni's, not the toll
     * road's; {@code Tunggul Harwanto, Project Leader Rumah Literasi Indonesia menyatakan} (tribunnews.com) is Tunggul
     * Harwanto's. Only a name the entity stage found as a person's, alone before the comma, and a description of
     * {@link #MAX_TITLE_PHRASE} tokens at most holding no quotation mark, dash or other verb of saying, and no name
     * opening with a word for kin: {@code Ayah Schumacher, Rolf, bersama istri Schumacher, Corinna, mengatakan}
     * (two speakers, the first named by his tie to a third) is no one person's.
     */
    private Optional<SpeakerRef> personBeforeDescription(int cue, int from, int to) {
        if (namesPerson(from, to)) {
            return Optional.empty();
        }
        Optional<SpeakerRef.Phrase> opening = openingSubject(passage.sentenceOf(cue));
        if (opening.isEmpty()) {
            return Optional.empty();
        }
        int comma = opening.get().to();
        if (comma >= from || !passage.is(comma, ",") || cue - comma > MAX_TITLE_PHRASE
                || !people.contains(new Span(passage.token(opening.get().from()).start(), passage.token(comma - 1).end()))
                || SpeakerWords.isKin(passage.lower(opening.get().from()))) {
            return Optional.empty();
        }
        for (int t = comma + 1; t < cue; t++) {
            if (PHRASE_BREAKS.contains(passage.word(t)) || ReportingCues.leading(passage.lower(t)).isPresent()
                    || ReportingCues.isMenurut(passage.lower(t))) {
                return Optional.empty();
            }
        }
        return Optional.of(opening.get());
    }

    /** Whether a person the entity stage found is named within tokens {@code [from, to)}. */
    private boolean namesPerson(int from, int to) {
        return namedWithin(people, from, to);
    }

    /** Whether one of {@code spans} overlaps tokens {@code [from, to)}. */
    private boolean namedWithin(Set<Span> spans, int from, int to) {
        int start = passage.token(from).start();
        int end = passage.token(to - 1).end();
        return spans.stream().anyMatch(p -> p.start() < end && p.end() > start);
    }

    /**
     * The person a description closes with when it ties them to a relative named in full before their own full name:
     * {@code Investor Digitaraya sekaligus anak dari Presiden Joko Widodo Ghibran Rakabuming pun mengaku senang}
     * (kompas.com, 10 September 2019) is Ghibran Rakabuming, whom the preposition after the word for kin
     * ({@code dari}, at token {@code preposition}) does not end as it ends {@code Peskov kepada wartawan}. Only two
     * people named one after the other, the second closing the phrase ({@code [preposition, end)}): a name alone
     * after the tie is the relative's, who is not the speaker (read as the speaker, 13 quotes of the CLICK-ID week
     * went to the parent or spouse named after the tie, most of them wrongly).
     */
    private Optional<SpeakerRef> personAfterRelative(int preposition, int end) {
        if (!SpeakerWords.isKin(passage.lower(preposition - 1))) {
            return Optional.empty();
        }
        int relativeEnd = -1;
        int speakerFrom = -1;
        for (int t = preposition + 1; t < end; t++) {
            Span named = personStartingAt(t);
            if (named == null) {
                continue;
            }
            int to = t;
            while (to < end && passage.token(to).end() <= named.end()) {
                to++;
            }
            if (relativeEnd < 0) {
                relativeEnd = to;
            } else if (speakerFrom < 0 && t == relativeEnd) {
                speakerFrom = t;
            } else {
                return Optional.empty();
            }
            if (passage.token(to - 1).end() != named.end()) {
                return Optional.empty();
            }
            t = to - 1;
        }
        // the second name closes the phrase, right before the verb: "... Ghibran Rakabuming pun mengaku"
        boolean closesPhrase = speakerFrom > 0 && passage.token(end - 1).end() == personStartingAt(speakerFrom).end();
        return closesPhrase ? Optional.of(new SpeakerRef.Phrase(speakerFrom, end)) : Optional.empty();
    }

    /** The span of a person the entity stage named from token {@code t} on, of two words or more; null if none. */
    private Span personStartingAt(int t) {
        int start = passage.token(t).start();
        for (Span span : people) {
            if (span.start() == start && passage.text(t, t + 1).length() < span.end() - start) {
                return span;
            }
        }
        return null;
    }

    /**
     * The person's name opening the sentence of the verb at {@code cue} when a relative clause describing them runs
     * from it right up to the verb: {@code Raghu Gururaj yang untuk pertama kalinya datang ke Kota Palembang ini juga
     * mengaku tertarik ...} (tribunnews.com, 10 September 2019). The clause may name places and bodies, and words
     * that would stop the walk back from the verb ({@code untuk}); only a name the entity stage found as a person's
     * counts, so that a capitalised adverbial ({@code Dikesempatan yang sama Elke juga mengatakan}) is no subject.
     */
    private Optional<SpeakerRef.Phrase> personDescribedBefore(int cue) {
        Optional<SpeakerRef.Phrase> opening = openingSubject(passage.sentenceOf(cue));
        if (opening.isEmpty()) {
            return Optional.empty();
        }
        int relative = opening.get().to();
        if (relative >= cue || !FunctionWords.isRelative(passage.lower(relative)) || cue - relative > MAX_RELATIVE_CLAUSE
                || !people.contains(new Span(passage.token(opening.get().from()).start(), passage.token(relative - 1).end()))) {
            return Optional.empty();
        }
        for (int t = relative + 1; t < cue; t++) {
            if (PHRASE_BREAKS.contains(passage.word(t)) || passage.is(t, ",") && !closesBefore(t, cue)
                    || ReportingCues.leading(passage.lower(t)).isPresent()) {
                return Optional.empty();
            }
        }
        return opening;
    }

    /**
     * Whether the comma at {@code comma} closes a relative clause right before the verb at {@code cue}, only adverbs
     * between: {@code Luhut yang hadir dalam acara buka puasa dengan Presiden, mengaku sempat bertemu Gibran}
     * (antaranews.com, IndoSum).
     */
    private boolean closesBefore(int comma, int cue) {
        for (int t = comma + 1; t < cue; t++) {
            if (!SpeakerWords.isAdverb(passage.lower(t))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The comma before whom the speaker told, when that ends at token {@code j} right after a name set off by commas:
     * {@code Warga Parepare, Sekar Ayu Eka, kepada wartawan mengatakan} (okezone.com, 12 September 2019); else
     * {@code j}.
     */
    private int beforeAddressee(int j, int first) {
        for (int k = j; k > first && j - k < MAX_ADDRESSEE; k--) {
            if (!passage.isWord(k)) {
                return j;
            }
            if (FunctionWords.isAddressee(passage.lower(k))) {
                return passage.is(k - 1, ",") ? k - 1 : j;
            }
        }
        return j;
    }

    /**
     * Whether tokens {@code [from, to)} hold a capitalised word, which may be the subject itself after a phrase the
     * walk back passed ({@code Dikesempatan yang sama Elke juga mengatakan}) or a name the clause calls someone by
     * ({@code Aktivis yang akrab disapa Komeng ini}).
     */
    private boolean namesAnyone(int from, int to) {
        for (int t = from; t < to; t++) {
            if (passage.isWord(t) && passage.isCapitalised(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens {@code [from, to)} read as a job title rather than a name: they open with a title, an article or
     * a tie to someone ({@code Kasatlantas Polres}, {@code salah satu saksi mata}, {@code suaminya}), or join
     * capitalised nouns with a conjunction, which no name holds ({@code Marketing and Communication Department Head}).
     */
    boolean isTitle(int from, int to) {
        if (from >= to) {
            return false;
        }
        String opening = passage.lower(from);
        if (SpeakerWords.isRole(opening) || SpeakerWords.isDeterminer(opening) || SpeakerWords.isKinOfSomeone(opening)) {
            return true;
        }
        for (int t = from + 1; t + 1 < to; t++) {
            if (SpeakerWords.joinsTitle(passage.lower(t)) && passage.isCapitalised(t - 1) && passage.isCapitalised(t + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code [from, to)} as a reference: a lone pronoun ({@code menurut dia}) or a phrase. */
    SpeakerRef reference(int from, int to) {
        if (to - from == 1 && SpeakerWords.isPronoun(passage.lower(from))) {
            return new SpeakerRef.Pronoun(passage.token(from).start());
        }
        return new SpeakerRef.Phrase(from, to);
    }

    /** Where a day phrase ending at token {@code last} starts ({@code Senin (1/3)}, {@code pada Selasa}), or -1. */
    private int timeAdjunctStart(int last, int first) {
        int k = last;
        if (passage.is(k, ")")) {
            while (k > first && !passage.is(k, "(")) {
                k--;
            }
            k--;
        }
        if (k < first || !SpeakerWords.isCalendar(passage.lower(k))) {
            return -1;
        }
        return k > first && FunctionWords.isOn(passage.lower(k - 1)) ? k - 1 : k;
    }

    /** The speaker named after a post-posed cue, starting at token {@code from}. */
    Optional<SpeakerRef> after(int from) {
        int end = passage.end(passage.sentenceOf(Math.max(0, from - 1)));
        if (from >= end) {
            return Optional.empty();
        }
        if (SpeakerWords.isPronoun(passage.lower(from))) {
            return Optional.of(new SpeakerRef.Pronoun(passage.token(from).start()));
        }
        boolean named = false;
        // "kata suaminya, Sitarama Rajarao": a tie to someone named, like a title, leads to its holder's name
        boolean titled = SpeakerWords.isRole(passage.lower(from)) || SpeakerWords.isDeterminer(passage.lower(from))
                || SpeakerWords.isKinOfSomeone(passage.lower(from));
        int t = from;
        // a short form in brackets repeats the words before it and does not lengthen the title: "Pelaksana Tugas
        // (Plt) Kasubbag Evaluasi Penyerapan Anggaran, Bagian Administrasi Pembangunan Sekretariat Daerah (Setda)
        // Kabupaten Bekasi, Widi Mulyawan" (sindonews.com) reaches its holder within the title's reach
        int shortForms = 0;
        while (t < end && t - from - shortForms < (titled ? MAX_TITLE_PHRASE : MAX_PHRASE)) {
            String w = passage.word(t);
            if (w.equals(",")) {
                // past a comma only from a title to its holder: "juru bicara Kremlin, Dmitry Peskov", or to a name
                // with its academic title, whatever describes it before: "dokter spesialis kulit dan kelamin, dr
                // Susie Rendra"; "Tadamichi Yamamoto, Perwakilan Khusus ..." ends at the comma
                if (titled && t + 1 < end && passage.isWord(t + 1) && passage.isCapitalised(t + 1)
                        && !SpeakerWords.isCalendar(passage.lower(t + 1)) || namedWithTitle(t + 1, end)) {
                    t++;
                    continue;
                }
                if (named && t + 1 < end && passage.isWord(t + 1) && SpeakerWords.isDegree(passage.lower(t + 1))) {
                    // "dr Susie Rendra, Sp.KK,": the name's degree after it, its field joined by a period
                    t += 2;
                    while (t < end && passage.token(t).start() == passage.token(t - 1).end() && !passage.is(t, ",")) {
                        t++;
                    }
                    continue;
                }
                if (titled && t + 2 < end && SpeakerWords.joinsTitle(passage.lower(t + 1)) && passage.isCapitalised(t + 2)) {
                    // a title listing its fields, "Kepala Pusat Data, Informasi, dan Humas BNPB Agus Wibowo", goes
                    // on to its holder: its last field is not the speaker
                    t += 2;
                    continue;
                }
                t = Math.max(t, holderAfterComma(from, t, end));
                break;
            }
            if (w.equals(".") && t > from && t + 1 < end && passage.isWord(t + 1)
                    && passage.token(t).start() == passage.token(t - 1).end()
                    && passage.token(t + 1).start() == passage.token(t).end()) {
                t += 2; // a web address for a name: "terang Founder Nikah.id Hariawan Bangun Saputra"
                continue;
            }
            if (w.equals(".") && t + 1 < end && passage.isCapitalised(t + 1) && t > from
                    && (passage.word(t - 1).length() == 1 || SpeakerWords.isRole(passage.lower(t - 1)))) {
                t++; // an initial or a title: "kata Dr. H. Ahmad"
                continue;
            }
            if (w.equals("(")) {
                int close = t + 1;
                while (close < end && close - t < MAX_PHRASE && !passage.is(close, ")")) {
                    close++;
                }
                if (passage.is(close, ")") && close + 1 < end && passage.isCapitalised(close + 1)) {
                    shortForms += close == t + 2 ? SHORT_FORM_TOKENS : 0;
                    t = close + 1; // an acronym in brackets: "Sekretaris Daerah (Sekda) DKI Jakarta Saefullah"
                    continue;
                }
                if (passage.is(close, ")") && close + 2 < end && OFFICE_NUMBER.matcher(passage.word(close + 1)).matches()
                        && passage.isCapitalised(close + 2)) {
                    // the number of one of several such offices after their short form: "Asisten Daerah (Asda) 2
                    // Bidang Pemerintahan dan Pembangunan Kabupaten Boalemo, Mus Moha" (sindonews.com) was "Asisten
                    // Daerah"
                    shortForms += close == t + 2 ? SHORT_FORM_TOKENS : 0;
                    t = close + 2;
                    continue;
                }
                if (close == t + 2 && passage.isCapitalised(t + 1) && close + 1 < end && passage.is(close + 1, ",")) {
                    // a body's short form closing the title before its holder: "pelaksana tugas (Plt) Kepala Pusat
                    // Data, Informasi dan Humas Badan Nasional Penanggulangan Bencana ( BNPB), Agus Wibowo"
                    // (kompas.com) was the title from "Plt)" on; the comma decides as after any title
                    shortForms += SHORT_FORM_TOKENS;
                    t = close + 1;
                    continue;
                }
            }
            if (titled && named && t + 1 < end && SEASON.matcher(w).matches() && passage.is(t + 1, ",")) {
                // the year of a season a body serves: "kata Kepala Daerah Kerja (Daker) Madinah, PPIH 2019, Akhmad Jauhari"
                t++;
                continue;
            }
            if (!passage.isWord(t)) {
                break;
            }
            if (SpeakerWords.joinsTitle(passage.lower(t)) && t > from && passage.isCapitalised(t - 1)
                    && t + 1 < end && passage.isCapitalised(t + 1)) {
                // "Kepala Departemen Komunikasi dan Pemasaran Jasa Marga Irra Susiyanti": a name holds no "dan",
                // so the words are a job title and its holder may follow, after a comma too
                titled = true;
                t++;
                continue;
            }
            if (titled && SpeakerWords.postsTitle(passage.lower(t)) && t > from && passage.isCapitalised(t - 1)
                    && t + 1 < end && passage.isCapitalised(t + 1)) {
                t++; // "kata Duta Besar China untuk Austria, Li Xiaosi": the title goes on to its post and holder
                continue;
            }
            if (passage.isCapitalised(t)) {
                named |= !SpeakerWords.isRole(passage.lower(t));
            } else if ((SpeakerWords.isNameParticle(passage.lower(t)) || SpeakerWords.isNaming(passage.lower(t)))
                    && t + 1 < end && passage.isCapitalised(t + 1)) {
                t++; // "ujar Virgil van Dijk", "kata seorang penumpang bernama A Dalimunthe"
                continue;
            } else if (SpeakerWords.isDemonstrative(passage.lower(t))) {
                t++; // "kata mantan pelatih timnas Indonesia U-23 itu": the description ends here
                if (t < end && passage.is(t, ",")) {
                    // unless the person it describes follows: "kata bibi gadis itu, Crystal Warren" (tempo.co)
                    t = Math.max(t, holderAfterComma(from, t, end));
                }
                break;
            } else if (t > from && !passage.isCapitalised(from) && FunctionWords.isRelative(passage.lower(t))) {
                Optional<SpeakerRef> holder = holderAfterRelative(t, end);
                if (holder.isPresent()) {
                    return holder;
                }
                break;
            } else if (named ? !SpeakerWords.isRole(passage.lower(t)) && !SpeakerWords.isTitle(passage.lower(t))
                    : SpeakerWords.isPreposition(w) && !FunctionWords.isFrom(w) || SpeakerWords.looksLikeVerb(w)) {
                if (!named && !passage.isCapitalised(from) && SpeakerWords.isPreposition(w)
                        && !FunctionWords.isAddressee(passage.lower(t))) {
                    t = Math.max(t, holderPastSetting(from, t, end));
                }
                break; // "kata spesialis nutrisi dari RSCM, Dr dr Damayanti" goes on to the name
            }
            t++;
        }
        return t > from ? Optional.of(new SpeakerRef.Phrase(from, t)) : Optional.empty();
    }

    /**
     * Where the phrase ends that goes on past the comma at {@code comma} to the person a title opening with a word
     * the role lexicon lacks names there, or -1: {@code kata Konjen RI, Hery Sarifudin di Jeddah} (okezone.com),
     * {@code kata Global Vice President Sandals, Carla Schmitzberger dalam keterangan resminya} (sindonews.com, CLICK-ID
     * week, 10-16 September 2019) were the consulate and the company. Only where the words before the comma, two or
     * more, name no person and hold a body or place or a role word, or are a description in lower case or a tie to
     * someone, which names no one itself ({@code kata astronom amatir, Marufin Sudibyo}, {@code ungkap cucu BJ
     * Habibie, Melanie}), and a person the entity stage found opens right after the comma, or after a rank or title
     * there ({@code kata Dirlantas Polda Metro Jaya, Kombes Pol Yusuf di Jakarta}), and closes the phrase, no
     * capitalised word after it ({@code kata Hamzah, Selasa} is left).
     */
    private int holderAfterComma(int from, int comma, int end) {
        boolean kin = SpeakerWords.isKin(passage.lower(from));
        boolean described = kin || !passage.isCapitalised(from);
        if (comma - from < (described ? 1 : 2) || comma + 1 >= end || namesPerson(from, comma) && !kin
                || !described && !titleOrBody(from, comma)) {
            return -1;
        }
        int name = comma + 1;
        if (SpeakerWords.isRole(passage.lower(name)) || SpeakerWords.isTitle(passage.lower(name))) {
            // a rank or an academic title before the name: "Brigjen Dedi Prasetyo", "Kombes Pol Yusuf"
            while (name < Math.min(end, comma + 1 + MAX_RANK_WORDS) && passage.isWord(name)
                    && !personEnds.containsKey(passage.token(name).start())) {
                name++;
            }
        }
        Integer nameEnd = name < end ? personEnds.get(passage.token(name).start()) : null;
        if (nameEnd == null) {
            nameEnd = untaggedName(name, end);
        }
        if (nameEnd == null) {
            return -1;
        }
        int after = passage.tokenAtOrAfter(nameEnd);
        // the day told after the holder closes the phrase: "kata Konsulat Malaysia Riau, Wan Nurshima Wan Jusoh Kamis"
        boolean closes = after >= end || !passage.isWord(after) || !passage.isCapitalised(after)
                || SpeakerWords.isCalendar(passage.lower(after));
        return closes ? Math.min(after, end) : -1;
    }

    /**
     * The end offset of a name the entity stage left untagged from token {@code name} on, or null: capitalised words,
     * up to {@link #MAX_UNTAGGED_NAME}, none a role, title or day and none inside an organisation or place the entity
     * stage found ({@code kata aktivis Lakpesdam PBNU, Ubaidillah.}, kompas.com, 13 September 2019, was PBNU's
     * activist). A place after a comma stays the title's ({@code Kapolres Kotawaringin Barat, Kalimantan Tengah}).
     */
    private Integer untaggedName(int name, int end) {
        int t = name;
        while (t < end && t - name < MAX_UNTAGGED_NAME && passage.isWord(t) && passage.isCapitalised(t)
                && !SpeakerWords.isRole(passage.lower(t)) && !SpeakerWords.isTitle(passage.lower(t))
                && !SpeakerWords.isCalendar(passage.lower(t))) {
            t++;
        }
        // a field a title lists goes on after "dan": "peneliti di Lembaga Penelitian, Pendidikan dan Penerangan
        // Ekonomi dan Sosial (LP3ES)" (sindonews.com) names no one after its comma
        boolean listed = t < end && passage.isWord(t) && SpeakerWords.joinsTitle(passage.lower(t));
        boolean named = t > name && !listed && !namedWithin(bodies, name, t) && !namedWithin(people, name, t);
        return named ? passage.token(t - 1).end() : null;
    }

    /**
     * Where the phrase ends that goes on from a description in lower case past the place or field set after it at
     * {@code preposition} to the person named after the next comma, or -1: {@code kata seorang pedagang tas di lantai
     * 2, Febriyan}, {@code kata dokter spesialis penyakit dalam, Yeny Tanoyo} (tempo.co, CLICK-ID week) were the
     * description. The setting holds words only, none a verb, within {@link #MAX_PHRASE} tokens of the description.
     */
    private int holderPastSetting(int from, int preposition, int end) {
        for (int t = preposition + 1; t < end && t - from < MAX_PHRASE; t++) {
            if (passage.is(t, ",")) {
                return holderAfterComma(from, t, end);
            }
            if (!passage.isWord(t) || SpeakerWords.looksLikeVerb(passage.word(t))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether tokens {@code [from, to)} hold a role word or a body or place the entity stage found. */
    private boolean titleOrBody(int from, int to) {
        for (int t = from; t < to; t++) {
            if (passage.isWord(t) && SpeakerWords.isRole(passage.lower(t))) {
                return true;
            }
        }
        return namedWithin(bodies, from, to);
    }

    /**
     * The lower-case word of the tokens from {@code t} on, before {@code end}, written with no space between them: a
     * degree the tokenizer parts at its period ({@code M.Kes}).
     */
    private String glued(int t, int end) {
        StringBuilder word = new StringBuilder(passage.lower(t));
        for (int u = t + 1; u < end && passage.token(u).start() == passage.token(u - 1).end(); u++) {
            word.append(passage.lower(u));
        }
        return word.toString();
    }

    /**
     * The name closing the sentence after a comma that ends a title's relative clause at {@code relative}: in {@code
     * tukas petinggi Michelin yang bertanggung jawab atas penyediaan ban bagi balap motor, Pierro Taramasso.} (CNN
     * Indonesia) the holder speaks, not the body the title names. Empty when the clause runs on past {@link
     * #MAX_RELATIVE_IN_TITLE} words or no name of two capitalised words or more ends the sentence after its comma.
     */
    private Optional<SpeakerRef> holderAfterRelative(int relative, int end) {
        for (int t = relative + 1; t < end && t - relative <= MAX_RELATIVE_IN_TITLE; t++) {
            if (passage.is(t, ",")) {
                int nameEnd = t + 1;
                while (nameEnd < end && passage.isWord(nameEnd) && passage.isCapitalised(nameEnd)
                        && !SpeakerWords.isCalendar(passage.lower(nameEnd))) {
                    nameEnd++;
                }
                boolean closes = nameEnd == end || passage.is(nameEnd, ".") && nameEnd + 1 == end;
                return nameEnd - t > 2 && closes ? Optional.of(new SpeakerRef.Phrase(t + 1, nameEnd)) : Optional.empty();
            }
            if (!passage.isWord(t)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether token {@code t} is an academic title written in lower case with a name after it, as the holder of a
     * title may be written ({@code dokter spesialis kulit dan kelamin, dr Susie Rendra}, okezone.com).
     */
    private boolean namedWithTitle(int t, int end) {
        return t + 1 < end && SpeakerWords.isTitle(passage.lower(t)) && passage.isWord(t + 1) && passage.isCapitalised(t + 1);
    }

    /**
     * Whether tokens {@code [from, to)} before a comma are a name of two words or more with nothing else, which an
     * apposition follows ({@code Henti Sulastri, 22 tahun, salah satunya}) rather than an adverbial ({@code Senin
     * lalu,}, {@code Di Jakarta,}) or a title whose holder is named after the comma ({@code Kepala Dinas, Budi,}). A
     * name with the person's age in brackets is one though it is a single word: {@code Andreas Perwira (42), salah
     * seorang orangtua ... sepakat ...} (kompas.com, 15 September 2019) is whom the next {@code katanya} means, though
     * {@code perwira} (an officer) may open a title.
     */
    private boolean isBareName(int from, int to) {
        boolean aged = to - from >= 4 && passage.is(to - 3, "(") && passage.is(to - 1, ")")
                && AGE.matcher(passage.word(to - 2)).matches();
        if (aged) {
            to -= 3;
        }
        if (to - from < (aged ? 1 : 2) || SpeakerWords.isPreposition(passage.lower(from))) {
            return false;
        }
        // a person the entity stage found, named with an age, keeps a word that can open a title (Andreas Perwira)
        boolean agedPerson = aged && personEnds.getOrDefault(passage.token(from).start(), -1) >= passage.token(to - 1).end();
        for (int t = from; t < to; t++) {
            String w = passage.lower(t);
            if (!passage.isWord(t) || !passage.isCapitalised(t) || !agedPerson && SpeakerWords.isRole(w)
                    || SpeakerWords.isCalendar(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an opening subject is the first of two names joined ({@code Luthfi dan Rosan memang kandidat
     * menteri}) rather than a job title holding a conjunction ({@code Kepala Bidang ... dan Bencana}).
     */
    boolean isFirstOfTwo(SpeakerRef.Phrase subject) {
        int t = subject.to();
        return t + 1 < passage.size() && passage.sentenceOf(t + 1) == passage.sentenceOf(subject.from())
                && SpeakerWords.joinsTitle(passage.lower(t)) && passage.isCapitalised(t + 1)
                && !SpeakerWords.isRole(passage.lower(subject.from()));
    }

    /**
     * The whole subject of a sentence whose opening phrase ({@code opening}) names no one itself, running on over
     * lower-case words to the first verb of its predicate: {@code Pelatih timnas Indonesia Alfred Riedl memberikan
     * dukungan ...} (cnnindonesia.com, December 2016), whose opening phrase stops at {@code timnas}, and {@code Grup
     * band Mocca tergerak ...}. The subject ends before the adverbs and commas right before the verb; empty when
     * a preposition, a relative clause, a conjunction or a pronoun comes first (the opening is then no subject of
     * a name, or names more than one), or the sentence has no verb within reach.
     */
    Optional<SpeakerRef.Phrase> subjectUpToVerb(SpeakerRef.Phrase opening) {
        int end = passage.end(passage.sentenceOf(opening.from()));
        int t = opening.to();
        while (t < end && t - opening.from() < MAX_PHRASE && !opensPredicate(t)) {
            String w = passage.lower(t);
            boolean bracketOrComma = passage.is(t, ",") || passage.is(t, "(") || passage.is(t, ")");
            if (!bracketOrComma && (!passage.isWord(t) || SpeakerWords.isPreposition(w) || SpeakerWords.opensClause(w)
                    || FunctionWords.isRelative(w) || SpeakerWords.joinsTitle(w) || SpeakerWords.isPronoun(w))) {
                return Optional.empty();
            }
            t++;
        }
        if (t >= end || !opensPredicate(t)) {
            return Optional.empty();
        }
        int last = t;
        while (last > opening.from() && (passage.is(last - 1, ",") || SpeakerWords.isAdverb(passage.lower(last - 1)))) {
            last--; // "Reinaldo sendiri sempat mengungkapkan", "..., Komisaris Besar Polisi Yusri Yunus, mengatakan"
        }
        return last > opening.from() ? Optional.of(new SpeakerRef.Phrase(opening.from(), last)) : Optional.empty();
    }

    /** Whether token {@code t} is a lower-case verb of a predicate: {@code memberikan}, {@code tergerak}. */
    private boolean opensPredicate(int t) {
        if (!passage.isWord(t) || passage.isCapitalised(t)) {
            return false;
        }
        String w = passage.lower(t);
        return SpeakerWords.looksLikeVerb(w) || SpeakerWords.looksLikeStativeVerb(w);
    }

    /**
     * The person a sentence is about when it opens with them ({@code Senin lalu, Presiden Ukraina Volodymyr
     * Zelenskyy meminta ...}): the phrase of titles and capitalised words before the first other word.
     */
    Optional<SpeakerRef.Phrase> openingSubject(int s) {
        int first = contentStart(s);
        int end = passage.end(s);
        while (first < end && SpeakerWords.opensClause(passage.lower(first))) {
            first++; // "Namun Aroso melihat ..."
        }
        for (int t = first; t < Math.min(end, first + MAX_OPENING_ADVERBIAL); t++) {
            if (passage.is(t, ",")) {
                if (t > first && ReportingCues.leading(passage.lower(t - 1)).isPresent()) {
                    // an attribution, not an adverbial: in "Lebih lanjut dia mengatakan, Habibie adalah presiden
                    // pertama ..." (tempo.co, 11 September 2019) the speaker's subject is no topic of the text, and the
                    // pronoun went to Habibie
                    return Optional.empty();
                }
                if (!isBareName(first, t)) {
                    first = t + 1; // a leading adverbial: "Sementara itu," "Senin lalu,"
                }
                break;
            }
        }
        int t = first;
        while (t < end && t - first < MAX_PHRASE) {
            String w = passage.word(t);
            boolean part = (passage.isWord(t) && (passage.isCapitalised(t) || SpeakerWords.isRole(passage.lower(t))))
                    || w.equals("(") || w.equals(")");
            if (!part || (t > first && SpeakerWords.isPronoun(passage.lower(t)))) {
                break;
            }
            t++;
        }
        if (t == first || SpeakerWords.isPronoun(passage.lower(first))) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerRef.Phrase(first, t));
    }
}
