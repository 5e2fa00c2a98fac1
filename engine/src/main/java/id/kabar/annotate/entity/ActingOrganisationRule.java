package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.ReportingVerbs;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A company, a club or a platform is an organisation wherever the article shows it as one, however the model typed
 * it. A name the model read as a person or a place is a company after a word that never owns a name ("maskapai
 * Condor"), a group after a word for its members ("personel Blackpink") or as an example of a kind of organisation
 * ("layanan streaming seperti Spotify dan YouTube", "Spotify dan layanan streaming lainnya", "beberapa klub seperti
 * Melaka"). A platform, no name where something is posted on it
 * ("unggahan di Twitter", "Bolton melalui Twitter menjelaskan"), is the company behind it where it acts: the
 * subject of a verb ("YouTube menyatakan bahwa ...", "Facebook juga mengungkapkan"), after a word naming its people
 * or offices ("perwakilan Facebook Asia Pasifik", the region its office serves no place of the story), or listed
 * with organisations ("selain Facebook adalah Telegram, Twitter, dan Google"). The names so shown are read first
 * over the whole article; then every mention of them is the organisation. A name the lists know keeps its type.
 */
final class ActingOrganisationRule implements ArticleRule {
    /** Social platforms and streaming services, no names unless they act ({@code platforms.txt}). */
    static final Set<String> PLATFORMS = WordLists.set(WordLists.class, "platforms.txt");
    /** Words right before a name saying it is a company ({@code organisation-cues.txt}). */
    private static final Set<String> ORGANISATION_CUES = WordLists.set(WordLists.class, "organisation-cues.txt");
    /** Words for the members of a group, followed by the group ({@code member-cues.txt}): {@code personel}. */
    private static final Set<String> MEMBER_CUES = WordLists.set(WordLists.class, "member-cues.txt");
    /** Kinds of organisation whose examples follow {@code seperti} ({@code organisation-kinds.txt}). */
    private static final Set<String> ORGANISATION_KINDS = WordLists.set(WordLists.class, "organisation-kinds.txt");
    /** Words right before a platform saying it is the company behind it ({@code platform-cues.txt}). */
    private static final Set<String> PLATFORM_CUES = WordLists.set(WordLists.class, "platform-cues.txt");
    /** Words right before a platform saying it is where something was posted ({@code platform-places.txt}). */
    private static final Set<String> PLATFORM_PLACES = WordLists.set(WordLists.class, "platform-places.txt");
    /** Words after a platform saying it is the subject acting ({@code acting-words.txt}). */
    private static final Set<String> ACTING_WORDS = WordLists.set(WordLists.class, "acting-words.txt");
    /**
     * The most words between a kind of organisation and {@code seperti} or {@code lainnya}: "layanan streaming
     * seperti", "raksasa teknologi, seperti" (CNN Indonesia, 24 September 2017; CLICK-ID, 10-16 September 2019);
     * more is a clause of its own.
     */
    private static final int MAX_KIND_GAP = 2;

    private final Gazetteer gazetteer;

    ActingOrganisationRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(List<String[]> sentences, List<String[]> lowered, List<BioTag[]> tags) {
        Set<String> organisations = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            String[] lower = lowered.get(s);
            boolean example = false; // the name at hand continues a list of examples of a kind
            for (int i = 0; i < words.length; i++) {
                int end = nameEnd(words, lower, t, i);
                if (end < 0) {
                    example &= isListJoint(lower[i]);
                    continue;
                }
                boolean platform = isPlatformAt(words, lower, i);
                example |= isExampleOfKind(lower, i);
                if (example || isCued(lower, i, platform) || isGroupOfMembers(lower, t, i, end)
                        || kindClosesAfter(lower, end) || platform && actsAt(words, lower, t, i, end)) {
                    organisations.add(key(lower, i, platform ? i + 1 : end));
                }
                i = end - 1;
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            BioTag[] t = tags.get(s);
            String[] lower = lowered.get(s);
            for (int i = 0; i < words.length; i++) {
                int end = nameEnd(words, lower, t, i);
                if (end < 0) {
                    continue;
                }
                boolean platform = isPlatformAt(words, lower, i);
                if (platform && !organisations.contains(lower[i]) && end == i + 1) {
                    t[i] = BioTag.O; // where something was posted: "unggahan di Twitter"
                } else if (platform && organisations.contains(lower[i])) {
                    // the region an office of the platform serves names the office, one with the platform: "Facebook
                    // Asia Pasifik" and "Facebook Indonesia" are Facebook
                    int office = i + 1 < words.length && t[i + 1].isBegin() && t[i + 1].type() == EntityType.LOC
                            ? BioTag.spanEnd(t, i + 1) : i + 1;
                    BioTag.clearSpan(t, i, office);
                    BioTag.setSpan(t, i, i + 1, EntityType.ORG);
                    end = office;
                } else if (organisations.contains(key(lower, i, end))) {
                    BioTag.setSpan(t, i, end, EntityType.ORG);
                }
                i = end - 1;
            }
        }
    }

    /**
     * Where the name at {@code i} ends, or -1: a person's or place's span the lists do not know, or a capitalised
     * platform's name.
     */
    private int nameEnd(String[] words, String[] lower, BioTag[] t, int i) {
        if (isPlatformAt(words, lower, i) && !t[i].isInside()) {
            return t[i].isBegin() ? BioTag.spanEnd(t, i) : i + 1;
        }
        if (!t[i].isBegin() || t[i].type() == EntityType.ORG) {
            return -1;
        }
        int end = BioTag.spanEnd(t, i);
        return gazetteer.lookup(String.join(" ", Arrays.copyOfRange(words, i, end))) == null ? end : -1;
    }

    private static boolean isPlatformAt(String[] words, String[] lower, int i) {
        return Character.isUpperCase(words[i].charAt(0)) && PLATFORMS.contains(lower[i]);
    }

    private static boolean isCued(String[] lower, int i, boolean platform) {
        return i > 0 && (ORGANISATION_CUES.contains(lower[i - 1]) || platform && PLATFORM_CUES.contains(lower[i - 1]));
    }

    /**
     * Whether the name at {@code [i, end)} is the group its members belong to: after a word for them ("personel
     * Blackpink"), a place's span or one word, as a person's longer span there may hold a member's name.
     */
    private static boolean isGroupOfMembers(String[] lower, BioTag[] t, int i, int end) {
        return i > 0 && MEMBER_CUES.contains(lower[i - 1]) && (t[i].type() == EntityType.LOC || end == i + 1);
    }

    /** Whether {@code seperti} before {@code i} follows a kind of organisation: "layanan streaming seperti Spotify". */
    private static boolean isExampleOfKind(String[] lower, int i) {
        int like = i - 1;
        if (like > 0 && lower[like].equals(",")) {
            like--;
        }
        if (like < 1 || !FunctionWords.isLike(lower[like])) {
            return false;
        }
        for (int j = like - 1; j >= Math.max(0, like - 1 - MAX_KIND_GAP); j--) {
            if (ORGANISATION_KINDS.contains(lower[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListJoint(String lower) {
        return lower.equals(",") || FunctionWords.isAnd(lower);
    }

    /** Whether a kind closed by {@code lainnya} follows the name after {@code dan}: "Spotify dan layanan streaming lainnya". */
    private static boolean kindClosesAfter(String[] lower, int end) {
        if (end + 2 >= lower.length || !FunctionWords.isAnd(lower[end]) || !ORGANISATION_KINDS.contains(lower[end + 1])) {
            return false;
        }
        for (int j = end + 2; j <= Math.min(lower.length - 1, end + 1 + MAX_KIND_GAP); j++) {
            if (FunctionWords.isOthers(lower[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the platform at {@code [start, end)} acts: not where something was posted ("melalui Twitter"), and the
     * subject of a verb ("YouTube menyatakan", "Facebook juga ...") or listed with organisations ("Telegram,
     * Twitter, dan Google").
     */
    private static boolean actsAt(String[] words, String[] lower, BioTag[] t, int start, int end) {
        if (start > 0 && PLATFORM_PLACES.contains(lower[start - 1])) {
            return false;
        }
        return end < lower.length && (ACTING_WORDS.contains(lower[end]) || ReportingVerbs.use(lower[end]) != null)
                || listedOrganisation(words, lower, t, end, 1) || listedOrganisation(words, lower, t, start - 1, -1);
    }

    /** Walks a list from {@code at} in {@code step}'s direction, over joints and other platforms, to an organisation. */
    private static boolean listedOrganisation(String[] words, String[] lower, BioTag[] t, int at, int step) {
        boolean joined = false;
        for (int j = at; j >= 0 && j < words.length; j += step) {
            if (isListJoint(lower[j])) {
                joined = true;
            } else if (!joined) {
                return false;
            } else if (t[j].type() == EntityType.ORG) {
                return true;
            } else if (isPlatformAt(words, lower, j)) {
                joined = false;
            } else {
                return false;
            }
        }
        return false;
    }

    private static String key(String[] lower, int start, int end) {
        return String.join(" ", Arrays.copyOfRange(lower, start, end));
    }
}
