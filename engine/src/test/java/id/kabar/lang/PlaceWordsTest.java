package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceWordsTest {

    @Test
    void aPalaceIsASeatOfGovernmentNoTownIs() {
        // "akan bertemu tokoh Papua dan Papua Barat di Istana Kepresidenan Jakarta, Selasa (10/9/2019)"
        // (tribunnews.com, 10 September 2019)
        assertThat(PlaceWords.isSeatOfGovernment("Istana Kepresidenan Jakarta")).isTrue();
        assertThat(PlaceWords.isSeatOfGovernment("Istana")).isTrue();
        assertThat(PlaceWords.isSeatOfGovernment("Papua Barat")).isFalse();
        assertThat(PlaceWords.isSeatOfGovernment("Kota Bogor")).isFalse();
    }
}
