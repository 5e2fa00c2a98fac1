package id.kabar.annotate.claim;

import id.kabar.annotate.claim.NumberMention.Form;
import id.kabar.annotate.text.ScannedPattern;
import id.kabar.annotate.text.Sentence;
import id.kabar.lang.Calendar;
import id.kabar.lang.IndonesianNumber;
import id.kabar.lang.TimeZones;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the numbers of a sentence with their currency, scale and percent sign. Numbers that are part
 * of a code or name ({@code G20}, {@code Covid-19}, {@code F-16}), a score or range written with a
 * hyphen ({@code 3-0}), a date ({@code 25/2}), a clock time ({@code pukul 14.00}), a phone number, or an
 * age in brackets after a name ({@code Nov (30)}) are not read as amounts.
 */
public final class NumberMatcher {
    private static final String WORD = IndonesianNumber.WORD;
    /** A run of this many digits or more, no separators, is a phone or account number: no figure is written so. */
    private static final int PHONE_NUMBER_MIN_DIGITS = 8;
    private static final String ROUND = IndonesianNumber.ROUND_WORD;

    private static final List<String> INTRODUCERS = WordLists.read(WordLists.class, "number-introducers.txt");
    /** Words that introduce a number, which scraped text sometimes glues to it ({@code sebanyak1.017 pengendara}). */
    private static final String INTRODUCER = WordLists.alternation(INTRODUCERS);
    /**
     * The letters an introducer ends with, as a class: the lookbehind for a glued introducer is read only after one.
     * Read after every letter an amount was tried at, it tried some six offsets and eight words at each (a quarter of
     * the amount scan's CPU on the CLICK-ID week's texts); the introducers are words, so the class holds letters.
     */
    private static final String INTRODUCER_END = INTRODUCERS.stream().map(w -> w.substring(w.length() - 1)).distinct()
            .collect(Collectors.joining("", "[", "]"));

