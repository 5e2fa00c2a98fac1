package id.kabar.annotate.claim;

import id.kabar.annotate.claim.NumberMention.Form;
import id.kabar.annotate.claim.QualifierReader.Hedge;
import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import id.kabar.annotate.time.ProseParagraphs;
import id.kabar.lang.CountNouns;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.GroupWords;
import id.kabar.lang.HotspotWords;
import id.kabar.lang.IndonesianNumber;
import id.kabar.lang.MatchWords;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.Entity;
import id.kabar.model.Qualifier;
import id.kabar.model.Quote;
import id.kabar.model.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers that count something, with what they count, who claims them and as of when.
 *
 * <p>A number is a claim when it is money, a percentage, or a count the text ties to an outcome
 * ({@code tewas}, {@code luka}, {@code mengungsi}, {@code ditangkap}...) or to people or things tallied
 * ({@code orang}, {@code warga}, {@code unit rumah}). Years, dates, clock times, ordinals, codes,
 * durations and measures are not. A count of people right after a casualty count, opening its own
 * sentence without an outcome word ({@code 137 orang terdiri dari tentara dan warga sipil}), continues
 * that count's category, and so do the parts a count is broken down into after {@code di antaranya} or
 * {@code terdiri} ({@code 85 warga mengungsi ... di antaranya pos A 10 jiwa}), and the bare numbers of a sentence
 * opened by the whole they are taken from ({@code Dari 599 saham yang diperdagangkan, 218 menguat}). Only running prose and the lists
 * it announces are read, not headline lists.
 */
