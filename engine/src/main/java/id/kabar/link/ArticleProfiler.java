package id.kabar.link;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import id.kabar.annotate.entity.EntityRecognizer;
import id.kabar.annotate.entity.Gazetteer;
import id.kabar.annotate.entity.InstitutionPlace;
import id.kabar.lang.IndonesianNumber;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.Span;
import id.kabar.model.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an annotated article into the compact profile linking works on. */
final class ArticleProfiler {
    /** Stems kept per article: enough for what it is about, few enough for a million articles. */
    static final int MAX_TERMS = 48;
    /** Of those, the most frequent ones that also serve as candidate-index keys. */
    static final int INDEX_TERMS = 10;
    /** Entities kept per article, most weighty and most mentioned first: a long list adds passers-by. */
    static final int MAX_ENTITIES = 24;
    /** What an entity key is stored under in the vocabulary, apart from the stems of the same spelling. */
    static final String ENTITY_KEY_PREFIX = "@name:";
    static final int MAX_INDEXED_ENTITIES = 16;
    /**
     * A paragraph of fewer words that closes no sentence is no running text: a row of a list or table ({@code 2 Fabio
     * Quartararo FRA Petronas Yamaha (YZR-M1)* +0,903 detik}), a subheading or a label. Its names and words are
     * the table's, not what the article is about: a race report's table of all 23 riders and their teams drew it
     * away from the other reports of Marquez's win. The length is the one from which a line is prose whatever its
     * ending, as the extraction stage reads lines.
     */
    static final int ROW_MAX_WORDS = 20;
    /**
     * What closes a sentence: a stop, perhaps inside closing quotes or brackets, or a bracket left open where the scrape
     * cut a link out ({@code ... dalam uji kelayakan dan kepatutan (}).
     */
    private static final String SENTENCE_CLOSERS = ".!?…\"”’)»'([";
    /** Word shingles: three words survive light edits yet separate a rewrite from a copy. */
    static final int SHINGLE = 3;
    /**
     * 128 components: copies are decided on containment estimated from the Jaccard, near thresholds 0.1
     * apart, so its standard error (about 0.04 at Jaccard 0.3, against 0.055 with 64 components) matters.
     */
    static final SimilarityHashPolicy MINHASH = SimilarityHashing.superMinHash(128, 16);
    /**
     * Words in a run: a sentence copied keeps its runs of eight words, one rewritten loses them (a changed word
     * every few words breaks every run across it) while keeping many of its three-word shingles. On the CLICK-ID
     * copy pairs read by hand, press releases and agency texts that two unrelated outlets each rewrote kept at most
     * 0.36 of the shorter text's runs (0.50 among the corpus's tune articles), those posted as they came 0.58 and more.
     */
    static final int RUN = 8;
    /** The openings of a paragraph that retell what the outlet reported before, word by word. */
    private static final List<String[]> RETELLING_OPENERS = WordLists.read(WordLists.class, "retelling-openers.txt")
            .stream().map(o -> o.split(" ")).toList();
    /** The words with which a text credits the outlet it was taken from. */
    private static final List<String[]> SOURCE_CREDITS = WordLists.read(WordLists.class, "source-credits.txt")
            .stream().map(o -> o.split(" ")).toList();
    /**
     * Words after a credit among which the credited outlet's name stands: "dilansir TribunStyle dari Kompas.com" names
     * it third, "dikutip dari laman Kompas.com" too.
     */
    static final int CREDIT_REACH = 3;
    /** Words of a paragraph's opening compared with {@link #RETELLING_OPENERS}: the longest of them. */
    private static final int RETELLING_WORDS = RETELLING_OPENERS.stream().mapToInt(o -> o.length).max().orElse(0);
    /**
     * Shingle hashes kept in a body's sample ({@link #sample}): a body of up to this many shingles (about 130 words, a
     * condensed re-post, a short report) is held whole, so how much of it another body holds is counted, not estimated
     * from a Jaccard of 0.15 or so whose error (0.03 with 128 components) the sizes multiply: on the CLICK-ID tune labels
     * okezone.com's two paragraphs of the Jagorawi crash victims' relatives (51 shingles), which sindonews.com re-posted
     * within a text three times as long, are 0.63 held and were estimated at 0.50. 512 bytes an article.
     */
    static final int SAMPLE = 128;
    /**
     * Words of the lead compared to tell a re-post from a follow-up: about the first paragraph (CLICK-ID
     * leads run 30 to 50 words), where a follow-up tells its new news.
     */
    static final int LEAD_WORDS = 40;
    /**
     * A report tells of what happened in the week before it was published (or the day after, a schedule
     * read late); a day further off is background: an earlier incident, last season's final, an
     * anniversary. Such days do not place the article: on 2,146 IndoSum articles one in eight named a
     * background day as often as its own and was placed weeks or years away from its news.
     */
    static final int REPORTED_DAYS_BEFORE = 7;
    static final int REPORTED_DAYS_AFTER = 1;
    /**
     * The most characters of a lead sentence read for its day: CLICK-ID lead sentences run 150 to 300 characters,
     * and the day of the news comes in them; a longer run is a body without sentence stops.
     */
    static final int LEAD_CHARS = 400;

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The general categories of {@link #NON_WORD}'s {@code \p{L}} and {@code \p{N}}, one bit each. */
    private static final int WORD_CATEGORIES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;
    /** A dateline opening the body ({@code Suara.com - }, {@code Jakarta, CNN Indonesia - - }): not part of the lead. */
    private static final Pattern DATELINE = Pattern.compile("^[\\p{L}\\p{N}.,()/ ]{2,60}?\\s*[-–—](\\s*[-–—])*\\s+");
    private static final Hasher64 HASHER = Hashing.komihash5_0();

    private final Vocabulary vocabulary;

    ArticleProfiler(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    ArticleProfile profile(int seq, AnnotatedArticle annotated) {
        return profile(seq, read(annotated));
    }

    /**
     * The profile of an article read ahead ({@link #read}), numbered {@code seq}: its words numbered in the order
     * profiling an article in one step numbers them (its terms, its entities, its quotes' stems, its headline's,
     * its places'), so the numbers, and all that is sorted by them, are the same whichever thread read it.
     */
    ArticleProfile profile(int seq, ArticleReading read) {
        Weighted terms = numbered(read.terms);
        Weighted entities = numbered(read.entities);
        List<ArticleProfile.QuoteForm> quotes = new ArrayList<>(read.quotes.size());
        for (QuoteWords q : read.quotes) {
            quotes.add(new ArticleProfile.QuoteForm(q.quote(), q.speakerKey(), stemSet(q.stems()), q.speakerRole(),
                    q.figures()));
        }
        return read.assembly.profile(seq, terms, entities, indexKeys(terms, entities), quotes,
                stemSet(read.headlineStems), stemSet(read.placeStems));
    }

    /**
     * What the profile of an article takes from the article alone, its words not yet numbered: it needs no linker
     * state, so articles are read on any thread ahead of their linking.
     */
    static ArticleReading read(AnnotatedArticle annotated) {
        Article a = annotated.article();
        List<LocalDate> days = List.copyOf(reportedDays(annotated.annotations().times(), a.published()));
        LocalDate leadDay = leadDay(annotated.annotations().times(), a.published(), leadEnd(a.body()));
        List<Span> rows = rows(a.body());
        RankedWords terms = topTerms(a, rows);
        List<Entity> linked = linkingForms(annotated.annotations().entities(), a.body());
        RankedWords entities = entityKeys(linked, rows);
        List<QuoteWords> quotes = new ArrayList<>();
        for (Quote q : annotated.annotations().quotes()) {
            String speaker = speakerAsWritten(q, annotated.annotations().entities(), a.body());
            quotes.add(new QuoteWords(q, SpeakerNames.key(speaker, linked), QuoteGrouper.stems(q.text()),
                    SpeakerNames.role(speaker, linked), QuoteGrouper.figures(q.text())));
        }
        String title = blankToNull(a.title());
        Shingles shingles = shingles(a.body());
        String[] lead = leadOf(a.body());
        String outlet = outletKey(a.outlet());
        String leadSentence = title == null ? lead(a.body()) : null;
        int[] leadWords = wordSet(lead);
        int[] leadFigures = wordSet(figures(lead));
        long kinds = HappeningKinds.of(title);
        LeadOpening opening = LeadOpening.of(linked, a.body());
        String leadActor = leadActor(opening, linked, a.body(), title);
        String leadOrganisation = leadOrganisation(opening, linked, a.body());
        int[] leadShingles = shingleSet(lead);
        boolean retells = retells(a.body());
        List<String> credited = credited(a.body());
        List<ClaimSentence> claimSentences = ClaimSentence.of(a.body(), annotated.annotations().claims());
        return new ArticleReading(a.id(), terms, entities, quotes, headlineWords(title), placeWords(title, linked),
                (seq, termIds, entityIds, keys, quoteForms, titleIds, placeIds) -> new ArticleProfile(seq,
                        a.id(), outlet, a.published(), title, days, happeningDay(leadDay, days), leadSentence,
                        termIds.ids, termIds.weights, entityIds.ids, entityIds.weights, keys, quoteForms,
                        annotated.annotations().claims(), shingles.signature(), shingles.count(),
                        shingles.runSignature(), shingles.runs(), leadWords, leadFigures, titleIds, kinds,
                        placeIds, leadDay, leadActor, leadShingles, shingles.sample(), retells, a.publishedAt(),
                        credited, claimSentences, leadOrganisation));
    }

    /** The profile of a read article once its words are numbered ({@link #profile(int, ArticleReading)}). */
    @FunctionalInterface
    interface Assembly {
        ArticleProfile profile(int seq, Weighted terms, Weighted entities, int[] indexKeys,
                               List<ArticleProfile.QuoteForm> quotes, int[] titleStems, int[] placeStems);
    }

    /** A quote as read, its stems not yet numbered. */
    record QuoteWords(Quote quote, String speakerKey, List<String> stems, String speakerRole,
                      QuoteGrouper.Figures figures) {
    }

    /**
     * The entities as linking reads them, each form of a name apart where linking keys it apart: an institution
     * named with its place by that place ({@link InstitutionPlace#linkingPlace}), as outlets that spell the
     * institution differently still write the same place, and that place one with the place the article names in
     * any of its forms ({@code Dinas Kesehatan Kalbar} beside {@code Kalimantan Barat}); a short form lettered apart
     * from its organisation's name ({@link EntityRecognizer#isShortFormLetteredApart}) by itself, as outlets write it
     * alone.
     */
    static List<Entity> linkingForms(List<Entity> entities, String body) {
        List<Entity> out = new ArrayList<>(entities.size());
        Map<String, List<Span>> placeSpans = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.ORG) {
                out.add(e);
                continue;
            }
            // each form's place read once: the look-up runs the gazetteer over the form
            Map<String, String> placeOfForm = new HashMap<>();
            if (!hasFormReadApart(e, placeOfForm)) {
                out.add(e);
                continue;
            }
            // each form's own mentions, in the order the forms were first written
            Map<String, List<Span>> spansOf = new LinkedHashMap<>();
            e.mentions().forEach(form -> spansOf.put(form, new ArrayList<>()));
            for (Span span : e.spans()) {
                spansOf.computeIfAbsent(span.of(body), form -> new ArrayList<>()).add(span);
            }
            List<Span> whole = new ArrayList<>();
            String name = null;
            for (Map.Entry<String, List<Span>> form : spansOf.entrySet()) {
                String place = placeOf(form.getKey(), placeOfForm);
                if (place != null) {
                    placeSpans.computeIfAbsent(place, p -> new ArrayList<>()).addAll(form.getValue());
                } else if (EntityRecognizer.isShortFormLetteredApart(form.getKey(), e.name())) {
                    out.add(new Entity(form.getKey(), EntityType.ORG, List.of(form.getKey()), List.of(), form.getValue()));
                } else {
                    whole.addAll(form.getValue());
                    // the name is the fullest form left, as the entity stage names an entity
                    name = name == null || form.getKey().length() > name.length() ? form.getKey() : name;
                }
            }
            if (!whole.isEmpty()) {
                out.add(new Entity(spansOf.containsKey(e.name()) && whole.containsAll(spansOf.get(e.name()))
                        ? e.name() : name, e.type(), e.mentions(), e.roles(), whole));
            }
        }
        Map<String, Integer> placeAt = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            Entity e = out.get(i);
            if (e.type() == EntityType.LOC) {
                placeAt.putIfAbsent(placeKey(e.name()), i);
                for (String form : e.mentions()) {
                    placeAt.putIfAbsent(placeKey(form), i);
                }
            }
        }
        for (Map.Entry<String, List<Span>> place : placeSpans.entrySet()) {
            Integer at = placeAt.get(placeKey(place.getKey()));
            if (at == null) {
                out.add(new Entity(place.getKey(), EntityType.LOC, List.of(place.getKey()), List.of(), place.getValue()));
            } else {
                Entity named = out.get(at);
                List<Span> spans = new ArrayList<>(named.spans());
                spans.addAll(place.getValue());
                out.set(at, new Entity(named.name(), EntityType.LOC, named.mentions(), named.roles(), spans));
            }
        }
        return out;
    }

    /**
     * A quote's speaker as its sentence writes it where linking keys that form apart: an organisation quoted by a
     * short form lettered apart from its name ("tulis ESA" after "Badan Antariksa Eropa (ESA)", tempo.co, 11 September
     * 2019) is the short form, the mention of it nearest the quote in its paragraph; otherwise, and where that mention is the short form
     * given in brackets after the name ("Badan Antariksa Eropa (ESA) telah memperingatkan bahwa ..."), the speaker's name.
     */
    static String speakerAsWritten(Quote quote, List<Entity> entities, String body) {
        String speaker = quote.speaker();
        for (Entity e : entities) {
            if (e.type() != EntityType.ORG || !e.name().equals(speaker)) {
                continue;
            }
            Span nearest = null;
            int distance = Integer.MAX_VALUE;
            for (Span span : e.spans()) {
                int d = span.end() <= quote.start() ? quote.start() - span.end() : Math.max(0, span.start() - quote.end());
                if (d < distance && !acrossParagraphs(body, span, quote)) {
                    distance = d;
                    nearest = span;
                }
            }
            // the short form in brackets right after the name is the name's, which the sentence's subject is
            boolean defined = nearest != null && nearest.start() > 0 && body.charAt(nearest.start() - 1) == '(';
            String written = nearest == null || defined ? null : nearest.of(body);
            return written != null && EntityRecognizer.isShortFormLetteredApart(written, e.name()) ? written : speaker;
        }
        return speaker;
    }

    /** Whether a paragraph break stands between a mention and a quote. */
    private static boolean acrossParagraphs(String body, Span span, Quote quote) {
        int from = Math.min(span.end(), quote.end());
        int to = Math.max(span.start(), quote.start());
        return from < to && body.substring(from, to).indexOf('\n') >= 0;
    }

    /** A place's forms compared as one: by its listed name ({@code Kalbar}, {@code Kalimantan Barat}), else folded. */
    private static String placeKey(String form) {
        Gazetteer.Name listed = Gazetteer.standard().lookup(form);
        return listed != null ? "=" + NameKeys.fold(listed.canonical()) : NameKeys.fold(form);
    }

    private static boolean hasFormReadApart(Entity e, Map<String, String> placeOfForm) {
        for (String form : e.mentions()) {
            if (placeOf(form, placeOfForm) != null || EntityRecognizer.isShortFormLetteredApart(form, e.name())) {
                return true;
            }
        }
        return false;
    }

    /** An organisation form's linking place ({@link InstitutionPlace#linkingPlace}), read once per form; null if none. */
    private static String placeOf(String form, Map<String, String> placeOfForm) {
        String place = placeOfForm.computeIfAbsent(form, f -> {
            String listed = InstitutionPlace.linkingPlace(f, EntityType.ORG);
            return listed == null ? "" : listed;
        });
        return place.isEmpty() ? null : place;
    }

    /**
     * Whether a paragraph of a body opens with words that retell what the outlet reported before
     * ({@code retelling-openers.txt}: "Sebelumnya diberitakan, seorang anggota DPRD Bandung ...").
     */
    static boolean retells(String body) {
        for (String paragraph : body.split("\n")) {
            String[] opening = words(paragraph, RETELLING_WORDS);
            for (String[] opener : RETELLING_OPENERS) {
                if (opening.length >= opener.length && Arrays.equals(opening, 0, opener.length, opener, 0, opener.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words that follow, within {@link #CREDIT_REACH} words of its paragraph, a credit to a source
     * ({@code source-credits.txt}), distinct, in the body's order: "Sumber: Kompas.com" gives "kompas", "com". Among
     * them is the name of the outlet a syndicated text was taken from ({@link CopyDecision#credits}).
     */
    static List<String> credited(String body) {
        Set<String> credited = new LinkedHashSet<>();
        for (String paragraph : body.split("\n")) {
            String[] words = words(paragraph);
            for (int i = 0; i < words.length; i++) {
                for (String[] credit : SOURCE_CREDITS) {
                    int from = i + credit.length;
                    if (from <= words.length && Arrays.equals(words, i, from, credit, 0, credit.length)) {
                        credited.addAll(Arrays.asList(words).subList(from, Math.min(words.length, from + CREDIT_REACH)));
                    }
                }
            }
        }
        return List.copyOf(credited);
    }

    /** An outlet as a comparable key: its letters and digits, lowercased; null when it has none. */
    static String outletKey(String outlet) {
        if (outlet == null) {
            return null;
        }
        String key = outlet.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return key.isEmpty() ? null : key;
    }

    /**
     * The days an article reports on: its annotated times near its publication day (all of them when it
     * is undated), and the publication day itself.
     */
    static List<LocalDate> reportedDays(List<TimeMention> times, LocalDate published) {
        List<LocalDate> days = new ArrayList<>();
        for (TimeMention t : times) {
            if (reported(t.value(), published)) {
                days.add(t.value());
            }
        }
        if (published != null) {
            days.add(published);
        }
        return days;
    }

    /**
     * The day an article's news happened: the day its lead sentence writes ({@link #leadDay}), else the day it speaks of most, of its
     * reported days in the order it names them (the publication day last); on ties the one named first. The lead
     * tells the news and names its day ({@code kata Xanana ..., Minggu (15/9/2019)}, {@code Kamis (19/9)} in a
     * Friday report), later paragraphs the background it recalls, as often or more (the death on Wednesday, the
     * funeral on Thursday, the rumour of the weekend before). On the CLICK-ID tune labels (10-16 Sep 2019), with ties
     * going to the earliest day 21 events had members placed on different days, with ties going to the first named 20;
     * events B-cubed F1 0.786 against 0.789. Placing a report on the day its lead writes ({@link #leadDay}) took the
     * same labels' events B-cubed F1 from 0.805 to 0.813 (held-out labels 0.804 to 0.805).
     *
     * @param leadDay the day the lead writes ({@link #leadDay}), or null when it writes none
     * @param days    the reported days ({@link #reportedDays})
     */
    static LocalDate happeningDay(LocalDate leadDay, List<LocalDate> days) {
        if (leadDay != null) {
            return leadDay;
        }
        Map<LocalDate, Integer> votes = new LinkedHashMap<>();
        days.forEach(d -> votes.merge(d, 1, Integer::sum));
        return mostVoted(votes);
    }

    /**
     * The first day the body's lead (its text before {@code leadEnd}) writes with a figure ({@code Kamis (12/9/2019)},
     * {@code 11 September 2019}), when it lies among the days an article reports on ({@link #REPORTED_DAYS_BEFORE},
     * {@link #REPORTED_DAYS_AFTER}); null when the lead writes none. A bare word is left to the votes: a weekday is
     * also a surname ({@code Margarito Kamis}), and {@code hari ini} is read against the publication day, which a
     * late report is not. On the CLICK-ID tune labels, reading bare words as well gave events B-cubed F1 0.809, written
     * days only 0.813.
     */
    static LocalDate leadDay(List<TimeMention> times, LocalDate published, int leadEnd) {
        for (TimeMention t : times) {
            if (t.start() < leadEnd && t.text().chars().anyMatch(Character::isDigit) && reported(t.value(), published)) {
                return t.value();
            }
        }
        return null;
    }

    /**
     * Who acts in the lead: the first person its first sentence names after the dateline, by the fullest name the article
     * gives him ({@link NameKeys#fullestNames}: {@code Kivlan} is {@code kivlan zen}, {@code Jokowi} is {@code joko
     * widodo}), null when it names none; two such names are one person when one's words stand in the other's ({@link
     * NameKeys#samePerson}). Keyed by surname, one person had stood under two keys ({@code habibie} and the recogniser's
     * {@code jusuf} of {@code Bacharuddin Jusuf}, {@code jokowi} and {@code widodo}, {@code kivlan} and {@code zen}) in 128
     * of the CLICK-ID week's (10-16 Sep 2019) 5,997 event joins, and two (Thareq Kemal Habibie, his father) under one; by
     * the fullest name none is, events B-cubed F1 tune 0.893 to 0.898 (recall 0.85 to 0.86), the third events development
     * set 0.628 to 0.661 (precision 0.46 to 0.49), held-out 0.839 and the other events sets unchanged. An Indonesian lead opens with its actor and the act ({@code Presiden Joko Widodo
     * (Jokowi) menyampaikan sejumlah poin ...}, {@code Mahfud MD menilai langkah komisioner KPK ...}); the write-ups of one
     * happening put the one who did it first, while the reactions to it open with the one who reacts. Organisations are
     * left out: a lead names the institution a matter is about in full ({@code revisi UU ... tentang Komisi Pemberantasan
     * Korupsi (KPK)}) whoever acts. On the CLICK-ID tune labels, taking organisations too joined the KPK's press
     * conference of 11 September to the next day's hearing, events B-cubed F1 0.816 against 0.826 with people only.
     * But a lead that opens with an organisation ({@link #ORGANISATION_OPENING_WORDS}) has that organisation for its actor,
     * and no person: in okezone.com's {@code Mabes Polri mengapresiasi terpilihnya Irjen Firli Bahuri menjadi ketua ...}
     * Polri reacts and Firli Bahuri is the one it reacts to, whom the reports of the DPR's vote open with.
     * And a lead whose subject the scrape took out with its link ({@link #STRIPPED_NAME}: {@code Presiden ke-6 RI ,
     * menjenguk BJ Habibie}) names first the one acted upon, not the actor: its actor is then the one its headline names
     * ({@link #headlineSubject}: {@code SBY Jenguk BJ Habibie di RSPAD}). On the CLICK-ID week (10-16 Sep 2019), with
     * headlines' acronyms read as written ({@link EventSpeakers#headlined}), events B-cubed F1 on the third events
     * development set went from 0.512 to 0.563 (SBY's and Aburizal's visits to the sick Habibie no longer one with his
     * family's press conference), tune 0.891 to 0.893, held-out 0.841 to 0.839, the other events sets unchanged.
     * A person set between commas after the first ({@link #apposedActor}: {@code Pembalap Tim Mission Winnow Ducati,
     * Andrea Dovizioso, tetap tenang}) is the actor; on the CLICK-ID week it moved 31 articles' events, none of them
     * labelled, every events set unchanged.
     */
    static String leadActor(List<Entity> entities, String body, String title) {
        return leadActor(LeadOpening.of(entities, body), entities, body, title);
    }

    private static String leadActor(LeadOpening lead, List<Entity> entities, String body, String title) {
        if (openingOrganisation(entities, body, lead.from(), lead.first()) != null) {
            return null;
        }
        if (title != null && STRIPPED_NAME.matcher(body).region(lead.from(), lead.first()).find()) {
            return headlineSubject(entities, title);
        }
        String apposed = apposedActor(body, lead.people(), lead.first());
        return apposed != null ? apposed : lead.actor();
    }

    /**
     * How a lead opens, read once for its actor and its organisation: where it starts after the dateline, where its
     * first person stands (its end when it names none) and by what name, and the people it names.
     */
    private record LeadOpening(int from, int first, String actor, List<LeadPerson> people) {
        static LeadOpening of(List<Entity> entities, String body) {
            Matcher dateline = DATELINE.matcher(body);
            int from = dateline.lookingAt() ? dateline.end() : 0;
            int end = leadEnd(body);
            Map<String, String> fullest = NameKeys.fullestNames(entities);
            String actor = null;
            int first = end;
            List<LeadPerson> people = new ArrayList<>();
            for (Entity e : entities) {
                if (e.type() != EntityType.PER) {
                    continue;
                }
                String name = fullest.get(e.name());
                for (Span span : e.spans()) {
                    if (span.start() >= from && span.start() < end && !name.isEmpty()) {
                        people.add(new LeadPerson(span, name));
                    }
                    if (span.start() >= from && span.start() < first && !name.isEmpty()) {
                        first = span.start();
                        actor = name;
                    }
                }
            }
            return new LeadOpening(from, first, actor, people);
        }
    }

    /** A person the lead names: where, and by the fullest name the article gives him ({@link NameKeys#fullestNames}). */
    private record LeadPerson(Span span, String name) {
    }

    /**
     * The name of the person set between commas straight after the lead's first person, null when none is: in
     * {@code Putra Presiden ketiga RI Bacharuddin Jusuf Habibie, Thareq Kemal Habibie, membantah ...} and
     * {@code Pembalap Tim Mission Winnow Ducati, Andrea Dovizioso, tetap tenang} the first name belongs to the role the
     * lead opens with (whose son, whose rider) and the one between the commas is the subject who acts.
     *
     * @param people the people the lead names, in any order
     * @param first  where the lead's first person starts
     */
    private static String apposedActor(String body, List<LeadPerson> people, int first) {
        int firstEnd = -1;
        for (LeadPerson person : people) {
            if (person.span().start() == first) {
                firstEnd = Math.max(firstEnd, person.span().end());
            }
        }
        for (int i = 0; i < people.size() && firstEnd >= 0; i++) {
            Span span = people.get(i).span();
            if (span.start() > firstEnd && APPOSITION_OPENING.matcher(body).region(firstEnd, span.start()).matches()) {
                Matcher closing = APPOSITION_CLOSING.matcher(body).region(span.end(), body.length());
                if (closing.lookingAt() && !LIST_JOINTS.contains(closing.group(1).toLowerCase(Locale.ROOT))) {
                    return people.get(i).name();
                }
            }
        }
        return null;
    }

    /** The comma that opens an apposition right after a name ({@code Habibie, Thareq}). */
    private static final Pattern APPOSITION_OPENING = Pattern.compile("\\s*,\\s*");
    /**
     * The comma that closes it and the word after, the lead's predicate ({@code Thareq Kemal Habibie, membantah}) unless
     * it joins a list ({@link #LIST_JOINTS}: {@code Ashleigh Barty, Aryna Sabalenka, dan Elise Mertens}).
     */
    private static final Pattern APPOSITION_CLOSING = Pattern.compile("\\s*,\\s*(\\p{Ll}+)");
    /** The words that join a list's last item ({@code dan}, {@code serta}). */
    private static final Set<String> LIST_JOINTS = WordLists.set(WordLists.class, "list-joints.txt");

    /**
     * A gap the scrape left where it took a linked name out of the lead's subject with its link, the words around it kept
     * ({@code Presiden ke-6 RI , menjenguk BJ Habibie}, {@code Ketua Dewan Pembina Partai Golkar , menyampaikan}): a space
     * before a comma, or two commas with nothing between (Indonesian writing puts neither), and the verb straight after.
     * Before a name ({@code Pelatih Timnas Indonesia , Simon McMenemy, mengaku}) the gap took something else, and the name
     * is the subject.
     */
    private static final Pattern STRIPPED_NAME = Pattern.compile("(?:\\s,|,\\s*,)\\s*\\p{Ll}");
    /** The fewest letters of a name word that names its person in a headline; shorter ones are particles ({@code bin}). */
    private static final int HEADLINE_NAME_LETTERS = 3;

    /**
     * The fullest name ({@link NameKeys#fullestNames}) of the first person the headline's last clause names, its part after its last comma and before its colon
     * ({@code SBY Jenguk BJ Habibie di RSPAD}, {@code Tak Bisa Jenguk, Hamdan Zoelva Doakan BJ Habibie Lekas Sembuh},
     * {@code Aburizal: Kondisi Pak Habibie Lebih Baik dari Pagi Tadi}), by a listed name or short name ({@code people.txt})
     * or a word of a person's name the body writes, a full name's before a lone word's; null when it names none. A
     * headline's last clause tells who did what, after the circumstance it opens with; one naming no person
     * ({@code Sidang Jefri Nichol, Polisi: Dia Bukan Target Kami}) has no person acting.
     */
    static String headlineSubject(List<Entity> entities, String title) {
        Map<String, String> fullest = NameKeys.fullestNames(entities);
        Map<String, String> nameByWord = new HashMap<>();
        List<String> people = new ArrayList<>(new HashSet<>(fullest.values()));
        people.sort(Comparator.comparingInt((String name) -> -name.split(" ").length).thenComparing(name -> name));
        for (String name : people) {
            for (String word : name.split(" ")) {
                if (word.length() >= HEADLINE_NAME_LETTERS) {
                    nameByWord.putIfAbsent(word, name);
                }
            }
        }
        int colon = title.indexOf(':');
        String clause = colon < 0 ? title : title.substring(0, colon);
        for (String token : wordsAsWritten(clause.substring(clause.lastIndexOf(',') + 1))) {
            String listed = NameKeys.listedPerson(token);
            if (listed != null) {
                return listed;
            }
            String name = nameByWord.get(NameKeys.fold(token));
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return null;
    }

    /**
     * The most words a lead may write before an organisation it opens with ({@code Mabes Polri}, {@code Pihak KPK}); an
     * organisation named later stands in the object or the background. On the CLICK-ID tune labels (10-16 Sep 2019) a
     * lead opening with an organisation named before any person lost its person as actor: this parted 27 pairs, 18 of
     * them of different happenings (Polri's word on Firli Bahuri's election from the DPR's vote, the selection committee's
     * answer from the KPK's letter to the DPR on two candidates) and 9 of one (Alexander Marwata's hearing, Polri's word),
     * and joined 9, 7 of one happening (Alexander Marwata's hearing); events B-cubed F1 0.869 to 0.870 (precision 0.891
     * to 0.898, recall 0.848 to 0.845), held-out 0.819 unchanged.
     */
    static final int ORGANISATION_OPENING_WORDS = 1;

    /**
     * The organisation a lead opens with ({@link #ORGANISATION_OPENING_WORDS}) before any person, which {@link #leadActor}
     * takes for its actor and keeps no person for: the words of its name and of every form the article writes it in
     * ({@code badan nasional penanggulangan bencana bnpb}), folded, distinct, in their order; null when the lead opens
     * with none. Kept for the organisations' part in an event ({@link EventActors#organisations}).
     */
    private static String leadOrganisation(LeadOpening lead, List<Entity> entities, String body) {
        Entity organisation = openingOrganisation(entities, body, lead.from(), lead.first());
        if (organisation == null) {
            return null;
        }
        Set<String> words = new LinkedHashSet<>();
        for (String form : concat(organisation.name(), organisation.mentions())) {
            String folded = NameKeys.fold(form);
            if (!folded.isEmpty()) {
                words.addAll(Arrays.asList(folded.split(" ")));
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private static List<String> concat(String name, List<String> mentions) {
        List<String> forms = new ArrayList<>(mentions.size() + 1);
        forms.add(name);
        forms.addAll(mentions);
        return forms;
    }

    /**
     * The organisation named first in the lead from {@code from}, when it is named before {@code before} (where the lead's
     * first person stands, or its end) and opens the lead ({@link #opensLead}); null otherwise. A site's address taken
     * for an organisation is none.
     */
    private static Entity openingOrganisation(List<Entity> entities, String body, int from, int before) {
        Entity opening = null;
        int at = before;
        for (Entity e : entities) {
            if (e.type() == EntityType.ORG && !EntityRecognizer.isSiteAddress(e.name())) {
                for (Span span : e.spans()) {
                    if (span.start() >= from && span.start() < at) {
                        at = span.start();
                        opening = e;
                    }
                }
            }
        }
        return opening != null && opensLead(body, from, at) ? opening : null;
    }

    /** Whether the text from {@code from} to {@code at} holds at most {@link #ORGANISATION_OPENING_WORDS} words. */
    private static boolean opensLead(String body, int from, int at) {
        String before = body.substring(from, at).strip();
        return before.isEmpty() || Whitespace.split(before).length <= ORGANISATION_OPENING_WORDS;
    }

    private static boolean reported(LocalDate day, LocalDate published) {
        return published == null || !day.isBefore(published.minusDays(REPORTED_DAYS_BEFORE))
                && !day.isAfter(published.plusDays(REPORTED_DAYS_AFTER));
    }

    /** The day most often spoken of; ties go to the earliest, since follow-ups cite the day it began. */
    static LocalDate mostSupported(List<LocalDate> days) {
        Map<LocalDate, Integer> votes = new TreeMap<>();
        days.forEach(d -> votes.merge(d, 1, Integer::sum));
        return mostVoted(votes);
    }

    /** The day with the most votes; on ties the first in the map's order. */
    private static LocalDate mostVoted(Map<LocalDate, Integer> votes) {
        LocalDate best = null;
        int bestVotes = 0;
        for (Map.Entry<LocalDate, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    /**
     * The stems of the places an article names: those recognised in its body, and the listed places its
     * headline names (a body read from a page may have lost a place written as a link, its headline not).
     */
    static List<String> placeWords(String title, List<Entity> entities) {
        List<String> names = new ArrayList<>();
        entities.stream().filter(e -> e.type() == EntityType.LOC && !PlaceWords.isSeatOfGovernment(e.name()))
                .forEach(e -> names.add(e.name()));
        if (title != null) {
            String[] tokens = NON_WORD.split(title.strip());
            String[] lower = Arrays.stream(tokens).map(t -> t.toLowerCase(Locale.ROOT)).toArray(String[]::new);
            for (Gazetteer.Match m : Gazetteer.standard().find(tokens, lower)) {
                if (m.name().type() == EntityType.LOC) {
                    names.add(String.join(" ", Arrays.copyOfRange(tokens, m.start(), m.end())));
                }
            }
        }
        return TermAnalyzer.stems(String.join(" ", names));
    }

    /** A quote's stems as its renderings are compared ({@link QuoteGrouper#stems}), as a sorted set of ids. */
    int[] quoteStems(String text) {
        return stemSet(QuoteGrouper.stems(text));
    }

    /**
     * A headline's stems and its age classes ({@link HeadlineAges}) as one word each ({@code u16}): the analyzer
     * splits {@code U-16} into a letter and a number and drops both, so headlines of the under-16 and the under-19
     * sides met on every other word (on CLICK-ID, 10-16 Sep 2019, "Jadwal Siaran Langsung Timnas Indonesia U-16 vs
     * Filipina di RCTI" and "Jadwal Siaran Langsung Timnas U-19 Indonesia vs Iran, Live RCTI Besok Sore").
     */
    static List<String> headlineWords(String title) {
        StringBuilder text = new StringBuilder(title == null ? "" : title);
        for (int age : HeadlineAges.of(title)) {
            text.append(" u").append(age);
        }
        return TermAnalyzer.stems(text.toString());
    }

    /** A headline's stems ({@link #headlineWords}) as a sorted set of ids. */
    int[] headlineStems(String title) {
        return stemSet(headlineWords(title));
    }

    /** Stems as a sorted set of ids, numbered in the order given. */
    int[] stemSet(List<String> stems) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (String s : stems) {
            ids.add(vocabulary.idOf(s));
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A body's MinHash signatures (null for an empty body) of its word shingles and of its runs of {@link #RUN}
     * words, with the number of distinct ones of each.
     */
    record Shingles(byte[] signature, int count, byte[] runSignature, int runs, int[] sample) {
    }

    static Shingles shingles(String body) {
        String[] words = words(body);
        if (words.length == 0) {
            return new Shingles(null, 0, null, 0, new int[0]);
        }
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = HASHER.hashCharsToLong(words[i]);
        }
        long[] shingles = windows(wordHashes, SHINGLE);
        long[] runs = windows(wordHashes, RUN);
        return new Shingles(MINHASH.createHasher().compute(ElementHashProvider.ofValues(shingles)), distinct(shingles),
                MINHASH.createHasher().compute(ElementHashProvider.ofValues(runs)), distinct(runs), sample(shingles));
    }

    /**
     * The {@link #SAMPLE} least of a body's shingle hashes (their upper 32 bits), ascending and distinct: all of them for
     * a body of fewer. Two bodies' samples agree on every shingle hash below the greater of them, so the share of the
     * smaller body's shingles found in the other's is counted there rather than estimated from the Jaccard
     * ({@link CopyDecision#containment(ArticleProfile, ArticleProfile, double)}).
     */
    private static int[] sample(long[] shingles) {
        return Arrays.stream(shingles).mapToInt(h -> (int) (h >>> 32)).sorted().distinct().limit(SAMPLE).toArray();
    }

    /** The hashes of the windows of {@code width} words (one of all the words when there are fewer). */
    private static long[] windows(long[] wordHashes, int width) {
        long[] hashes = new long[Math.max(1, wordHashes.length - width + 1)];
        for (int i = 0; i < hashes.length; i++) {
            long h = 0;
            for (int k = i; k < Math.min(wordHashes.length, i + width); k++) {
                h = (h ^ wordHashes[k]) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 32;
            }
            hashes[i] = h;
        }
        return hashes;
    }

    private static int distinct(long[] hashes) {
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                n++;
            }
        }
        return n;
    }

    /** Hashes of the first {@link #LEAD_WORDS} words after the dateline, ascending and distinct. */
    static int[] leadWords(String body) {
        return wordSet(leadOf(body));
    }

    /** Hashes of the {@link #SHINGLE}-word shingles of the lead ({@link #leadWords}), ascending and distinct. */
    static int[] leadShingles(String body) {
        return shingleSet(leadOf(body));
    }

    /** Hashes of the shingles of some words, ascending and distinct (one of all the words when there are fewer). */
    private static int[] shingleSet(String[] words) {
        String[] shingles = new String[Math.max(1, words.length - SHINGLE + 1)];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = String.join(" ", Arrays.copyOfRange(words, i, Math.min(words.length, i + SHINGLE)));
        }
        return words.length == 0 ? new int[0] : wordSet(shingles);
    }

    /** Hashes of the figures a text (a title) writes, ascending and distinct; none for null. */
    static int[] figureSet(String text) {
        return text == null ? new int[0] : wordSet(figures(words(text)));
    }

    private static String[] leadOf(String body) {
        return words(DATELINE.matcher(body.strip()).replaceFirst(""), LEAD_WORDS);
    }

    /**
     * The words that are runs of digits: {@code Rp 751.000} gives 751 and 000, a score {@code 0-3} gives 0 and 3.
     * Years are left out: a term of office ({@code Pimpinan KPK 2019-2023}) names the matter, not a count.
     */
    private static String[] figures(String[] words) {
        return Arrays.stream(words).filter(w -> w.chars().allMatch(Character::isDigit) && !YEAR.matcher(w).matches())
                .toArray(String[]::new);
    }

    /** Hashes of a text's words (a title's), ascending and distinct; none for null. */
    static int[] wordSet(String text) {
        return text == null ? new int[0] : wordSet(words(text));
    }

    private static int[] wordSet(String[] words) {
        return Arrays.stream(words).mapToInt(ArticleProfiler::wordHash).sorted().distinct().toArray();
    }

    /** A word's hash as {@link #wordSet} keeps it. */
    static int wordHash(String word) {
        return (int) HASHER.hashCharsToLong(word);
    }

    /**
     * A word as the figure it writes, in digits: a run of digits as it stands (a year none, as in {@link #figures}),
     * a number word from {@code dua} up as its digits ({@code lima} is 5); null for any other word. {@code satu}
     * is left out: news writes it mostly in {@code salah satu} (one of), which counts nothing.
     */
    static String figure(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return YEAR.matcher(word).matches() ? null : word;
        }
        double unit = IndonesianNumber.unit(word);
        return unit >= 2 ? Integer.toString((int) unit) : null;
    }

    /** The runs of letters and digits as written, their case kept: a listed acronym ({@code SBY}) is looked up so. */
    static List<String> wordsAsWritten(String text) {
        List<String> out = new ArrayList<>();
        for (String word : NON_WORD.split(text)) {
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    /** Lowercase words: runs of letters and digits. */
    static String[] words(String text) {
        return words(text, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} lowercase words, the runs of letters and digits ({@link #NON_WORD} splits between
     * them). Read by code point as the pattern reads, in one pass that stops at the limit: splitting every body by
     * the pattern, twice, for its shingles and its lead of 40 words, was 2.5 % of a run's CPU samples.
     */
    static String[] words(String text, int limit) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length() && out.size() < limit; ) {
            int point = lower.codePointAt(i);
            boolean inWord = (1 << Character.getType(point) & WORD_CATEGORIES) != 0;
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(point);
        }
        if (start >= 0 && out.size() < limit) {
            out.add(lower.substring(start));
        }
        return out.toArray(new String[0]);
    }

    record Weighted(int[] ids, float[] weights, List<Integer> keyOrder) {
    }

    /**
     * The paragraphs of a body that are rows of a list or table, a subheading or a label, in body order: fewer than
     * {@link #ROW_MAX_WORDS} words and no sentence closed, at their end or inside.
     */
    static List<Span> rows(String body) {
        List<Span> rows = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            int last = end - 1;
            while (last >= start && Character.isWhitespace(body.charAt(last))) {
                last--;
            }
            if (last >= start && SENTENCE_CLOSERS.indexOf(body.charAt(last)) < 0 && !closesSentenceInside(body, start, last)
                    && wordsUpTo(body, start, end) < ROW_MAX_WORDS) {
                rows.add(new Span(start, end));
            }
            start = end + 1;
        }
        return rows;
    }

    /** Whether a stop and a space close a sentence before {@code last}: a sentence broken where a link was cut out. */
    private static boolean closesSentenceInside(String text, int start, int last) {
        for (int i = start; i < last; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '…') && Character.isWhitespace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The words between {@code start} and {@code end}, counted no further than {@link #ROW_MAX_WORDS}. */
    private static int wordsUpTo(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end && words < ROW_MAX_WORDS; i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            words += wordChar && !inWord ? 1 : 0;
            inWord = wordChar || inWord && !Character.isWhitespace(text.charAt(i));
        }
        return words;
    }

    /** Whether the span lies inside one of the rows (in body order): the last row starting at or before it holds it. */
    private static boolean inRow(Span span, List<Span> rows) {
        int lo = 0;
        int hi = rows.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (rows.get(mid).start() <= span.start()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Span row = rows.get(lo);
        return row.start() <= span.start() && span.end() <= row.end();
    }

    private static RankedWords topTerms(Article a, List<Span> rows) {
        Map<String, Integer> counts = new HashMap<>();
        // The headline says what the article is about, so its words count twice.
        for (String s : TermAnalyzer.stems(a.title())) {
            counts.merge(s, 2, Integer::sum);
        }
        // the body's running text: a list's or table's rows name what the table lists
        String body = a.body();
        int from = 0;
        StringBuilder text = new StringBuilder(body.length());
        for (Span row : rows) {
            text.append(body, from, row.start()).append('\n');
            from = row.end();
        }
        text.append(body, from, body.length());
        for (String s : TermAnalyzer.stems(text.toString())) {
            counts.merge(s, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Map.Entry<String, Integer>> kept = ranked.subList(0, Math.min(MAX_TERMS, ranked.size()));
        float[] weights = new float[kept.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (1 + Math.log(kept.get(i).getValue()));
        }
        return new RankedWords(kept.stream().map(Map.Entry::getKey).toList(), weights, INDEX_TERMS);
    }

    private static RankedWords entityKeys(List<Entity> entities, List<Span> rows) {
        Map<String, Float> weights = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (Entity e : entities) {
            EntityType type = linkingType(e);
            float w = typeWeight(type);
            String key = NameKeys.entityKey(e.name(), type);
            // an outlet cited by its address ("kepada Kompas.com") is the messenger, in stories of every kind
            if (w == 0 || key.isEmpty() || EntityRecognizer.isSiteAddress(e.name())) {
                continue;
            }
            int inText = e.spans().size();
            if (!rows.isEmpty()) {
                inText = (int) e.spans().stream().filter(span -> !inRow(span, rows)).count();
                if (inText == 0 && !e.spans().isEmpty()) {
                    continue;  // named in the rows of a list or table alone
                }
            }
            // Recognisers type one name differently from article to article (a club as a place here, an
            // organisation there): the name, not its type, says who it is; the type only weighs it.
            String k = ENTITY_KEY_PREFIX + key;
            weights.merge(k, w, Math::max);
            mentions.merge(k, Math.max(1, inText), Integer::sum);
        }
        List<String> ranked = new ArrayList<>(weights.keySet());
        ranked.sort(Comparator.<String>comparingDouble(k -> -weights.get(k) * mentions.get(k)).thenComparing(k -> k));
        List<String> kept = ranked.subList(0, Math.min(MAX_ENTITIES, ranked.size()));
        float[] keptWeights = new float[kept.size()];
        for (int i = 0; i < keptWeights.length; i++) {
            keptWeights[i] = weights.get(kept.get(i));
        }
        return new RankedWords(List.copyOf(kept), keptWeights, MAX_INDEXED_ENTITIES);
    }

    /**
     * The type an entity is weighed and keyed by in linking: a seat of government written as a place
     * ({@code di Istana Negara}) stands for the government there, the body that acts in its reports, as it did when
     * the entity stage typed it an organisation.
     */
    static EntityType linkingType(Entity e) {
        return e.type() == EntityType.LOC && PlaceWords.isSeatOfGovernment(e.name()) ? EntityType.ORG : e.type();
    }

    /** People and organisations tell events apart; places are shared by everything in a region. */
    static float typeWeight(EntityType type) {
        return switch (type) {
            case PER -> 3f;
            case ORG -> 2f;
            case LOC -> 1f;
            case OTHER -> 0f;
        };
    }

    /**
     * Words ranked as a profile keeps them, most telling first, with their weights; the first {@code keys} of them
     * serve as candidate-index keys.
     */
    record RankedWords(List<String> words, float[] weights, int keys) {
    }

    /** Ranked words numbered in their rank order, as ids sorted with their weights and the index keys in rank order. */
    private Weighted numbered(RankedWords ranked) {
        TreeMap<Integer, Float> byId = new TreeMap<>();
        List<Integer> keyOrder = new ArrayList<>();
        for (int i = 0; i < ranked.words().size(); i++) {
            int id = vocabulary.idOf(ranked.words().get(i));
            byId.put(id, ranked.weights()[i]);
            if (keyOrder.size() < ranked.keys()) {
                keyOrder.add(id);
            }
        }
        return sorted(byId, keyOrder);
    }

    private static Weighted sorted(TreeMap<Integer, Float> byId, List<Integer> keyOrder) {
        int[] ids = new int[byId.size()];
        float[] weights = new float[byId.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> e : byId.entrySet()) {
            ids[i] = e.getKey();
            weights[i++] = e.getValue();
        }
        return new Weighted(ids, weights, keyOrder);
    }

    private static int[] indexKeys(Weighted terms, Weighted entities) {
        List<Integer> keys = new ArrayList<>(entities.keyOrder);
        keys.addAll(terms.keyOrder);
        return keys.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    static String lead(String body) {
        String text = DATELINE.matcher(body.strip()).replaceFirst("");
        String sentence = text.substring(0, sentenceEnd(text, 0, text.length())).strip();
        return sentence.length() > 200 ? sentence.substring(0, 200).strip() + "…" : sentence;
    }

    /**
     * Where the body's lead ends: the end of its first sentence after the dateline, or of its first
     * {@link #LEAD_CHARS} characters when that sentence runs longer.
     */
    static int leadEnd(String body) {
        Matcher dateline = DATELINE.matcher(body);
        int from = dateline.lookingAt() ? dateline.end() : 0;
        return sentenceEnd(body, from, Math.min(body.length(), from + LEAD_CHARS));
    }

    /**
     * The end of the sentence starting at {@code from}: its stop, or the end of its line, none before 40 characters;
     * {@code limit} when there is none before it.
     */
    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))) && i - from > 40) {
                return i + 1;
            }
            if (c == '\n' && i - from > 40) {
                return i;
            }
        }
        return limit;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
