package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A name the article once gives as a work's title or a character's, after a kind of work or a character's cue
 * ({@link WorkTitleRule}), is that work wherever the article writes it again, where the tagger reads a person or a
 * company in its capitals: "sekuel film Angry Birds" makes "Game Angry Birds", "embel - embel Angry Birds" and "The
 * Angry Birds Movie 2" the game and the film (Rimanews, 24 May 2017); "pemeran Gavan, karakter tokusatsu" makes
 * "merayakan 35 tahun Gavan" the character (CNN Indonesia, 9 May 2017). A title of one word is the work only where
 * written alone, a title sharing a word with a person's name of the article is left to the person (a film named
 * after its subject), and a listed name is left as listed.
 */
final class WorkNamePropagation implements ArticleRule {
    /** The most capitalised words read as one title: "Kamen Rider Ryuki", "The Marvelous Misadventures of Flapjack". */
    private static final int MAX_TITLE_WORDS = 6;
    /** The mark joining two capitalised halves of one title ("Habibie & Ainun"). */
    private static final String TITLE_JOINT = "&";

    private final Gazetteer gazetteer;

    WorkNamePropagation(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(List<String[]> sentences, List<String[]> lowered, List<BioTag[]> tags) {
        // each sentence lower-cased once, for the titles' cues, the people's names and the spans cleared
        Set<String> titles = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] lower = lowered.get(s);
            for (int i = 0; i < words.length; i++) {
                int at = WorkTitleRule.titleAfterCue(words, lower, i);
                for (int listed = 0; at >= 0 && listed < WorkTitleRule.MAX_LISTED_TITLES; listed++) {
                    int end = titleEnd(words, at);
                    if (end == at) {
                        break;
                    }
                    String title = String.join(" ", List.of(lower).subList(at, end));
                    if (gazetteer.lookup(String.join(" ", List.of(words).subList(at, end))) == null) {
                        titles.add(title);
                    }
                    at = end < words.length && (words[end].equals(",") || FunctionWords.isAnd(lower[end])) ? end + 1 : -1;
                }
            }
        }
        if (titles.isEmpty()) {
            return; // most articles name no work: their people are not walked
        }
        titles.removeAll(namingPeople(lowered, tags, titles));
        for (int s = 0; s < sentences.size(); s++) {
            String[] lower = lowered.get(s);
            BioTag[] t = tags.get(s);
            BioTag.forEachSpan(t, (start, end) -> {
                if (namesWork(String.join(" ", List.of(lower).subList(start, end)), titles)) {
                    BioTag.clearSpan(t, start, end);
                }
            });
        }
    }

    /** The end of the capitalised words of a title opening at {@code at}, its digits and joints among them. */
    private static int titleEnd(String[] words, int at) {
        int end = at;
        while (end < words.length && end - at < MAX_TITLE_WORDS && (ContractSentence.isCapitalised(words[end])
                || end > at && (Character.isDigit(words[end].charAt(0)) || words[end].equals(TITLE_JOINT)
                        && end + 1 < words.length && ContractSentence.isCapitalised(words[end + 1])))) {
            end++;
        }
        return end;
    }

    /**
     * The titles a person of the article is also called by: a word of the title in a person's name that is neither
     * the title nor holds it. A film named after its subject leaves the subject a person: "film Rudy Habibie" and
     * "film Habibie dan Ainun" beside "BJ Habibie" (CLICK-ID, 10-16 September 2019), "film Kartini" beside
     * "RA Kartini".
     */
    private static Set<String> namingPeople(List<String[]> lowered, List<BioTag[]> tags, Set<String> titles) {
        Set<String> out = new HashSet<>();
        for (int s = 0; s < lowered.size(); s++) {
            String[] lower = lowered.get(s);
            BioTag.forEachSpanOf(tags.get(s), EntityType.PER, (start, end) -> {
                String person = String.join(" ", List.of(lower).subList(start, end));
                for (String title : titles) {
                    if (!namesWork(person, Set.of(title)) && sharesWord(person, title)) {
                        out.add(title);
                    }
                }
            });
        }
        return out;
    }

    /** Whether two names share a word; a name may repeat one ("Wan Azizah Wan Ismail"). */
    private static boolean sharesWord(String a, String b) {
        Set<String> words = new HashSet<>(List.of(a.split(" ")));
        for (String w : b.split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesWork(String span, Set<String> titles) {
        if (titles.contains(span)) {
            return true;
        }
        String padded = " " + span + " ";
        for (String title : titles) {
            if (title.indexOf(' ') > 0 && padded.contains(" " + title + " ")) {
                return true;
            }
        }
        return false;
    }
}
