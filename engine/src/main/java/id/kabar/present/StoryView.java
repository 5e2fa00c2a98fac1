package id.kabar.present;

import id.kabar.model.Claim;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.Quote;
import java.util.List;

/** Everything the story page shows. */
public record StoryView(String id, String title, int articleCount, Timeline timeline, List<OutletGroup> byOutlet,
                        List<QuoteGroupView> quoteGroups, List<ClaimGroupView> claimGroups) {
    public StoryView {
        byOutlet = List.copyOf(byOutlet);
        quoteGroups = List.copyOf(quoteGroups);
        claimGroups = List.copyOf(claimGroups);
    }

    private static final int HEADING_CHARS = 160;

    /** The title as a heading shows it, cut at a word when the story is named after a long lede. */
    public String label() {
        return title == null ? id : StorySummary.clip(title, HEADING_CHARS);
    }

    /** One outlet's articles in the story; {@code outlet} is null when unknown. */
    public record OutletGroup(String outlet, List<ArticleRow> articles) {
        public OutletGroup {
            articles = List.copyOf(articles);
        }
    }

    /** One statement as each article worded it, words differing from the first version marked. */
    public record QuoteGroupView(String speaker, List<QuoteVersion> versions) {
        public QuoteGroupView {
            versions = List.copyOf(versions);
        }
    }

    public record QuoteVersion(ArticleRow source, Quote quote, List<WordDiff.Word> words) {
        public QuoteVersion {
            words = List.copyOf(words);
        }
    }

    /** Claims counting the same thing, and whether they agree. */
    public record ClaimGroupView(String category, String subject, ClaimGroupKind kind, List<ClaimRow> rows) {
        public ClaimGroupView {
            rows = List.copyOf(rows);
        }

        public boolean flagged() {
            return kind != ClaimGroupKind.AGREEMENT;
        }
    }

    /** A figure as one article gave it; {@code index} is the claim's place among the article's claims. */
    public record ClaimRow(ArticleRow source, Claim claim, int index) {
        public String value() {
            return Figures.format(claim.value());
        }
    }
}
