package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.server.TestHttp.Answer;
import id.kabar.store.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Addresses as they come back from being shared: with tracking parameters, with a date typed by hand, asked for
 * with {@code HEAD} by a link preview, or sent with a method the server does not take.
 */
class SharedLinksTest {
    @RegisterExtension
    static final ServedStore served = ServedStore.filledWith(store -> SeedCorpus.load().storeInto(store));
    static final TestHttp http = served.http();

    @ParameterizedTest
    @ValueSource(strings = {
            "/?utm_source=twitter&utm_medium=social&fbclid=IwAR2x",
            "/story?id=S1&utm_campaign=cmssocmed",
            "/search?q=Peskov&fbclid=IwAR2x&utm_source=wa",
            "/person?name=Dmitry%20Peskov&utm_content=%zz",
            "/article?id=004_7ddc2eaf4f871cd2.txt&%zz=1",
    })
    void pagesIgnoreParametersTheyDoNotTake(String url) throws Exception {
        Answer page = http.get(url);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).doesNotContain("utm_").doesNotContain("fbclid");
    }

    @Test
    void theApiStillRefusesParametersItDoesNotTake() throws Exception {
        Answer r = http.get("/api/stories?utm_source=twitter");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("parameter").asText()).isEqualTo("utm_source");
    }

    @Test
    void aPageStillRefusesABadValueOfAParameterItTakes() throws Exception {
        Answer r = http.get("/search?q=Peskov&limit=ten&utm_source=wa");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw().body()).contains("limit: ");
    }

    @Test
    void aBadDateInASearchShowsTheFormWithTheQueryAndWhatIsWrong() throws Exception {
        Answer r = http.get("/search?q=Peskov&from=25-02-2022&outlet=Gatra.com");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw().body()).contains("<form class=\"card\"").contains("value=\"Peskov\"")
                .contains("25-02-2022").contains("name=\"outlet\" value=\"Gatra.com\"");
        Answer english = http.get("/search?q=Peskov&from=2022-03-02&to=2022-03-01&lang=en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.raw().body()).contains("value=\"Peskov\"").contains("after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/story?id=S1", "/search?q=Peskov", "/api/stories", "/api/search?q=Peskov"})
    void headAnswersLikeGetWithoutABody(String url) throws Exception {
        Answer get = http.raw("GET", url, "");
        Answer head = http.raw("HEAD", url, "");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.raw().body()).isEmpty();
        assertThat(head.raw().headers().firstValue("content-type")).isEqualTo(get.raw().headers().firstValue("content-type"));
        assertThat(head.raw().headers().firstValue("content-security-policy")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void otherMethodsAre405(String method) throws Exception {
        for (String url : new String[] {"/", "/search?q=Peskov", "/api/stories", "/api/articles/004_7ddc2eaf4f871cd2.txt"}) {
            Answer r = http.raw(method, url, "Content-Length: 0\r\n");
            assertThat(r.status()).as(method + " " + url).isEqualTo(405);
            assertThat(r.raw().headers().firstValue("allow")).as(url).contains("GET, HEAD");
            assertThat(r.raw().headers().firstValue("content-security-policy")).isPresent();
        }
    }
}
