package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapeTest {

    @Test
    void aLineTidiedAsItIsAppendedIsTheLineTidiedWhole() {
        String[] parts = {"\n   Jakarta\u00a0- ", "Harga  beras", " naik\t\t", "lagi,", "\u00a0 kata   dia.\u00a0\n"};
        LineShape.TidyLine line = new LineShape.TidyLine(8);
        StringBuilder whole = new StringBuilder();
        for (String part : parts) {
            line.append(part);
            whole.append(part);
        }
        assertThat(line.take()).isEqualTo(LineShape.tidy(whole.toString()))
                .isEqualTo("Jakarta\u00a0- Harga beras naik lagi,\u00a0 kata dia.");
        line.append(' ');
        line.append("  Baru ");
        assertThat(line.take()).isEqualTo("Baru");
    }

    @Test
    void aListMarkerIsCutOnlyWhereOneOpensTheLine() {
        assertThat(LineShape.withoutListMarker("• Harga beras naik")).isEqualTo("Harga beras naik");
        assertThat(LineShape.withoutListMarker("2. Harga beras naik")).isEqualTo("Harga beras naik");
        assertThat(LineShape.withoutListMarker("2019 harga beras naik")).isEqualTo("2019 harga beras naik");
        assertThat(LineShape.withoutListMarker("Harga beras naik")).isEqualTo("Harga beras naik");
    }
}
