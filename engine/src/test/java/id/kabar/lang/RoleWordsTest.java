package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleWordsTest {

    @Test
    void readsTheTitleInAnAttribution() {
        // "kata juru bicara Kremlin Dmitry Peskov"
        assertThat(RoleWords.isHead("juru")).isTrue();
        assertThat(RoleWords.continuesTitle("bicara")).isTrue();
        assertThat(RoleWords.isTitleWord("kremlin")).isFalse();
    }

    @Test
    void knowsTheTitlesTheQuoteStageOnceListedApart() {
        // "ujar Kabag Komunikasi Publik Kementerian PANRB Suwardi", "kata Kasubdit Penmas Polda Metro Jaya"
        assertThat(RoleWords.isHead("kasubdit")).isTrue();
        assertThat(RoleWords.continuesTitle("komunikasi")).isTrue();
        assertThat(RoleWords.continuesTitle("publik")).isTrue();
        assertThat(RoleWords.heads()).contains("kabag", "presiden").doesNotContain("suwardi");
    }
}
