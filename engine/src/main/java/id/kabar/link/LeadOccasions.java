package id.kabar.link;

import id.kabar.lang.WordLists;
import java.util.Arrays;
import java.util.List;

/**
 * The occasion a lead names where words were said ({@code occasion-words.txt}: a congress, a parliamentary hearing, a
 * visit, a demonstration): one gathering where several people spoke is written up under each of them, and two write-ups
 * naming it share each other's speakers' words as one happening's, not as one speaker's words retold in another's piece.
 */
final class LeadOccasions {
    /**
     * Per occasion of the list, the hashes of the words that name it as a lead's words are kept ({@link
     * ArticleProfiler#wordHash}).
     */
    private static final List<int[]> OCCASIONS = WordLists.read(WordLists.class, "occasion-words.txt").stream()
            .map(line -> Arrays.stream(line.split(" ")).mapToInt(ArticleProfiler::wordHash).toArray()).toList();

    private LeadOccasions() {
    }

    /** Whether the two leads ({@link ArticleProfile#leadWords}) name one occasion, by any of its words each. */
    static boolean shared(ArticleProfile a, ArticleProfile b) {
        for (int[] occasion : OCCASIONS) {
            if (names(a, occasion) && names(b, occasion)) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(ArticleProfile p, int[] occasion) {
        for (int word : occasion) {
            if (Arrays.binarySearch(p.leadWords(), word) >= 0) {
                return true;
            }
        }
        return false;
    }
}
