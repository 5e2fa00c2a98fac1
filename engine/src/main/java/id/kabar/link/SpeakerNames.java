package id.kabar.link;

import id.kabar.annotate.entity.Gazetteer;
import id.kabar.lang.Honorifics;
import id.kabar.lang.RoleWords;
import id.kabar.lang.Spelling;
import id.kabar.lang.Whitespace;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who said a quote, as one name across outlets: the fullest name an article gives its speaker
 * ({@code Simon} is {@code Simon McMenemy}, {@code Menpora Imam} is {@code Imam Nahrawi}), a listed
 * nickname or acronym by its listed name ({@code Jokowi} is {@code Joko Widodo}, {@code BI} is
 * {@code Bank Indonesia}), compared so that a surname alone, a first name alone or a title before the
 * name still meet ({@code Mahfud} and {@code Mahfud MD}, {@code Saut Situmorang} and
 * {@code Thony Saut Situmorang}).
 */
final class SpeakerNames {
    /** Letters from which a name may be respelt by one letter: {@code Budiarto}, not {@code Ali}. */
    static final int MIN_RESPELT = 6;
    /** Letters from which a lone name may cut a first name short: {@code Alex}, not {@code Al} or {@code Adi}. */
    static final int MIN_SHORT_FORM = 4;
    /**
     * Letters from which a single name may cut another single name short ({@code Taufiq} for {@code Taufiqulhadi},
     * 16 September 2019): with no second name to agree, four letters begin too many names ({@code Agus} and
     * {@code Agustinus}, {@code Nova} and {@code Novanto}).
     */
    static final int MIN_SINGLE_SHORT_FORM = 5;

    /**
     * Letters from which a lone name may be one word of another speaker's name with two neighbouring letters swapped:
     * tempo.co writes {@code kata Asrul} where the other reports of the same day name Arsul Sani (10 September 2019).
     * Read only where two renderings are the same words ({@link QuoteGrouper}); shorter names swap into other names.
     */
    static final int MIN_SWAPPED = 5;

    private SpeakerNames() {
    }

    /** The fullest name of the speaker in its article, folded ({@link NameKeys#fold}); null if unknown. */
    static String key(String speaker, List<Entity> entities) {
        if (speaker == null || NameKeys.fold(speaker).isEmpty()) {
            return null;
        }
        String name = listed(speaker);
        if (name == null) {
            Entity e = entityNamed(speaker, entities);
            name = e == null ? speaker : listedOr(e.name());
        }
        String key = NameKeys.fold(name);
        return key.contains(" ") ? key : fullNameOfShortForm(key, entities);
    }

    /**
     * The job title the article gives the person it names as the speaker, folded ({@code menteri koordinator bidang
     * perekonomian} for {@code Darmin Nasution}), the first of several; null for a speaker the article gives none or
     * names by the title alone.
     */
    static String role(String speaker, List<Entity> entities) {
        if (speaker == null || NameKeys.fold(speaker).isEmpty()) {
            return null;
        }
        Entity e = entityNamed(speaker, entities);
        return e == null || e.type() != EntityType.PER || e.roles().isEmpty() ? null : NameKeys.fold(e.roles().get(0));
    }

    /**
     * The one full name of the article whose first name a lone name cuts short ({@code Alex} for
     * {@code Alexander Marwata}, quoted under both in one article); the lone name if none or several.
     */
    private static String fullNameOfShortForm(String key, List<Entity> entities) {
        if (key.length() < MIN_SHORT_FORM) {
            return key;
        }
        String full = null;
        for (Entity e : entities) {
            String name = NameKeys.fold(e.name());
            if (e.type() == EntityType.PER && name.contains(" ") && name.startsWith(key)) {
                if (full != null && !full.equals(name)) {
                    return key;
                }
                full = name;
            }
        }
        return full == null ? key : full;
    }

