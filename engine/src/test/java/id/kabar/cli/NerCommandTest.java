package id.kabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.entity.BioTag;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NerCommandTest {

    /** Tags every capitalised token B-LOC, so the output shows which token got which tag. */
    private static BioTag[] capitalsArePlaces(String[] tokens) {
        return Arrays.stream(tokens).map(t -> Character.isUpperCase(t.charAt(0)) ? BioTag.B_LOC : BioTag.O)
                .toArray(BioTag[]::new);
    }

    @Test
    void writesTokenTabTagAndKeepsSentenceBreaks() throws Exception {
        String input = "Berikut PROPN O\nkota NOUN O\ndi ADP O\nIndonesia PROPN B-LOC\n\nkata NOUN O\nAnis PROPN B-PER\n";
        StringWriter out = new StringWriter();
        NerCommand.tag(new BufferedReader(new StringReader(input)), out, NerCommandTest::capitalsArePlaces);
        assertThat(out.toString()).isEqualTo(
                "Berikut\tB-LOC\nkota\tO\ndi\tO\nIndonesia\tB-LOC\n\nkata\tO\nAnis\tB-LOC\n");
    }

    @Test
    void readsTabSeparatedAndBareTokens() throws Exception {
        String input = "Minsk\tB-PLACE\n.\n\n\nRusia\n";
        StringWriter out = new StringWriter();
        NerCommand.tag(new BufferedReader(new StringReader(input)), out, NerCommandTest::capitalsArePlaces);
        assertThat(out.toString()).isEqualTo("Minsk\tB-LOC\n.\tO\n\n\nRusia\tB-LOC\n");
    }
}
