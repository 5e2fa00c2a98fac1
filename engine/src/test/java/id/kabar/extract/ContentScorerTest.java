package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ContentScorerTest {
    @Test
    void aTextNodesShownLengthIsItsNormalisedStrippedTextsLength() {
        List<String> raw = List.of("", "   ", "\n\t ", "Jakarta, 16 September 2019",
                "\n   KOMPAS.com -   Presiden Joko Widodo\u00a0\u00a0menerima   ", "\u00a0kata dia.\u00a0",
                "Ban\u00adjir\u200b di  Bekasi", "\u2003Sabtu (14/9)\u2003 \u2003", "\u200b\u200b", " \u00ad ",
                "\uD83D\uDE00 emoji \uD83D\uDE00 ", "\u000b tab\u000b", "\u2028baris\u2029");
        for (String text : raw) {
            assertThat(ContentScorer.shownLength(text)).as(text).isEqualTo(new TextNode(text).text().strip().length());
        }
    }
}
