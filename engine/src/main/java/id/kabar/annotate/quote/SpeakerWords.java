package id.kabar.annotate.quote;

import id.kabar.annotate.entity.NameFinder;
import id.kabar.lang.Affixes;
import id.kabar.lang.Calendar;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.Honorifics;
import id.kabar.lang.WordLists;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists for finding who speaks: pronouns, titles, group nouns and the words that end a speaker phrase.
 * Lookups take lower-case words ({@code Passage.lower}), except where the case itself carries meaning.
 */
final class SpeakerWords {

    /** The kinds of {@code speaker-words.txt}'s first column. */
    private enum Kind {
        PRONOUN, GROUP_HEAD, DEMONSTRATIVE, NAME_PARTICLE, DETERMINER, ADVERB, NON_REPORTING, CLAUSE_OPENER,
        PREPOSITION, LEGAL_TEXT, PERSON_NOUN, DEFINITE, TITLE_JOIN, SUBJECTLESS_START, SELF_REPORT, COMPLEMENT,
        NEGATION, NOT_PERSON, PLURAL_PRONOUN, UTTERED_ACT, SETTING, APPEAL, SPOKESPEOPLE, KNOWN, NAMING, BODY, OWN_STATE,
        PLAN_START, TITLE_POST, CONTINUING_CUE, ECHO, ACCOMPANYING, OWN_MANNER
    }

    private static final Map<Kind, Set<String>> WORDS = read();
    /** The letters the active prefix me- is followed by in its forms me-, mem-, men-, meng- and meny-. */
    private static final String ACTIVE_PREFIX_NEXT = "lmnrwy";
    /** The shortest ke-...-an noun read as one: {@code kesedihan}, of the five-letter stem {@code sedih}. */
    private static final int MIN_ABSTRACT_NOUN = 9;
    /**
     * The shortest word (and the shortest {@code di-} stem without its {@code -nya}) read as a prefixed verb:
     * {@code dibuat}, {@code bertemu}; shorter ones are no verbs ({@code dini}, {@code media}). Set by hand.
     */
    private static final int MIN_VERB_LETTERS = 5;
    private static final Set<String> KIN = WordLists.set(WordLists.class, "kin-words.txt");
    /** Words before where someone comes from ({@code origin-words.txt}), read by the entity stage too. */
    private static final Set<String> ORIGIN = WordLists.set(WordLists.class, "origin-words.txt");

    private SpeakerWords() {
    }

    static boolean isLegalText(String w) {
        return WORDS.get(Kind.LEGAL_TEXT).contains(w);
    }

    /** Capitalised words that name no one though a recognizer may tag them a person: currencies ({@code Rupiah}). */
    static boolean isNotPerson(String w) {
        return WORDS.get(Kind.NOT_PERSON).contains(w);
    }

    /** A word joining a title to where its holder is posted ({@code Duta Besar China untuk Austria}). */
    static boolean postsTitle(String w) {
        return WORDS.get(Kind.TITLE_POST).contains(w);
    }

    /**
     * A verb of saying with {@code -nya} that adds to what was said before ({@code imbuhnya}, {@code tambahnya}): its
     * speaker is the person last quoted.
     */
    static boolean isContinuingCue(String w) {
        return FunctionWords.hasEnclitic(w) && WORDS.get(Kind.CONTINUING_CUE).contains(FunctionWords.withoutEnclitic(w));
    }

    /** A word before where someone comes from ({@code asal}): the name after it is a place. */
    static boolean marksOrigin(String w) {
        return ORIGIN.contains(w);
    }

    /** A word giving the name of the person just described: {@code seorang penumpang bernama A Dalimunthe}. */
    static boolean isNaming(String w) {
        // "penumpang beranama Aryanto": a letter slipped in leaves the word unmistakable before a capitalised name
        return WORDS.get(Kind.NAMING).contains(w)
                || WORDS.get(Kind.NAMING).stream().anyMatch(naming -> ReportingCues.missesOneLetter(naming, w));
    }

