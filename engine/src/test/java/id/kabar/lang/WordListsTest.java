package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void aTwoColumnListGivesItsPairsInFileOrder() {
        // Arsul Sani's "Emang sudah masuk" (CLICK-ID week) is read as "memang"
        assertThat(WordLists.pairs(WordLists.class, "colloquial-words.txt", "spoken and written word"))
                .anySatisfy(pair -> assertThat(pair).containsExactly("emang", "memang"));
    }

    @Test
    void aLineOfAnotherNumberOfColumnsIsAnErrorNamingTheListAndTheLine() {
        assertThatThrownBy(() -> WordLists.pairs(WordListsTest.class, "three-columns.txt", "spoken and written word"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("three-columns.txt: not spoken and written word: emang memang sih");
    }
}
