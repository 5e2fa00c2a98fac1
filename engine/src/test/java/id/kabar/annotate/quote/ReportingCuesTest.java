package id.kabar.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportingCuesTest {

    @Test
    void suffixedStemReportsItsBaseAndCarriesAPronoun() {
        assertThat(ReportingCues.trailing("tambahnya")).hasValueSatisfying(c -> {
            assertThat(c.base()).isEqualTo("tambah");
            assertThat(c.pronoun()).isTrue();
        });
        assertThat(ReportingCues.trailing("ujar")).hasValueSatisfying(c -> assertThat(c.pronoun()).isFalse());
    }

    @Test
    void shortStemsAreNotVerbsBeforeAClause() {
        // "ancaman tegas", "titik terang": the stems only report after a quote or a comma
        assertThat(ReportingCues.leading("tegas")).isEmpty();
        assertThat(ReportingCues.leading("terang")).isEmpty();
        assertThat(ReportingCues.leading("menegaskan")).isPresent();
    }

    @Test
    void aPassiveOpeningASentenceMayCarryItsSpeakerAsNya() {
        // "Dikatakannya, APHI dalam waktu dekat akan ..." (CLICK-ID): the speaker as -nya, as in "katanya"
        assertThat(ReportingCues.openingPassive("dikatakannya")).hasValueSatisfying(c -> {
            assertThat(c.base()).isEqualTo("dikatakan");
            assertThat(c.pronoun()).isTrue();
        });
        // "Ditambahkan Charles, ..." reports only opening a sentence, so it is no passive after a quote
        assertThat(ReportingCues.openingPassive("ditambahkan")).isPresent();
        assertThat(ReportingCues.passive("ditambahkan")).isEmpty();
        assertThat(ReportingCues.openingPassive("dibangunnya")).isEmpty();
    }

    @Test
    void aDroppedLetterInALongVerbIsForgiven() {
        // seed 003: "Juru bicara Kremlin Dmitry Peskov mengataan laporan media ..."
        assertThat(ReportingCues.leading("mengataan")).hasValueSatisfying(c -> assertThat(c.base()).isEqualTo("mengatakan"));
        // a different word one letter away is not a typo of a cue: "Kejadian menegangkan terjadi ..."
        assertThat(ReportingCues.leading("menegangkan")).isEmpty();
    }

    @Test
    void verbsWithOtherSensesAskForMoreThanASubject() {
        assertThat(ReportingCues.leading("menyatakan")).hasValueSatisfying(
                c -> assertThat(c.strength()).isEqualTo(Cue.Strength.NEEDS_CLAUSE));
        assertThat(ReportingCues.leading("melaporkan")).hasValueSatisfying(
                c -> assertThat(c.strength()).isEqualTo(Cue.Strength.NEEDS_BAHWA));
    }
}
