package id.kabar.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static List<String> changed(List<WordDiff.Word> words) {
        return words.stream().filter(WordDiff.Word::differs).map(WordDiff.Word::text).toList();
    }

    @Test
    void marksTheWordsTwoOutletsWordedDifferently() {
        // Zelensky's plea as KNews.id and WowKeren reported it (seeds 000 and 001).
        String knews = "Ada pertempuran di seluruh Ukraina saat ini. Mari duduk di meja negosiasi untuk menghentikan kematian lebih banyak orang";
        String wowkeren = "Pertempuran sedang terjadi di seluruh Ukraina. Mari kita duduk di meja perundingan untuk menghentikan kematian orang-orang";
        assertThat(changed(WordDiff.mark(wowkeren, knews))).containsExactly("sedang", "terjadi", "kita", "perundingan", "orang-orang");
        assertThat(changed(WordDiff.mark(knews, wowkeren))).containsExactly("Ada", "saat", "ini.", "negosiasi", "lebih", "banyak", "orang");
    }

    @Test
    void punctuationAndCaseDoNotCountAsDifferences() {
        String a = "(Presiden Rusia Vladimir) Putin akan mengirim perwakilan";
        String b = "Presiden Rusia Vladimir Putin akan mengirim perwakilan,";
        assertThat(changed(WordDiff.mark(a, b))).isEmpty();
        assertThat(WordDiff.mark(a, b)).extracting(WordDiff.Word::text).containsExactly(a.split(" "));
    }
}
