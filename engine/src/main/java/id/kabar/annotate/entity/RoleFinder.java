package id.kabar.annotate.entity;

import id.kabar.annotate.text.Token;
import id.kabar.lang.RoleWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Finds the job title written next to a person: before the name ({@code juru bicara Kremlin, Dmitry Peskov},
 * {@code Presiden Rusia Vladimir Putin}, {@code penasihat presiden Ukraina Mykhailo Podolyak}) or after it
 * ({@code Dmitry Peskov selaku juru bicara}, {@code Vladimir Medinsky, kepala delegasi Rusia, mengatakan}).
 *
 * <p>A title opens with a head word from {@code role-heads.txt} and goes on over title words
 * ({@code role-words.txt}), capitalised words and the names of places and organisations; it stops at anything
 * else. A title after a comma that runs straight into another person's name belongs to that person.
 */
final class RoleFinder {
    private static final int MAX_WORDS = 8;
    private static final Set<String> LINKS = WordLists.set(WordLists.class, "role-links.txt");

    /**
     * The title attached to the person at tokens {@code [start, end)}, as written in {@code body}, or null.
     * {@code types[i]} is the entity type of token i (null outside any name).
     */
    String roleOf(String body, List<Token> tokens, String[] lower, EntityType[] types, int start, int end) {
        String before = before(body, tokens, lower, types, start);
        return before != null ? before : after(body, tokens, lower, types, end);
    }

    private String before(String body, List<Token> tokens, String[] lower, EntityType[] types, int start) {
        int j = start - 1;
        if (j >= 0 && lower[j].equals(",")) {
            j--;
        }
        int last = j;
        int opening = -1;
        for (int steps = 0; j >= 0 && steps < MAX_WORDS; j--, steps++) {
            if (isBracketedWord(lower, j - 2, j)) {
                if (types[j - 1] == EntityType.PER) {
                    break; // "para presiden (Volodymyr) Zelenskyy": a name in brackets, no body's short form
                }
                j -= 2; // "Gubernur Bank Indonesia (BI) Agus Martowardojo"
                continue;
            }
            if (!continuesTitle(tokens, lower, types, j)) {
                break;
            }
            if (types[j] == null && RoleWords.isHead(lower[j])) {
                opening = j; // a head inside a name ("Direktorat Jenderal ...") opens no title
            }
        }
        if (opening < 0) {
            return null;
        }
        return body.substring(tokens.get(opening).start(), tokens.get(last).end());
    }

    private String after(String body, List<Token> tokens, String[] lower, EntityType[] types, int end) {
        int j = end;
        boolean comma = j < tokens.size() && lower[j].equals(",");
        if (comma) {
            j++;
        }
        if (j < tokens.size() && LINKS.contains(lower[j])) {
            j++;
        }
        if (j >= tokens.size() || !RoleWords.isHead(lower[j])) {
            return null;
        }
        int first = j;
        while (j < tokens.size() && j - first < MAX_WORDS) {
            if (isBracketedWord(lower, j, j + 2)) {
                j += 3;
            } else if (continuesTitle(tokens, lower, types, j)) {
                j++;
            } else {
                break;
            }
        }
        if (j < tokens.size() && types[j] == EntityType.PER) {
            return null; // "X, Presiden Prancis Emmanuel Macron": the title is Macron's
        }
        return body.substring(tokens.get(first).start(), tokens.get(j - 1).end());
    }

    /** "( BI )": one word in brackets, from {@code open} to {@code close}. */
    private static boolean isBracketedWord(String[] lower, int open, int close) {
        return open >= 0 && close < lower.length && lower[open].equals("(") && lower[close].equals(")")
                && Character.isLetter(lower[open + 1].charAt(0));
    }

    private boolean continuesTitle(List<Token> tokens, String[] lower, EntityType[] types, int i) {
        if (types[i] == EntityType.PER) {
            return false;
        }
        if (types[i] != null || RoleWords.isTitleWord(lower[i])) {
            return true;
        }
        String t = tokens.get(i).text();
        return Character.isUpperCase(t.charAt(0)) && Character.isLetter(t.charAt(0)) && i > 0;
    }
}
