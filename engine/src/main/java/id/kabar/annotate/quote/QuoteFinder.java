package id.kabar.annotate.quote;

import id.kabar.annotate.text.Text;
import id.kabar.lang.FunctionWords;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point of quote finding: direct and indirect quotes with their speakers resolved, in body order.
 * Speakers are resolved in the order their attributions appear, so {@code katanya} and {@code Dia mengatakan}
 * see the people named and quoted before them. Thread-safe: all state is per call.
 */
public final class QuoteFinder {

    public List<Quote> find(Text text, List<Entity> entities) {
        String body = text.body();
        if (body.isEmpty() || text.sentences().isEmpty()) {
            return List.of();
        }
        Passage passage = new Passage(text);
        SpeakerPhrases phrases = new SpeakerPhrases(passage, entities);
        List<QuoteCandidate> direct = new DirectQuoteFinder(passage, phrases).find(text.quotations());
        DirectSpans directSpans = new DirectSpans(direct);
        SpeakerResolver resolver = new SpeakerResolver(passage, new MentionIndex(body, entities, directSpans), entities);
        List<QuoteCandidate> candidates = new ArrayList<>(direct);
        candidates.addAll(new IndirectQuoteFinder(passage, phrases, directSpans).find());
        candidates.sort(Comparator.comparingInt(QuoteCandidate::anchor));

        Salience salience = sentenceSubjects(passage, phrases, resolver, directSpans);
        Set<QuoteCandidate> nested = nested(candidates, body);
        List<Quote> quotes = new ArrayList<>();
        for (QuoteCandidate c : candidates) {
            Optional<Speaker> speaker = resolve(c.speaker(), leadIn(passage, c.start()), resolver, salience, passage,
                    directSpans);
            // a pronoun or a description ("pria berusia 71 tahun itu") with no one before it is a quote all the
            // same, its speaker unknown rather than the common noun
            boolean pointsBack = c.speaker() instanceof SpeakerRef.Pronoun
                    || c.speaker() instanceof SpeakerRef.Phrase p && resolver.refersBack(p.from(), p.to());
            if (speaker.isEmpty() && !pointsBack && c.kind() == QuoteKind.DIRECT
                    && c.speaker() instanceof SpeakerRef.Phrase p) {
                speaker = resolver.asWritten(p.from(), p.to()); // "kata keduanya": a quote all the same
            }
            if (speaker.isEmpty() && !pointsBack) {
                continue; // no one to attribute it to: "menurut rencana", a stray quoted paragraph
            }
            if (c.byPersonOnly() && speaker.map(s -> s.type() != EntityType.PER && !speaksAsPeople(s)).orElse(false)) {
                continue; // "Pemerintah Rusia membantah telah meminta bantuan": an act denied, not words reported
            }
            if (!nested.contains(c)) {
                // a report within a report ("Jokowi mengatakan bahwa Bahlil pernah menyampaikan ...") names whom
                // the speaker talks about; a later "Dia" still means the one reporting
                speaker.ifPresent(s -> salience.noteQuoted(c.anchor(), s));
            }
            quotes.add(new Quote(body.substring(c.start(), c.end()), c.kind(),
                    speaker.map(Speaker::name).orElse(null), speaker.map(Speaker::type).orElse(null),
                    c.cue(), c.start(), c.end()));
        }
        quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(q -> -q.end()));
        return withoutNested(quotes);
    }

    /** An unnamed speaker headed by people speaking for a body ({@code Pihak sekolah}), who speak as persons do. */
    private static boolean speaksAsPeople(Speaker speaker) {
        String head = speaker.name().split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return speaker.type() == EntityType.OTHER && SpeakerWords.isSpokespeople(head);
    }

    /**
     * Where the sentence before the one a quote starting at {@code start} opens in begins: a person that sentence
     * opens with leads in to the quote ({@code Senin lalu, Presiden Ukraina Volodymyr Zelenskyy meminta ... "...,"
     * ujarnya}).
     */
    private static int leadIn(Passage passage, int start) {
        int s = passage.sentenceOf(Math.min(passage.tokenAtOrAfter(start), passage.size() - 1));
        return passage.token(passage.first(Math.max(0, s - 1))).start();
    }

    private static Optional<Speaker> resolve(SpeakerRef ref, int leadIn, SpeakerResolver resolver, Salience salience,
                                             Passage passage, DirectSpans direct) {
        if (ref instanceof SpeakerRef.Phrase p) {
            return resolver.resolve(p.from(), p.to(), salience);
        }
        if (ref instanceof SpeakerRef.Pronoun p) {
            Optional<Speaker> previousSubject = personOpeningSentenceBefore(passage, salience, p.position());
            if (previousSubject.isPresent()) {
                return previousSubject;
            }
            // a verb of saying with "-nya" ("ujarnya") goes on from the person last quoted; a pronoun standing
            // alone ("Ia mengatakan") means the person last made the topic. With no person made the topic yet, the
            // last speaker, else the last person named at all; a body opening with a pronoun lost its lead ("Ia
            // bahkan menyebut ...", a link stripped before it), and the person the next sentences open with is
            // whom it meant
            String cue = passage.lower(passage.tokenAtOrAfter(p.position()));
            boolean suffixed = SpeakerWords.isSuffixedPronounCue(cue);
            // "imbuhnya" adds to what someone said: a person the lead-in names after its opening words ("Dalam film
            // itu, Ernest tidak hanya menjadi sutradara") is not its speaker; one it opens with is brought in to speak
            // ("Theo Sambuaga yang juga Wakil Ketua ... membenarkan ...")
            boolean goesOn = SpeakerWords.isContinuingCue(cue)
                    && salience.topicBefore(p.position()).filter(topic -> !opensWithName(passage, topic)).isPresent();
            int from = goesOn ? p.position() : leadIn;
            return (suffixed ? salience.personQuotedBefore(p.position(), from) : salience.personBefore(p.position()))
                    .or(() -> salience.speakerBefore(p.position()))
                    .or(() -> resolver.personNamedBefore(p.position()))
                    .or(() -> inOpeningSentence(passage, direct, p.position()) ? salience.personAfter(p.position())
                            : Optional.empty());
        }
        return salience.speakerBefore(((SpeakerRef.Continuing) ref).position());
    }

    /**
     * Whether the word at {@code position}, where a topic was noted, is the name itself rather than opening words
     * before it: a preposition ({@code Dalam film itu, Ernest ...}) or a connective ({@code Selain itu, ...}).
     */
    private static boolean opensWithName(Passage passage, int position) {
        int t = passage.tokenAtOrAfter(position);
        if (t >= passage.size()) {
            return false;
        }
        String w = passage.lower(t);
        return passage.isCapitalised(t) && !SpeakerWords.isPreposition(w) && !SpeakerPhrases.isOpeningConnective(w);
    }

    /** The person the sentence before the one holding {@code position} names at the end of a run-on subject. */
    private static Optional<Speaker> personOpeningSentenceBefore(Passage passage, Salience salience, int position) {
        int sentence = passage.sentenceOf(Math.min(passage.tokenAtOrAfter(position), passage.size() - 1));
        if (sentence == 0) {
            return Optional.empty();
        }
        return salience.runOnSubject(passage.token(passage.first(sentence - 1)).start(),
                passage.token(passage.first(sentence)).start()).filter(s -> s.type() == EntityType.PER);
    }

    /**
     * Whether {@code position} lies in the body's first sentence holding a word, past any heading, with no
     * capitalised word before it outside quotation marks but the one opening the body: a sentence that names
     * someone first ({@code Menteri Kelautan dan Perikanan ( ,) , Pudjiastuti ... Menurut dia}) has lost its
     * name to the recognizer, not its lead.
     */
    private static boolean inOpeningSentence(Passage passage, DirectSpans direct, int position) {
        int t = passage.tokenAtOrAfter(position);
        if (t >= passage.size()) {
            return false;
        }
        boolean opening = true;
        for (int u = 0; u < t; u++) {
            if (!passage.isWord(u) || passage.isHeading(passage.sentenceOf(u))) {
                continue;
            }
            if (passage.sentenceOf(u) != passage.sentenceOf(t)
                    || passage.isCapitalised(u) && !direct.covers(passage.token(u).start()) && !opening) {
                return false;
            }
            opening = false;
        }
        return true;
    }

    /** People who open a sentence as its subject: the referents of later pronouns. */
    private static Salience sentenceSubjects(Passage passage, SpeakerPhrases phrases, SpeakerResolver resolver,
                                             DirectSpans direct) {
        Salience salience = new Salience();
        for (int s = 0; s < passage.sentenceCount(); s++) {
            // the sentence's first word, past the quotation mark that may open it outside the quote's own span
            int first = passage.first(s);
            while (first + 1 < passage.size() && !passage.isWord(first) && passage.sentenceOf(first + 1) == s) {
                first++;
            }
            int opening = passage.token(first).start();
            if (passage.isHeading(s) || direct.covers(opening)) {
                continue; // a heading, or a sentence inside someone's quote, is not what the text is about
            }
            Optional<SpeakerRef.Phrase> subject = phrases.openingSubject(s);
            // a suspect or victim named by initials opens sentences of the events, not of what was said after
            Optional<Speaker> person = subject.flatMap(p -> resolver.person(p.from(), p.to()))
                    .filter(p -> !MentionIndex.isInitials(p.name()));
            if (person.isPresent() && phrases.isFirstOfTwo(subject.get())) {
                salience.noteReferent(opening, person.get());
            } else {
                person.ifPresent(p -> salience.note(opening, p));
            }
            if (person.isEmpty()) {
                Optional<Introduced> introduced = introducedByName(passage, resolver, s);
                if (introduced.isPresent()) {
                    salience.note(introduced.get().position(), introduced.get().person());
                } else {
                    // a subject running on in lower-case words to its name: "Pelatih timnas Indonesia Alfred Riedl
                    // memberikan ...", whom a pronoun of the next sentence means, not the coach named after the verb.
                    // Only there: made the topic of every later pronoun and quote paragraph, it took 4 of 20 changed
                    // quotes of the CLICK-ID week from their right speaker
                    subject.flatMap(phrases::subjectUpToVerb).flatMap(p -> resolver.namedSubject(p.from(), p.to()))
                            .filter(named -> !MentionIndex.isInitials(named.name()))
                            .ifPresent(named -> salience.noteRunOnSubject(opening, named));
                }
            }
        }
        return salience;
    }

    /** A person the text brings in at {@code position}. */
    private record Introduced(int position, Speaker person) {
    }

    /**
     * The person a sentence with no person for its subject ends by bringing in by name: {@code Keluhan juga datang
     * dari penumpang beranama Aryanto. Dia menjelaskan, ...} (okezone.com), where the next pronoun means them. Only
     * a name closing the sentence: one followed by more words ({@code anak korban bernama Safitri (16)} inside a
     * report) is someone the sentence tells of.
     */
    private static Optional<Introduced> introducedByName(Passage passage, SpeakerResolver resolver, int s) {
        int end = passage.end(s);
        while (end > passage.first(s) && !passage.isWord(end - 1)) {
            end--;
        }
        Optional<Introduced> echoing = echoingSpeaker(passage, resolver, s, end);
        if (echoing.isPresent()) {
            return echoing;
        }
        for (int t = passage.first(s); t + 1 < end; t++) {
            if (SpeakerWords.isNaming(passage.lower(t)) && allCapitalised(passage, t + 1, end)) {
                int at = t + 1;
                return resolver.person(at, end).map(p -> new Introduced(passage.token(at).start(), p));
            }
        }
        return Optional.empty();
    }

    /**
     * The person a sentence brings in as the speaker of a statement like the one before, by a passive of saying after
     * {@code hal} and its echo word: {@code Hal senada diungkapkan Deny Setiawan (25) warga Ciawi, Kabupaten Bogor.
     * Ia mengaku kecewa ...} (merdeka.com, IndoSum), where the next pronoun and quote are Deny's. The name is the run
     * of capitalised words after the verb (and {@code oleh}).
     */
    private static Optional<Introduced> echoingSpeaker(Passage passage, SpeakerResolver resolver, int s, int end) {
        int t = passage.first(s);
        if (t >= end || !FunctionWords.isMatter(passage.lower(t))) {
            return Optional.empty();
        }
        t++;
        int echoes = 0;
        for (; t < end && (SpeakerWords.echoesStatement(passage.lower(t)) || SpeakerWords.isAdverb(passage.lower(t))); t++) {
            echoes += SpeakerWords.echoesStatement(passage.lower(t)) ? 1 : 0;
        }
        if (echoes == 0 || t >= end || ReportingCues.passive(passage.lower(t)).isEmpty()) {
            return Optional.empty();
        }
        int at = t + 1 < end && passage.lower(t + 1).equals(FunctionWords.AGENT) ? t + 2 : t + 1;
        int nameEnd = titledNameEnd(passage, at, end);
        int from = at;
        return nameEnd > at ? resolver.person(at, nameEnd).map(p -> new Introduced(passage.token(from).start(), p))
                : Optional.empty();
    }

    /**
     * Where a capitalised name with its title ends from {@code from}: over capitalised words, a title's conjunction
     * before a capitalised word and a bracketed short form ({@code Kepala Satuan Kerja Khusus Pelaksana Kegiatan Usaha
     * Hulu Minyak dan Gas Bumi (SKK Migas) Dwi Soetjipto}, sindonews.com), not an age ({@code Deny Setiawan (25)}).
     */
    private static int titledNameEnd(Passage passage, int from, int end) {
        int t = from;
        while (t < end) {
            if (passage.isWord(t) && passage.isCapitalised(t)) {
                t++;
            } else if (t > from && t + 1 < end && passage.isWord(t) && SpeakerWords.joinsTitle(passage.lower(t))
                    && passage.isCapitalised(t + 1)) {
                t++;
            } else if (t > from && passage.is(t, "(")) {
                int close = t + 1;
                while (close < end && passage.isWord(close) && passage.isCapitalised(close)) {
                    close++;
                }
                if (close == t + 1 || close >= end || !passage.is(close, ")")) {
                    break;
                }
                t = close + 1;
            } else {
                break;
            }
        }
        return t;
    }

    private static boolean allCapitalised(Passage passage, int from, int to) {
        for (int t = from; t < to; t++) {
            if (!passage.isCapitalised(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The indirect candidates lying inside another candidate's words within its first sentence, by the same sweep
     * as {@link #withoutNested} over the candidates sorted by start. A report whose words run on past a full stop
     * ({@code ... teknologi mobilitas. , CEO Volocopter, Florian Reuter, mengatakan ...}, a link stripped) holds
     * the next speaker's own report rather than one it retells, so that one still counts.
     */
    private static Set<QuoteCandidate> nested(List<QuoteCandidate> candidates, String body) {
        int[] stops = sentenceStopsBefore(body);
        List<QuoteCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(QuoteCandidate::start).thenComparingInt(c -> -c.end()));
        Set<QuoteCandidate> out = Collections.newSetFromMap(new IdentityHashMap<>());
        QuoteCandidate widest = null;
        for (QuoteCandidate c : sorted) {
            if (widest != null && c.kind() == QuoteKind.INDIRECT && widest.end() >= c.end()
                    && stops[c.start()] == stops[widest.start()]) {
                out.add(c);
            }
            if (widest == null || c.end() > widest.end()) {
                widest = c;
            }
        }
        return out;
    }

    /** For each offset of the body, how many full stops, question or exclamation marks before a space or comma precede it. */
    private static int[] sentenceStopsBefore(String body) {
        int[] stops = new int[body.length() + 1];
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            char next = i + 1 < body.length() ? body.charAt(i + 1) : ' ';
            boolean stop = (c == '.' || c == '?' || c == '!') && (Character.isWhitespace(next) || next == ',');
            stops[i + 1] = stops[i] + (stop ? 1 : 0);
        }
        return stops;
    }

    /**
     * Drops an indirect quote lying inside another quote: a report within a report counts once. One sweep over
     * the quotes sorted by start: every quote kept so far starts at or before this one, so this one lies inside
     * one of them exactly when the furthest end kept reaches its end.
     */
    private static List<Quote> withoutNested(List<Quote> sorted) {
        List<Quote> out = new ArrayList<>();
        int furthestEnd = Integer.MIN_VALUE;
        for (Quote q : sorted) {
            if (q.kind() != QuoteKind.INDIRECT || furthestEnd < q.end()) {
                out.add(q);
                furthestEnd = Math.max(furthestEnd, q.end());
            }
        }
        return out;
    }
}