    /**
     * Whether two speaker keys name one speaker: the same last word, or one's words all in the other's,
     * words compared as {@link #alike} ({@code Achmad Budiarto} and {@code Achmad Budiharto}), or a lone
     * name that cuts the other's first name short ({@code Alex} and {@code Alexander Marwata}, in two
     * outlets' reports of one interview).
     */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true; // the common case when quotes meet under their speaker's words: no need to split
        }
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        return alike(x[x.length - 1], y[y.length - 1]) || within(x, y) || within(y, x)
                || shortForm(x, y) || shortForm(y, x);
    }

    /**
     * Whether {@code lone} is one name of {@link #MIN_SHORT_FORM} letters or more that begins {@code full}'s first, or
     * its only name when longer: kompas.com calls the driver {@code Tavip} whom tempo.co names {@code Tavipuddin}
     * (16 September 2019).
     */
    private static boolean shortForm(String[] lone, String[] full) {
        int min = full.length == 1 ? MIN_SINGLE_SHORT_FORM : MIN_SHORT_FORM;
        return lone.length == 1 && lone[0].length() >= min && full[0].length() > lone[0].length()
                && full[0].startsWith(lone[0]);
    }

    /** Whether two speaker keys share a word of {@link #MIN_RESPELT} letters or more, alike ({@link #alike}). */
    static boolean shareLongWord(String a, String b) {
        for (String x : a.split(" ")) {
            for (String y : b.split(" ")) {
                if (x.length() >= MIN_RESPELT && alike(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether one speaker key is a lone name of {@link #MIN_SWAPPED} letters or more that is a word of the other with
     * two neighbouring letters swapped, its first letter kept ({@code asrul} and {@code arsul sani}).
     */
    static boolean loneNameSwapped(String a, String b) {
        return swappedWithin(a, b) || swappedWithin(b, a);
    }

    private static boolean swappedWithin(String lone, String full) {
        if (lone.length() < MIN_SWAPPED || lone.indexOf(' ') >= 0) {
            return false;
        }
        for (String word : full.split(" ")) {
            if (word.length() == lone.length() && word.charAt(0) == lone.charAt(0) && neighboursSwapped(lone, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of {@code part} is alike some word of {@code whole}. */
    private static boolean within(String[] part, String[] whole) {
        for (String p : part) {
            boolean found = false;
            for (String w : whole) {
                found |= alike(p, w);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * One word, or one spelling of a long name off by one letter or one swap ({@code Indriyanto} and
     * {@code Indiryanto}) once its variant letters are unified ({@link Spelling}); short words
     * must be equal ({@code Ali} and {@code Adi} are two people).
     */
    static boolean alike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < MIN_RESPELT) {
            return false;
        }
        // the old letters and y for i are one spelling first: Susianty is then one letter from Susiyanti
        String x = Spelling.unified(a);
        String y = Spelling.unified(b);
        return x.charAt(0) == y.charAt(0) && Math.abs(x.length() - y.length()) <= 1 && editsAtMostOne(x, y);
    }

    /** One insertion, deletion, substitution or swap of neighbours turns one word into the other. */
    private static boolean editsAtMostOne(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        String ra = a.substring(Math.min(i + 1, a.length()));
        String rb = b.substring(Math.min(i + 1, b.length()));
        if (a.length() == b.length()) {
            return neighboursSwapped(a, b) || ra.equals(rb);
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i))
                : b.substring(i + 1).equals(a.substring(i));
    }

    /** Whether two words of one length differ only by two neighbouring letters swapped ({@code asrul}, {@code arsul}). */
    private static boolean neighboursSwapped(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /**
     * The words a speaker key is found by: its first and its last (a first name alone, a surname alone), and
     * the first word cut to {@link #MIN_SHORT_FORM} letters, so that {@code Alex} meets {@code Alexander Marwata}.
     */
    static List<String> indexWords(String key) {
        String[] w = key.split(" ");
        List<String> words = new ArrayList<>(List.of(w[0]));
        if (w.length > 1) {
            words.add(w[w.length - 1]);
        }
        if (w[0].length() > MIN_SHORT_FORM) {
            words.add(w[0].substring(0, MIN_SHORT_FORM));
        }
        return words;
    }

    /** The article's entity written as the speaker, or as the speaker's last word ({@code Menpora Imam}). */
    private static Entity entityNamed(String speaker, List<Entity> entities) {
        String whole = NameKeys.fold(speaker);
        String last = whole.substring(whole.lastIndexOf(' ') + 1);
        Entity byLast = null;
        for (Entity e : entities) {
            for (String form : forms(e)) {
                String f = NameKeys.fold(form);
                if (f.equals(whole)) {
                    return e;
                }
                if (byLast == null && f.equals(last)) {
                    byLast = e;
                }
            }
        }
        return byLast;
    }

    private static List<String> forms(Entity e) {
        return e.mentions() == null ? List.of(e.name()) : Stream.concat(Stream.of(e.name()), e.mentions().stream()).toList();
    }

    /**
     * The listed name of a speaker written as a nickname or acronym, whole or as its last word, a person's only after a
     * title or words of the listed name ({@code Presiden Jokowi}); else null. A given name of someone else before a
     * person's nickname is another person: tempo.co's {@code Gibran Jokowi} is the president's son, not Joko Widodo
     * (CLICK-ID week, 10-16 September 2019).
     */
    private static String listed(String speaker) {
        Gazetteer names = Gazetteer.standard();
        Gazetteer.Name whole = names.lookup(speaker);
        if (whole != null) {
            return whole.canonical();
        }
        String[] words = Whitespace.split(speaker.strip());
        Gazetteer.Name last = words.length > 1 ? names.lookup(words[words.length - 1]) : null;
        if (last == null || last.type() != EntityType.PER) {
            return last == null ? null : last.canonical();
        }
        String full = NameKeys.fold(last.canonical());
        for (int i = 0; i < words.length - 1; i++) {
            String word = NameKeys.fold(words[i]);
            if (!word.isEmpty() && !Honorifics.isHonorific(word) && !RoleWords.isTitleWord(word)
                    && !NameKeys.within(word, full)) {
                return null;
            }
        }
        return last.canonical();
    }

    private static String listedOr(String name) {
        String listed = listed(name);
        return listed == null ? name : listed;
    }
}
