package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    @Test
    void commentsAndBlankLinesAreSkippedAndEntriesStrippedAndLowerCased() {
        assertThat(WordLists.read(WordListsTest.class, "commented.txt")).containsExactly("dan", "yang");
        assertThat(WordLists.lines(WordListsTest.class, "commented.txt")).containsExactly("Dan", "yang");
    }

    @Test
    void aMissingListIsAnErrorNamingIt() {
        assertThatThrownBy(() -> WordLists.read(WordListsTest.class, "no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing word list no-such-list.txt");
    }

    @Test
    void aRoleListGivesEachRoleItsWord() {
        Map<String, String> roles = WordLists.roles(FunctionWords.class, "function-words.txt");
        assertThat(roles).containsEntry("and", "dan").containsEntry("relative", "yang");
        assertThat(WordLists.ofRole(roles, "function-words.txt", "agent")).isEqualTo("oleh");
    }

    @Test
    void aRoleGivenTwiceOrMissingIsAnErrorNamingTheListAndTheRole() {
        assertThatThrownBy(() -> WordLists.roles(WordListsTest.class, "role-twice.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("role-twice.txt: role given twice: and");
        assertThatThrownBy(() -> WordLists.ofRole(Map.of("and", "dan"), "function-words.txt", "or"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("function-words.txt: no word for the role or");
    }

    @Test
    void anAlternationPutsTheLongestPhraseFirstAndQuotesEachWord() {
        // "Baca juga" must win over "Baca", or the label would stop before "juga"
        String labels = WordLists.alternation(List.of("baca", "baca juga", "s.d."));
        assertThat(labels).isEqualTo("\\Qbaca\\E\\s+\\Qjuga\\E|\\Qbaca\\E|\\Qs.d.\\E");
        Matcher label = Pattern.compile("(?i)(?:" + labels + ")").matcher("Baca  juga: Harga Cabai Turun");
        assertThat(label.lookingAt()).isTrue();
        assertThat(label.group()).isEqualTo("Baca  juga");
        // quoted: the dots of "s.d." are dots, not any character
        assertThat("sxdx").doesNotMatch(labels);
    }

    @Test
    void aListOfTheLanguageLayerGivesItsAlternationByName() {
        // "Kegiatan tersebut berlangsung sejak tanggal 11 hingga 14 September 2019" (antaranews.com)
        Matcher range = Pattern.compile("\\d{1,2}\\s+(?:" + WordLists.alternation("range-words.txt") + ")\\s+\\d{1,2}")
                .matcher("Kegiatan tersebut berlangsung sejak tanggal 11 hingga 14 September 2019");
        assertThat(range.find()).isTrue();
        assertThat(range.group()).isEqualTo("11 hingga 14");
        assertThat(WordLists.alternation("range-words.txt"))
                .isEqualTo(WordLists.alternation(WordLists.read(WordLists.class, "range-words.txt")));
    }

    @Test
    void everyListOfTheLanguageLayerLoadsOpensWithACommentAndHoldsNoEntryTwice()
            throws IOException, URISyntaxException {
        Path folder = Path.of(WordLists.class.getResource("function-words.txt").toURI()).getParent();
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
        assertThat(names).contains("function-words.txt", "region-government.txt", "predicate-starts.txt");
        for (String name : names) {
            List<String> entries = WordLists.read(WordLists.class, name);
            assertThat(entries).as(name).isNotEmpty().doesNotHaveDuplicates()
                    .noneMatch(e -> e.startsWith("#") || e.isBlank());
            assertThat(Files.readAllLines(folder.resolve(name)).get(0)).as(name + " opens with its comment")
                    .startsWith("#");
        }
    }
}
