package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NuxtStateTest {
    @Test
    void eachParameterNamesTheArgumentInItsPlace() {
        String script = "window.__NUXT__=(function(a,b,c,d){return {data:[{article:{title:\"Bus (baru), {lagi}\","
                + "publishedAt:c,tags:[b,d]}}],serverRendered:a}}(true,null,\"2025-06-04T09:30:00+07:00\",\"a\\u002Fb\"));";
        assertThat(NuxtState.arguments(script))
                .containsEntry("a", "true")
                .containsEntry("b", "null")
                .containsEntry("c", "2025-06-04T09:30:00+07:00")
                .containsEntry("d", "a/b");
    }

    @Test
    void aStringHoldingBracesOrCommasIsOneArgument() {
        String script = "window.__NUXT__=(function(a,b){return {x:a,y:b}}(\"},(\",[1,2]));";
        assertThat(NuxtState.arguments(script)).containsEntry("a", "},(").containsEntry("b", "[1,2]");
    }

    @Test
    void aStateWrittenAsAnObjectHasNoArguments() {
        assertThat(NuxtState.arguments("window.__NUXT__={data:[{publishedAt:\"2025-06-04\"}]};")).isEmpty();
    }

    @Test
    void aMalformedEscapeReadsAsTheLettersAfterItsBackslash() {
        String script = "window.__NUXT__=(function(a,b){return {x:a,publishedAt:b}}(\"\\uZZZZ1\",\"2025-06-04\"));";
        assertThat(NuxtState.arguments(script)).containsEntry("a", "uZZZZ1").containsEntry("b", "2025-06-04");
    }
}