public final class ClaimFinder {
    /** A continued count opens its sentence within this many tokens. */
    private static final int OPENING_TOKENS = 3;
    /**
     * The paragraphs a breakdown may stand after the count it breaks down when no figure was read between: {@code
     * Sebanyak 28 karyawan korban kebakaran ... masih dirawat}, a paragraph quoting the police, then {@code Para korban
     * itu terdiri dari 16 laki-laki dan 12 perempuan} (cnnindonesia.com via IndoSum, October 2017: all 28 injured).
     */
    private static final int BREAKDOWN_PARAGRAPHS = 2;
    /**
     * The whole of a sentence of parts stands right after its opening {@code dari}, or after {@code dari total}, or after
     * {@code dari} and words that only introduce a number ({@link #opensAsWhole}).
     */
    private static final int WHOLE_OPENING_TOKENS = 2;
    private static final Set<String> ENUMERATION = WordLists.set(WordLists.class, "enumeration-markers.txt");
    /** Words after counted people that make them a part of the count just told ({@code di antaranya}). */
    private static final List<String[]> NAMED_BACK_PARTS = WordLists.read(WordLists.class,
            "named-back-parts.txt").stream().map(Whitespace::split).toList();
    /** People by sex or age ({@code delapan laki-laki}): a breakdown of the casualty count before them, unannounced. */
    private static final Set<String> BREAKDOWN_KINDS = WordLists.set(WordLists.class, "breakdown-kinds.txt");
    /**
     * What joins a casualty count to the next count of people that shares its outcome ({@code cedera dan demikian juga
     * dengan lima warga sipil}): a comma or {@code dan}, then a phrase of {@code likewise-joints.txt}.
     */
    private static final Pattern LIKEWISE_JOINT = Pattern.compile("\\s*(?:(?:" + WordLists.alternation(
            "list-joints.txt") + ")\\s*)*(?:" + WordLists.alternation("likewise-joints.txt") + ")\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Counting words of all the victims at once: a count of them is no item of a list ({@code 9 korban, 3 orang meninggal}). */
    private static final Set<String> VICTIM_TOTALS = WordLists.set(WordLists.class, "victim-totals.txt");
    /**
     * What a group's count listed with no counting word counts: the group's members ({@code PDIP 6, Golkar 5}: six
     * members of PDIP on the committee), people as other outlets write them ({@code PDI-P sebanyak enam orang}).
     */
    private static final String MEMBERS = CountNouns.MEMBERS;
    /** A list's joint, then the label of its next item in up to three words ({@code , anak-anak}, {@code dan lansia}). */
    private static final Pattern LABELLED_ITEM = Pattern.compile(
            "\\s*[,;]\\s*(?:(?:dan|serta)\\s+)?\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,2}\\s+"
            + "|\\s+(?:dan|serta)\\s+\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,2}\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Words of households counted ({@code kepala keluarga}, {@code KK}). */
    private static final List<String> HOUSEHOLDS = WordLists.read(WordLists.class, "household-words.txt");
    /**
     * A count of households and then of the people in them ({@code 56 kepala keluarga dengan 189 jiwa mengungsi},
     * kompas.com, 11 September 2019; {@code mengevakuasi 16 Kepala Keluarga dengan total 47 jiwa}, okezone.com, 13
     * September 2019): one group counted twice, both with the outcome after the second or before the first.
     */
    private static final Pattern MEMBERS_JOINT = Pattern.compile("\\s*(?:" + WordLists.alternation(
            WordLists.read(WordLists.class, "household-member-joints.txt")) + ")\\s*", Pattern.CASE_INSENSITIVE);
    /** A sum written to the unit in groups of three digits, a million or more: {@code 1.558.793}. */
    private static final Pattern SUM_IN_FULL = Pattern.compile("\\d{1,3}(?<groups>(?:\\.\\d{3}){2,})");
    /** A claim's text ending with such a sum after its currency: {@code Rp 3.919.291}. */
    private static final Pattern SUM_IN_FULL_ENDING = Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(?<groups>(?:\\.\\d{3}){2,})$");
    /**
     * The tokens from the comma closing the sum before to the bare one: the comma and the label of the next item
     * ({@code , terendah ialah Pangandaran}).
     */
    private static final int SUM_LIST_GAP_TOKENS = 5;
    /** The tokens that join the items of a list of counts ({@code ,}, {@code dan}, {@code serta}). */
    private static final Set<String> LIST_JOINTS = WordLists.set(WordLists.class, "list-joints.txt");
    /** At most a comma and a conjunction join two items ({@code 3 di Bogor, dan 2 di Bekasi}). */
    private static final int ITEM_JOINT_TOKENS = 2;
    /**
     * The capitalised words of the place that may close the item before the next ({@code 5 orang di Kabupaten Bandung
     * Barat, 3 di Bogor}): a place's name of up to four words.
     */
    private static final int ITEM_PLACE_WORDS = 4;
    private static final Pattern LIST_JOINT = Pattern.compile("\\s*(?:,\\s*)?(?:dan|serta)?\\s*",
            Pattern.CASE_INSENSITIVE);
    /**
     * What stands between a figure and the next when both count in the counting word after the second ({@code masing-masing
     * 2.989 dan 1.763 unit}, {@code dari 923, menjadi 1.643 unit}): a comma, then a word of
     * {@code shared-counter-joints.txt}.
     */
    private static final Pattern SHARED_COUNTER_JOINT = Pattern.compile("\\s*,?\\s*(?:" + WordLists.alternation(
            WordLists.read(WordLists.class, "shared-counter-joints.txt")) + ")\\s+", Pattern.CASE_INSENSITIVE);

    /** Words by which the sentence announcing a list names a ranking's table ({@code peringkat}, {@code klasemen}). */
    private static final Set<String> RANKING_TABLES = WordLists.set(WordLists.class, "ranking-tables.txt");

    private final NumberMatcher numbers = new NumberMatcher();
    private final CategoryReader categories = new CategoryReader();
    private final QualifierReader qualifiers = new QualifierReader();
    private final ClaimantFinder claimants = new ClaimantFinder();
    private final AsOfResolver asOf = new AsOfResolver();

    public List<Claim> find(Text text, List<Entity> entities, List<Quote> quotes, List<TimeMention> times,
                            LocalDate published) {
        String body = text.body();
        ProseParagraphs prose = ProseParagraphs.of(text);
        List<Claim> claims = new ArrayList<>();
        ToldCounts told = new ToldCounts();
        PlaceReader places = new PlaceReader(body, entities);
        GroupReader groups = new GroupReader(body, entities);
        SideReader sides = new SideReader(body, entities);
        Claim previousCasualty = null;
        Claim previousTally = null;
        Sentence previous = null;
        int lastClaimParagraph = -1;
        // whether the last sentence of prose read names a ranking: the list it announces is that ranking's table
        boolean rankingAnnounced = false;
        // "nilai kerugian negara ... adalah sebesar Rp132.178.200" (tribunnews.com, 11 September 2019) lost its stop
        for (Sentence sentence : prose.sentencesWithListsAndUnfinished(text)) {
            // a continued count opens the sentence right after its casualty count, in the same or next paragraph
            boolean follows = previous != null && sentence.paragraph() - previous.paragraph() <= 1;
            Claim lastCasualtyHere = null;
            int firstHere = claims.size();
            Words words = Words.of(sentence.tokens());
            boolean rankingRow = rankingAnnounced && prose.isInAnnouncedList(sentence);
            if (prose.isProse(sentence)) {
                rankingAnnounced = words.lower().stream().anyMatch(RANKING_TABLES::contains);
            }
            List<TimeMention> timesHere = times.stream()
                    .filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end()).toList();
            int enumeration = firstEnumeration(words);
            int claimedTo = sentence.start();
            // "Dari 599 saham yang diperdagangkan, 218 menguat, 248 stagnan, dan 133 tertekan": the whole opens it
            boolean opensWithWhole = words.size() > 1 && FunctionWords.isFrom(words.lower(0));
            Claim whole = null;
            List<NumberMention> mentions = numbers.find(body, sentence);
            for (int m = 0; m < mentions.size(); m++) {
                NumberMention n = mentions.get(m);
                if (insideTime(n, timesHere)) {
                    continue;
                }
                int first = words.firstAt(n.start());
                Claim broken = lastCasualtyHere != null ? lastCasualtyHere
                        : follows && previousCasualty != null ? previousCasualty
                        : brokenDown(claims, firstHere, sentence.paragraph() - lastClaimParagraph);
                int after = words.firstAt(n.end());
                boolean breaksDown = enumeration < first || countsKindOfPeople(words, first, after)
                        || namesPartAfterPeople(words, after);
                Claim continued = broken != null && breaksDown ? broken
                        : lastCasualtyHere == null && follows && first < OPENING_TOKENS ? previousCasualty
                        : lastCasualtyHere != null && (nextLabelledPart(body, lastCasualtyHere, n)
                            || sharesOutcomeBefore(body, lastCasualtyHere, n))
                            ? lastCasualtyHere
                        : null;
                Claim before = claims.size() > firstHere ? claims.get(claims.size() - 1) : null;
                Claim partOf = whole != null ? whole
                        : before == null && follows && partOfTallyBefore(words, n, first, previousTally) ? previousTally
                        : null;
                Claim c = claim(body, sentence, words, n, null, entities, places, groups, sides, quotes, timesHere,
                        published, continued, before, partOf, claimedTo, told);
                // a figure that counts nothing by itself may count in the next figure's counting word
                CountedPhrase shared = c == null && m + 1 < mentions.size()
                        ? sharedCounter(body, words, n, mentions.get(m + 1)) : null;
                if (shared != null) {
                    c = claim(body, sentence, words, n, shared, entities, places, groups, sides, quotes, timesHere,
                            published, continued, before, partOf, claimedTo, told);
                }
                if (c == null) {
                    c = itemListedByPlace(body, sentence, words, n, before, entities, places, quotes, timesHere,
                            published, claimedTo);
                }
                if (c == null) {
                    c = sumListedAfterSum(body, sentence, words, n, before, entities, quotes, timesHere, published);
                }
                if (c == null && rankingRow) {
                    c = rankingPoints(body, sentence, words, n, entities, quotes, timesHere, published);
                }
                if (c != null) {
                    claims.add(c);
                    told.add(c);
                    if (opensWithWhole && whole == null && opensAsWhole(words, first)
                            && c.category() != ClaimCategory.MONEY && c.category() != ClaimCategory.PERCENT) {
                        whole = c;
                    }
                    if (shared == null || !replacedBy(body, n, mentions.get(m + 1))) {
                        claimedTo = Math.max(claimedTo, c.end());
                    }
                    if (isCasualty(c.category())) {
                        lastCasualtyHere = c;
                    }
                }
            }
            shareOutcomesOfLists(body, claims.subList(firstHere, claims.size()));
            lastClaimParagraph = claims.size() > firstHere ? sentence.paragraph() : lastClaimParagraph;
            previousCasualty = lastCasualtyHere;
            Claim lastHere = claims.size() > firstHere ? claims.get(claims.size() - 1) : null;
            previousTally = lastHere != null && lastHere.category() == ClaimCategory.COUNT && lastHere.unit() != null
                    ? lastHere : null;
            previous = sentence;
        }
        return ClaimantFinder.repeatedFigures(claimants.continueStatements(body, claims, quotes, entities));
    }

    /**
     * Whether a number at token {@code first} of a sentence opened by {@code dari} is the whole the sentence's parts are
     * taken from: within {@link #WHOLE_OPENING_TOKENS} of the sentence's start, or with only words that introduce a
     * number between ({@code Dari total sebanyak 60.000 tiket, baru sekitar 12.000 saja yang laku terjual}, kompas.com,
     * 10 September 2019: 12,000 of the tickets).
     */
    private static boolean opensAsWhole(Words words, int first) {
        if (first <= WHOLE_OPENING_TOKENS) {
            return true;
        }
        for (int k = 1; k < first; k++) {
            if (!CategoryReader.introducesNumber(words.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the number is the next part of a breakdown whose part before it, {@code part}, took its category from
     * the count it breaks down (no outcome word of its own), each part after a label of its own: {@code "Balita 23
     * orang, anak-anak 24 orang, dewasa 36 orang dan lansia 2 orang"} after {@code 85 orang pengungsi} (kompas.com,
     * 15 September 2019): all displaced.
     */
    private static boolean nextLabelledPart(String body, Claim part, NumberMention n) {
        if (part.end() > n.start() || !LABELLED_ITEM.matcher(body.substring(part.end(), n.start())).matches()) {
            return false;
        }
        List<String> own = List.of(Whitespace.split(part.text().toLowerCase(Locale.ROOT)));
        for (int i = 0; i < own.size(); i++) {
            if (ClaimLexicon.cueAt(own, i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a bare number opening the counts of its sentence, right before a verb in the passive, is a part of the
     * tally that closed the sentence before: {@code Kemudian, ada 25 juga rencana pendaratan pesawat. Namun, karena
     * kondisi masih berkabut, 18 dibatalkan dan 7 pesawat kembali ke bandara asal} (kompas.com, 16 September 2019):
     * 18 of the 25 planned landings. A part is smaller than its whole.
     */
    private static boolean partOfTallyBefore(Words words, NumberMention n, int first, Claim tally) {
        return tally != null && n.form() == Form.DIGITS && n.currency() == null && !n.percent()
                && n.value() < tally.value() && first + 1 < words.size()
                && CategoryReader.isPassiveVerb(words, first + 1);
    }

    /**
     * The casualty count a sentence's breakdown may break down when no sentence right before gave one: the article's
     * last figure, read up to {@link #BREAKDOWN_PARAGRAPHS} paragraphs ({@code paragraphsAfter}) before with none
     * after it, if it is a casualty count and the sentence has read none yet. Null otherwise.
     */
    private static Claim brokenDown(List<Claim> claims, int firstHere, int paragraphsAfter) {
        Claim last = claims.isEmpty() || claims.size() > firstHere ? null : claims.get(claims.size() - 1);
        return last != null && isCasualty(last.category()) && paragraphsAfter <= BREAKDOWN_PARAGRAPHS ? last : null;
    }

    /**
     * Whether the number at token {@code first} counts people by sex or age named at token {@code after} ({@code
     * delapan laki-laki}) as an item of a breakdown: the kinds a casualty count is broken down into, whether or not a
     * word announces it. The number opens its item: after a name (a place's, {@code Di RSIA Bunda delapan laki-laki}), a
     * comma or {@code dan}, or a quote's mark; not as the object of a verb ({@code teror yang dilakukan sekitar 19
     * laki-laki}, tempo.co, 11 September 2019: the hijackers of the attack that killed), and not as {@code dua-duanya}
     * ({@code Korban dua-duanya perempuan}, tempo.co: both victims, one killed and one hurt).
     */
    private static boolean countsKindOfPeople(Words words, int first, int after) {
        if (after >= words.size() || !BREAKDOWN_KINDS.contains(words.lower(after))
                || FunctionWords.hasEnclitic(words.lower(after - 1))) {
            return false;
        }
        String before = first == 0 ? "" : words.token(first - 1).text();
        return before.isEmpty() || !Character.isLetter(before.charAt(0)) || Character.isUpperCase(before.charAt(0))
                || LIST_JOINTS.contains(before.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the people counted from token {@code after} on are named a part of a count just told right after their
     * noun ({@code empat korban di antaranya adalah warga negara Inggris}, IndoSum, December 2017: four of the six
     * killed), by a phrase of {@code named-back-parts.txt}.
     */
    private static boolean namesPartAfterPeople(Words words, int after) {
        return after < words.size() && ClaimLexicon.isPeople(words.lower(after))
                && CountedPhrase.phraseEnd(NAMED_BACK_PARTS, words.lower(), after + 1) > after + 1;
    }

    /** Whether a phrase of likewise joins the casualty count before to the number ({@code dan demikian juga dengan}). */
    private static boolean sharesOutcomeBefore(String body, Claim casualty, NumberMention n) {
        return casualty.end() <= n.start() && LIKEWISE_JOINT.matcher(body.substring(casualty.end(), n.start())).matches();
    }

    /** The index of the first word that opens the parts of a count, or the sentence's size. */
    private static int firstEnumeration(Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (ENUMERATION.contains(words.lower(i))) {
                return i;
            }
        }
        return words.size();
    }

    /**
     * {@code satu juta anak, dua juta wanita dan tiga juta pria tewas}: counts of people listed with
     * commas or {@code dan} before one outcome word share it, and so does a count of households the people after it
     * live in, and the people in households an outcome word before them tells of. A count of all the victims is not
     * listed so ({@code 9 korban, 3 orang meninggal dunia}, 15 September 2019): it is the whole, the next its part.
     */
    private static void shareOutcomesOfLists(String body, List<Claim> sentenceClaims) {
        for (int i = sentenceClaims.size() - 2; i >= 0; i--) {
            Claim c = sentenceClaims.get(i);
            Claim next = sentenceClaims.get(i + 1);
            if (c.category() == ClaimCategory.COUNT && isCasualty(next.category()) && c.unit() != null
                    && c.end() <= next.start() && (ClaimLexicon.isPeople(c.unit()) && !VICTIM_TOTALS.contains(c.unit())
                    && LIST_JOINT.matcher(body.substring(c.end(), next.start())).matches()
                    || isHouseholds(c) && MEMBERS_JOINT.matcher(body.substring(c.end(), next.start())).matches())) {
                sentenceClaims.set(i, c.withCategory(next.category()));
            }
        }
        for (int i = 0; i + 1 < sentenceClaims.size(); i++) {
            Claim households = sentenceClaims.get(i);
            Claim members = sentenceClaims.get(i + 1);
            if (isCasualty(households.category()) && members.category() == ClaimCategory.COUNT && members.unit() != null
                    && ClaimLexicon.isPeople(members.unit()) && isHouseholds(households)
                    && households.end() <= members.start()
                    && MEMBERS_JOINT.matcher(body.substring(households.end(), members.start())).matches()) {
                sentenceClaims.set(i + 1, members.withCategory(households.category()));
            }
        }
    }

    /** A count of households ({@code 56 kepala keluarga}, {@code 12 KK}): what it counts opens with a household word. */
    private static boolean isHouseholds(Claim c) {
        String counted = c.subject() == null ? "" : c.subject().toLowerCase(Locale.ROOT);
        return HOUSEHOLDS.stream().anyMatch(h -> counted.equals(h) || counted.startsWith(h + " "));
    }

    /**
     * The counting word a figure shares with the next figure of its sentence, the two joined by a word of
     * {@link #SHARED_COUNTER_JOINT}: the phrase the next figure counts, ending at this figure. Tempo.co and sindonews.com
     * wrote {@code retail sales dari 923, menjadi 1.643 unit}, where okezone.com wrote {@code yakni 923 unit} (Daihatsu's
     * July and August sales, 14-15 September 2019). Null when this figure is money, a share, a year ({@code pada Agustus
     * 2019 menjadi 2.788 kantor}) or written in words, or the next figure is money or a share or counts in no counting
     * word.
     */
    private static CountedPhrase sharedCounter(String body, Words words, NumberMention n, NumberMention next) {
        if (n.currency() != null || n.percent() || n.form() != Form.DIGITS || next.currency() != null || next.percent()
                || CountedPhrase.isYear(body.substring(n.start(), n.end()))
                || n.end() > next.start() || !SHARED_COUNTER_JOINT.matcher(body.substring(n.end(), next.start())).matches()) {
            return null;
        }
        CountedPhrase counted = CountedPhrase.read(words, words.firstAt(next.start()), words.firstAt(next.end()),
                next.end(), next.value());
        return counted.unit() == null || ClaimLexicon.isNotCount(counted.unit()) ? null
                : new CountedPhrase(counted.unit(), counted.subject(), counted.outcome(), counted.nounOutcome(), n.end(),
                false);
    }

    /**
     * Whether the next figure replaces this one: the two are joined by a word that stands before the value a total
     * comes to ({@code menjadi}, {@link CategoryReader#TOTAL_PREDICATES}), as in {@code jumlah pimpinan MPR bertambah
     * dari 5 menjadi 10 orang} (tempo.co, 13 September 2019). The value replaced does not end what the new value reads
     * before it: the total both are figures of ({@code jumlah pimpinan}) stays the new value's, which other reports
     * give alone.
     */
    private static boolean replacedBy(String body, NumberMention n, NumberMention next) {
        String joint = body.substring(n.end(), next.start()).replace(',', ' ').strip().toLowerCase(Locale.ROOT);
        return CategoryReader.TOTAL_PREDICATES.contains(joint);
    }

    private Claim claim(String body, Sentence sentence, Words words, NumberMention n, CountedPhrase shared,
                        List<Entity> entities,
                        PlaceReader places, GroupReader groups, SideReader sides, List<Quote> quotes,
                        List<TimeMention> times,
                        LocalDate published, Claim continued, Claim before, Claim whole, int claimedTo,
                        ToldCounts told) {
        int first = words.firstAt(n.start());
        int after = words.firstAt(n.end());
        // "8.000 lebih penerima": "more" between the figure and what it counts
        boolean moreBefore = moreAfter(words, n.end());
        int phraseAt = moreBefore ? after + 1 : after;
        CountedPhrase own = n.currency() != null || n.percent()
                ? new CountedPhrase(null, MeasuredPhrase.before(words, first), null, null, n.end(), false)
                : CountedPhrase.read(words, first, phraseAt, n.end(), n.value());
        // "dari 923, menjadi 1.643 unit": a figure with no counting word of its own counts in the next one's
        CountedPhrase phrase = own.unit() == null && shared != null ? shared : own;
        boolean listedAfterTally = before != null && before.category() != ClaimCategory.MONEY
                && before.category() != ClaimCategory.PERCENT && before.unit() != null && before.end() <= n.start()
                && joinsListItems(body.substring(before.end(), n.start()));
        CategoryReader.Reading reading = categories.read(body, sentence.start(), words, n, phrase,
                continued == null ? null : continued.category(), whole == null ? null : whole.category(), phraseAt,
                claimedTo, listedAfterTally, told.partOfWhole(n, phrase.unit()));
        boolean tally = n.currency() == null && !n.percent()
                && (reading == null || reading.category() == ClaimCategory.COUNT);
        String group = tally ? groups.read(words, first, claimedTo) : null;
        Claim listed = phrase.unit() == null ? groupCountListedBefore(body, n, group, before) : null;
        String bareListGroup = reading == null && listed == null && phrase.unit() == null && n.currency() == null
                && !n.percent() ? groups.opensBareList(n.start(), n.end(), ClaimFinder::joinsListItems) : null;
        if (bareListGroup != null) {
            group = bareListGroup;
            listed = new Claim(body.substring(n.start(), n.end()), ClaimCategory.COUNT, n.value(), Qualifier.EXACT,
                    MEMBERS, MEMBERS, null, null, n.start(), n.end());
        }
        if (reading == null && listed == null && !namesNextItem(body, words, n, phrase, phraseAt, before)) {
            return null;
        }
        ClaimCategory category = reading == null ? ClaimCategory.COUNT : reading.category();
        String unit = n.currency() != null ? n.currency() : n.percent() ? CountNouns.PERCENT
                : listed != null ? listed.unit() : phrase.unit();
        Hedge hedge = qualifiers.read(words, first);
        Qualifier qualifier = hedge != null ? hedge.qualifier()
                : moreBefore || moreAfter(words, phrase.end()) ? Qualifier.MORE_THAN
                : n.form() == Form.ROUGH ? Qualifier.ABOUT : Qualifier.EXACT;
        int read = reading == null ? n.start() : reading.start();
        int start = hedge != null ? Math.min(read, hedge.start()) : read;
        int end = phrase.end();
        String claimant = claimants.find(body, sentence, n.start(), n.end(), entities, quotes);
        LocalDate day = asOf.asOf(body, sentence, start, end, times, published);
        double value = countValue(body, n, unit);
        String subject = listed != null ? GroupWords.ungrouped(listed.subject()) : phrase.subject();
        if (whole != null && listed == null && unit == null && subject == null && category == whole.category()) {
            // "Dari 25 rencana penerbangan, 18 dibatalkan": a bare part counts what its whole counts
            unit = whole.unit();
            subject = whole.subject();
        }
        if (category == ClaimCategory.COUNT && subject == null && phrase.unit() == null) {
            int people = categories.peopleCountedBefore(words, first); // "pengguna iPhone ada sekitar 100.000 lebih"
            subject = people >= 0 ? words.token(people).text() : null;
        }
        if (category == ClaimCategory.COUNT) {
            // a bare "titik" counts the hotspots its paragraph names, or points of another thing
            String hotspots = HotspotWords.isBarePoint(subject)
                    ? HotspotWords.namedIn(paragraphOf(body, sentence)) : null;
            subject = hotspots != null ? hotspots : subject;
            // a tally's place is part of what it counts: the suspects of Manokwari, not those of Sorong; so is
            // the group whose members it counts: the six of one party, not the five of another; and the side
            // whose matches it counts: Thailand's two matches, not Indonesia's
            List<String> place = places.read(words, first, words.firstAt(phrase.end()), claimedTo,
                    sentence.paragraph());
            String side = place.isEmpty() && group == null && MatchWords.countsMatches(unit)
                    ? sides.read(n.start(), sentence.start()) : null;
            subject = !place.isEmpty() ? PlaceWords.placed(subject, place)
                    : group != null ? GroupWords.grouped(subject, group)
                    : side != null ? GroupWords.grouped(subject, side)
                    : totalOf(words, first, words.firstAt(claimedTo), subject);
        }
        return new Claim(body.substring(start, end), category, value, qualifier, unit, subject,
                claimant, day, start, end);
    }

    /** The number's value; a count in digits of a unit that is no fraction is whole ({@code 3,016} is 3016). */
    private static double countValue(String body, NumberMention n, String unit) {
        return n.currency() == null && !n.percent() && n.form() == Form.DIGITS
                && (unit == null || !ClaimLexicon.isFractional(unit))
                ? IndonesianNumber.wholeCount(body.substring(n.start(), n.end()), n.value()) : n.value();
    }

    /**
     * A bare number listed right after a count of its sentence, with a place or an origin of its own and no counting
     * word ({@code Polisi juga mengidentifikasi empat orang korban yang tewas, dua dari Swedia, satu orang
     * berkebangsaan Inggris}, cnnindonesia.com, 8 April 2017; {@code angka resmi menempatkan jumlah pemrotes sebanyak
     * 24.000 di Paris dan 7.500 di Marseille}, cnnindonesia.com, 13 September 2017): an item of that count, in its
     * category and counting word, counted at its own place. The count before may close with a place of its own
     * ({@code 5 orang di Depok, 3 di Bogor}); a number in words counts from two on, in lower case (in capitals it
     * is part of a name). Null when the number is no such item.
     */
    private Claim itemListedByPlace(String body, Sentence sentence, Words words, NumberMention n, Claim before,
                                    List<Entity> entities, PlaceReader places, List<Quote> quotes,
                                    List<TimeMention> times, LocalDate published, int claimedTo) {
        if (before == null || before.category() == ClaimCategory.MONEY || before.category() == ClaimCategory.PERCENT
                || before.end() > n.start() || n.currency() != null || n.percent()
                || !(n.form() == Form.DIGITS && !CountedPhrase.isYear(body.substring(n.start(), n.end()))
                    || n.form() == Form.WORDS && n.value() >= 2 && Character.isLowerCase(body.charAt(n.start())))) {
            return null;
        }
        int first = words.firstAt(n.start());
        int after = words.firstAt(n.end());
        if (after + 1 >= words.size() || !PlaceWords.isLocative(words.lower(after))
                || !Character.isUpperCase(words.token(after + 1).text().charAt(0))) {
            return null;
        }
        int i = words.firstAt(before.end());
        if (i < first && PlaceWords.isLocative(words.lower(i))) {
            int placeEnd = i + 1;
            while (placeEnd < first && placeEnd - i <= ITEM_PLACE_WORDS
                    && Character.isUpperCase(words.token(placeEnd).text().charAt(0))) {
                placeEnd++;
            }
            i = placeEnd;
        }
        if (first - i < 1 || first - i > ITEM_JOINT_TOKENS) {
            return null;
        }
        for (int k = i; k < first; k++) {
            if (!LIST_JOINTS.contains(words.lower(k))) {
                return null;
            }
        }
        String subject = before.subject();
        if (before.category() == ClaimCategory.COUNT) {
            List<String> place = places.read(words, first, after, claimedTo, sentence.paragraph());
            // the count before may be a place's alone ("24.000 di Paris"): nothing is left of it but its place
            String counted = subject == null ? null : PlaceWords.unplaced(subject);
            subject = place.isEmpty() ? subject
                    : PlaceWords.placed(counted == null || counted.isEmpty() ? null : counted, place);
        }
        Hedge hedge = qualifiers.read(words, first);
        int start = hedge != null ? Math.min(n.start(), hedge.start()) : n.start();
        return new Claim(body.substring(start, n.end()), before.category(), countValue(body, n, before.unit()),
                hedge != null ? hedge.qualifier() : Qualifier.EXACT, before.unit(), subject,
                claimants.find(body, sentence, n.start(), n.end(), entities, quotes),
                asOf.asOf(body, sentence, start, n.end(), times, published), start, n.end());
    }

    /**
     * A bare sum written out in full after a sum of its sentence written out in full with its currency, a few
     * words and a comma between: {@code UMK Jabar 2018 tertinggi ialah Kabupaten Karawang yakni Rp 3.919.291,
     * terendah ialah Pangandaran 1.558.793} (cnnindonesia.com, 22 November 2017): money in the same currency. Both
     * are written to the unit in groups of three digits, at least a million, and in as many groups (of one size
     * within a thousandfold); a count that names what it counts was read before this is asked. Null otherwise.
     */
    private Claim sumListedAfterSum(String body, Sentence sentence, Words words, NumberMention n, Claim before,
                                    List<Entity> entities, List<Quote> quotes, List<TimeMention> times,
                                    LocalDate published) {
        if (before == null || before.category() != ClaimCategory.MONEY || before.end() > n.start()
                || n.currency() != null || n.percent() || n.form() != Form.DIGITS) {
            return null;
        }
        Matcher bare = SUM_IN_FULL.matcher(body.substring(n.start(), n.end()));
        Matcher sum = SUM_IN_FULL_ENDING.matcher(before.text());
        if (!bare.matches() || !sum.find()
                || bare.group("groups").length() != sum.group("groups").length()) {
            return null;
        }
        int first = words.firstAt(n.start());
        int i = words.firstAt(before.end());
        if (i >= first || !",".equals(words.lower(i)) || first - i > SUM_LIST_GAP_TOKENS) {
            return null;
        }
        return new Claim(body.substring(n.start(), n.end()), ClaimCategory.MONEY, n.value(), Qualifier.EXACT,
                before.unit(), MeasuredPhrase.before(words, first),
                claimants.find(body, sentence, n.start(), n.end(), entities, quotes),
                asOf.asOf(body, sentence, n.start(), n.end(), times, published), n.start(), n.end());
    }

    /**
     * The points of a row of a ranking's table: a line of the list a sentence naming a ranking announces, made of a
     * name in capitals (its country's code in brackets perhaps) and one bare figure closing it ({@code Simona Halep
     * (RUM) 6.425} under {@code Berikut daftar peringkat 10 besar tunggal putri WTA.}, juara.net via IndoSum, January
     * 2018): the points the one ranked gathered, a count in {@code poin} as {@code 5.995 poin} is. Null for any other
     * figure of the row or a row of any other shape (a standings row's played, won and lost before its points).
     */
    private Claim rankingPoints(String body, Sentence sentence, Words words, NumberMention n, List<Entity> entities,
                                List<Quote> quotes, List<TimeMention> times, LocalDate published) {
        int first = words.firstAt(n.start());
        if (n.form() != Form.DIGITS || n.currency() != null || n.percent() || first == 0
                || words.firstAt(n.end()) != words.size() || CountedPhrase.isYear(body.substring(n.start(), n.end()))
                || !Character.isUpperCase(words.token(0).text().charAt(0))) {
            return null;
        }
        for (int k = 1; k < first; k++) {
            String t = words.token(k).text();
            if (!Character.isUpperCase(t.charAt(0)) && !t.equals("(") && !t.equals(")")) {
                return null;
            }
        }
        int start = words.token(0).start();
        return new Claim(body.substring(start, n.end()), ClaimCategory.COUNT,
                countValue(body, n, CountNouns.POINTS), Qualifier.EXACT, CountNouns.POINTS, CountNouns.POINTS,
                claimants.find(body, sentence, n.start(), n.end(), entities, quotes),
                asOf.asOf(body, sentence, start, n.end(), times, published), start, n.end());
    }

    /**
     * Whether the number counts a name written in capitals as the next item of a list of counts, joined to the
     * sentence's claim before it by a comma or {@code dan}: {@code terdiri dari 1.000 orang anggota TNI, 200 Polri, 312
     * petugas} (tempo.co, 13 September 2019), {@code dari 53 turnamen WTA dan empat Grand Slams} (sindonews.com,
     * 10 September 2019). Alone, a number before a name is as often a code, a rank or a score; a number word in
     * capitals is part of the name ({@code Muara Enim 22 titik api, dan Musi Rawas 19 titik api. ... Empat Lawang 10
     * titik api}, kompas.com, 16 September 2019: a regency).
     */
    private static boolean namesNextItem(String body, Words words, NumberMention n, CountedPhrase phrase, int phraseAt,
                                         Claim before) {
        return n.currency() == null && !n.percent()
                && (n.form() == Form.DIGITS || n.form() == Form.WORDS && n.value() >= 2
                && Character.isLowerCase(body.charAt(n.start())))
                && phrase.unit() != null && !ClaimLexicon.isNotCount(phrase.unit()) && phraseAt < words.size()
                && Character.isUpperCase(words.token(phraseAt).text().charAt(0))
                && before != null && before.category() != ClaimCategory.MONEY
                && before.category() != ClaimCategory.PERCENT && before.unit() != null && before.end() <= n.start()
                && joinsListItems(body.substring(before.end(), n.start()));
    }

    /**
     * The count of another group that a count its group opens, naming no counting word, is listed right after
     * ({@code PDIP paling 6 orang, Golkar 5}, okezone.com, 16 September 2019: five members of Golkar): the item
     * counts what the one before it counts, in its counting word. Null when {@code before}, the sentence's claim
     * before this number, is no such count.
     */
    private static boolean joinsListItems(String between) {
        return LIST_JOINT.matcher(between).matches() && !between.isBlank();
    }

    private static Claim groupCountListedBefore(String body, NumberMention n, String group, Claim before) {
        if (group == null || before == null || before.category() != ClaimCategory.COUNT || before.unit() == null
                || GroupWords.group(before.subject()) == null || before.end() > n.start()) {
            return null;
        }
        String between = body.substring(before.end(), n.start()).strip();
        return between.endsWith(group)
                && LIST_JOINT.matcher(between.substring(0, between.length() - group.length())).matches() ? before : null;
    }

    /**
     * The subject of a tally that is the whole of a named total, written with the total's word first
     * ({@code jumlah tersangka}), or the subject as read. {@code Jumlah tersangka ... bertambah menjadi 87 orang},
     * {@code total tersangka sebanyak 78 orang}, {@code Total jenderal, hingga saat ini ada 96 orang sebagai
     * tersangka} (kompas.com, tempo.co, 10 September 2019): the total word stands after the sentence's earlier
     * claims, a word of a named total right before the figure, and the total word is followed by what it totals,
     * not by that word ({@code total sebanyak 30 orang} of one province is no named total). The total names
     * what it counts when the noun after its word counts people ({@code tersangka}). A total the figure is taken from
     * names the whole, not the figure ({@code dari jumlah tersebut, sebanyak 110 jamaah diterbangkan}, okezone.com,
     * 13 September 2019: 110 of the 198 sick pilgrims flown home).
     */
    private static String totalOf(Words words, int first, int claimedFrom, String subject) {
        if (first == 0 || !CategoryReader.TOTAL_PREDICATES.contains(words.lower(first - 1))) {
            return subject;
        }
        for (int i = first - 2; i >= claimedFrom && i >= first - CategoryReader.TOTAL_REACH; i--) {
            if (CategoryReader.TOTALS.contains(words.lower(i))) {
                if (CountedPhrase.wholeLinkEndsAt(words, i)) {
                    return subject;
                }
                String next = words.lower(i + 1);
                if (CategoryReader.TOTAL_PREDICATES.contains(next)) {
                    return subject;
                }
                String counted = ClaimLexicon.isPeople(next) || subject == null && CountedPhrase.isNounWord(next)
                        ? next : subject;
                return counted == null ? words.lower(i) : words.lower(i) + " " + counted;
            }
        }
        return subject;
    }

    /** The paragraph (line of the body) a sentence stands in. */
    private static String paragraphOf(String body, Sentence sentence) {
        int end = body.indexOf('\n', sentence.end());
        return body.substring(body.lastIndexOf('\n', sentence.start()) + 1, end < 0 ? body.length() : end);
    }

    /** {@code Rp 50 miliar lebih}, {@code 160 lebih penerbangan}: "more" written after the amount. */
    private static boolean moreAfter(Words words, int end) {
        int i = words.firstAt(end);
        return i < words.size() && FunctionWords.isMore(words.lower(i))
                && (i + 1 == words.size() || !FunctionWords.isFrom(words.lower(i + 1)));
    }

    private static boolean insideTime(NumberMention n, List<TimeMention> times) {
        for (TimeMention t : times) {
            if (n.start() < t.end() && t.start() < n.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCasualty(ClaimCategory c) {
        return c != ClaimCategory.MONEY && c != ClaimCategory.PERCENT && c != ClaimCategory.COUNT;
    }
}
