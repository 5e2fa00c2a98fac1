package id.kabar.annotate.claim;

import id.kabar.annotate.claim.NumberMention.Form;
import id.kabar.annotate.claim.QualifierReader.Hedge;
import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import id.kabar.annotate.text.Token;
import id.kabar.annotate.time.ProseParagraphs;
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
import java.util.regex.Pattern;

/**
 * Finds numbers that count something, with what they count, who claims them and as of when.
 *
 * <p>A number is a claim when it is money, a percentage, or a count the text ties to an outcome
 * ({@code tewas}, {@code luka}, {@code mengungsi}, {@code ditangkap}...) or to people or things tallied
 * ({@code orang}, {@code warga}, {@code unit rumah}). Years, dates, clock times, ordinals, codes,
 * durations and measures are not. A count of people right after a casualty count, opening its own
 * sentence without an outcome word ({@code 137 orang terdiri dari tentara dan warga sipil}), continues
 * that count's category. Only running prose is read, not headline lists.
 */
public final class ClaimFinder {
    private static final int OUTCOME_BEFORE_REACH = 8;
    /** Words after which a four-digit number is a year even before a noun ({@code pada 2015 kasus ...}). */
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:pada|sejak|hingga|sampai|awal|akhir|pertengahan|medio|periode|tahun|selama)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final int OPENING_TOKENS = 3;

    private final NumberMatcher numbers = new NumberMatcher();
    private final QualifierReader qualifiers = new QualifierReader();
    private final ClaimantFinder claimants = new ClaimantFinder();
    private final AsOfResolver asOf = new AsOfResolver();

    public List<Claim> find(Text text, List<Entity> entities, List<Quote> quotes, List<TimeMention> times,
                            LocalDate published) {
        String body = text.body();
        ProseParagraphs prose = ProseParagraphs.of(text);
        List<Claim> claims = new ArrayList<>();
        Claim previousCasualty = null;
        Sentence previous = null;
        for (Sentence sentence : prose.sentences(text)) {
            boolean follows = previous != null && previous.paragraph() == sentence.paragraph() || previous != null
                    && previous.paragraph() + 1 == sentence.paragraph();
            Claim lastCasualtyHere = null;
            for (NumberMention n : numbers.find(body, sentence)) {
                if (insideTime(n, times)) {
                    continue;
                }
                Claim c = claim(body, sentence, n, entities, quotes, times, published,
                        follows ? previousCasualty : null);
                if (c != null) {
                    claims.add(c);
                    if (isCasualty(c.category())) {
                        lastCasualtyHere = c;
                    }
                }
            }
            previousCasualty = lastCasualtyHere;
            previous = sentence;
        }
        return claims;
    }

    private Claim claim(String body, Sentence sentence, NumberMention n, List<Entity> entities, List<Quote> quotes,
                        List<TimeMention> times, LocalDate published, Claim previousCasualty) {
        List<Token> tokens = sentence.tokens();
        int first = firstTokenAt(tokens, n.start());
        int next = firstTokenAt(tokens, n.end());
        CountedPhrase phrase = n.currency() != null || n.percent()
                ? new CountedPhrase(null, null, null, n.end())
                : CountedPhrase.read(tokens, next, n.end());
        int start = n.start();
        int end = phrase.end();
        ClaimCategory category;
        String unit = phrase.unit();
        if (n.currency() != null) {
            category = ClaimCategory.MONEY;
            unit = n.currency();
        } else if (n.percent()) {
            category = ClaimCategory.PERCENT;
            unit = "persen";
        } else if (isYear(body, n) && (!countsSomething(unit) || YEAR_BEFORE.matcher(
                body.substring(sentence.start(), n.start())).find())) {
            return null;
        } else if (unit != null && ClaimLexicon.isNotCount(unit)) {
            return null;
        } else if (n.form() == Form.WORDS && n.value() == 1 && (phrase.outcome() == null || isOneOf(tokens, first))) {
            return null; // "salah satu pelaku", "satu warga pun": one of many, not a count
        } else if (phrase.outcome() != null) {
            category = thingsSeized(phrase.outcome(), unit) ? ClaimCategory.COUNT : phrase.outcome();
        } else {
            // an outcome word before the number speaks of people ("menewaskan 36 pengungsi"), not of things
            OutcomeBefore before = unit == null || ClaimLexicon.isPeople(unit) ? outcomeBefore(tokens, first) : null;
            if (before != null) {
                category = thingsSeized(before.category(), unit) ? ClaimCategory.COUNT : before.category();
                start = Math.min(start, before.start());
            } else if (previousCasualty != null && first < OPENING_TOKENS && unit != null
                    && ClaimLexicon.isPeople(unit)) {
                category = previousCasualty.category();
            } else if (unit != null && (ClaimLexicon.isPeople(unit)
                    || n.form() != Form.WORDS && ClaimLexicon.isThing(unit))) {
                category = ClaimCategory.COUNT;
            } else {
                return null;
            }
        }
        Hedge hedge = qualifiers.read(tokens, first);
        Qualifier qualifier = hedge != null ? hedge.qualifier()
                : next < tokens.size() && moreAfter(tokens, body, phrase.end()) ? Qualifier.MORE_THAN
                : n.form() == Form.ROUND ? Qualifier.AT_LEAST
                : n.form() == Form.ROUGH ? Qualifier.ABOUT : Qualifier.EXACT;
        if (hedge != null) {
            start = Math.min(start, hedge.start());
        }
        String subject = phrase.subject();
        String claimant = claimants.find(body, sentence, n.start(), n.end(), entities, quotes);
        LocalDate day = asOf.asOf(body, sentence, start, end, times, published);
        return new Claim(body.substring(start, end), category, n.value(), qualifier, unit, subject, claimant, day,
                start, end);
    }

    /** An outcome word a little before the number, nearest first, not beyond an earlier number. */
    private static OutcomeBefore outcomeBefore(List<Token> tokens, int first) {
        List<String> lower = tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
        for (int i = first - 1; i >= 0 && i >= first - OUTCOME_BEFORE_REACH; i--) {
            String w = lower.get(i);
            if (Character.isDigit(w.charAt(0)) || w.equals(";") || w.equals(".")) {
                return null;
            }
            ClaimLexicon.Cue cue = ClaimLexicon.cueAt(lower, i);
            if (cue != null && i + cue.length() <= first) {
                return new OutcomeBefore(cue.category(), tokens.get(i).start());
            }
        }
        return null;
    }

    /** {@code Rp 50 miliar lebih}: "more" written after the amount. */
    private static boolean moreAfter(List<Token> tokens, String body, int end) {
        int i = firstTokenAt(tokens, end);
        return i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("lebih")
                && (i + 1 == tokens.size() || !tokens.get(i + 1).text().equalsIgnoreCase("dari"));
    }

    /** {@code salah satu}: the word before the number makes it "one of". */
    private static boolean isOneOf(List<Token> tokens, int first) {
        return first > 0 && tokens.get(first - 1).text().equalsIgnoreCase("salah");
    }

    /** Goods and animals "diamankan" are seized, not arrested: a count of things. */
    private static boolean thingsSeized(ClaimCategory category, String unit) {
        return category == ClaimCategory.ARRESTED && unit != null && ClaimLexicon.isThing(unit);
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** A four-digit number in the range of years, written without grouping. */
    private static boolean isYear(String body, NumberMention n) {
        String written = body.substring(n.start(), n.end());
        if (n.form() != Form.DIGITS || !written.matches("\\d{4}")) {
            return false;
        }
        return n.value() >= 1800 && n.value() <= 2100;
    }

    private static boolean countsSomething(String unit) {
        return unit != null && (ClaimLexicon.isPeople(unit) || ClaimLexicon.isThing(unit));
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

    private record OutcomeBefore(ClaimCategory category, int start) {
    }
}
