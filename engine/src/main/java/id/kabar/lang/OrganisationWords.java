package id.kabar.lang;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words that open and close the names of organisations ({@code Kementerian Luar Negeri},
 * {@code Monash University}), read once from {@code organisation-heads.txt} and {@code organisation-tails.txt}
 * for every stage that tells organisations by them.
 */
public final class OrganisationWords {

    private static final List<String> HEAD_LINES = WordLists.read(OrganisationWords.class, "organisation-heads.txt");
    /** A region's offices written short ({@code Dishub}, {@code Disporabudpar}): heads, and institutions alone. */
    private static final Set<String> REGION_OFFICE_ACRONYMS = WordLists.set(OrganisationWords.class, "region-office-acronyms.txt");
    /** One-word heads, and the heads of several words ({@code rumah sakit}) with their first word apart. */
    private static final Set<String> HEADS = Set.copyOf(Stream.concat(REGION_OFFICE_ACRONYMS.stream(),
            HEAD_LINES.stream().filter(h -> h.indexOf(' ') < 0)).toList());
    private static final Set<String> LONG_HEADS = Set.copyOf(HEAD_LINES.stream().filter(h -> h.indexOf(' ') > 0).toList());
    private static final Set<String> LONG_HEAD_STARTS = firstWords(LONG_HEADS);
    private static final int LONGEST_HEAD = HEAD_LINES.stream().mapToInt(h -> h.split(" ").length).max().orElse(1);
    private static final Set<String> TAILS = WordLists.set(OrganisationWords.class, "organisation-tails.txt");
    /** The words closing a sports club's name ({@code Columbus Crew}), which alone still name the club. */
    private static final Set<String> CLUB_TAILS = WordLists.set(OrganisationWords.class, "club-tails.txt");
    /** The heads a hospital's name opens with, longest first ({@code rumah sakit umum} before {@code rumah sakit}). */
    private static final List<String[]> HOSPITAL_HEADS = WordLists.read(OrganisationWords.class, "hospital-heads.txt")
            .stream().map(h -> h.split(" ")).sorted(Comparator.comparingInt((String[] h) -> h.length).reversed()).toList();
    /**
     * The prefixes that make a title or a building of an office's head: {@code Kapolsek} is the head of a
     * {@code Polsek}, {@code Mapolres} its headquarters.
     */
    private static final List<String> OFFICE_PREFIXES = WordLists.read(OrganisationWords.class, "office-prefixes.txt");
    /** The heads of a ministry's bodies ({@code Direktorat}) and of ministries ({@code Kementerian}). */
    private static final Set<String> MINISTRY_BODY_HEADS = WordLists.set(OrganisationWords.class, "ministry-body-heads.txt");
    private static final Set<String> MINISTRY_HEADS = WordLists.set(OrganisationWords.class, "ministry-heads.txt");
    /** {@code negeri}: state, in a state school's or court's name before its number ({@code name-words.txt}). */
    private static final String STATE = WordLists.ofRole(WordLists.roles(OrganisationWords.class, "name-words.txt"),
            "name-words.txt", "state");
    /** The units of a body written before its name: {@code Satlantas Polresta Barelang}, {@code Fraksi Partai Demokrat}. */
    private static final Set<String> UNITS = WordLists.set(OrganisationWords.class, "organisation-units.txt");
    /** The words naming the level of a court or an office by the region it serves: {@code Pengadilan Negeri}. */
    private static final Set<String> REGION_LEVELS = WordLists.set(OrganisationWords.class, "region-levels.txt");
    /** A company's legal forms written around its name: {@code PT}, {@code Tbk}, {@code Persero}. */
    private static final Set<String> COMPANY_FORMS = WordLists.set(OrganisationWords.class, "company-forms.txt");

    private OrganisationWords() {
    }

    /** Whether a lower-case word opens an organisation's name when a capitalised word follows: {@code badan}. */
    public static boolean isHead(String lowerCase) {
        return HEADS.contains(lowerCase);
    }

