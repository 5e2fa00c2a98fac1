package id.kabar.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The line-level cleaning every article body gets, whatever page it came from: furniture and
 * {@code Baca juga} links out, a site list and its label out, the repeated headline out, and teaser
 * copies (a paragraph that only repeats part of another) out.
 */
final class ArticleBodyCleaner {
    /** Share of a paragraph's words found in another for it to count as a copy of it. */
    static final double COPY_SHARE = 0.9;
    private static final int COPY_MIN_WORDS = 8;
    private static final int COPY_MAX_WORDS = 80;

    private final BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();

    /**
     * @param paragraphs the article's candidate paragraphs in page order
     * @param headlines  lines that hold the page's headline; a paragraph repeating one is dropped
     */
    List<String> clean(List<String> paragraphs, List<String> headlines) {
        Set<String> repeatedHeadlines = new HashSet<>();
        for (String h : headlines) {
            repeatedHeadlines.add(key(h));
        }
        List<String> kept = new ArrayList<>();
        boolean inSiteList = false;
        for (String raw : paragraphs) {
            String paragraph = LineShape.tidy(raw);
            LineKind kind = classifier.classify(paragraph);
            if (kind == LineKind.SECTION_LABEL) {
                inSiteList = true;
                continue;
            }
            if (inSiteList && kind != LineKind.PROSE) {
                continue;
            }
            inSiteList = false;
            if (kind == LineKind.FURNITURE || kind == LineKind.READ_MORE || repeatedHeadlines.contains(key(paragraph))) {
                continue;
            }
            kept.add(paragraph);
        }
        return withoutCopies(kept);
    }

    private static String key(String line) {
        return String.join(" ", TokenBag.tokens(line));
    }

    /** Drops a paragraph that repeats another: an earlier teaser of a later paragraph, or a later duplicate. */
    private static List<String> withoutCopies(List<String> paragraphs) {
        List<TokenBag> bags = paragraphs.stream().map(TokenBag::of).toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            TokenBag bag = bags.get(i);
            boolean copy = false;
            if (bag.size() >= COPY_MIN_WORDS && bag.size() <= COPY_MAX_WORDS) {
                for (int j = 0; j < paragraphs.size() && !copy; j++) {
                    TokenBag other = bags.get(j);
                    boolean longer = other.size() > bag.size() || other.size() == bag.size() && j < i;
                    copy = j != i && longer && bag.containedIn(other) >= COPY_SHARE;
                }
            }
            if (!copy) {
                kept.add(paragraphs.get(i));
            }
        }
        return kept;
    }
}
