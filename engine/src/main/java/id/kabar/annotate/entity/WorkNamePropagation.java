package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A name the article once gives as a work's title or a character's, after a kind of work or a character's cue
 * ({@link WorkTitleRule}), is that work wherever the article writes it again, where the tagger reads a person or a
 * company in its capitals: "sekuel film Angry Birds" makes "Game Angry Birds", "embel - embel Angry Birds" and "The
 * Angry Birds Movie 2" the game and the film (Rimanews, 24 May 2017); "pemeran Gavan, karakter tokusatsu" makes
 * "merayakan 35 tahun Gavan" the character (CNN Indonesia, 9 May 2017). A title of one word is the work only where
 * written alone, so that a film named after a person ({@code film Kartini}) leaves the person's fuller name
 * ({@code RA Kartini}); a listed name is left as listed.
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
    public void apply(List<String[]> sentences, List<BioTag[]> tags) {
        Set<String> titles = new HashSet<>();
        for (String[] words : sentences) {
            String[] lower = ArticleRule.lowerCase(words);
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
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] lower = ArticleRule.lowerCase(sentences.get(s));
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
