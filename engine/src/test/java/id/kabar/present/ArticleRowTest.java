package id.kabar.present;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a list names an article: its headline, else its opening sentence (IndoSum's articles have no titles), else its id. */
class ArticleRowTest {
    private static final String ID = "1499978700-liburan-lindsay-lohan-ke-bali";
    private static final String BODY = "Jakarta, CNN Indonesia -- Bali lagi-lagi kedatangan tamu spesial. Setelah kunjungan"
            + " Song Joong Ki dan Song Hye Kyo yang menghebohkan, kali ini giliran Lindsay Lohan.";

    private static ArticleRow row(String title, String body) {
        return ArticleRow.of(new Article(ID, null, "id", "CNN Indonesia", title, null, null, List.of(), null, body), null);
    }

    @Test
    void theHeadlineWinsThenTheOpeningSentenceThenTheId() {
        assertThat(row("Liburan Lindsay Lohan ke Bali", BODY).label()).isEqualTo("Liburan Lindsay Lohan ke Bali");
        assertThat(row(" ", BODY).label()).isEqualTo("Jakarta, CNN Indonesia -- Bali lagi-lagi kedatangan tamu spesial.");
        assertThat(row(null, "\n\n").label()).isEqualTo(ID);
    }

    @Test
    void aLongOpeningSentenceIsCutAtAWord() {
        String label = row(null, "Bali " + "lagi-lagi kedatangan tamu spesial ".repeat(1_000) + ".").label();
        assertThat(label).hasSizeLessThanOrEqualTo(110).startsWith("Bali lagi-lagi").endsWith("…");
    }
}