    /** A noun for an organisation ({@code kementerian}, {@code lembaga}), which {@code itu} makes the last one named. */
    static boolean isBody(String w) {
        return WORDS.get(Kind.BODY).contains(w);
    }

    /** An article marking someone already known, whatever noun follows it ({@code Sang pedangdut}). */
    static boolean marksKnown(String w) {
        return WORDS.get(Kind.KNOWN).contains(w);
    }

    /** A word for a tie to someone ({@code istri}, {@code ayah}). */
    static boolean isKin(String w) {
        return KIN.contains(w);
    }

    /**
     * A verb of having someone by a tie ({@code beristrikan}, {@code bersuami}): the name after it is that kin, not
     * the person it describes ({@code Pria beristrikan Ny Mestafuljana}).
     */
    static boolean tiesToKin(String w) {
        return KIN.contains(Affixes.intransitiveStem(w));
    }

    /**
     * A person named by their tie to someone already named, the enclitic {@code -nya} pointing back to them
     * ({@code suaminya}, {@code pengacaranya}).
     */
    static boolean isKinOfSomeone(String w) {
        return FunctionWords.hasEnclitic(w) && KIN.contains(FunctionWords.withoutEnclitic(w));
    }

    /**
     * Whether a verb of saying carries the pronoun as its suffix ({@code ujarnya}, {@code katanya}) rather than
     * standing apart ({@code dia}, {@code ia}). {@code Menurutnya} opening a sentence is not one: like {@code Ia
     * mengatakan} it takes up the person the sentence before is about ({@code ... muncul dari Mantan Ketua KPK,
     * Abraham Samad. Menurutnya ...}, tempo.co).
     */
    static boolean isSuffixedPronounCue(String w) {
        return w.length() > FunctionWords.ENCLITIC.length() && FunctionWords.hasEnclitic(w) && !isPronoun(w)
                && !ReportingCues.isMenurutnya(w);
    }

    static boolean isPronoun(String w) {
        return WORDS.get(Kind.PRONOUN).contains(w);
    }

    /**
     * Words of titles and honorifics that precede a name and are not part of it ({@code juru bicara Kremlin,
     * Dmitry Peskov}, {@code Kabag Komunikasi Publik Kementerian PANRB Suwardi}, {@code Pak Basuki}).
     */
    static boolean isRole(String w) {
        return NameFinder.isRole(w);
    }

    /**
     * Titles of a person that may follow the name, as opposed to the field or body they serve ({@code Presiden},
     * not {@code Keuangan}) and to ranks, which only precede it ({@code Kapolres Garut AKBP Wirdhanto}).
     */
    static boolean isPersonTitle(String w) {
        return NameFinder.isPersonTitle(w);
    }

    static boolean isGroupHead(String w) {
        return WORDS.get(Kind.GROUP_HEAD).contains(w);
    }

    static boolean isDeterminer(String w) {
        return WORDS.get(Kind.DETERMINER).contains(w);
    }

    /** Articles for someone already known ({@code sang pelatih}), unlike {@code seorang} or {@code beberapa}. */
    static boolean isDefinite(String w) {
        return WORDS.get(Kind.DEFINITE).contains(w);
    }

    /** Nouns for one person that describe rather than name them: {@code pria}, {@code wanita}, {@code sosok}. */
    static boolean isPersonNoun(String w) {
        return WORDS.get(Kind.PERSON_NOUN).contains(w);
    }

    static boolean isDemonstrative(String w) {
        return WORDS.get(Kind.DEMONSTRATIVE).contains(w);
    }

    /** Academic and religious titles written in lower case inside a name: {@code Dr dr Damayanti}. */
    static boolean isTitle(String w) {
        return Honorifics.isTitle(w);
    }

    /** An academic degree after a name, written with or without its periods: {@code Sp} of {@code Sp.KK}, {@code MSi}. */
    static boolean isDegree(String w) {
        return Honorifics.isDegree(w.replace(".", ""));
    }

    /** Lower-case particles inside foreign and Arabic names: {@code Virgil van Dijk}, {@code Salman bin Abdulaziz}. */
    static boolean isNameParticle(String w) {
        return WORDS.get(Kind.NAME_PARTICLE).contains(w);
    }

