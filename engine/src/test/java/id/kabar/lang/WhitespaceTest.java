package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceTest {
    @Test
    void splitsANameAtRunsOfSpaces() {
        assertThat(Whitespace.split("Kepala  Dinas Kesehatan\tBudi Santoso"))
                .containsExactly("Kepala", "Dinas", "Kesehatan", "Budi", "Santoso");
    }

    @Test
    void keepsAnEmptyFirstPartAndDropsEmptyLastOnesAsStringSplitDoes() {
        assertThat(Whitespace.split(" Polres Muaro Jambi \n")).containsExactly("", "Polres", "Muaro", "Jambi");
        assertThat(Whitespace.split("   ")).isEmpty();
        assertThat(Whitespace.split("")).containsExactly("");
        assertThat(Whitespace.split("KPK")).containsExactly("KPK");
    }

    @Test
    void aNonBreakingSpaceIsNoWhitespaceAsForTheRegularExpression() {
        assertThat(Whitespace.split("Joko\u00a0Widodo")).containsExactly("Joko\u00a0Widodo");
    }

    @Test
    void agreesWithStringSplitOnTextsOfEveryKindOfSpace() {
        String alphabet = "ab \t\n\u000B\f\r\u00a0\u2003.";
        Random random = new Random(14);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(Whitespace.split(s)).as("%s", s.codePoints().boxed().toList()).containsExactly(s.split("\\s+"));
        }
    }
}
