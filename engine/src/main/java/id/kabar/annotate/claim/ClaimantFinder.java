package id.kabar.annotate.claim;

import id.kabar.annotate.text.ScannedPattern;
import id.kabar.annotate.text.Sentence;
import id.kabar.lang.Affixes;
import id.kabar.lang.OrganisationWords;
import id.kabar.lang.ReportingVerbs;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.Claim;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a number comes from: a source named in its sentence ({@code berdasarkan catatan pemerintah
 * setempat}, {@code menurut BNPB}, {@code , kata Kapolres}), the speaker of the quote it sits in, the
 * subject of a reporting verb that introduces it ({@code Ukraina mengatakan lebih dari 350 ...}) or the agent of
 * one in the passive after it ({@code 100 orang dilaporkan oleh Kementerian Kesehatan Irak ...}), the
 * person last quoted when a pronoun stands for them ({@code menurutnya}, {@code , kata dia,}), the
 * speaker of a statement earlier in its paragraph or attributed later in it ({@code , kata Don,}), or the
 * speaker of reported speech that ran to the end of the paragraph before.
 * A named entity inside the source phrase stands for it by its fullest name.
 */
public final class ClaimantFinder {
    /** What may stand between reported speech and the end of its paragraph: it ran to the end. */
    private static final Pattern STATEMENT_CLOSE = Pattern.compile("[\\s.,;:()\"”’]*");
    /**
     * Paragraphs after a person's reported speech that may carry it on: the traffic police's fines by district run
     * three paragraphs after the statement (sindonews.com, 11 September 2019); a longer reach adds a seventh more
     * claimants across the CLICK-ID week, none on the claims files, among them players' tallies in match reports.
     */
    private static final int STATEMENT_PARAGRAPHS = 3;
    /** Stands for the sources of a figure repeated with different ones: none of them is given to its other mentions. */
    private static final String AMBIGUOUS = "";
    /** The end of a sentence of narration: a full stop, question or exclamation mark before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!][\"”’]?\\s");
    /** How far from the number, in characters, a source is looked for; run-on text is not read whole. */
    private static final int REACH = 300;
    private static final String SOURCE_NOUNS = WordLists.alternation(WordLists.read(WordLists.class,
            "source-nouns.txt"));
    /**
     * A record named by its kind alone ({@code "Berdasarkan data, angka investasi ... tercatat Rp528.540.864.250,"
     * tambah Sobirin}, sindonews.com, 12 September 2019): no source, the statement's speaker gives the figure.
     */
    private static final Pattern SOURCE_NOUN_ALONE = Pattern.compile("(?:" + SOURCE_NOUNS + ")",
            Pattern.CASE_INSENSITIVE);
    private static final String SOURCE_NOUN = "(?:(?:" + SOURCE_NOUNS + ")\\s+(?:resmi\\s+)?(?:dari\\s+)?)?";
    private static final String PHRASE = "(?<source>[\\p{L}\\d.'’&-]+(?:\\s+[\\p{L}\\d.'’&-]+){0,6}?)";
    /**
     * Words that name a figure's source before it ({@code menurut BNPB}, {@code Dikutip dari Reuters}); {@code
     * Melansir} opening its sentence only, after a subject it is the subject that reports.
     */
    private static final String SOURCE_CUE = "(?<![\\p{L}])(?:[Bb]erdasarkan|[Mm]enurut|[Mm]engutip|Melansir"
            + "|[Dd]ilansir(?:\\s+dari)?|[Dd]ikutip\\s+dari|[Ss]eperti\\s+dilaporkan)";
    /** A paragraph that names a source of its own before the figure: no statement before it goes on in it. */
    private static final Pattern OWN_SOURCE = Pattern.compile(SOURCE_CUE + "\\s");
    /**
     * The period a named record covers, written between its keeper and the figures ({@code berdasarkan data Centre for
     * Strategic and International Studies (CSIS) pada 12 September 2017, persentase elektabilitas Golkar sebesar 10,9
     * persen}, cnnindonesia.com, 5 October 2017): up to four words after a word of {@code record-periods.txt}.
     */
    private static final String RECORD_PERIOD = "(?:\\s+(?:" + WordLists.alternation("record-periods.txt")
            + ")(?:\\s+[\\p{L}\\d/]+){1,4}?)?";
    /**
     * A source's short form in brackets after its name ({@code Centre for Strategic and International Studies (CSIS)}):
     * only after a name in capitals, for a description before one is no name ({@code berdasarkan kajian yang
     * dilakukan oleh lembaga independen (UGM)}, okezone.com and sindonews.com, 10 September 2019).
     */
    private static final String SHORT_FORM = "(?<short>\\s*\\(\\p{Lu}[\\p{L}\\d&.-]*\\))?";
    /**
     * A source named by a cue before its figure. Scanned ({@link ScannedPattern}): tried only where a cue's first
     * two letters stand, not at every offset of the text before every figure, where its search was 1.1 % of a
     * CLICK-ID week's Java samples.
     */
    static final ScannedPattern NAMED_BEFORE = new ScannedPattern(Pattern.compile(
            SOURCE_CUE + "\\s+"
            + SOURCE_NOUN + PHRASE + SHORT_FORM + RECORD_PERIOD
            + "\\s*(?:,|$|\\s(?=(?:ada|terdapat|sebanyak|setidaknya|sedikitnya|sekitar|jumlah|total|korban)\\s))"));
    private static final Pattern NAMED_AFTER = Pattern.compile(
            "^[^.]*?[,\"”]\\s*(?:" + WordLists.alternation("source-after-cues.txt") + ")"
            + "\\s+" + PHRASE + "\\s*(?:[,.]|$)");
    /**
     * The agent of a reporting verb in the passive a few words after the figure ({@code 100 orang dilaporkan oleh
     * Kementerian Kesehatan Irak mengalami luka-luka}, okezone.com, 15 September 2019): a name in capitals.
     */
    private static final Pattern AGENT_AFTER = Pattern.compile(
            "^(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:" + WordLists.alternation(WordLists.read(WordLists.class,
                    "passive-reporting-verbs.txt")) + ")\\s+oleh\\s+"
            + "(?<source>\\p{Lu}[\\p{L}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}.'’&-]*){0,5})");
    /**
     * A named record that shows the figures after it ({@code Data Yahoo Finance menunjukkan rupiah masih menyusut
     * menjadi Rp14.035/USD}, sindonews.com, 16 September 2019): its keeper, a name in capitals, the period the record
     * covers (up to four words) standing between ({@code Data KLHK sampai 31 Agustus 2019 menunjukkan}, okezone.com,
     * 12 September 2019), the verb in a relative clause ({@code hasil survei Kompas pada Mei 2017 yang mencatat
     * elektabilitas Golkar ada di angka 7,1 persen}, cnnindonesia.com, 5 October 2017).
     */
    private static final Pattern RECORD_SHOWS = Pattern.compile("(?<![\\p{L}])(?i:" + SOURCE_NOUNS + ")\\s+"
            + "(?<source>\\p{Lu}[\\p{L}\\d.'’&/-]*(?:\\s+\\p{Lu}[\\p{L}\\d.'’&/-]*){0,5})"
            + RECORD_PERIOD + "\\s+(?:yang\\s+)?(?:"
            + WordLists.alternation(WordLists.read(WordLists.class, "record-showing-verbs.txt")) + ")(?![\\p{L}])");
    /** Where a source spoke ({@code kata Sutopo di Jakarta}) is not part of its name. */
    private static final Pattern PLACE_OR_CIRCUMSTANCE = Pattern.compile(
            "\\s+(?=(?:" + WordLists.alternation("source-place-links.txt") + ")(?![\\p{L}]))");
    private static final Pattern NOT_A_NAME_AROUND = Pattern.compile(
            "^(?:(?:saat|sampai|hingga)\\s+ini|sementara\\s+itu|selain\\s+itu|namun|kini|adapun)\\s*,?\\s*"
            + "|\\s+(?:telah|juga|pun|sudah|pula|kembali|sebelumnya|pernah)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_NAME_START = Pattern.compile(
            "(?:" + WordLists.alternation("not-name-starts.txt") + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /**
     * {@code menurutnya}, {@code , kata dia,} before the number: the person last quoted speaks. How far back, in
     * characters, that quote may start: about two paragraphs of a statement.
     */
    private static final int PRONOUN_REACH = 1200;
    /**
     * How far apart, in characters, two quotes of one speaker may stand for the narration between them to be theirs:
     * two paragraphs of figures (742 and 812 characters between the quotes of the traffic police and of a cement
     * maker's director, sindonews.com and tempo.co, 11 and 12 September 2019).
     */
    private static final int STATEMENT_GAP = 1000;
    private static final Pattern PRONOUN_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:[Mm]enurut(?:nya|\\s+(?:dia|ia|beliau))|(?:kata|ujar|ucap|tutur|jelas|terang|ungkap)"
            + "(?:nya|\\s+(?:dia|ia|beliau))\\s*,)");
    /**
     * A place's name after capitalised words standing for a body of it ({@code Tentara Irak memperkirakan jumlah mereka
     * tak lebih dari 300 orang}, cnnindonesia.com, 19 June 2017): up to three such words, then the place's words.
     */
    private static final Pattern PLACE_BODY = Pattern.compile("(?:\\p{Lu}\\p{Ll}+\\s+){1,3}\\p{Lu}.*");
    /** One word owned by someone named before ({@code berdasarkan sektornya}, {@code menurut datanya}): no source. */
    private static final Pattern POSSESSED = Pattern.compile("\\p{L}+nya", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTER = Pattern.compile(
            "(?:^|[,;]\\s*|(?<![\\p{L}])(?:[Nn]amun|[Ss]ementara(?:\\s+itu)?|[Ss]elain\\s+itu)\\s*,?\\s*)"
            // a ministry named by both its names, "Kementerian PPN/Bappenas" (sindonews.com, 10 September 2019)
            + "(?<source>[\\p{Lu}][\\p{L}\\d.'’&/-]*(?:\\s+[\\p{L}\\d.'’&/-]+){0,5}?)\\s+"
            + "(?:" + WordLists.alternation(WordLists.read(WordLists.class, "figure-reporting-verbs.txt"))
            // a comma may set the figure off the verb ("CGT yang didukung komunis mengklaim, sekitar 400.000 orang",
            // cnnindonesia.com, 13 September 2017)
            + ")(?:\\s*,)?\\s+(?:bahwa\\s+)?");

    /** Words between a clause's subject and its active verb ({@code Polisi berhasil mengamankan ...}). */
    private static final String ACTING_AUXILIARIES = WordLists.alternation("acting-auxiliaries.txt");
    /**
     * The subject of the active verb whose object is the figure, a verb and at most two words of its object before
     * it ({@code Untuk memadamkan kebakaran hutan di Riau, BNPB menerjunkan 7 heli water bombing}, tempo.co, 13
     * September 2019): the body that did what the figure counts gives it. The subject opens its sentence or follows a comma; the
     * verb is longer than {@link CountedPhrase#PREFIXED_VERB_MIN_LENGTH} ({@code media} is no verb).
     */
    private static final Pattern ACTOR = Pattern.compile(
            "(?:^|[,;]\\s*)(?<source>[\\p{L}][\\p{L}\\d.'’&/()-]*(?:\\s+[\\p{L}\\d.'’&/()-]+){0,5}?)"
            + "(?:\\s+(?i:" + ACTING_AUXILIARIES + "))*\\s+(?<verb>" + Affixes.ACTIVE + "\\p{Ll}{"
            + (CountedPhrase.PREFIXED_VERB_MIN_LENGTH - 1) + ",})(?:\\s+\\p{Ll}+){0,2}\\s*$");
    /**
     * A prosecutor named by office, with the short form in brackets and the office or name after it ({@code jaksa
     * penuntut umum dari Kejaksaan Tinggi Jawa Timur}, {@code JPU KPK}).
     */
    private static final Pattern PROSECUTOR = Pattern.compile("(?<![\\p{L}])(?i:"
            + WordLists.alternation("prosecutors.txt") + ")(?![\\p{L}])(?:\\s*\\((?i:jpu)\\))?"
            + "(?:[ \\t]+(?:(?:dari|pada)[ \\t]+)?\\p{Lu}[\\p{L}-]*(?:[ \\t]+\\p{Lu}[\\p{L}-]*){0,5})?");
    /** A word making the figures after it a prosecution's demand ({@code dituntut}, {@code menuntut}). */
    private static final Pattern DEMAND = Pattern.compile("(?<![\\p{L}])(?i:"
            + WordLists.alternation("prosecution-demands.txt") + ")(?![\\p{L}])");
    /** Bodies named by a common noun that act on what they count ({@code polisi}, {@code jaksa penuntut umum}). */
    private static final Set<String> ACTING_BODIES = WordLists.set(WordLists.class, "acting-bodies.txt");

    /** The claimant of the number at {@code [start, end)} in {@code sentence}, or null if none is named. */
    public String find(String body, Sentence sentence, int start, int end, List<Entity> entities, List<Quote> quotes) {
        String before = body.substring(Math.max(sentence.start(), start - REACH), start);
        // "Menurut dia, sebanyak 1.017 pengendara ...": a pronoun names no one, the statement's speaker does
        String namedSource = namedSource(before, entities);
        if (namedSource != null) {
            return namedSource;
        }
        for (Quote q : quotes) {
            if (q.speaker() != null && q.start() <= start && end <= q.end()) {
                return q.speaker();
            }
        }
        Matcher agent = AGENT_AFTER.matcher(body.substring(end, Math.min(sentence.end(), end + REACH)));
        String agentSource = agent.find() ? canonical(agent.group("source"), entities) : null;
        if (agentSource != null) {
            return agentSource;
        }
        Matcher after = NAMED_AFTER.matcher(body.substring(end, Math.min(sentence.end(), end + REACH)));
        String afterSource = after.find()
                ? canonical(PLACE_OR_CIRCUMSTANCE.split(after.group("source"), 2)[0], entities) : null;
        if (afterSource != null) {
            return afterSource;
        }
        Matcher reporter = REPORTER.matcher(before);
        String reporterSource = null;
        while (reporter.find()) {
            reporterSource = reporter.group("source");
        }
        String reported = reporterSource == null ? null : canonical(reporterSource, entities);
        if (reported != null) {
            return reported;
        }
        String record = lastRecord(before, entities);
        if (record != null) {
            return record;
        }
        String actor = actor(before, entities);
        if (actor != null) {
            return actor;
        }
        String prosecutor = demandingProsecutor(body, sentence, start);
        if (prosecutor != null) {
            return prosecutor;
        }
        // a figure in a paragraph of someone's statement is theirs ("... kata Donsuwan. Sementara KUR yang
        // diberikan ke sektor perdagangan mencapai Rp 7,44 triliun")
        int from = Math.max(start - PRONOUN_REACH, 0);
        int paragraph = PRONOUN_BEFORE.matcher(before).find() ? from : Math.max(from, body.lastIndexOf("\n\n", start));
        String earlier = lastSpeaker(quotes, paragraph, start);
        if (earlier != null) {
            return earlier;
        }
        Quote later = firstQuoteAfter(body, quotes, end);
        String continued = later != null ? interjectedSpeaker(later) : continuedStatement(body, quotes, start);
        String between = continued != null ? continued : betweenStatements(body, quotes, start, end);
        return between != null ? between
                : lastRecord(body.substring(Math.min(Math.max(paragraphStart(body, start), start - PRONOUN_REACH),
                        sentence.start()), sentence.start()), entities);
    }

    /**
     * The subject of the active verb {@code before} ends with, when it is a body that acts ({@code Polisi}) or an
     * institution the entity stage found whose name opens with an organisation's head ({@code Badan Nasional
     * Penanggulangan Bencana}, written {@code BNPB}), the subject no more than its name, with at most a unit or
     * office before it; null otherwise. People and companies are parties to what they do, not the sources of its
     * figures ({@code Habil memberikan uang 15.000 dolar Singapura kepada Kivlan}: the prosecutor's charge,
     * kompas.com, 10 September 2019; {@code PT Transjakarta baru mengoperasikan tiga bus listrik}), and {@code
     * Jumlah korban mencapai} or {@code Kebakaran menghanguskan} name no source.
     */
    private static String actor(String before, List<Entity> entities) {
        Matcher m = ACTOR.matcher(before);
        if (!m.find()) {
            return null;
        }
        String subject = m.group("source");
        if (ACTING_BODIES.contains(subject.toLowerCase(Locale.ROOT))) {
            return subject;
        }
        for (Entity e : entities) {
            String[] words = Whitespace.split(e.name().toLowerCase(Locale.ROOT));
            if (e.type() != EntityType.ORG || OrganisationWords.headLength(words, 0) == 0
                    || OrganisationWords.isCompanyForm(words[0])) {
                continue;
            }
            for (String mention : e.mentions()) {
                if (subject.equals(mention) || subject.endsWith(" " + mention)
                        && Character.isUpperCase(subject.charAt(0))) {
                    return e.name();
                }
            }
        }
        return null;
    }

    /**
     * The prosecutor demanding the figure: when its sentence tells of a demand before it ({@code dituntut}, {@code
     * menuntut}), the fullest name of a prosecutor written in the reach of a statement before it, that sentence
     * included ({@code Atas tindakannya itu, La Nyalla dituntut enam tahun penjara oleh jaksa penuntut umum dari
     * Kejaksaan Tinggi Jawa Timur.}, then {@code La Nyalla juga dituntut membayar denda Rp 500 juta ... Selain itu,
     * jaksa juga menuntut La Nyalla membayar uang pengganti Rp 1,1 miliar.}, cnnindonesia.com, 6 July 2017); null when
     * none is written.
     */
    private static String demandingProsecutor(String body, Sentence sentence, int start) {
        if (!DEMAND.matcher(body.substring(sentence.start(), start)).find()) {
            return null;
        }
        Matcher m = PROSECUTOR.matcher(body.substring(Math.max(0, start - PRONOUN_REACH), start));
        String fullest = null;
        while (m.find()) {
            if (fullest == null || m.group().length() > fullest.length()) {
                fullest = m.group();
            }
        }
        return fullest;
    }

    /** The last source {@code text} names by a cue ({@code menurut BNPB}, {@code seperti dilansir Reuters}), or null. */
    private static String namedSource(String text, List<Entity> entities) {
        ScannedPattern.Scan named = NAMED_BEFORE.scan(text, 0, text.length());
        Matcher m = named.matcher();
        String source = null;
        while (named.find()) {
            if (m.group("short") == null || Character.isUpperCase(m.group("source").charAt(0))) {
                source = m.group("source");
            }
        }
        return source == null ? null : canonical(source, entities);
    }

    /** The canonical name of the last {@code source} group {@code cue} finds in {@code text}, or null. */
    private static String lastSource(Pattern cue, String text, List<Entity> entities) {
        Matcher m = cue.matcher(text);
        String source = null;
        while (m.find()) {
            source = m.group("source");
        }
        return source == null ? null : canonical(source, entities);
    }

    /**
     * Whether a source is named, not described: written in capitals and no place ({@code Reuters}, {@code Xinhua}, not
     * {@code pantauan di lokasi} or {@code situs}, whose cue holds for its own sentence only, nor {@code Pekanbaru}).
     */
    private static boolean isName(String source, List<Entity> entities) {
        if (source == null || !Character.isUpperCase(source.charAt(0))) {
            return false;
        }
        for (Entity e : entities) {
            if (e.type() == EntityType.LOC && e.name().equals(source)) {
                return false;
            }
        }
        return true;
    }

    /** Where the paragraph holding {@code at} starts. */
    private static int paragraphStart(String body, int at) {
        int lastBreak = body.lastIndexOf("\n\n", at);
        return lastBreak < 0 ? 0 : lastBreak + 2;
    }

    /**
     * The keeper of the last record named in {@code text} as showing figures, or null: the figures of its
     * sentence and of the sentences after it in its paragraph are theirs ({@code Data Yahoo Finance menunjukkan ...
     * Rp13.960/USD. Pergerakan harian rupiah pada perdagangan hari ini berada pada kisaran Rp13.946 sampai dengan
     * Rp14.050/USD.}, sindonews.com, 16 September 2019).
     */
    private static String lastRecord(String text, List<Entity> entities) {
        return lastSource(RECORD_SHOWS, text, entities);
    }

    /**
     * The claims with the speaker of a person's reported speech given to the figures of the paragraphs that carry it
     * on (a speaker read as an organisation or a thing is too often a misread name to carry it further): the
     * paragraph after reported speech that ran to its paragraph's end or was followed in it by the speaker's figures,
     * and each paragraph after that one while the one before it gives figures, until a paragraph quotes someone or
     * names a source of its own; a paragraph whose first statement is the speaker's again has its figures before that
     * statement given to them whatever the run's length ({@code Sat Patwal 5 penindakan ... Subdit Gakkum 180
     * penindakan ... Menurut Nasir, masih banyaknya pelanggaran ...}, the run's fifth paragraph) ({@code Menurut dia,
     * sebanyak1.017 pengendara ditilang ...}, then three paragraphs of fines by district, {@code Sat Patwal 6
     * penindakan ... Subdit Gakkum 231 penindakan}, sindonews.com, 11 September 2019: all the traffic police's).
     * A source a paragraph of narration names by a cue goes on in the same way into the paragraphs after it ({@code Di
     * sisi lain seperti dilansir Reuters, mata uang negara eksportir minyak menanjak ...}, then {@code Crown Norwegia
     * melonjak sebanyak 0,7% ...}, sindonews.com, 16 September 2019).
     */
    public List<Claim> continueStatements(String body, List<Claim> claims, List<Quote> quotes, List<Entity> entities) {
        List<Integer> breaks = new ArrayList<>();
        for (int at = body.indexOf("\n\n"); at >= 0; at = body.indexOf("\n\n", at + 2)) {
            breaks.add(at);
        }
        int paragraphs = breaks.size() + 1;
        Quote[] lastQuote = new Quote[paragraphs];
        Quote[] firstQuote = new Quote[paragraphs];
        for (Quote q : quotes) {
            int p = paragraphOf(breaks, q.start());
            if (lastQuote[p] == null || q.start() > lastQuote[p].start()) {
                lastQuote[p] = q;
            }
            if (firstQuote[p] == null || q.start() < firstQuote[p].start()) {
                firstQuote[p] = q;
            }
        }
        boolean[] figures = new boolean[paragraphs];
        for (Claim c : claims) {
            figures[paragraphOf(breaks, c.start())] = true;
        }
        String[] cued = new String[paragraphs];
        for (int p = 0; p < paragraphs; p++) {
            String source = namedSource(body.substring(p == 0 ? 0 : breaks.get(p - 1),
                    p < breaks.size() ? breaks.get(p) : body.length()), entities);
            cued[p] = isName(source, entities) ? source : null;
        }
        String[] goingOn = new String[paragraphs];
        int[] depth = new int[paragraphs];
        if (paragraphs > 1 && lastQuote[0] == null && figures[1]
                && opensParagraph(body, firstQuote[1], breaks.get(0))
                && !OWN_SOURCE.matcher(body.substring(0, breaks.get(0))).find()) {
            goingOn[0] = firstQuote[1].speaker();
        }
        for (int p = 1; p < paragraphs; p++) {
            Quote q = lastQuote[p - 1];
            int end = breaks.get(p - 1);
            String carried = null;
            int carriedDepth = 0;
            if (q != null) {
                if (q.speakerType() == EntityType.PER
                        && (ranToParagraphEnd(body, q, end) || figuresAfter(q, end, claims))) {
                    carried = q.speaker();
                    carriedDepth = 1;
                }
            } else if (cued[p - 1] != null) {
                carried = cued[p - 1];
                carriedDepth = 1;
            } else if (figures[p - 1] && depth[p - 1] > 0
                    && !OWN_SOURCE.matcher(body.substring(p == 1 ? 0 : breaks.get(p - 2), end)).find()) {
                carried = goingOn[p - 1];
                carriedDepth = depth[p - 1] + 1;
            }
            // a paragraph quoting someone is theirs, unless its first statement is the one going on: named again
            // after the figures it closes, it carries the statement however far it ran
            boolean namedAgain = carried != null && lastQuote[p] != null && carried.equals(firstQuote[p].speaker());
            if (namedAgain || lastQuote[p] == null && carriedDepth <= STATEMENT_PARAGRAPHS) {
                goingOn[p] = carried;
                depth[p] = carriedDepth;
            }
        }
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            int p = paragraphOf(breaks, c.start());
            String speaker = firstQuote[p] == null || c.start() < firstQuote[p].start() ? goingOn[p] : null;
            out.add(c.claimant() != null || speaker == null
                    || OWN_SOURCE.matcher(body.substring(p == 0 ? 0 : breaks.get(p - 1), c.start())).find() ? c
                    : c.withClaimant(speaker));
        }
        return out;
    }

