package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TokenBagTest {

    @Test
    void tokensAreNfkcCaseFoldedWordRuns() {
        assertThat(TokenBag.tokens("KNews.id- Rusia\u00a0menyatakan ﬁnal (Ade/cnn)"))
                .containsExactly("knews", "id", "rusia", "menyatakan", "final", "ade", "cnn");
    }

    @Test
    void plainTextWithTypographicQuotesAndDashesTokenisesAsWhenNormalised() {
        assertThat(TokenBag.tokens("“Kami sudah siap,” kata Kapolda — Senin (13/2)… KOMPAS.com ©2023"))
                .containsExactly("kami", "sudah", "siap", "kata", "kapolda", "senin", "13", "2", "kompas", "com", "2023");
        assertThat(TokenBag.tokens("Kafe “Bahagia” — ﬁnal")).containsExactly("kafe", "bahagia", "final");
        assertThat(TokenBag.tokens("CAFÉ Straße")).containsExactly("café", "strasse");
    }

    @Test
    void overlapIsTheBagF1OfTheScorer() {
        TokenBag.Overlap o = TokenBag.overlap("Rusia siap kirim perwakilan", "rusia SIAP berdialog");
        assertThat(o.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(o.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(o.f1()).isCloseTo(2 * 0.5 * (2 / 3.0) / (0.5 + 2 / 3.0), within(1e-9));
    }

    @Test
    void repeatedTokensCountOnlyAsOftenAsBothHaveThem() {
        assertThat(TokenBag.overlap("Kiev Kiev Kiev", "Kiev").precision()).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void twoEmptyTextsAgreeAndNothingSharedScoresZero() {
        assertThat(TokenBag.overlap("", " - ").f1()).isEqualTo(1.0);
        assertThat(TokenBag.overlap("Moskow", "Kyiv").f1()).isEqualTo(0.0);
    }

    @Test
    void aTeaserIsContainedInTheLeadItCopies() {
        TokenBag teaser = TokenBag.of("Pemerintah Rusia membantah telah meminta bantuan militer China untuk menggempur Ukraina.");
        TokenBag lead = TokenBag.of("SERAMBINEWS.COM, MOSKOW - Pemerintah Rusia membantah telah meminta bantuan militer China"
                + " untuk menggempur Ukraina. Juru bicara Kremlin Dmitry Peskov mengataan laporan media.");
        assertThat(teaser.containedIn(lead)).isEqualTo(1.0);
        assertThat(lead.containedIn(teaser)).isLessThan(0.7);
    }
}
