package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short forms of public names as IndoSum's reports write them: "Jakarta pada sidang kemarin mengizinkan Setnov
 * berobat ke rumah sakit" (Kumparan, December 2017) is about Setya Novanto.
 */
class NameContractionTest {
    @ParameterizedTest
    @CsvSource({
            "Setnov, Setya Novanto, true",
            "setnov, Setya Novanto, true",
            "Jokowi, Joko Widodo, true",
            "Zulhas, Zulkifli Hasan, true",
            "SBY, Susilo Bambang Yudhoyono, true",
            "Setnov, Setya, false",
            "Setnov, Sri Mulyani Indrawati, false",
            "Novanto, Setya Novanto, false",
            "SN, Setya Novanto, false",
            "Setya Novanto, Setya Novanto, false",
    })
    void aShortFormIsTheStartsOfTheNamesWords(String form, String name, boolean shortens) {
        assertThat(NameContraction.shortens(form, name)).isEqualTo(shortens);
    }
}
