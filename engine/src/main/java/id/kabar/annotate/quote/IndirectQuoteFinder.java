package id.kabar.annotate.quote;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.WordLists;
import id.kabar.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds reported speech: a reporting cue with a speaker and a content clause. Three shapes:
 * {@code X mengatakan (bahwa) CLAUSE}; {@code menurut X, CLAUSE} and {@code CLAUSE, menurut X};
 * {@code CLAUSE, kata X} / {@code CLAUSE, tulis X di Twitter}. Cues inside direct quotes are the speaker's
 * own words, not reports, and are skipped.
 */
final class IndirectQuoteFinder {
    private static final int MIN_CLAUSE_WORDS = 3;
    /**
     * Words of a name standing between {@code menurut} and its predicate inside a clause ({@code yang menurut Luhut
     * membawa}): a person's full name is at most three; a longer capitalised run is a title or a body.
     */
    private static final int MAX_NAME_IN_CLAUSE = 3;

    /** Words of a title's holder's name with its rank or degree ({@code AKP Hegy Renanta}, {@code Dr Ari Fahrial Syam}). */
    private static final int MAX_HOLDER_WORDS = 5;
    /**
     * Words of a title going on after a paragraph break before its comma: the rest of a company's title ({@code
     * Regional JabodetabekJabar}, okezone.com) is two; a longer run is a new sentence's subject.
     */
    private static final int MAX_RUN_ON_WORDS = 6;
    /**
     * Longest description after "menurut", in tokens, that a demonstrative may close: {@code alumni Pondok Modern Gontor
     * ini} takes five (sindonews.com, 15 September 2019); a demonstrative further on belongs to what was said.
     */
    private static final int MAX_DESCRIPTION = 6;
    /** How far after the verb {@code bahwa} may come ({@code mengatakan kepada wartawan, Senin, bahwa}). */
    private static final int BAHWA_REACH = 12;
    /** Words that stand for {@code bahwa} right after a verb of saying in looser prose ({@code membeberkan jika}). */
    private static final Set<String> COLLOQUIAL_THAT = WordLists.set(WordLists.class, "colloquial-that.txt");

    /** Words a clause without its own subject starts with ({@code menyatakan siap}, {@code membantah telah}). */
    private static final Set<String> PREDICATE_STARTS = WordLists.set(WordLists.class, "predicate-starts.txt");
    /** Nouns for the form of a report, dropped from the speaker: {@code menurut keterangan pejabat Ukraina}. */
    private static final Set<String> REPORT_NOUNS = WordLists.set(WordLists.class, "report-nouns.txt");
    /** Words that end the reported clause and begin the writer's own comment ({@code meskipun ada bukti}). */
    private static final Set<String> CONCESSIVES = WordLists.set(WordLists.class, "concessives.txt");
    private static final Set<String> CONTRASTS = WordLists.set(WordLists.class, "contrasts.txt");
    /** After a contrast, these verbs are the speaker's next act, not part of what was said. */
    private static final Set<String> SPEAKER_ACTS = WordLists.set(WordLists.class, "speaker-acts.txt");
    /**
     * Words opening who was told, where or in what circumstance, before the reported clause ({@code menyatakan
     * dengan adanya pemotongan kabel optik, pihaknya menelan kerugian}).
     */
    private static final Set<String> ADDRESSEES = WordLists.set(WordLists.class, "addressee-openers.txt");
    /** How far into the clause its predicate must start. */
    private static final int PREDICATE_REACH = 10;
    /** Conjunctions that end a noun phrase object before any predicate: {@code mengakui kerugian tetapi ...}. */
    private static final Set<String> CLAUSE_JOINS = WordLists.set(WordLists.class, "clause-joins.txt");
    private static final Set<String> TRIMMED = Set.of(".", ",", ";", ":");
    /** Words citing a report's source after {@code , seperti (yang)}, which end what was said. */
    private static final Set<String> CITATION_TAILS = WordLists.set(WordLists.class, "citation-tails.txt");

    private final Passage passage;
    private final SpeakerPhrases phrases;
    private final DirectSpans direct;

    IndirectQuoteFinder(Passage passage, SpeakerPhrases phrases, DirectSpans direct) {
        this.passage = passage;
        this.phrases = phrases;
        this.direct = direct;
    }