    /**
     * The claims with a figure that names no source given the source of the same figure where the article repeats it
     * with one, when that mention has one source only: the lead's {@code Pemerintah memutuskan menaikkan tarif cukai
     * hasil tembakau ... sebesar 23 persen} is the minister's {@code "... ditetapkan sebesar 23 persen," kata Sri
     * Mulyani} (tempo.co, 13 September 2019). The same figure is the same category, value and unit.
     */
    static List<Claim> repeatedFigures(List<Claim> claims) {
        Map<List<Object>, String> sources = new HashMap<>();
        for (Claim c : claims) {
            if (c.claimant() != null) {
                sources.merge(figure(c), c.claimant(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            String source = c.claimant() == null ? sources.get(figure(c)) : null;
            out.add(source == null || source.equals(AMBIGUOUS) ? c
                    : c.withClaimant(source));
        }
        return out;
    }

    private static List<Object> figure(Claim c) {
        return Arrays.asList(c.category(), c.value(), c.unit());
    }

    /**
     * Whether {@code q} is a person's statement that opens the paragraph after the break at {@code paragraphStart},
     * no sentence of narration before it: when that paragraph gives figures, the lead before it told what they tell
     * ({@code Sebanyak 4.102 pelanggaran terjaring ...}, then {@code "Dalam Operasi Patuh Jaya tahun ini, pelanggaran
     * didominasi oleh kendaraan roda dua sekitar 1.600 pelanggaran ...," kata Kepala Satuan Lalu Lintas ...},
     * tempo.co, 12 September 2019). A statement without figures after a lead is as often about something else.
     */
    private static boolean opensParagraph(String body, Quote q, int paragraphStart) {
        return q != null && q.speaker() != null && q.speakerType() == EntityType.PER
                && !SENTENCE_END.matcher(body.substring(Math.min(paragraphStart + 2, q.start()), q.start())).find();
    }

    /** The index of the paragraph holding {@code at}, given the offsets of the breaks between paragraphs. */
    private static int paragraphOf(List<Integer> breaks, int at) {
        int i = Collections.binarySearch(breaks, at);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The speaker of a statement that runs through the number's paragraph: the one quoted last before the paragraph
     * is quoted again after the number, in the paragraph ({@code Permintaan semen ... tumbuh 9,4 persen ... "Siklus
     * permintaan semen mulai membaik," kata Jobi.}, tempo.co, 11 September 2019) or, when the paragraph quotes no one,
     * in the next paragraph, with the paragraph before quoting them too ({@code Sunardi
     * menjelaskan, ...}, then {@code tilang juga diberikan kepada 1.128 pengendara ...}, then {@code Kemudian, 228
     * pengendara ... "Mayoritas pengendara sepeda motor yang terjaring," ungkapnya.}, sindonews.com, 12 September
     * 2019). Null otherwise: narration between two statements of one source is not theirs when a paragraph without
     * them stands between.
     */
    private static String betweenStatements(String body, List<Quote> quotes, int start, int end) {
        int paragraphStart = body.lastIndexOf("\n\n", start);
        int paragraphEnd = body.indexOf("\n\n", end);
        if (paragraphStart < 0) {
            return null;
        }
        paragraphEnd = paragraphEnd < 0 ? body.length() : paragraphEnd;
        Quote before = null;
        Quote after = null;
        for (Quote q : quotes) {
            if (q.end() <= start && (before == null || q.end() > before.end())) {
                before = q;
            }
            if (q.start() >= end && (after == null || q.start() < after.start())) {
                after = q;
            }
        }
        if (before == null || after == null || before.speaker() == null || !before.speaker().equals(after.speaker())
                || after.start() - before.end() > STATEMENT_GAP) {
            return null;
        }
        if (after.start() < paragraphEnd) {
            return before.speaker();
        }
        int nextEnd = body.indexOf("\n\n", paragraphEnd + 2);
        boolean quotedBefore = before.end() <= paragraphStart
                && body.lastIndexOf("\n\n", paragraphStart - 1) < before.start();
        boolean quotedNext = nextEnd < 0 || after.start() < nextEnd;
        return quotedBefore && quotedNext ? before.speaker() : null;
    }

    /** The first quote that starts after the number in its paragraph, or null. */
    private static Quote firstQuoteAfter(String body, List<Quote> quotes, int end) {
        int paragraphEnd = body.indexOf("\n\n", end);
        int until = paragraphEnd < 0 ? body.length() : paragraphEnd;
        Quote first = null;
        for (Quote q : quotes) {
            if (q.start() >= end && q.start() < until && (first == null || q.start() < first.start())) {
                first = q;
            }
        }
        return first;
    }

    /**
     * The speaker of a quote later in the number's paragraph when it is reported speech with its attribution put in
     * ({@code , kata Don,}), or null: the paragraph is their statement, attributed once it has begun ({@code Di sektor
     * produksi, penyaluran ke sub-sektor pertanian tercatat sebesar Rp 2,61 triliun ... Khusus ke sub-sektor Industri
     * Pengolahan, kata Don, KUR ...}, tempo.co, 12 September 2019). A direct quote or a speaker introduced by
     * {@code mengatakan} starts a statement of its own: the narration before it is not theirs.
     */
    private static String interjectedSpeaker(Quote later) {
        return later.speaker() != null && later.kind() == QuoteKind.INDIRECT && later.cue() != null
                && ReportingVerbs.use(later.cue().toLowerCase(Locale.ROOT)) == ReportingVerbs.Use.AFTER_QUOTE
                ? later.speaker() : null;
    }

    /**
     * The speaker of reported speech that ran to the end of the paragraph before, when the number's paragraph holds
     * no quote: the statement goes on ({@code Menurut dia, sebanyak1.017 pengendara ditilang ... Jakarta Selatan 128
     * penindakan dengan bukti yang disita 97 SIM dan 31 STNK.} then {@code Di Jakarta Barat sebanyak 242 penindakan
     * ...}, sindonews.com, 11 September 2019). Narration closing the paragraph before ends it, and a speaker that is
     * a phrase naming no entity goes on nowhere: it is as often a subject read with the words around it ({@code Seoul
     * dan Washington kerap menegaskan bahwa latihan militer gabungan tidak bertujuan menyerang Pyongyang}, then the
     * exercise's troops, cnnindonesia.com, 16 September 2016).
     */
    private static String continuedStatement(String body, List<Quote> quotes, int start) {
        int paragraphStart = body.lastIndexOf("\n\n", start);
        if (paragraphStart < 0) {
            return null;
        }
        Quote last = null;
        for (Quote q : quotes) {
            if (q.start() < paragraphStart && (last == null || q.start() > last.start())) {
                last = q;
            }
        }
        return last != null && last.speakerType() != EntityType.OTHER && ranToParagraphEnd(body, last, paragraphStart)
                ? last.speaker() : null;
    }

    /**
     * Whether reported speech is followed in its paragraph, ending at {@code end}, by figures given as its speaker's:
     * the statement goes on in the next paragraph as it does after speech that ran to its paragraph's end ({@code
     * Fahtoni menuturkan, dana yang diberikan Kivlan berasal dari Habil Marati. Habil memberikan uang 15.000 dolar
     * Singapura kepada Kivlan.} then {@code ... menerima Rp 151,5 juta}, the prosecutor's charge, kompas.com, 10
     * September 2019).
     */
    private static boolean figuresAfter(Quote q, int end, List<Claim> claims) {
        if (q.kind() != QuoteKind.INDIRECT || q.speaker() == null) {
            return false;
        }
        for (Claim c : claims) {
            if (c.start() >= q.end() && c.end() <= end && q.speaker().equals(c.claimant())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code q} is reported speech of a named speaker that runs to the paragraph break at {@code end}: its words
     * close the paragraph, or the sentence they stand in does, an attribution put into it ({@code Adapun penetapan UMK
     * Tahun 2018 Jawa Barat tersebut, menurut Ferry dilakukan berdasarkan pada Pasal 44 ayat 2 ...}, then the other
     * districts' wages in three paragraphs, cnnindonesia.com, 22 November 2017).
     */
    private static boolean ranToParagraphEnd(String body, Quote q, int end) {
        return q.speaker() != null && q.kind() == QuoteKind.INDIRECT && q.end() <= end
                && (STATEMENT_CLOSE.matcher(body.substring(q.end(), end)).matches()
                    || !SENTENCE_END.matcher(body.substring(q.end(), end)).find());
    }

    /** The speaker of the last quote starting in {@code [from, start)}, or null. */
    private static String lastSpeaker(List<Quote> quotes, int from, int start) {
        String speaker = null;
        for (Quote q : quotes) {
            if (q.start() < start && q.start() >= from && q.speaker() != null) {
                speaker = q.speaker();
            }
        }
        return speaker;
    }

    /**
     * The entity a source phrase names, by its fullest name, a person before the office they head ({@code Menurut
     * Kepala Dinas Kesehatan Budi Santoso}: the head speaks, not the office); else the phrase itself without the
     * adverbs and auxiliaries around it ({@code Saat ini MyNurz}, {@code Kicker telah}); null if nothing
     * but such words, or a record's kind alone ({@code data}), is left.
     */
    private static String canonical(String phrase, List<Entity> entities) {
        String bestName = null;
        String bestMention = null;
        boolean bestIsPerson = false;
        boolean bestIsPlace = false;
        for (Entity e : entities) {
            boolean person = e.type() == EntityType.PER;
            for (String mention : e.mentions()) {
                boolean better = person && !bestIsPerson
                        || person == bestIsPerson && (bestMention == null || mention.length() > bestMention.length());
                if (better && containsWord(phrase, mention)) {
                    bestName = e.name();
                    bestMention = mention;
                    bestIsPerson = person;
                    bestIsPlace = e.type() == EntityType.LOC;
                }
            }
        }
        String bare = NOT_A_NAME_AROUND.matcher(phrase.strip().replaceAll("[.,;:]+$", "")).replaceAll("").strip();
        if (bestIsPlace && PLACE_BODY.matcher(bare).matches() && bare.endsWith(" " + bestMention)
                && !NOT_A_NAME_START.matcher(bare).lookingAt()) {
            return bare; // "Tentara Irak memperkirakan ...": the body of the place, not the place, is the source
        }
        if (bestName != null) {
            return bestName;
        }
        return bare.isEmpty() || NOT_A_NAME_START.matcher(bare).lookingAt() || POSSESSED.matcher(bare).matches()
                || SOURCE_NOUN_ALONE.matcher(bare).matches() ? null : bare;
    }

    private static boolean containsWord(String phrase, String mention) {
        int at = phrase.indexOf(mention);
        while (at >= 0) {
            int after = at + mention.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(phrase.charAt(at - 1));
            boolean endOk = after == phrase.length() || !Character.isLetterOrDigit(phrase.charAt(after));
            if (startOk && endOk) {
                return true;
            }
            at = phrase.indexOf(mention, at + 1);
        }
        return false;
    }
}
