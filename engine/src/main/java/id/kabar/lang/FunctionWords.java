package id.kabar.lang;

import java.util.Map;

/**
 * The function words the annotators read a sentence's structure by ({@code function-words.txt}): the conjunction
 * {@code dan}, the relative {@code yang}, the prepositions {@code dari}, {@code oleh}, {@code di}, ... Each is asked
 * for by its role, so a rule says what it looks for ({@link #isAnd}) and the word itself is written once.
 */
public final class FunctionWords {
    private static final Map<String, String> BY_ROLE = WordLists.roles(FunctionWords.class, "function-words.txt");

    /** {@code dan}: joins the items of a list or two clauses. */
    public static final String AND = word("and");
    /** {@code yang}: opens a relative clause. */
    public static final String RELATIVE = word("relative");
    /** {@code dari}: from, or of which whole. */
    public static final String FROM = word("from");
    /** {@code oleh}: marks the agent of a passive verb. */
    public static final String AGENT = word("agent");
    /** {@code bahwa}: opens a reported clause. */
    public static final String THAT = word("that");
    /** {@code di}: at a place. */
    public static final String AT = word("at");
    /** {@code ke}: towards; opens an ordinal written apart. */
    public static final String TO = word("to");
    /** {@code kepada}: names whom a speaker addresses. */
    public static final String ADDRESSEE = word("addressee");
    /** {@code pada}: on a day, at an occasion. */
    public static final String ON = word("on");
    /** {@code atas}: on, over. */
    public static final String OVER = word("over");
    /** {@code lebih}: more. */
    public static final String MORE = word("more");
    /** {@code ini}: this. */
    public static final String THIS = word("this");
    /** {@code menurut}: according to. */
    public static final String ACCORDING = word("according");
    /** {@code seperti}: like, before the examples of a kind. */
    private static final String LIKE = word("like");
    /** {@code lainnya}: the others, closing a kind named after its examples. */
    private static final String OTHERS = word("others");
    /** {@code nya}: the enclitic glued to the end of a word ({@code katanya}). */
    public static final String ENCLITIC = word("enclitic");
    /** {@code salah}, of {@code salah satu}: one of. */
    private static final String ONE_OF = word("one_of");
    /** {@code terdiri}, of {@code terdiri atas}: consisting of. */
    private static final String CONSISTS = word("consists");
    /** {@code demikian}: thus, pointing back at a quote. */
    private static final String THUS = word("thus");
    /** {@code hal}, of {@code hal itu}: the matter just said. */
    private static final String MATTER = word("matter");
    /** {@code per} and {@code demi}, of {@code satu per satu}, {@code satu demi satu}: one by one. */
    private static final String PER = word("per");
    private static final String BY_ONE = word("by_one");
    /** {@code dalam}: within, framing a count of one ({@code dalam satu laga}). */
    private static final String WITHIN = word("within");
    /** {@code pun}, of {@code satu gol pun}: not even one. */
    private static final String EVEN = word("even");

    private FunctionWords() {
    }

    /** Whether a lower-case word is {@code dan}. */
    public static boolean isAnd(String lowerCase) {
        return AND.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code yang}. */
    public static boolean isRelative(String lowerCase) {
        return RELATIVE.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code dari}. */
    public static boolean isFrom(String lowerCase) {
        return FROM.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code oleh}. */
    public static boolean isAgent(String lowerCase) {
        return AGENT.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code bahwa}. */
    public static boolean isThat(String lowerCase) {
        return THAT.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code di}. */
    public static boolean isAt(String lowerCase) {
        return AT.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code ke}. */
    public static boolean isTo(String lowerCase) {
        return TO.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code kepada}. */
    public static boolean isAddressee(String lowerCase) {
        return ADDRESSEE.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code pada}. */
    public static boolean isOn(String lowerCase) {
        return ON.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code atas}. */
    public static boolean isOver(String lowerCase) {
        return OVER.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code lebih}. */
    public static boolean isMore(String lowerCase) {
        return MORE.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code ini}. */
    public static boolean isThis(String lowerCase) {
        return THIS.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code menurut}. */
    public static boolean isAccording(String lowerCase) {
        return ACCORDING.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code seperti}: like, before the examples of a kind. */
    public static boolean isLike(String lowerCase) {
        return LIKE.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code lainnya}: the others, closing a kind named after its examples. */
    public static boolean isOthers(String lowerCase) {
        return OTHERS.equals(lowerCase);
    }

    /** Whether a lower-case word opens {@code salah satu}, one of. */
    public static boolean isOneOf(String lowerCase) {
        return ONE_OF.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code terdiri}, of {@code terdiri atas}: consisting of. */
    public static boolean isConsisting(String lowerCase) {
        return CONSISTS.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code demikian}: thus, pointing back at a quote. */
    public static boolean isThus(String lowerCase) {
        return THUS.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code hal}, of {@code hal itu}: the matter just said. */
    public static boolean isMatter(String lowerCase) {
        return MATTER.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code per} or {@code demi}, of {@code satu per satu}: one by one. */
    public static boolean isOneByOne(String lowerCase) {
        return PER.equals(lowerCase) || BY_ONE.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code dalam}: within. */
    public static boolean isWithin(String lowerCase) {
        return WITHIN.equals(lowerCase);
    }

    /** Whether a lower-case word is {@code pun}, of {@code satu gol pun}: not even one. */
    public static boolean isEven(String lowerCase) {
        return EVEN.equals(lowerCase);
    }

    /** Whether a lower-case word ends with the enclitic {@code -nya} (or is it): {@code katanya}. */
    public static boolean hasEnclitic(String lowerCase) {
        return lowerCase.endsWith(ENCLITIC);
    }

    /** A lower-case word without its enclitic {@code -nya}: {@code kata} of {@code katanya}; the word must have it. */
    public static String withoutEnclitic(String lowerCase) {
        return lowerCase.substring(0, lowerCase.length() - ENCLITIC.length());
    }

    private static String word(String role) {
        return WordLists.ofRole(BY_ROLE, "function-words.txt", role);
    }
}
