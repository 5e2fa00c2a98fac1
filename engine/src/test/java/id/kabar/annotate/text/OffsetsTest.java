package id.kabar.annotate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetsTest {

    // kompas.com, 10 September 2019, on the suspects of the Papua riots
    private static final String SENTENCE = "Sebanyak 13 tersangka terlibat kerusuhan di Sorong.";
    private final List<Token> tokens = TextSegmenter.tokens(SENTENCE, 0, SENTENCE.length());

    @Test
    void findsTheTokenStartingAtAnOffset() {
        int at = Offsets.firstStartingAt(tokens, Token::start, SENTENCE.indexOf("tersangka"));
        assertThat(tokens.get(at).text()).isEqualTo("tersangka");
    }

    @Test
    void anOffsetInsideATokenGivesTheNextOne() {
        int at = Offsets.firstStartingAt(tokens, Token::start, SENTENCE.indexOf("rusuhan"));
        assertThat(tokens.get(at).text()).isEqualTo("di");
    }

    @Test
    void anOffsetPastTheLastTokenGivesTheSize() {
        assertThat(Offsets.firstStartingAt(tokens, Token::start, SENTENCE.length() + 1)).isEqualTo(tokens.size());
        assertThat(Offsets.firstStartingAt(tokens, Token::start, 0)).isZero();
    }
}
