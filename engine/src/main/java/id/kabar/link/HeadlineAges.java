package id.kabar.link;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The age classes a headline names ({@code Timnas U-16}, {@code Piala AFC U19}). Two reports whose headlines each
 * name an age class, none in common, are about different sides: the under-16 side's qualifiers and the under-19
 * side's friendlies share the federation, the coach's words and the schedule's wording, but not the team. A
 * headline naming several classes (the week's schedule of the senior, under-19 and under-16 sides) meets each.
 */
final class HeadlineAges {
    /** An age class: {@code U-16}, {@code U16}, {@code u-23}, as a word of its own. */
    private static final Pattern AGE_CLASS = Pattern.compile("\\b[Uu]-?(\\d{2})\\b");

    private HeadlineAges() {
    }

    /** Whether both headlines name age classes and share none. */
    static boolean apart(ArticleProfile a, ArticleProfile b) {
        return apart(of(a.title()), b);
    }

    /**
     * Whether {@code ages}, those of one headline ({@link #of}), and those {@code b}'s headline names are both some and
     * share none: an article met with each of its candidates reads its own headline once.
     */
    static boolean apart(int[] ages, ArticleProfile b) {
        if (ages.length == 0) {
            return false;
        }
        int[] other = of(b.title());
        return other.length > 0 && QuoteGrouper.intersection(ages, other) == 0;
    }

    /** The ages of the classes a headline names, ascending and distinct; none for null. */
    static int[] of(String title) {
        if (title == null) {
            return new int[0];
        }
        Matcher m = AGE_CLASS.matcher(title);
        int[] ages = new int[0];
        while (m.find()) {
            int age = Integer.parseInt(m.group(1));
            if (Arrays.binarySearch(ages, age) < 0) {
                ages = Arrays.copyOf(ages, ages.length + 1);
                ages[ages.length - 1] = age;
                Arrays.sort(ages);
            }
        }
        return ages;
    }
}
