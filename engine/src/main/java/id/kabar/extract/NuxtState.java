package id.kabar.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state a Nuxt page hands its scripts written as a function's call, each value the state repeats passed once as an
 * argument and named in the state by its parameter: {@code window.__NUXT__=(function(a,b,c,d,e){return
 * {data:[{article:{publishedAt:e,...}}]}}(true,null,"Jakarta","Metro","2025-06-04T09:30:00+07:00"));}. Read in one pass
 * over the script, its strings skipped, so a brace or a comma inside one is no boundary.
 */
final class NuxtState {
    /** The state's function and its parameters, up to the brace that opens its body. */
    private static final Pattern FUNCTION = Pattern.compile("__NUXT__\\s*=\\s*\\(?\\s*function\\s*\\(([\\w$,\\s]*)\\)\\s*\\{");
    private static final Pattern PARAMETER_SEPARATOR = Pattern.compile("\\s*,\\s*");
    /** The four hexadecimal digits of a {@code \\u} escape ({@code \\u002F}); a malformed one reads as the letters after its backslash. */
    private static final Pattern HEX4 = Pattern.compile("[0-9a-fA-F]{4}");

    private NuxtState() {
    }

    /** Each parameter of the script's Nuxt state function with the argument the call passes it, strings unquoted; empty if none. */
    static Map<String, String> arguments(String script) {
        Matcher m = FUNCTION.matcher(script);
        if (!m.find()) {
            return Map.of();
        }
        List<String> parameters = List.of(PARAMETER_SEPARATOR.split(m.group(1).strip()));
        int bodyEnd = closing(script, m.end() - 1);
        int open = bodyEnd < 0 ? -1 : skipSpaces(script, bodyEnd + 1);
        if (open < 0 || open >= script.length() || script.charAt(open) != '(') {
            return Map.of();
        }
        Map<String, String> arguments = new HashMap<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < script.length() && arguments.size() < parameters.size(); i++) {
            char c = script.charAt(i);
            if (c == '"' || c == '\'') {
                i = stringEnd(script, i);
                if (i < 0) {
                    return Map.of();
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ',' || c == ')' || c == ']' || c == '}') && depth > 0) {
                depth -= c == ',' ? 0 : 1;
            } else if (c == ',' || c == ')') {
                arguments.put(parameters.get(arguments.size()), value(script.substring(start, i).strip()));
                start = i + 1;
                if (c == ')') {
                    break;
                }
            }
        }
        return arguments;
    }

    /** A string argument without its quotes and with its escapes read; any other argument as written. */
    private static String value(String argument) {
        if (argument.length() < 2 || argument.charAt(0) != '"' && argument.charAt(0) != '\'') {
            return argument;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < argument.length() - 1; i++) {
            char c = argument.charAt(i);
            if (c != '\\' || i + 1 >= argument.length() - 1) {
                text.append(c);
            } else if (argument.charAt(i + 1) == 'u' && i + 5 < argument.length() - 1
                    && HEX4.matcher(argument).region(i + 2, i + 6).matches()) {
                text.append((char) Integer.parseInt(argument.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                text.append(argument.charAt(++i));
            }
        }
        return text.toString();
    }

    /** The index of the brace that closes the one at {@code open}, strings skipped; -1 if it is not closed. */
    private static int closing(String script, int open) {
        int depth = 0;
        for (int i = open; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '"' || c == '\'') {
                i = stringEnd(script, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the quote closing the string opened at {@code quote}; -1 if the script ends inside it. */
    private static int stringEnd(String script, int quote) {
        char q = script.charAt(quote);
        for (int i = quote + 1; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == q) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String script, int from) {
        int i = from;
        while (i < script.length() && Character.isWhitespace(script.charAt(i))) {
            i++;
        }
        return i;
    }
}