    List<QuoteCandidate> find() {
        List<QuoteCandidate> out = new ArrayList<>();
        for (int s = 0; s < passage.sentenceCount(); s++) {
            for (int t = passage.first(s); t < passage.end(s); t++) {
                if (insideDirect(passage.token(t).start())) {
                    continue;
                }
                String w = passage.lower(t);
                Optional<QuoteCandidate> found;
                Optional<QuoteCandidate> inClause = ReportingCues.isMenurut(w) || ReportingCues.isMenurutnya(w)
                        ? menurutInClause(t) : Optional.empty();
                if (inClause.isPresent()) {
                    found = inClause;
                } else if (ReportingCues.isMenurut(w) || ReportingCues.isMenurutnya(w) && passage.is(t + 1, ",")
                        || t == passage.first(s) && ReportingCues.isMenurutMistyped(w)) {
                    found = menurut(t);
                } else {
                    int at = t;
                    // a passive opening the sentence names its speaker after it as a stem does: "Dijelaskan Suhari, ..."
                    found = ReportingCues.leading(w).flatMap(cue -> reported(at, at + 1, cue))
                            .or(() -> writtenApart(at))
                            .or(() -> ReportingCues.trailing(w).flatMap(cue -> stem(at, cue)))
                            .or(() -> ReportingCues.openingPassive(w)
                                    .filter(cue -> phrases.opensClause(phrases.contentStart(passage.sentenceOf(at)), at))
                                    .flatMap(cue -> stem(at, cue)));
                }
                found.ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * {@code menurut} set inside a clause with no comma around it, its speaker a name or a pronoun and the
     * predicate right after: in a relative clause ({@code Prinsip transparansi, profesionalitas, dan kerja keras itulah
     * yang menurut Luhut membawa perubahan bagi Indonesia}, antaranews.com; {@code kekuatan lift Monas yang menurutnya
     * harus terus dijaga}, IndoSum) the report is the noun and its clause; after a subject pointing back ({@code
     * Hal ini menurut Hendi menjadi bukti komitmennya ...}, Kompas.com) the whole sentence. Only after {@code yang}, a word with {@code -nya} or a
     * demonstrative: after a verb or a noun {@code menurut} means "by" or "following" ({@code dibagi menurut
     * Provinsi}, {@code menurut UU}).
     */
    private Optional<QuoteCandidate> menurutInClause(int at) {
        int s = passage.sentenceOf(at);
        int first = phrases.contentStart(s);
        if (at <= first || phrases.opensClause(first, at) || !passage.isWord(at - 1)) {
            return Optional.empty();
        }
        String before = passage.lower(at - 1);
        boolean relative = FunctionWords.isRelative(before);
        boolean pointsBack = before.length() > FunctionWords.ENCLITIC.length() && FunctionWords.hasEnclitic(before)
                || SpeakerWords.isDemonstrative(before);
        if (!relative && !pointsBack || reportedBefore(first, at)) {
            return Optional.empty();
        }
        int end = passage.end(s);
        int nameEnd = at + 1;
        if (FunctionWords.isAccording(passage.lower(at))) {
            if (nameEnd < end && passage.isWord(nameEnd) && SpeakerWords.isPronoun(passage.lower(nameEnd))) {
                nameEnd++;
            } else {
                while (nameEnd < end && nameEnd - at <= MAX_NAME_IN_CLAUSE && passage.isWord(nameEnd)
                        && passage.isCapitalised(nameEnd) && !SpeakerWords.isCalendar(passage.lower(nameEnd))) {
                    nameEnd++;
                }
            }
            if (nameEnd == at + 1 || nameEnd - at > MAX_NAME_IN_CLAUSE || SpeakerWords.isLegalText(passage.lower(at + 1))) {
                return Optional.empty();
            }
        }
        if (nameEnd >= end || !passage.isWord(nameEnd) || passage.isCapitalised(nameEnd)
                || SpeakerWords.isPreposition(passage.lower(nameEnd)) || wordsIn(nameEnd, end) < MIN_CLAUSE_WORDS) {
            return Optional.empty();
        }
        SpeakerRef speaker = nameEnd == at + 1 ? new SpeakerRef.Pronoun(passage.token(at).start())
                : phrases.reference(at + 1, nameEnd);
        int from = relative ? describedNounStart(at - 1, first) : openingPastConnectives(first, at);
        return clause(from, clauseEnd(nameEnd, end), FunctionWords.ACCORDING, speaker, at);
    }

    /**
     * Whether a cue stands between {@code first} and {@code at}: in {@code Menurut Susi Pudjiastuti, penambahan anggaran
     * itu menurutnya diperlukan ...} (tempo.co) the opening {@code Menurut} already reports the sentence.
     */
    private boolean reportedBefore(int first, int at) {
        for (int t = first; t < at; t++) {
            String w = passage.lower(t);
            if (ReportingCues.isMenurut(w) || ReportingCues.isMenurutnya(w) || ReportingCues.leading(w).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The first token from {@code first} on that is no opening connective ({@code Namun,}), before {@code at}. */
    private int openingPastConnectives(int first, int at) {
        int from = first;
        while (from < at && (SpeakerPhrases.isOpeningConnective(passage.lower(from)) || passage.is(from, ","))) {
            from++;
        }
        return from;
    }

    /**
     * Where the noun a relative clause at {@code relative} describes starts: back past its words to the verb or
     * preposition before it ({@code menyinggung soal kekuatan lift Monas yang ...}), else the clause's opening.
     */
    private int describedNounStart(int relative, int first) {
        int from = relative;
        // commas stay inside the noun phrase ("Prinsip transparansi, profesionalitas, dan kerja keras itulah yang")
        while (from > first && (passage.is(from - 1, ",") || passage.isWord(from - 1)
                && !SpeakerWords.looksLikeVerb(passage.lower(from - 1)) && !SpeakerWords.isPreposition(passage.lower(from - 1)))) {
            from--;
        }
        return openingPastConnectives(from, relative);
    }

    /** A compound verb of saying that the page writes as two words: {@code Hari menggaris bawahi, sejatinya ...}. */
    private Optional<QuoteCandidate> writtenApart(int t) {
        if (t + 1 >= passage.end(passage.sentenceOf(t)) || !passage.isWord(t + 1)) {
            return Optional.empty();
        }
        return ReportingCues.leadingWrittenApart(passage.lower(t), passage.lower(t + 1))
                .flatMap(cue -> reported(t, t + 2, cue));
    }

    /** {@code X mengatakan (bahwa) CLAUSE}, the verb's words from {@code cueAt} to before {@code verbEnd}. */
    private Optional<QuoteCandidate> reported(int cueAt, int verbEnd, Cue cue) {
        // "Eddy tak menampik bahwa ...": not denying is admitting, and the subject stands before the negation
        boolean admitted = ReportingCues.isDenial(passage.lower(cueAt)) && cueAt > 0
                && SpeakerWords.isNegation(passage.lower(cueAt - 1));
        // "... seraya menambahkan bahwa ...", "Sembari menyampaikan, bahwa ...": said while doing the act before, by its
        // subject, as a pronoun points
        boolean accompanying = cueAt > 0 && SpeakerWords.accompaniesAct(passage.lower(cueAt - 1));
        Optional<SpeakerRef> speaker = accompanying ? Optional.of(new SpeakerRef.Pronoun(passage.token(cueAt).start()))
                : phrases.subjectBefore(admitted ? cueAt - 1 : cueAt)
                .map(subject -> subject instanceof SpeakerRef.Phrase p ? personAccordingTo(p.from()).orElse(p) : subject);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        int end = passage.end(passage.sentenceOf(cueAt));
        int c = verbEnd;
        // "Reuters melaporkan, ..." : a comma or colon after the verb announces the report as bahwa does
        boolean bahwa = passage.is(c, ",") || passage.is(c, ":");
        while (c < end && (passage.is(c, ",") || passage.is(c, ":"))) {
            c++;
        }
        if (!bahwa && c < end && COLLOQUIAL_THAT.contains(passage.lower(c))) {
            // "pelatih asal Belanda tersebut membeberkan jika PSM Makassar tidak melepas sang pemain"
            bahwa = true;
            c++;
        }
        if (c < end && ADDRESSEES.contains(passage.lower(c))) {
            for (int k = c + 1; k < Math.min(end, c + BAHWA_REACH) && !FunctionWords.isThat(passage.lower(k)); k++) {
                if (passage.is(k, ",")) {
                    c = k + 1; // "mengatakan kepada wartawan di Moskow, ...": who was told is not what was said
                    break;
                }
            }
        }
        for (int k = c; k < Math.min(end, c + BAHWA_REACH); k++) {
            String w = passage.lower(k);
            if (FunctionWords.isThat(w)) {
                c = k + 1;
                bahwa = true;
                break;
            }
            if (FunctionWords.isRelative(w) || SpeakerWords.looksLikeVerb(w) || isQuoteMark(k)) {
                break;
            }
        }
        // "Endro Sutarno juga tak menampik hal tersebut dapat dilakukan": what is admitted is a clause as after
        // menyatakan, with bahwa or without
        Cue.Strength strength = admitted ? Cue.Strength.NEEDS_CLAUSE : cue.strength();
        if (c >= end || (strength == Cue.Strength.NEEDS_BAHWA && !bahwa) || opensDirect(c)) {
            return Optional.empty();
        }
        // "Syafrin Liputo mengaku telah melakukan sosialisasi", "Bibi mengaku mendapat nomor telepon ...": no
        // subject, the speaker's own act, said by a person
        boolean subjectless = false;
        // "Ia juga bantah dirinya memberikan uang ...", "Habil Marati bantah dia sebagai penyumbang dana ...": a
        // person telling of their own acts may name themselves as the clause's subject
        boolean ownActTold = admitted || SpeakerWords.reportsOwnAct(passage.lower(cueAt));
        boolean selfSubject = ownActTold && SpeakerWords.isPronoun(passage.lower(c));
        boolean stated = strength == Cue.Strength.NEEDS_STATED_CLAUSE;
        boolean needsClause = strength == Cue.Strength.NEEDS_CLAUSE || stated;
        if (needsClause && !bahwa && !selfSubject && !isClause(c, end, stated)) {
            String first = passage.lower(c);
            boolean ownAct = ownActTold && (SpeakerWords.looksLikeActiveVerb(first) || SpeakerWords.isOwnState(first)
                    || SpeakerWords.isOwnManner(first));
            if (!ownAct && !SpeakerWords.opensSubjectlessClause(first) && !SpeakerWords.isUtteredAct(first)) {
                return Optional.empty();
            }
            subjectless = true;
        }
        // a plan announced is said by an organisation as well as by a person
        boolean byPersonOnly = subjectless && !SpeakerWords.opensPlan(passage.lower(c));
        return clause(c, clauseEnd(c, end), cue.base(), speaker.get(), cueAt, byPersonOnly);
    }

    /**
     * {@code menurut X, CLAUSE}, {@code CLAUSE, menurut X.}, {@code Menurutnya, CLAUSE} and the parenthetical
     * {@code Di samping itu, menurutnya, CLAUSE}. A job title set off from its holder's name by a comma names the
     * holder ({@code Menurut Kasatlantas Polres, AKP Hegy Renanta, CLAUSE}), and an opening speaker phrase cut by a
     * paragraph break with no closing mark goes on in the next paragraph, as scraped text breaks a long title.
     */
    private Optional<QuoteCandidate> menurut(int at) {
        int s = passage.sentenceOf(at);
        if (ReportingCues.isMenurutnya(passage.lower(at))) {
            return around(at, at + 1, FunctionWords.ACCORDING, new SpeakerRef.Pronoun(passage.token(at).start()), false);
        }
        boolean opening = phrases.opensClause(phrases.contentStart(s), at);
        int end = passage.end(s);
        int phraseEnd = at + 1;
        boolean runOn = false;
        while (phraseEnd < end && !passage.is(phraseEnd, ",")) {
            phraseEnd++;
            if (phraseEnd == end && opening && !runOn && runsOnPastParagraph(s)) {
                runOn = true; // one break: a title is cut once, and a heading after heading is no speaker
                end = passage.end(s + 1);
            }
        }
        if (!opening && phraseEnd == end) {
            // mid-sentence, with no comma to close it; an opening one is read up to its comma below
            int described = describedUpTo(at + 1, phraseEnd);
            if (described < phraseEnd) {
                // the description points back as a pronoun would: to the one the text is about, else the last speaker
                return around(at, described, FunctionWords.ACCORDING,
                        new SpeakerRef.Pronoun(passage.token(at + 1).start()), false);
            }
        }
        int holderEnd = opening ? titleHolderEnd(speakerFrom(at + 1), phraseEnd, end) : -1;
        if (holderEnd < 0) {
            return around(at, phraseEnd, FunctionWords.ACCORDING, phrases.reference(speakerFrom(at + 1), phraseEnd), false);
        }
        // the holder's name ends at its own comma or, for a name of several words, where the clause begins
        boolean closedByComma = passage.is(holderEnd, ",");
        return around(at, holderEnd, FunctionWords.ACCORDING, new SpeakerRef.Phrase(speakerFrom(at + 1), holderEnd),
                !closedByComma);
    }

    /**
     * Where a speaker phrase from {@code from} that no comma closes before {@code end} ends: after the demonstrative
     * closing a lower-case description ({@code menurut alumni Pondok Modern Gontor ini sudah dilakukan sejak dirinya
     * menjadi Ketua MPR Periode 2004-2009}, sindonews.com), as the words after it tell of the speaker, not who they
     * are; else {@code end}.
     */
    private int describedUpTo(int from, int end) {
        if (!passage.isWord(from) || passage.isCapitalised(from) || SpeakerWords.isGroupHead(passage.lower(from))
                || SpeakerWords.isPronoun(passage.lower(from))) {
            // a name, a pronoun, or a source that may be someone new ("menurut sumber yang mengetahui masalah tersebut")
            return end;
        }
        for (int t = from + 1; t < end && t - from <= MAX_DESCRIPTION; t++) {
            if (passage.isWord(t) && SpeakerWords.isDemonstrative(passage.lower(t))) {
                return t + 1;
            }
        }
        return end;
    }

    /**
     * The person an opening {@code menurut} names when the subject at token {@code subject} follows its comma: in
     * {@code Menurut Presiden, Bank Dunia menginformasikan bahwa ...} the President tells what the bank said, so the
     * report is his. Only a person's title or a pronoun counts: a source of other kind ({@code menurut laporan
     * Interfax, menteri ... mengatakan}) leaves the inner report its own subject.
     */
    private Optional<SpeakerRef> personAccordingTo(int subject) {
        int comma = subject - 1;
        if (!passage.is(comma, ",")) {
            return Optional.empty();
        }
        int s = passage.sentenceOf(subject);
        int first = phrases.contentStart(s);
        for (int at = first; at < comma; at++) {
            String w = passage.lower(at);
            if (!ReportingCues.isMenurut(w) && !ReportingCues.isMenurutnya(w)) {
                continue;
            }
            if (!phrases.opensClause(first, at)) {
                return Optional.empty();
            }
            if (ReportingCues.isMenurutnya(w)) {
                return at + 1 == comma ? Optional.of(new SpeakerRef.Pronoun(passage.token(at).start())) : Optional.empty();
            }
            int from = at + 1;
            boolean person = from < comma && (SpeakerWords.isPersonTitle(passage.lower(from))
                    || comma - from == 1 && SpeakerWords.isPronoun(passage.lower(from)));
            return person ? Optional.of(phrases.reference(from, comma)) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether sentence {@code s} ends a paragraph in the middle of a capitalised title and the next paragraph goes on
     * with it up to a comma ({@code ... Jasa Marga (Persero) Tbk} / {@code Regional JabodetabekJabar, Irra Susiyanti
     * ...}). A break after a lower-case word or before one marks words the scrape lost (a link taken out: {@code
     * Menurut Hary Tanoe} / {@code yang disediakan adalah ...}), across which no phrase is read.
     */
    private boolean runsOnPastParagraph(int s) {
        if (s + 1 >= passage.sentenceCount()) {
            return false;
        }
        int last = passage.end(s) - 1;
        if (!passage.isWord(last) || !passage.isCapitalised(last)
                || passage.paragraphOf(passage.first(s + 1)) == passage.paragraphOf(last)) {
            return false;
        }
        int end = passage.end(s + 1);
        for (int t = passage.first(s + 1); t < end && t - passage.first(s + 1) <= MAX_RUN_ON_WORDS; t++) {
            if (passage.is(t, ",")) {
                return t > passage.first(s + 1);
            }
            boolean titleWord = passage.isWord(t) ? passage.isCapitalised(t) : passage.is(t, "(") || passage.is(t, ")");
            if (!titleWord) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the name of a title's holder ends when the words from {@code from} to the comma at {@code comma} are a
     * job title and a name follows the comma, or -1. The name is closed by its own comma; with none, it must be
     * of two words at least and be followed by a clause with its own subject ({@code ... Regional JabodetabekJabar,
     * Irra Susiyanti kecelakaan tunggal kendaraan AVP ... terjadi ...}), not by the name's own predicate
     * ({@code Menurut polisi, Panji merupakan sopir ...}, where the name is the clause's subject).
     */
    private int titleHolderEnd(int from, int comma, int end) {
        // a description pointing back ("mantan pelatih Bhayangkara FC ini") names someone already named; a title
        // after a comma is the holder's own, after the name ("Iptu Teguh Hidayat, Kapolsek Plakat Tinggi")
        if (!passage.is(comma, ",") || !phrases.isTitle(from, comma) && nameSetApart(comma, end) < 0
                || SpeakerWords.isDemonstrative(passage.lower(comma - 1))
                || comma + 1 < end && SpeakerWords.isPersonTitle(passage.lower(comma + 1))) {
            return -1;
        }
        int holderEnd = holderAfter(comma, end);
        if (holderEnd == comma + 2 && passage.is(holderEnd, ",")) {
            // one word set off by commas and a name after it: the word is the title's body, written apart
            // ("Kepala Biro Komunikasi dan Layanan Informasi, Kemenkeu, Nufransa Wira Sakti, angka ..."), and the
            // name after it the holder
            int next = holderAfter(holderEnd, end);
            if (next - holderEnd > 2) {
                return next;
            }
        }
        return holderEnd;
    }

    /**
     * Where a name of two words or more set off by commas after the comma at {@code comma} ends, at its own comma,
     * when the reported clause opens after it in lower case with no verb, or -1: such a name is the holder of whatever title or
     * body the words before it give ({@code Menurut Training Director Jakarta Defensive Driving Center (JDDC), Jusri
     * Pulubuhu, sangat penting ...}, {@code Disampaikan Project Director GIIAS 2019 The Series, Sri Vista Limbong,
     * untuk ...}), as an English title or a body alone opens no title the role lexicon knows.
     */
    private int nameSetApart(int comma, int end) {
        if (!passage.is(comma, ",")) {
            return -1;
        }
        int holderEnd = holderAfter(comma, end);
        if (holderEnd < 0 || holderEnd - comma - 1 < 2 || !passage.is(holderEnd, ",")) {
            return -1;
        }
        int c = holderEnd;
        while (c < end && passage.is(c, ",")) {
            c++; // "Earl Miller, ,tidak terlatih": a comma doubled where the scrape took a word out
        }
        // a verb after the name makes it the subject of its own clause ("..., R Matthew Montoya, menemukan bahwa")
        return c < end && passage.isWord(c) && !passage.isCapitalised(c) && !SpeakerWords.looksLikeVerb(passage.lower(c))
                ? holderEnd : -1;
    }

    /** Where a holder's name after the comma at {@code comma} ends, or -1 (see {@link #titleHolderEnd}). */
    private int holderAfter(int comma, int end) {
        int t = comma + 1;
        while (t < end && t - comma <= MAX_HOLDER_WORDS && passage.isWord(t)
                && (passage.isCapitalised(t) || SpeakerWords.isTitle(passage.lower(t)))
                && !SpeakerWords.isCalendar(passage.lower(t)) && !hasDigit(passage.word(t))) {
            t++;
        }
        int words = t - comma - 1;
        if (words == 0 || t >= end || words > MAX_HOLDER_WORDS) {
            return -1;
        }
        if (passage.is(t, ",")) {
            // a list of a body's fields goes on with "dan" ("Badan Meteorologi, Klimatologi, dan Geofisika")
            return t + 1 < end && SpeakerWords.joinsTitle(passage.lower(t + 1)) ? -1 : t;
        }
        boolean clauseFollows = words >= 2 && passage.isWord(t) && !passage.isCapitalised(t) && isClause(t, end, false);
        return clauseFollows ? t : -1;
    }

    /**
     * A short reporting stem with its speaker set off by commas: {@code CLAUSE, kata X.},
     * {@code Kata Amran, CLAUSE}, {@code Namun, katanya CLAUSE}, {@code CLAUSE, kata Ferdi, CLAUSE}.
     */
    private Optional<QuoteCandidate> stem(int cueAt, Cue cue) {
        int s = passage.sentenceOf(cueAt);
        // a capitalised stem mid-sentence is a headline's verb ("..., Sebut AS Miliki ..."), not a report
        if (overlapsDirect(s) || (passage.isCapitalised(cueAt) && !phrases.opensClause(phrases.contentStart(s), cueAt))) {
            return Optional.empty();
        }
        if (cue.pronoun()) {
            return around(cueAt, cueAt + 1, cue.base(), new SpeakerRef.Pronoun(passage.token(cueAt).start()), false);
        }
        int from = cueAt + 1;
        boolean passive = ReportingCues.openingPassive(passage.lower(cueAt)).isPresent();
        while (passive && from < passage.end(s) && SpeakerWords.isAdverb(passage.lower(from))) {
            from++; // "Dijelaskan pula oleh Menko Polhukam Wiranto ..."
        }
        boolean agentMarked = passive && from < passage.end(s) && FunctionWords.isAgent(passage.lower(from));
        if (passive && from < passage.end(s)
                && passage.lower(from).equals(FunctionWords.AGENT + FunctionWords.ENCLITIC)) {
            // "Diterangkan olehnya Lion Air Group akan terus berkoordinasi ...": the agent as -nya, as in "katanya"
            return around(cueAt, from + 1, cue.base(), new SpeakerRef.Pronoun(passage.token(from).start()), false);
        }
        // the agent after "oleh" is read as a phrase after a stem, so a title there goes on to its holder
        // ("Dijelaskan oleh dokter spesialis kulit dan kelamin, dr Susie Rendra, Sp.KK, obat-obat ...")
        Optional<SpeakerRef> speaker = phrases.after(agentMarked ? from + 1 : from);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        if (speaker.get() instanceof SpeakerRef.Phrase p && phrases.opensClause(phrases.contentStart(s), cueAt)) {
            // "Disampaikan Project Director GIIAS 2019 The Series, Sri Vista Limbong, untuk ...": the name set apart
            int holderEnd = nameSetApart(p.to(), passage.end(s));
            if (holderEnd >= 0) {
                speaker = Optional.of(new SpeakerRef.Phrase(p.from(), holderEnd));
            }
        }
        int phraseEnd = speaker.get() instanceof SpeakerRef.Phrase p ? p.to() : from + 1;
        // an agent marked by "oleh" ends with its name, and the clause may follow it with no comma ("Dijelaskan pula
        // oleh Menko Polhukam Wiranto banyak lokasi karhutla yang sulit dijangkau, ..."), unless what follows tells
        // where, when or to whom it was said, or is the agent's own act
        boolean nameEndsPhrase = agentMarked && phraseEnd < passage.end(s) && passage.isCapitalised(phraseEnd - 1)
                && passage.isWord(phraseEnd) && !passage.isCapitalised(phraseEnd) && opensTold(passage.lower(phraseEnd));
        return around(cueAt, phraseEnd, cue.base(), speaker.get(), nameEndsPhrase);
    }

    /**
     * The clause reported by a cue at {@code cueAt} whose speaker phrase ends before {@code phraseEnd}: the rest
     * of the sentence when the cue opens it, what comes before when the cue closes it, the whole sentence when
     * the cue and its speaker stand between commas inside it. An opening speaker phrase may run on into the next
     * sentence ({@link #menurut}), whose end then ends the clause.
     *
     * @param nameEndsPhrase the phrase ends with a name that the clause follows without a comma
     */
    private Optional<QuoteCandidate> around(int cueAt, int phraseEnd, String cue, SpeakerRef speaker, boolean nameEndsPhrase) {
        int s = passage.sentenceOf(cueAt);
        int first = phrases.contentStart(s);
        int end = passage.end(passage.sentenceOf(Math.max(cueAt, phraseEnd - 1)));
        if (phrases.opensClause(first, cueAt)) {
            int c = phraseEnd;
            // "Dijelaskan oleh AdaptiveMobile Security bahwa korban ...": bahwa closes the phrase as a comma does,
            // and after a passive so does a word standing for it ("Dikatakan Roland jika YS dan RM ... menenggak
            // ..."), which after "Menurutnya" opens a condition of what was said
            boolean closedByBahwa = c < end && (FunctionWords.isThat(passage.lower(c))
                    || COLLOQUIAL_THAT.contains(passage.lower(c)) && ReportingCues.openingPassive(passage.lower(cueAt)).isPresent());
            if (closedByBahwa) {
                c++;
            }
            if (passage.is(c, ",")) {
                while (passage.is(c, ",")) {
                    c++; // "Siwi, , melaju kencang": a comma doubled where the scrape took a word out
                }
            } else if (!closedByBahwa && !(speaker instanceof SpeakerRef.Pronoun) && !nameEndsPhrase) {
                return Optional.empty(); // "Kata kunci dalam ...": no comma closes a speaker phrase
            }
            if (opensDirect(c)) {
                return Optional.empty(); // "Menurut Peskov, "...": the direct quote is the report
            }
            for (int k = c; k < end; k++) {
                if (ReportingCues.leading(passage.lower(k)).isPresent() && phrases.subjectBefore(k).isPresent()) {
                    return Optional.empty(); // "menurut laporan Interfax, menteri ... mengatakan ...": the inner report wins
                }
            }
            return clause(c, clauseEnd(c, end), cue, speaker, cueAt);
        }
        if (!passage.is(cueAt - 1, ",")) {
            return Optional.empty();
        }
        int clauseStart = first;
        while (clauseStart < cueAt && SpeakerPhrases.isOpeningConnective(passage.lower(clauseStart))) {
            clauseStart++;
        }
        // "..., kata Ferdi, dua papan reklame ...": the report goes on; "..., kata X, dikutip AFP": it does not
        boolean continues = passage.is(phraseEnd, ",") && end - phraseEnd > MIN_CLAUSE_WORDS
                && !SpeakerWords.isPreposition(passage.lower(phraseEnd + 1));
        // "Saat ini, kata Hidayat setiap hari media mengabarkan ...": what stands before a short stem is too short to
        // be the report, so it goes on after the name though no comma closes it (not after a prefixed verb: "Aktivis
        // pro-Demokrasi, , mengatakan Hong Kong terancam ...", where a scrape lost the name)
        boolean runsOnAfterName = !continues && ReportingCues.leading(passage.lower(cueAt)).isEmpty()
                && wordsIn(clauseStart, cueAt - 1) < MIN_CLAUSE_WORDS
                && phraseEnd < end && passage.isCapitalised(phraseEnd - 1) && passage.isWord(phraseEnd)
                && !passage.isCapitalised(phraseEnd) && opensTold(passage.lower(phraseEnd))
                && wordsIn(phraseEnd, end) >= MIN_CLAUSE_WORDS;
        if (runsOnAfterName) {
            return clause(clauseStart, end, cue, speaker, cueAt);
        }
        return continues ? clause(clauseStart, end, cue, speaker, cueAt)
                : clause(clauseStart, cueAt - 1, cue, speaker, cueAt);
    }

    private Optional<QuoteCandidate> clause(int from, int to, String cue, SpeakerRef speaker, int cueAt) {
        return clause(from, to, cue, speaker, cueAt, false);
    }

    private Optional<QuoteCandidate> clause(int from, int to, String cue, SpeakerRef speaker, int cueAt,
                                            boolean byPersonOnly) {
        if (from >= to || insideDirect(passage.token(from).start())) {
            return Optional.empty(); // a sentence the text runs on from inside someone's quote is not reported speech
        }
        for (int k = from; k < to; k++) {
            if (opensDirect(k)) {
                to = k; // the reported clause ends where the speaker's own words begin
                break;
            }
        }
        while (to > from && TRIMMED.contains(passage.word(to - 1))) {
            to--;
        }
        if (wordsIn(from, to) < MIN_CLAUSE_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new QuoteCandidate(QuoteKind.INDIRECT, passage.token(from).start(),
                passage.token(to - 1).end(), cue, speaker, passage.token(cueAt).start(), byPersonOnly));
    }

    private int wordsIn(int from, int to) {
        int words = 0;
        for (int t = from; t < to; t++) {
            words += passage.isWord(t) ? 1 : 0;
        }
        return words;
    }

    /** Whether a word may open what was said right after its speaker: no setting, addressee or verb of the speaker's. */
    private static boolean opensTold(String w) {
        return !SpeakerWords.isPreposition(w) && !SpeakerWords.opensSetting(w) && !ADDRESSEES.contains(w)
                && !SpeakerWords.looksLikeVerb(w) && !FunctionWords.isRelative(w);
    }

    /** Where the reported clause starting at {@code from} stops, within a sentence ending at {@code end}. */
    private int clauseEnd(int from, int end) {
        for (int k = from + 1; k < end; k++) {
            String w = passage.lower(k);
            if (CONCESSIVES.contains(w)) {
                return k;
            }
            if (CONTRASTS.contains(w) && k + 1 < end && SPEAKER_ACTS.contains(passage.lower(k + 1))) {
                return k;
            }
            if (passage.is(k, ",") && citesSource(k + 1, end)) {
                return k; // "..., seperti yang dikutip dari NME": the source cited, not what was said
            }
        }
        return end;
    }

    /** Whether {@code seperti}, {@code yang} at most and a word citing a source open the words from {@code at}. */
    private boolean citesSource(int at, int end) {
        if (at >= end || !FunctionWords.isLike(passage.lower(at))) {
            return false;
        }
        int cite = at + 1 < end && FunctionWords.isRelative(passage.lower(at + 1)) ? at + 2 : at + 1;
        return cite < end && CITATION_TAILS.contains(passage.lower(cite));
    }

    private int speakerFrom(int from) {
        return from < passage.size() && REPORT_NOUNS.contains(passage.lower(from)) ? from + 1 : from;
    }


    /**
     * Whether the words from {@code c} form a clause with its own subject and predicate
     * ({@code kesiapan ini menanggapi ...}) rather than a bare predicate ({@code siap mengirim}) or an
     * object ({@code mengakui kerugian tetapi ...}).
     *
     * @param stated as a verb of reminding reports: an appeal ({@code agar situasi ini dihadapi ...}) or a clause whose
     *               subject a predicate word follows before any verb ({@code Saut Situmorang pernah diragukan}), for
     *               its object is as often a thing whose own words run on into a verb ({@code keinginannya memperkuat
     *               KPK}, {@code perbedaan antara "mencicipi" dan "makan"})
     */
    private boolean isClause(int c, int end, boolean stated) {
        String first = passage.lower(c);
        if (stated && SpeakerWords.opensAppeal(first)) {
            return true;
        }
        if (!stated && SpeakerWords.opensSetting(first)) {
            return settingThenSubject(c, end);
        }
        if (PREDICATE_STARTS.contains(first) || SpeakerWords.looksLikeVerb(first) || SpeakerWords.isPreposition(first)) {
            return false; // "mengungkap soal di balik mahkota" is about something, not a report of it
        }
        for (int k = c + 1; k < Math.min(end, c + PREDICATE_REACH); k++) {
            String w = passage.lower(k);
            if (CLAUSE_JOINS.contains(w) || SpeakerWords.opensComplement(w)) {
                return false; // "menyampaikan apresiasi atas peran aktif Bea Cukai": an object and its complement
            }
            if (PREDICATE_STARTS.contains(w)) {
                return true;
            }
            if (SpeakerWords.looksLikeVerb(w)) {
                // "menyatakan keprihatinan mendalam mereka atas pernyataan ...": a feeling with its modifier and
                // complement is the verb's object, not a clause's subject and predicate
                return !stated && !(SpeakerWords.looksLikeAbstractNoun(first) && complementFollows(k + 1, end));
            }
        }
        return false;
    }

    /** Whether a noun's complement ({@code atas ...}) opens from {@code from} on before any predicate word. */
    private boolean complementFollows(int from, int end) {
        for (int k = from; k < end && passage.isWord(k); k++) {
            String w = passage.lower(k);
            if (SpeakerWords.opensComplement(w)) {
                return true;
            }
            if (PREDICATE_STARTS.contains(w) || SpeakerWords.looksLikeVerb(w) && !SpeakerWords.isPluralPronoun(w)) {
                return false; // "mereka" of the feeling's owners is no verb
            }
        }
        return false;
    }

    /**
     * Whether a phrase of time or place at {@code c} is followed by the clause's own subject and predicate: a
     * predicate word after two words at least (the phrase's noun, the subject), right after a subject that names
     * someone or something of theirs ({@code di usia sekarang mentalnya sudah siap}: a noun with {@code -nya}, a
     * pronoun or a name), not an act announced ({@code menyatakan di hadapan wartawan akan mundur}).
     */
    private boolean settingThenSubject(int c, int end) {
        for (int k = c + 1; k < Math.min(end, c + PREDICATE_REACH); k++) {
            String w = passage.lower(k);
            if (CLAUSE_JOINS.contains(w) || !passage.isWord(k)) {
                return false;
            }
            if (PREDICATE_STARTS.contains(w)) {
                String subject = passage.lower(k - 1);
                boolean named = subject.length() > FunctionWords.ENCLITIC.length() && FunctionWords.hasEnclitic(subject)
                        || SpeakerWords.isPronoun(subject) || passage.isCapitalised(k - 1);
                return k - c >= 3 && named;
            }
        }
        return false;
    }

    /** A name holds no figure: {@code Airbus A330-243} after a comma is a thing, not a title's holder. */
    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    private boolean isQuoteMark(int t) {
        return t < passage.size() && "\"“”‘’'«»".contains(passage.word(t));
    }

    private boolean insideDirect(int position) {
        return direct.covers(position);
    }

    /** Whether a direct quote's words begin right after the mark at token {@code t}. */
    private boolean opensDirect(int t) {
        if (!isQuoteMark(t)) {
            return false;
        }
        int afterMark = passage.token(t).end();
        return direct.startsBetween(afterMark, afterMark + 1);
    }

    private boolean overlapsDirect(int s) {
        int from = passage.token(passage.first(s)).start();
        int to = passage.token(passage.end(s) - 1).end();
        return direct.overlaps(from, to);
    }
}
