package id.kabar.annotate.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Pairs quotation marks in a body. Scraped news mixes styles freely ({@code “...,"} opened curly and
 * closed straight), nests them ({@code “Bahwa "terlalu dini" hasilnya,”}) and runs quotes over several
 * paragraphs by repeating the opening mark at each paragraph start without closing the previous one: each
 * paragraph of such a quote is a span of its own, marked as going on in the next. A mark opening a paragraph
 * before a lowercase word ({@code bahan bakar\n\n"ujarnya.}) closes the quote the previous paragraph left
 * open, since a quote paragraph opens with a capital. Only the outermost pairs are returned; a straight mark's
 * direction is read from the spaces around it. A paragraph whose first double mark closes
 * ({@code Beliau adalah negarawan sejati, ...," katanya}) lost its opening mark to the page: its words from the
 * paragraph start are the quote.
 */
public final class QuotationMarks {

    private enum Family { DOUBLE, SINGLE }

    private enum Role { OPEN, CLOSE, EITHER, NONE }

    /** An opening mark not yet closed, {@code width} characters long (two single marks written for a double one). */
    private record Open(int position, Family family, int width) {
        Open(int position, Family family) {
            this(position, family, 1);
        }
    }

    private QuotationMarks() {
    }

    public static List<QuotedSpan> pair(String body) {
        List<QuotedSpan> spans = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int n = body.length();
        int paragraphStart = 0;
        boolean marked = false; // whether the paragraph has had a quotation mark yet
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\n' && isParagraphEnd(body, i)) {
                paragraphStart = nextParagraphStart(body, i);
                marked = false;
                if (!stack.isEmpty()) {
                    Open outer = stack.peekLast();
                    int next = nextParagraphStart(body, i);
                    boolean markOpens = next < n && family(body.charAt(next)) == outer.family;
                    stack.clear();
                    if (markOpens && opensLowercase(body, next + 1)) {
                        // the closing mark set in the next paragraph, before the words attributing the quote
                        spans.add(new QuotedSpan(outer.position, next, true, true, false, outer.width, 1));
                        marked = true;
                        i = next;
                        continue;
                    }
                    boolean continues = markOpens && role(body, next) != Role.CLOSE;
                    spans.add(new QuotedSpan(outer.position, trimEnd(body, i), false, true, continues, outer.width, 1));
                    if (continues) {
                        // the quote goes on in the next paragraph, from its repeated opening mark
                        stack.push(new Open(next, outer.family));
                        marked = true;
                        i = next;
                    }
                }
                continue;
            }
            Family family = family(c);
            if (family == null) {
                continue;
            }
            // two single marks written for a double one and set apart by spaces on both sides ("kult. ’’ Jadi, ada
            // ... kejutan, ’’ katanya"): one double mark, closing the one open or else opening before a capital,
            // its words starting after the second and ending before the first. Marks glued to a word are left
            // single: read as double wherever they stand, they paired across attributions in the CLICK-ID week (102
            // quotes added, several of them the attributions between two quotes)
            boolean doubledSingle = family == Family.SINGLE && standsApartDoubled(body, i)
                    && (hasOpen(stack, Family.DOUBLE) || opensUppercase(body, i + 2));
            Role role = doubledSingle ? Role.EITHER : role(body, i);
            if (role == Role.CLOSE && family == Family.DOUBLE && !hasOpen(stack, family) && opensAfterLostWord(body, i)) {
                role = Role.OPEN;
            }
            if (doubledSingle) {
                family = Family.DOUBLE;
                role = hasOpen(stack, family) ? Role.CLOSE : Role.OPEN;
            }
            if (role == Role.CLOSE && !marked && family == Family.DOUBLE && stack.isEmpty()) {
                spans.add(new QuotedSpan(paragraphStart, i, true, false, false));
            }
            marked |= role != Role.NONE;
            if (role == Role.EITHER) {
                role = hasOpen(stack, family) ? Role.CLOSE : Role.OPEN;
            }
            if (role == Role.OPEN) {
                stack.push(new Open(i, family, doubledSingle ? 2 : 1));
            } else if (role == Role.CLOSE && hasOpen(stack, family)) {
                Open opened = stack.pop();
                while (opened.family != family) {
                    opened = stack.pop();
                }
                if (stack.isEmpty()) {
                    spans.add(new QuotedSpan(opened.position, i, true, true, false, opened.width, doubledSingle ? 2 : 1));
                }
            }
            if (doubledSingle) {
                i++; // the second mark of the pair is read with the first
            }
        }
        if (!stack.isEmpty()) {
            spans.add(new QuotedSpan(stack.peekLast().position, trimEnd(body, n), false, true, false, stack.peekLast().width, 1));
        }
        return spans;
    }

    private static boolean hasOpen(Deque<Open> stack, Family family) {
        for (Open o : stack) {
            if (o.family == family) {
                return true;
            }
        }
        return false;
    }

    private static Family family(char c) {
        return switch (c) {
            case '“', '”', '"', '„', '«', '»' -> Family.DOUBLE;
            case '‘', '’', '\'' -> Family.SINGLE;
            default -> null;
        };
    }

    /** Whether the mark at {@code i} opens or closes, judged by the mark itself and the characters around it. */
    private static Role role(String body, int i) {
        char c = body.charAt(i);
        char before = i > 0 ? body.charAt(i - 1) : ' ';
        char after = i + 1 < body.length() ? body.charAt(i + 1) : ' ';
        boolean spaceBefore = isSpace(before) || "([{“‘\"'«—–-".indexOf(before) >= 0;
        boolean spaceAfter = isSpace(after) || ".,;:!?)]}”’\"'»—–-".indexOf(after) >= 0;
        boolean letterBefore = Character.isLetterOrDigit(before);
        boolean letterAfter = Character.isLetterOrDigit(after);
        switch (c) {
            case '“', '„', '«':
                // a curly opener written where a closer belongs: “...katakan,“ kata Peskov
                return !spaceBefore && spaceAfter ? Role.CLOSE : Role.OPEN;
            case '”', '»':
                return spaceBefore && !spaceAfter ? Role.EITHER : Role.CLOSE;
            case '"':
                if (spaceBefore && !spaceAfter) {
                    return Role.OPEN;
                }
                if (!spaceBefore && spaceAfter) {
                    return Role.CLOSE;
                }
                return Role.EITHER;
            case '‘':
                return Role.OPEN;
            case '’', '\'':
                if (letterBefore && letterAfter) {
                    return Role.NONE; // an apostrophe: Jum'at, Qur’an
                }
                if (spaceBefore && letterAfter) {
                    return c == '’' ? Role.EITHER : Role.OPEN;
                }
                return !spaceBefore && !letterAfter ? Role.CLOSE : Role.NONE;
            default:
                return Role.NONE;
        }
    }

    /**
     * Whether a double mark that reads as closing, none being open, opens a quote whose first word the page lost: it
     * follows a sentence's end and a comma ({@code .,"}), words follow it on its line past spaces and commas, and the
     * next double mark of the paragraph closes. Kompas.com's {@code ... Nissan mengklaim akan memberikan , tersendiri.,"
     * , kami memberikan garansi selama delapan tahun atau 160.000 kilimeter (km), tanpa ada pengurangan performa," kata
     * Senior Manager R&D NMI Jauhari Adzannis} (10 September 2019): read as closing, the paragraph from its start was a
     * quote that lost its opening, and the words said were no quote. A closing mark after a sentence's end is followed
     * by its attribution and no closing mark ({@code ... menahan sakit...," tulis Ria.}), or by another mark
     * ({@code ... organ tubuh lain.,"," tulis Ria Irawan}).
     */
    static boolean opensAfterLostWord(String body, int i) {
        if (i < 2 || family(body.charAt(i)) != Family.DOUBLE || body.charAt(i - 1) != ','
                || ".!?".indexOf(body.charAt(i - 2)) < 0) {
            return false;
        }
        int j = i + 1;
        while (j < body.length() && (body.charAt(j) == ',' || body.charAt(j) != '\n' && isSpace(body.charAt(j)))) {
            j++;
        }
        if (j >= body.length() || !Character.isLetterOrDigit(body.charAt(j))) {
            return false;
        }
        for (int k = j; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '\n' && isParagraphEnd(body, k)) {
                return false;
            }
            if (family(c) == Family.DOUBLE) {
                return role(body, k) == Role.CLOSE;
            }
        }
        return false;
    }

    /** Whether two single marks stand at {@code i} and {@code i + 1} with a space on either side of the pair. */
    private static boolean standsApartDoubled(String body, int i) {
        return i > 0 && i + 2 < body.length() && family(body.charAt(i + 1)) == Family.SINGLE
                && isSpace(body.charAt(i - 1)) && isSpace(body.charAt(i + 2));
    }

    /**
     * Whether the first letter from {@code from}, past spaces, is an uppercase one: a quote opens with a capital, while
     * a pair of marks opening a paragraph before {@code ujar} closes the quote of the paragraph before (five such
     * pairs in the CLICK-ID week).
     */
    private static boolean opensUppercase(String body, int from) {
        int j = pastSpaces(body, from);
        return j < body.length() && Character.isUpperCase(body.charAt(j));
    }

    /** Whether the first letter from {@code from}, past spaces, is a lowercase one. */
    private static boolean opensLowercase(String body, int from) {
        int j = pastSpaces(body, from);
        return j < body.length() && Character.isLowerCase(body.charAt(j));
    }

    private static int pastSpaces(String body, int from) {
        int j = from;
        while (j < body.length() && isSpace(body.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Whitespace including the no-break spaces scraped pages are full of. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A blank line ends a paragraph; a single line break inside one ("dan \n mampu") does not end a quote. */
    private static boolean isParagraphEnd(String body, int newline) {
        int j = newline + 1;
        while (j < body.length() && body.charAt(j) != '\n' && isSpace(body.charAt(j))) {
            j++;
        }
        return j >= body.length() || body.charAt(j) == '\n';
    }

    private static int nextParagraphStart(String body, int newline) {
        int j = newline;
        while (j < body.length() && isSpace(body.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int trimEnd(String body, int end) {
        int j = end;
        while (j > 0 && isSpace(body.charAt(j - 1))) {
            j--;
        }
        return j;
    }
}
