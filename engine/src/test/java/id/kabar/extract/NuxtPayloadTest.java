package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class NuxtPayloadTest {
    @Test
    void eachIndexNamesTheTextInItsPlace() {
        IntFunction<String> texts = NuxtPayload.texts("[[\"ShallowReactive\",1],{\"data\":2},{\"id\":3,\"publishedAt\":4},"
                + "21734,\"2024-03-14T08:45:00+07:00\"]");
        assertThat(texts.apply(4)).isEqualTo("2024-03-14T08:45:00+07:00");
        assertThat(texts.apply(3)).as("a number is no text").isNull();
        assertThat(texts.apply(9)).as("past the array's end").isNull();
    }

    @Test
    void aBrokenPayloadOrAnObjectNamesNothing() {
        assertThat(NuxtPayload.texts("[\"2024-03-14\",").apply(0)).isNull();
        assertThat(NuxtPayload.texts("{\"0\":\"2024-03-14\"}").apply(0)).isNull();
    }

    @Test
    void thePayloadIsTheScriptNuxtNamesSo() {
        assertThat(NuxtPayload.isPayload(Jsoup.parse("<script type=\"application/json\" id=\"__NUXT_DATA__\">[]</script>")
                .selectFirst("script"))).isTrue();
        assertThat(NuxtPayload.isPayload(Jsoup.parse("<script type=\"application/json\" id=\"__NEXT_DATA__\">[]</script>")
                .selectFirst("script"))).isFalse();
    }
}