    /** A word after {@code hal} for a statement like the one before: {@code Hal senada diungkapkan ...}. */
    static boolean echoesStatement(String w) {
        return WORDS.get(Kind.ECHO).contains(w);
    }

    /** A conjunction for an act done while doing the one before ({@code seraya}): the act shares its subject. */
    static boolean accompaniesAct(String w) {
        return WORDS.get(Kind.ACCOMPANYING).contains(w);
    }

    static boolean isAdverb(String w) {
        return WORDS.get(Kind.ADVERB).contains(w);
    }

    /** Words negating the verb after them ({@code tidak}, {@code tak}). */
    static boolean isNegation(String w) {
        return WORDS.get(Kind.NEGATION).contains(w);
    }

    static boolean blocksReporting(String w) {
        return WORDS.get(Kind.NON_REPORTING).contains(w);
    }

    static boolean opensClause(String w) {
        return WORDS.get(Kind.CLAUSE_OPENER).contains(w);
    }

    /** Conjunctions inside a job title of several capitalised nouns ({@code Komunikasi dan Pemasaran}). */
    static boolean joinsTitle(String w) {
        return WORDS.get(Kind.TITLE_JOIN).contains(w);
    }

    /**
     * Words a reported clause without a subject of its own opens with when the speaker tells of their own acts
     * or of what there is ({@code mengaku telah ...}, {@code menyebut tidak ada ...}).
     */
    static boolean opensSubjectlessClause(String w) {
        return WORDS.get(Kind.SUBJECTLESS_START).contains(w);
    }

    /**
     * Words a subjectless clause announcing the speaker's plan opens with ({@code Blibli menyatakan akan terus menambah
     * jumlah apartemen ...}): a plan an organisation announces is what it said, unlike an act it admits or denies.
     */
    static boolean opensPlan(String w) {
        return WORDS.get(Kind.PLAN_START).contains(w);
    }

    /** Words opening an appeal, what the speaker asks to be done ({@code mengingatkan agar ...}). */
    static boolean opensAppeal(String w) {
        return WORDS.get(Kind.APPEAL).contains(w);
    }

    /**
     * Verbs whose act is itself words ({@code mendoakan}, {@code mengucapkan}): a clause opening with one, with no
     * subject of its own, is what the speaker said under any verb of saying ({@code menyatakan mendoakan agar ...}).
     */
    static boolean isUtteredAct(String w) {
        return WORDS.get(Kind.UTTERED_ACT).contains(w);
    }

    /**
     * Head nouns of an unnamed speaker that stands for the people speaking for a body ({@code Pihak sekolah}):
     * what they admit or deny having done is said by persons, as a named person's is.
     */
    static boolean isSpokespeople(String w) {
        return WORDS.get(Kind.SPOKESPEOPLE).contains(w);
    }

    /**
     * Verbs by which a person tells of their own act, so that the clause after them may open with that act's verb
     * ({@code Bibi mengaku mendapat nomor telepon ...}, {@code Kades BS membantah menghamili}).
     */
    static boolean reportsOwnAct(String w) {
        return WORDS.get(Kind.SELF_REPORT).contains(w);
    }

    /** Words of the speaker's own readiness a self-report opens with: {@code mengaku siap menyumbangkan ...}. */
    static boolean isOwnState(String w) {
        return WORDS.get(Kind.OWN_STATE).contains(w);
    }

    /**
     * Adverbs of degree, habit or continuance that a self-report's clause may open with before the speaker's own
     * state or act, no subject of its own: {@code mengaku sangat bangga ...}, {@code mengaku masih menerima ...}.
     */
    static boolean isOwnManner(String w) {
        return WORDS.get(Kind.OWN_MANNER).contains(w);
    }

