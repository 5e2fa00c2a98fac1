package id.kabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryContentTest {

    private static boolean binary(byte[] bytes) {
        return BinaryContent.looksBinary(bytes, bytes.length);
    }

    @Test
    void pngHeaderIsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

        assertThat(binary(png)).isTrue();
    }

    @Test
    void randomJunkIsBinary() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);

        assertThat(binary(junk)).isTrue();
    }

    @Test
    void newsTextIsNotBinaryInUtf8OrUtf16() {
        String text = "Jakarta - Menteri Pertanian Andi Amran Sulaiman melepas ekspor perdana, Senin (13/3/2017).\n";

        assertThat(binary(text.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(binary(text.getBytes(StandardCharsets.UTF_16LE))).isFalse();
    }
}
