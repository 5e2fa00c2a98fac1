package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassHintsTest {
    private static Element div(String attributes) {
        return Jsoup.parse("<div " + attributes + ">x</div>").selectFirst("div");
    }

    @Test
    void textAndFurnitureNamesWeighEitherWayWhateverTheirCase() {
        ClassHints hints = new ClassHints();
        assertThat(hints.weight(div("class=\"Post-Content\""))).isEqualTo(ClassHints.WEIGHT);
        assertThat(hints.weight(div("class=\"widget baca-juga\""))).isEqualTo(-ClassHints.WEIGHT);
        assertThat(hints.weight(div("class=\"detail-text\" id=\"SIDEBAR\""))).isEqualTo(0);
        assertThat(hints.weight(div("class=\"col\""))).isEqualTo(0);
    }

    @Test
    void theShortHiddenClassCountsOnlyAsAWholeName() {
        ClassHints hints = new ClassHints();
        assertThat(hints.weight(div("class=\"row hid\""))).isEqualTo(-ClassHints.WEIGHT);
        assertThat(hints.weight(div("class=\"hid\""))).isEqualTo(-ClassHints.WEIGHT);
        assertThat(hints.weight(div("class=\"child-box\""))).isEqualTo(0);
    }

    @Test
    void aFurnitureNameIsUnlikelyUnlessItMayAlsoWrapTheText() {
        ClassHints hints = new ClassHints();
        assertThat(hints.isUnlikely(div("class=\"sidebar\""))).isTrue();
        assertThat(hints.isUnlikely(div("class=\"box\" id=\"Berita-Terkait\""))).isTrue();
        assertThat(hints.isUnlikely(div("class=\"sidebar-article\""))).isFalse();
        assertThat(hints.isUnlikely(div("class=\"read__content\""))).isFalse();
    }

    /** Readers' comments named in Spanish, Portuguese, German, Dutch, Polish and Turkish are furniture as English ones are. */
    @Test
    void aCommentBlockNamedInAnotherLanguageIsUnlikelyAndWeighsDown() {
        ClassHints hints = new ClassHints();
        for (String name : new String[] {"class=\"comentarios\"", "class=\"comentario\"", "id=\"kommentare\"",
                "class=\"reacties\"", "class=\"komentarze\"", "class=\"yorumlar\""}) {
            assertThat(hints.isUnlikely(div(name))).as(name).isTrue();
            assertThat(hints.weight(div(name))).as(name).isEqualTo(-ClassHints.WEIGHT);
        }
        assertThat(hints.isUnlikely(div("class=\"document\""))).isFalse();
    }
}