    /**
     * An active verb with the prefix {@code me-} ({@code mendapat}, {@code membuat}), the form in which a person tells
     * of an act of their own; a {@code ber-} verb after {@code mengaku} tells a state ({@code mengaku bersalah}), a
     * {@code di-} verb what was done to the speaker. The prefix stands before l, m, n, r, w or y only (me-lihat,
     * mem-beli, men-dapat, meng-aku, meny-iapkan, me-rasa): {@code metodologi} and {@code media} are nouns; and the
     * adverb {@code memang} and the pronoun {@code mereka} are no verbs.
     */
    static boolean looksLikeActiveVerb(String w) {
        int next = Affixes.ACTIVE.length();
        return Affixes.hasActivePrefix(w) && w.length() > next && ACTIVE_PREFIX_NEXT.indexOf(w.charAt(next)) >= 0
                && looksLikeVerb(w)
                && !isAdverb(w) && !isPluralPronoun(w);
    }

    /**
     * A noun made of a stem by {@code ke-...-an} ({@code keprihatinan}, {@code kekecewaan}): a state or feeling a
     * verb of saying may take as its object. A stem of five letters at least, leaving out the shorter words that
     * merely begin and end so ({@code kedutaan}, an embassy).
     */
    static boolean looksLikeAbstractNoun(String w) {
        return Affixes.hasAbstractNounAffixes(w) && w.length() >= MIN_ABSTRACT_NOUN;
    }

    /** Third-person plural pronouns ({@code mereka}), which begin as active verbs do. */
    static boolean isPluralPronoun(String w) {
        return WORDS.get(Kind.PLURAL_PRONOUN).contains(w);
    }

    /** Prepositions opening a noun's complement ({@code apresiasi atas ...}): the noun is an object, no subject. */
    static boolean opensComplement(String w) {
        return WORDS.get(Kind.COMPLEMENT).contains(w);
    }

    /** Prepositions opening a phrase of time or place set before a clause's subject ({@code di usia sekarang}). */
    static boolean opensSetting(String w) {
        return WORDS.get(Kind.SETTING).contains(w);
    }

    static boolean isPreposition(String w) {
        return WORDS.get(Kind.PREPOSITION).contains(w);
    }

    /** Day and month names written after a speaker ({@code kata Peskov, Senin (1/3)}), never part of a name. */
    static boolean isCalendar(String w) {
        return Calendar.isIndonesianDayOrMonth(w);
    }

    /**
     * A lower-case word with an active or passive verb prefix: {@code melontarkan}, {@code bertemu},
     * {@code disetujui}, also with the enclitic {@code -nya} ({@code dimenangkannya}, not {@code dirinya}).
     */
    static boolean looksLikeVerb(String w) {
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || w.length() < MIN_VERB_LETTERS || isRole(w)
                || isGroupHead(w)) {
            return false;
        }
        String stem = FunctionWords.hasEnclitic(w) ? FunctionWords.withoutEnclitic(w) : w;
        return Affixes.hasActivePrefix(w) || Affixes.hasIntransitivePrefix(w)
                || (stem.length() >= MIN_VERB_LETTERS && Affixes.hasPassivePrefix(stem) && Affixes.hasVerbSuffix(stem));
    }

    /**
     * A lower-case word with the stative prefix {@code ter-} ({@code tergerak}, {@code terlihat}), five letters at
     * least, that is no preposition ({@code terhadap}, {@code terkait}), adverb ({@code terus}) or demonstrative
     * ({@code tersebut}).
     */
    static boolean looksLikeStativeVerb(String w) {
        return w.length() >= MIN_VERB_LETTERS && Character.isLowerCase(w.charAt(0)) && Affixes.hasStativePrefix(w)
                && !isPreposition(w) && !opensComplement(w) && !isAdverb(w) && !isDemonstrative(w) && !isRole(w);
    }

    private static Map<Kind, Set<String>> read() {
        Map<Kind, Set<String>> out = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            out.put(kind, new HashSet<>());
        }
        for (String[] columns : WordLists.pairs(WordLists.class, "speaker-words.txt", "kind and word")) {
            out.get(Kind.valueOf(columns[0].toUpperCase(Locale.ROOT).replace('-', '_'))).add(columns[1]);
        }
        out.replaceAll((kind, words) -> Set.copyOf(words));
        return out;
    }
}