    static final ScannedPattern AMOUNT = new ScannedPattern(Pattern.compile(
            "(?:(?<![\\p{L}\\d.,/\\-–])|(?<=" + INTRODUCER_END + ")(?<=(?<![\\p{L}])(?:" + INTRODUCER + ")))"
            // a spaced dash before a number is a score or range ("3 - 0"), but after a dateline's word a capitalised
            // number opens the lead ("Rimanews - Tiga pria dianggap sangat beruntung", rimanews.com, 21 February 2017),
            // also after a dateline of two dashes ("Jakarta, CNN Indonesia - - Sembilan perempuan petani", IndoSum) and
            // after one closing on its outlet in brackets ("DEPOK (Pos Kota) – Dua mayat yang ditemukan", IndoSum)
            + "(?:(?<![\\-–]\\s)|(?<=[\\p{L})]\\s[\\-–]\\s|\\p{L}\\s[\\-–]\\s[\\-–]\\s)(?-i:(?=\\p{Lu}\\p{Ll})))(?:"
            // "Sing$ 15 ribu" (tempo.co) and "SG$96.700" are Singapore's dollar; "SGD" its code
            + "(?<cur>Rp\\.?|IDR|US\\$|USD|Sing\\$|SG\\$|SGD|S\\$|\\$|€|£)?"
            // "Destinasi Mandalika sebesar Rp, 26,5 miliar" (kompas.com, 16 September 2019): a stray comma after Rp
            + "(?:(?<=Rp|Rp\\.),\\s?|\\s?)"
            // a point before one or two digits and a unit or percent sign is a decimal point: "naik Rp12 atau 4.76%"
            // "nilai mencapai Rp200, 200, 000" (okezone.com, 11 September 2019): a scrape spaced the groups of a sum
            // a minus sign glued to a share ("sebesar -4.11%yoy"): a fall
            + "(?<sign>-(?=\\d))?"
            + "(?<num>(?<=Rp\\.?\\s?)\\d{1,3}(?:,\\s\\d{3}){2,}(?![,.]?\\s?\\d)"
            // "Kota Depok Rp 3, 58 juta" (cnnindonesia.com, 22 November 2017): a scrape spaced the decimal comma off
            + "|(?<=Rp\\.?\\s?)\\d{1,3},\\s\\d{1,2}(?=\\s?(?:" + IndonesianNumber.SCALE_WORD + ")(?![\\p{L}]))"
            + "|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3}){2,}|\\d{1,3},\\d{3},\\d{1,2}(?!\\d)|\\d+(?:,\\d+)?|\\d+\\.\\d{1,2}(?=\\s?[\\p{L}%]))"
            // "berada di angka 1.700-an unit": a figure written round by its suffix, about as many; "ada 1000 an kalau
            // tidak salah" (tempo.co, 11 September 2019) spaces the suffix off, and a tokenised text the dash as well
            // ("total bisa 5.000 - an karyawan", cnnindonesia.com via IndoSum)
            + "(?:(?:\\s?-\\s?|\\s)(?<roundedBy>an)(?![\\p{L}]))?"
            // "Rp 14 ribu triliun": a thousand trillion, as outlets write sums over a quadrillion
            + "(?:\\s?(?<scale>(?:ribu|juta)\\s+(?:miliar|milyar|triliun)|" + IndonesianNumber.SCALE_WORD + "|rb|jt|M|T)"
            + "(?<roughly>an)?(?![\\p{L}]|(?<=[MT])\\d))?"
            + "|(?<words>(?:" + ROUND + "|" + WORD + ")(?:\\s+" + WORD + ")*)"
            // "dari tiga ribuan warga yang menunggak" (tempo.co, 11 September 2019): about three thousand
            + "(?:\\s+(?<wordsRoundedBy>" + ROUND + ")(?![\\p{L}]))?"
            + ")"
            // "sekitar 1,4 persennya": a share of what was named before is a share all the same
            // "-4.11%yoy" (sindonews.com, 16 September 2019): the period compared against glued to the sign
            + "(?:\\s?(?<pct>%(?:" + WordLists.alternation("period-comparisons.txt") + ")?|persen(?:nya)?(?![\\p{L}])))?"
            // a digit glued to a scale or percent word is the next item's number in scraped text ("triliun2.")
            + "(?![\\p{L}]|(?<![\\p{L}])\\d|(?<=[MT])\\d|[.,]\\d|/\\d|\\s?[-–]\\s?\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "\\s+(?<name>rupiah|USD|doll?ar(?:\\s+(?:AS|Amerika(?:\\s+Serikat)?|Singapura|Australia|Hong\\s+Kong))?"
            + "|US\\s?dolar|euro|yen|yuan|ringgit|won|rupee|poundsterling|pounds?|franc(?:\\s+Swiss)?|riyal|dirham|baht|peso|rubel)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /**
     * A rate of exchange, a number of one currency per unit of another ({@code 107,85 per dolar}, {@code 1,3259 versus
     * USD}, {@code 8,964 terhadap dolar}, sindonews.com, 16 September 2019): money, its unit the currency it is
     * paid per.
     */
    private static final Pattern RATE_AFTER = Pattern.compile(
            "\\s+(?:" + WordLists.alternation("rate-links.txt") + ")" + CURRENCY_AFTER.pattern(), Pattern.CASE_INSENSITIVE);

    /**
     * Digits grouped by commas in threes, the way English writes thousands: after a foreign currency's sign and with no
     * scale word, the commas group thousands ({@code dengan harga US$ 5,503 (Rp 74,5 juta)}, cnnindonesia.com via
     * IndoSum; {@code uang kompensasi £125,000 atau sekitar Rp 2,1 miliar}, {@code nilai barang sebesar USD 42,500},
     * tempo.co and okezone.com, September 2019), as no price is written to a thousandth of a dollar; a price per unit
     * may be ({@code ditutup pada USD18,167 per ounce}, okezone.com, September 2019: silver), so not before a rate word.
     */
    private static final Pattern THOUSANDS_BY_COMMA = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    private static final Pattern RATE_LINK_AFTER = Pattern.compile(
            "\\s*(?:" + WordLists.alternation("rate-links.txt") + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final String RUPIAH = "rupiah";
    /**
     * A price word right before a sum in a scale word with no currency ({@code Harganya 105 ribu:)}, IndoSum; {@code
     * harga 350 ribu, sedangkan}, CLICK-ID week): rupiah, unless a word follows the scale word, which may be the
     * currency's name ({@code dibanderol mulai 999 ribu baht}) or what is counted.
     */
    private static final Pattern PRICE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:" + WordLists.alternation("price-words.txt") + ")\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_AFTER = Pattern.compile("\\s*\\p{L}");
    /** A clock word before the number, a colon after it as some scrapes write it ({@code pukul: 22.00 wib}). */
    private static final Pattern CLOCK_BEFORE = Pattern.compile(
            "(?:" + WordLists.alternation("clock-words.txt") + ")\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * A month's name right before a number in the range of years: the year of that month ({@code seharusnya pada
     * Februari 2017 polisi melakukan pendeportasian}, cnnindonesia.com, 10 April 2017), not a count of what follows.
     */
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?<![\\p{L}])(?:" + Calendar.MONTH + ")\\s+$");
    /** A time zone after the number, in any case ({@code sekitar pukul: 22.00 wib}, poskotanews.com via IndoSum). */
    private static final Pattern CLOCK_AFTER = Pattern.compile("\\s*" + TimeZones.INDONESIAN + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /**
     * Hours and minutes, or a whole hour, before a part of the day, written without {@code pukul} ({@code 09.00 pagi
     * sampai 13.00 siang}, okezone.com's horoscope, September 2019; {@code Papa meninggal jam setengah 3 subuh},
     * cnnindonesia.com via IndoSum, February 2018, where {@code setengah} parts the clock word from the hour): a
     * clock time. Only a figure in digits shaped as hours (0-23) and minutes (00-59) is one, so a count in words
     * before the same words ({@code dua malam}) is judged as before.
     */
    private static final Pattern CLOCK_SHAPE = Pattern.compile("(?:[01]?\\d|2[0-3])(?:[.:][0-5]\\d)?");
    private static final Pattern DAY_PART_AFTER = Pattern.compile(
            "\\s+(?:" + WordLists.alternation(WordLists.read(WordLists.class, "day-parts.txt")) + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANK_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:" + WordLists.alternation(WordLists.read(WordLists.class, "code-openers.txt")) + ")\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * The code openers that make a number in words a rank, a floor or a clause, not a count ({@code peringkat dua
     * dunia}, {@code di lantai dua Rumah Makan Padang}, {@code di menit tujuh}, {@code Pasal 114 ayat dua}): all but
     * those that do so only before digits.
     */
    private static final Set<String> DIGIT_CODE_OPENERS = WordLists.set(WordLists.class, "digit-code-openers.txt");
    private static final Pattern RANK_BEFORE_WORDS = Pattern.compile("(?<![\\p{L}])(?:" + WordLists.alternation(
            WordLists.read(WordLists.class, "code-openers.txt").stream()
                    .filter(w -> !DIGIT_CODE_OPENERS.contains(w.toLowerCase(Locale.ROOT))).toList())
            + ")\\s*$", Pattern.CASE_INSENSITIVE);
    /** Code openers that open a count when a counted noun follows the number ({@code menembus angka 980 penumpang}). */
    private static final Pattern FIGURE_OPENER_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:" + WordLists.alternation(WordLists.read(WordLists.class, "figure-openers.txt")) + ")\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
    /**
     * A level a figure stands at ({@code di angka 3.335 unit}, {@code figure-levels.txt}): a figure, though {@code angka}
     * opens a code in {@link #RANK_BEFORE}.
     */
    private static final Pattern LEVEL_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:" + WordLists.alternation(WordLists.read(WordLists.class, "figure-levels.txt")) + ")\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A vehicle's registration: one or two capitals, the number, one to three capitals ({@code berpelat nomor S 7190
     * US}, tempo.co, 11 September 2019).
     */
    private static final Pattern PLATE_BEFORE = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{1,2}\\s$");
    private static final Pattern PLATE_AFTER = Pattern.compile("\\s\\p{Lu}{1,3}(?![\\p{L}\\d])");

    /**
     * A team's points after the word that names them, then the matches they were won in ({@code Rossonerri
     * mengumpulan poin enam dari tiga laga}, kompas.com, 16 September 2019; {@code dengan nilai 19 dari 17 laga}): a
     * tally, though {@code poin} opens a list's item elsewhere.
     */
    private static final Pattern STANDINGS_BEFORE = Pattern.compile("(?<![\\p{L}])(?:"
            + WordLists.alternation(ClaimLexicon.standingsWords()) + ")\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STANDINGS_TABLE = Pattern.compile("(?<![\\p{L}])(?:" + WordLists.alternation(
            WordLists.read(WordLists.class, "standings-tables.txt")) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MATCHES_AFTER = Pattern.compile("\\s+(?:" + WordLists.alternation(
            WordLists.read(WordLists.class, "whole-number-links.txt")) + ")\\s+(?:\\d+|" + WORD + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);

    /** A year's digits, which with {@code -an} name a decade ({@code 1960-an}), not a figure about as large. */
    private static final Pattern DECADE = Pattern.compile("(?:1[5-9]|20)\\d0");

    /** How many characters before a number are read for the word that makes it a code or a time. */
    private static final int LOOK_BACK = 24;

    /** The amounts of one sentence, in order. */
    public List<NumberMention> find(String body, Sentence sentence) {
        List<NumberMention> out = new ArrayList<>();
        ScannedPattern.Scan amounts = AMOUNT.scan(body, sentence.start(), sentence.end());
        Matcher m = amounts.matcher();
        while (amounts.find()) {
            NumberMention n = mention(body, sentence, m);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    private NumberMention mention(String body, Sentence sentence, Matcher m) {
        int start = m.start();
        while (start < m.end() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        return m.group("num") != null ? digitAmount(body, sentence, m, start) : wordAmount(body, sentence, m, start);
    }

    private NumberMention digitAmount(String body, Sentence sentence, Matcher m, int start) {
        String num = m.group("num");
        int end = m.end();
        String before = body.substring(Math.max(sentence.start(), start - LOOK_BACK), start);
        boolean percent = m.group("pct") != null;
        // money and shares are never ranks or codes: "ke level Rp14.034", "di level 6,3%"
        if (CLOCK_BEFORE.matcher(before).find() || CLOCK_AFTER.matcher(body).region(end, body.length()).lookingAt()
                || CLOCK_SHAPE.matcher(num).matches() && DAY_PART_AFTER.matcher(body).region(end, body.length()).lookingAt()
                || m.group("cur") == null && !percent && !countedInScale(m) && opensCode(body, sentence, start, end, RANK_BEFORE)) {
            return null;
        }
        if (m.group("cur") == null && !percent && PLATE_BEFORE.matcher(before).find()
                && PLATE_AFTER.matcher(body).region(end, body.length()).lookingAt()) {
            return null; // a number plate
        }
        if (num.length() >= PHONE_NUMBER_MIN_DIGITS && num.chars().allMatch(Character::isDigit)
                || num.startsWith("0") && num.length() > 1 && !num.startsWith("0,")
                        && !(percent && num.startsWith("0."))) {
            return null; // a phone or account number; "sebesar 0.5%" is a share
        }
        if (m.group("cur") == null && !percent && m.group("scale") == null && CountedPhrase.isYear(num)
                && MONTH_BEFORE.matcher(before).find()) {
            return null;
        }
        if (before.endsWith("(") && body.startsWith(")", end) && !percent && m.group("cur") == null) {
            return null; // an age after a name, a year or a reference in brackets; "(60%)" is a share
        }
        if (m.group("roundedBy") != null && DECADE.matcher(num).matches()) {
            return null; // "tahun 1960-an": a decade
        }
        double value = IndonesianNumber.digits(num.replace(", ", ","));
        if (Double.isNaN(value) || m.group("sign") != null && !percent) {
            return null; // a minus sign makes a fall of a share; before a count it is a dash ("3 -4")
        }
        if (m.group("sign") != null) {
            value = -value;
        }
        String cur = m.group("cur");
        String scale = m.group("scale");
        boolean rough = m.group("roundedBy") != null;
        if (scale != null) {
            if (scale.length() == 1 && (cur == null || m.group("roughly") != null)) {
                end = percent ? m.end() : m.end("num"); // "5 M" is a measure unless money is written
            } else {
                for (String word : Whitespace.split(scale)) {
                    value *= IndonesianNumber.scale(word);
                }
                rough = m.group("roughly") != null;
            }
        }
        String currency = cur == null ? null : currency(cur);
        if (currency != null && scale == null && !currency.equals(RUPIAH) && THOUSANDS_BY_COMMA.matcher(num).matches()
                && !RATE_LINK_AFTER.matcher(body).region(end, sentence.end()).lookingAt()) {
            value = Double.parseDouble(num.replace(",", ""));
        }
        if (currency == null && !percent && scale != null && scale.length() > 1 && PRICE_BEFORE.matcher(before).find()
                && !WORD_AFTER.matcher(body).region(end, sentence.end()).lookingAt()) {
            currency = RUPIAH;
        }
        if (currency == null && !percent) {
            Matcher after = CURRENCY_AFTER.matcher(body).region(end, sentence.end());
            Matcher rate = RATE_AFTER.matcher(body).region(end, sentence.end());
            if (after.lookingAt()) {
                currency = currency(after.group("name"));
                end = after.end();
            } else if (rate.lookingAt()) {
                currency = "per " + currency(rate.group("name"));
                end = rate.end();
            }
        }
        return new NumberMention(start, end, value, rough ? Form.ROUGH : Form.DIGITS, currency, percent);
    }

    /**
     * Whether the word before a number makes it a code or a rank ({@code Pasal 67 angka 1}, {@code pada menit 17}),
     * not a count: not after a level ({@code di angka 3.335 unit}), not when a currency follows it, as money is never
     * a rank ({@code menetap di posisi 8,964 terhadap dolar}, sindonews.com, 16 September 2019), and a figure opener
     * does not when a counted noun follows the number
     * ({@code menembus angka 980 penumpang}, tempo.co, 10 September 2019; {@code dengan angka 9,2 juta unit},
     * kompas.com).
     *
     * A team's points after the word that names them are a tally, not a list's item, when the matches follow or the
     * sentence names the standings ({@code di klasemen dengan poin tujuh}).
     *
     * @param rankBefore the openers that make the number a code, matched against the words before it
     */
    private static boolean opensCode(String body, Sentence sentence, int start, int end, Pattern rankBefore) {
        String before = body.substring(Math.max(sentence.start(), start - LOOK_BACK), start);
        if (!rankBefore.matcher(before).find() || LEVEL_BEFORE.matcher(before).find()
                || STANDINGS_BEFORE.matcher(before).find() && (MATCHES_AFTER.matcher(body).region(end, body.length())
                        .lookingAt() || STANDINGS_TABLE.matcher(body).region(sentence.start(), start).find())
                || CURRENCY_AFTER.matcher(body).region(end, body.length()).lookingAt()
                || RATE_AFTER.matcher(body).region(end, body.length()).lookingAt()) {
            return false;
        }
        if (!FIGURE_OPENER_BEFORE.matcher(before).find()) {
            return true;
        }
        Matcher next = NEXT_WORD.matcher(body).region(end, body.length());
        return !next.lookingAt() || !ClaimLexicon.isPeople(next.group(1)) && !ClaimLexicon.isThing(next.group(1));
    }

    /**
     * Whether a scale word multiplies the number ({@code berdampak ke 24,4 juta pelanggan}, tribunnews.com, 10
     * September 2019): a rank or a code is never written in millions, so the word before it opens no code.
     */
    private static boolean countedInScale(Matcher m) {
        return m.group("scale") != null && m.group("scale").length() > 1;
    }

    private NumberMention wordAmount(String body, Sentence sentence, Matcher m, int start) {
        String words = m.group("words").toLowerCase(Locale.ROOT);
        double value = IndonesianNumber.words(words);
        if (Double.isNaN(value) || value == 0
                || IndonesianNumber.opensWithoutNumber(words)) {
            return null; // a scale word with no number before it
        }
        boolean percent = m.group("pct") != null;
        int end = m.end();
        if (!percent && opensCode(body, sentence, start, end, RANK_BEFORE_WORDS)) {
            return null;
        }
        if (CLOCK_BEFORE.matcher(body.substring(Math.max(sentence.start(), start - LOOK_BACK), start)).find()) {
            return null; // "tayang di HBO setiap Senin pukul delapan pagi" (cnnindonesia.com via IndoSum): a clock time
        }
        String currency = null;
        Matcher after = CURRENCY_AFTER.matcher(body).region(end, sentence.end());
        if (!percent && after.lookingAt()) {
            currency = currency(after.group("name"));
            end = after.end();
        }
        Form form = words.matches(ROUND + ".*") ? Form.ROUND : Form.WORDS;
        if (form == Form.WORDS && m.group("wordsRoundedBy") != null) {
            value *= IndonesianNumber.round(m.group("wordsRoundedBy"));
            form = Form.ROUGH;
        }
        return new NumberMention(start, end, value, form, currency, percent);
    }

    /** The unit name of a currency as the contract writes it. */
    private static String currency(String written) {
        // "dollar AS" is the English spelling some outlets keep
        String w = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("dollar", "dolar");
        if (w.startsWith("rp") || w.equals("idr") || w.equals(RUPIAH)) {
            return RUPIAH;
        }
        if (w.equals("s$") || w.equals("sing$") || w.equals("sg$") || w.equals("sgd") || w.equals("dolar singapura")) {
            return "dolar Singapura";
        }
        if (w.startsWith("us") || w.equals("$") || w.startsWith("dolar")) {
            return w.equals("dolar australia") ? "dolar Australia" : "dolar AS";
        }
        if (w.equals("€")) {
            return "euro";
        }
        if (w.equals("£") || w.startsWith("pound")) {
            return "pound";
        }
        if (w.startsWith("franc")) {
            return "franc Swiss"; // the franc the exchange-rate reports quote ("0,9929 franc Swiss")
        }
        return w;
    }
}