    /**
     * How many words of {@code lower} from {@code at} make an organisation's head: a head of several words
     * ({@code rumah sakit}, {@code kantor pelayanan pajak}), longest first, else a one-word head; 0 when none.
     */
    public static int headLength(String[] lower, int at) {
        if (LONG_HEAD_STARTS.contains(lower[at])) {
            for (int n = Math.min(LONGEST_HEAD, lower.length - at); n >= 2; n--) {
                if (LONG_HEADS.contains(String.join(" ", Arrays.asList(lower).subList(at, at + n)))) {
                    return n;
                }
            }
        }
        return HEADS.contains(lower[at]) ? 1 : 0;
    }

    private static Set<String> firstWords(Set<String> phrases) {
        Set<String> out = new HashSet<>();
        phrases.forEach(p -> out.add(p.substring(0, p.indexOf(' '))));
        return Set.copyOf(out);
    }

    /**
     * Whether a lower-case word names the level of a court or office by the region it serves, so that the place
     * after it is the region's: {@code negeri} of {@code Pengadilan Negeri Bandung}, {@code tinggi} of {@code
     * Kejaksaan Tinggi Jawa Barat}.
     */
    public static boolean servesRegion(String lowerCase) {
        return REGION_LEVELS.contains(lowerCase);
    }

    /** Whether a lower-case word is a company's legal form, no part of its name: {@code pt}, {@code tbk}. */
    public static boolean isCompanyForm(String lowerCase) {
        return COMPANY_FORMS.contains(lowerCase);
    }

    /** Whether a lower-case word closes an organisation's name: {@code university}, {@code group}. */
    public static boolean isTail(String lowerCase) {
        return TAILS.contains(lowerCase);
    }

    /**
     * Whether a lower-case word closes a sports club's name ({@code crew}, {@code united}); unlike {@link #isTail}
     * such a word alone is no common noun but the club ("United").
     */
    public static boolean isClubTail(String lowerCase) {
        return CLUB_TAILS.contains(lowerCase);
    }

    /**
     * How many of the lower-case {@code words} are a hospital's head ({@code rumah sakit umum}, {@code rsud}) before
     * a name; 0 if none.
     */
    public static int hospitalHeadLength(List<String> words) {
        for (String[] head : HOSPITAL_HEADS) {
            if (words.size() > head.length && words.subList(0, head.length).equals(Arrays.asList(head))) {
                return head.length;
            }
        }
        return 0;
    }

    /** Whether a lower-case word alone is a hospital's head, a short one: {@code rsud}, {@code rspad}. */
    public static boolean isShortHospitalHead(String lowerCase) {
        for (String[] head : HOSPITAL_HEADS) {
            if (head.length == 1 && head[0].equals(lowerCase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation's head a lower-case title or building of its office is made from ({@code polsek} for
     * {@code kapolsek} and {@code mapolsek}); null when the word is none.
     */
    public static String officeHead(String lowerCase) {
        for (String prefix : OFFICE_PREFIXES) {
            if (lowerCase.startsWith(prefix) && HEADS.contains(lowerCase.substring(prefix.length()))) {
                return lowerCase.substring(prefix.length());
            }
        }
        return null;
    }

    /**
     * Whether a lower-case word is a region's office written short ({@code dishub}), which alone stands for the
     * office of the region the article is about.
     */
    public static boolean isRegionOfficeAcronym(String lowerCase) {
        return REGION_OFFICE_ACRONYMS.contains(lowerCase);
    }

    /** Whether a lower-case word is {@code negeri} (state), numbered after it in {@code SMK Negeri 13 Garut}. */
    public static boolean isState(String lowerCase) {
        return STATE.equals(lowerCase);
    }

    /** Whether a lower-case word names a unit of a body written before the body's name: {@code satlantas}. */
    public static boolean isUnit(String lowerCase) {
        return UNITS.contains(lowerCase);
    }

    /** Whether a lower-case word opens the name of a body of a ministry: {@code direktorat}. */
    public static boolean isMinistryBodyHead(String lowerCase) {
        return MINISTRY_BODY_HEADS.contains(lowerCase);
    }

    /** Whether a lower-case word opens the name of a ministry: {@code kementerian}. */
    public static boolean isMinistryHead(String lowerCase) {
        return MINISTRY_HEADS.contains(lowerCase);
    }
}
