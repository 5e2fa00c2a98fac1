package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.model.Span;
import id.kabar.server.TestHttp.Answer;
import id.kabar.store.SeedCorpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analyst's workbench on the seeds (one story of five outlets on the Russia-Ukraine talks) and one article of
 * a sixth outlet that ran none of it: the directory of people and organisations, story cards with their outlets
 * and flags, a story's blindspot, and the charts' data and files.
 */
class WorkbenchTest {
    /** An outlet in the store that did not cover the seeds' story, with a name that is markup. */
    private static final String OTHER_OUTLET = "Forum <b>Warga</b>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServedStore served = ServedStore.filledWith(store -> {
        SeedCorpus.load().storeInto(store);
        store.put(new AnnotatedArticle(new Article("forum/banjir.html", null, "id", OTHER_OUTLET,
                "Banjir merendam Demak", LocalDate.of(2024, 3, 18), PublishedBasis.STATED, List.of(), null,
                "Banjir merendam 12 desa di Demak."), Annotations.EMPTY), 1);
        // one president in two articles, written by his nickname in one and his full name in the other (IndoSum)
        store.put(presidentSays("nu/kuda.html", "Jokowi", "\" Saya yang biasanya nggak pernah naik kuda, saya bela - belain"
                + " naik kuda, \" kata Jokowi yang kemudian disambut tepuk tangan muslimat NU."), 1);
        store.put(presidentSays("istana/kritik.html", "Joko Widodo", "\" Saya siap dikritik, \" kata Presiden Joko Widodo"
                + " di Istana Merdeka."), 1);
        store.commit(new byte[0], null);
    });
    static final TestHttp http = served.http();

    private static AnnotatedArticle presidentSays(String id, String name, String body) {
        int open = body.indexOf('"') + 2;
        int close = body.indexOf(", \"");
        int at = body.indexOf(name);
        return new AnnotatedArticle(new Article(id, null, "id", OTHER_OUTLET, "Presiden berbicara", LocalDate.of(2017, 3, 5),
                PublishedBasis.STATED, List.of(), null, body), new Annotations(
                List.of(new Entity(name, EntityType.PER, List.of(name), List.of(), List.of(new Span(at, at + name.length())))),
                List.of(new Quote(body.substring(open, close), QuoteKind.DIRECT, name, EntityType.PER, "kata", open, close)),
                List.of(), List.of()));
    }

    @Test
    void theDirectoryListsTheMostNamedFirstWithWhoQuotesThem() throws Exception {
        Answer all = http.get("/api/people");
        assertThat(all.status()).isEqualTo(200);
        // Kremlin and Vladimir Putin are named in all five articles; Kremlin is quoted in one ("kata Kremlin")
        assertThat(all.body().get("items").get(0).toString())
                .isEqualTo("{\"name\":\"Kremlin\",\"type\":\"organisation\",\"articles\":5,\"quoted_in\":1,\"also_as\":[]}");
        assertThat(all.body().get("items").get(1).get("name").asText()).isEqualTo("Vladimir Putin");
        Answer people = http.get("/api/people?type=person&prefix=DMI");
        assertThat(people.body().get("total").asInt()).isEqualTo(1);
        assertThat(people.body().get("items").get(0).toString())
                .isEqualTo("{\"name\":\"Dmitry Peskov\",\"type\":\"person\",\"articles\":4,\"quoted_in\":4,\"also_as\":[]}");
        List<String> byName = names(http.get("/api/people?type=organisation&sort=name&limit=100").body());
        assertThat(byName).contains("AFP", "Kremlin").isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
                .doesNotContain("Dmitry Peskov", "Rusia");
        assertThat(http.get("/api/people?prefix=zzz").body().get("total").asInt()).isZero();
    }

    @Test
    void aPersonWrittenByANicknameAndAFullNameIsOneEntryWithOnePage() throws Exception {
        JsonNode joko = http.get("/api/people?prefix=jok").body();
        assertThat(joko.get("total").asInt()).isEqualTo(1);
        assertThat(joko.get("items").get(0).toString()).isEqualTo(
                "{\"name\":\"Joko Widodo\",\"type\":\"person\",\"articles\":2,\"quoted_in\":2,\"also_as\":[\"Jokowi\"]}");
        assertThat(http.get("/api/people?prefix=jokowi").body().get("total").asInt())
                .as("the prefix finds the entry by the name it lists first").isZero();
        assertThat(http.get("/api/people?prefix=jok&format=csv").raw().body()).contains("\"Joko Widodo\",person,2,2,Jokowi");
        for (String typed : List.of("jokowi", "Joko%20Widodo", "JOKO%20WIDODO")) {
            String page = http.get("/person?name=" + typed).raw().body();
            assertThat(page).as(typed).contains("<h1>Joko Widodo</h1>").contains("naik kuda").contains("siap dikritik");
        }
        assertThat(http.get("/api/quotes?speaker=Joko%20Widodo").body().get("total").asInt()).isEqualTo(2);
        assertThat(http.get("/api/quotes?speaker=Jokowi").body().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void theDirectoryIsPagedByOffsetOrCursorAndExportedWhole() throws Exception {
        JsonNode first = http.get("/api/people?limit=3").body();
        JsonNode second = http.get("/api/people?limit=3&cursor=" + first.get("next_cursor").asText()).body();
        JsonNode byOffset = http.get("/api/people?limit=3&offset=3").body();
        assertThat(names(second)).isEqualTo(names(byOffset)).doesNotContainAnyElementsOf(names(first));
        int total = first.get("total").asInt();

        Answer csv = http.get("/api/people?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        String[] lines = csv.raw().body().split("\r?\n");
        assertThat(lines[0]).isEqualTo("name,type,articles,quoted_in,also_as");
        assertThat(lines).hasSize(total + 1).contains("Kremlin,organisation,5,1,");
        Answer jsonl = http.get("/api/people?format=jsonl&type=person");
        assertThat(TestHttp.lines(jsonl.raw().body())).extracting(n -> n.get("type").asText()).containsOnly("person");
    }

    @ParameterizedTest
    @CsvSource({
            "/api/people?type=place, type",
            "/api/people?sort=popular, sort",
            "/api/people?prefix=, prefix",
            "/api/people?limit=0, limit",
            "/api/people?offset=x, offset",
            "/api/people?format=csv&limit=5, limit",
            "/api/people?cursor=nonsense, cursor",
            "/api/people?prefix=%zz, prefix",
            "/api/people?name=Kremlin, name",
            "/api/stories?offset=-1, offset",
            "/api/stories/S1/outlets?x=1, x",
            "/api/search?q=peskov&from=2022-13-01, from"
    })
    void badParametersAre400NamingThem(String path, String parameter) throws Exception {
        Answer r = http.get(path);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.body().get("parameter").asText()).isEqualTo(parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/people?type=place", "/people?sort=x", "/people?limit=1000", "/people?offset=-3", "/?offset=x",
            "/?offset=10001"})
    void badPageParametersAre400Pages(String path) throws Exception {
        Answer r = http.get(path);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.raw().body()).startsWith("<!doctype html>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/people", "/api/people", "/api/people?format=csv", "/api/stories/S1/outlets",
            "/assets/charts.js", "/assets/uPlot.min.js", "/assets/uPlot.min.css"})
    void everyNewAddressAnswersHeadAndRefusesOtherMethods(String path) throws Exception {
        Answer head = http.raw("HEAD", path, "");
        assertThat(head.status()).as(path).isEqualTo(200);
        assertThat(head.raw().body()).isEmpty();
        Answer post = http.raw("POST", path, "Content-Length: 0\r\n");
        assertThat(post.status()).as(path).isEqualTo(405);
        assertThat(post.raw().headers().firstValue("allow")).hasValue("GET, HEAD");
    }

    @Test
    void theDirectoryPageLinksEachNameToItsPersonPageAndKeepsAnEmptyFormAny() throws Exception {
        Answer page = http.get("/people?prefix=&type=&sort=name");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("href=\"/person?name=Dmitry+Peskov\"")
                .contains("href=\"/api/people?sort=name&amp;format=csv\"");
        Answer english = http.get("/people?prefix=kre&lang=en");
        assertThat(english.raw().body()).contains("1 name").contains("organisation").contains(">Kremlin</a>")
                .doesNotContain("Dmitry Peskov");
    }

    @Test
    void aStoryCardNamesItsOutletsFlagsAndDaysAndItsPageTheOutletsThatRanNone() throws Exception {
        JsonNode card = http.get("/api/stories").body().get("items").get(0);
        assertThat(card.get("id").asText()).isEqualTo("S1");
        assertThat(card.get("outlets")).hasSize(5);
        assertThat(card.get("outlets").get(0).get("articles").asInt()).isEqualTo(1);
        // the seeds' two tolls of the dead (gold claim group: disagreement)
        assertThat(card.get("disagreements").asInt()).isEqualTo(1);
        assertThat(card.get("first").asText()).isEqualTo("2022-02-25");
        assertThat(http.get("/api/stories?format=csv").raw().body().split("\r?\n")[0])
                .isEqualTo("id,title,articles,events,first,last,outlets,disagreements,updates");

        JsonNode outlets = http.get("/api/stories/S1/outlets").body();
        assertThat(outlets.get("covered")).extracting(o -> o.get("outlet").asText())
                .containsExactlyInAnyOrder("KNews.id", "WowKeren", "Suara.com", "Serambinews.com", "Gatra.com");
        assertThat(outlets.get("not_covered")).extracting(JsonNode::asText).containsExactly(OTHER_OUTLET);
        assertThat(http.get("/api/stories/S404/outlets").status()).isEqualTo(404);

        String front = http.get("/").raw().body();
        assertThat(front).contains("class=\"story-card\"").contains("Gatra.com").contains("1 angka diperselisihkan")
                .contains("2022-02-25 – 2022-03-14");
        String story = http.get("/story?id=S1&lang=en").raw().body();
        assertThat(story).contains("1 outlet in the store ran none of its articles")
                .contains("<li>Forum &lt;b&gt;Warga&lt;/b&gt;</li>").doesNotContain(OTHER_OUTLET);
    }

    @Test
    void theFrontPageIsPaged() throws Exception {
        assertThat(http.get("/?offset=30").status()).isEqualTo(200);
        assertThat(http.get("/?offset=30").raw().body()).doesNotContain("class=\"story-card\"");
    }

    @Test
    void aSearchCountsItsHitsPerDayAndOutletAndShowsThemAsAChartWithTheirStories() throws Exception {
        JsonNode days = http.get("/api/search?q=peskov").body().get("days");
        assertThat(days.toString()).contains("{\"day\":\"2022-02-25\",\"outlet\":\"KNews.id\",\"count\":1}");
        long counted = 0;
        for (JsonNode d : days) {
            counted += d.get("count").asLong();
        }
        assertThat(counted).isEqualTo(http.get("/api/search?q=peskov").body().get("total").asLong());

        String page = http.get("/search?q=peskov").raw().body();
        JsonNode chart = chartData(page, "chart-days");
        assertThat(chart.get("unit").asText()).isEqualTo("day");
        assertThat(chart.get("select").asText()).isEqualTo("/search?q=peskov");
        assertThat(chart.get("series")).extracting(s -> s.get("label").asText()).contains("KNews.id", "Gatra.com");
        assertThat(page).contains("Cerita dari hasil ini").contains("class=\"story-card\"")
                .doesNotContain("<h3>Bulan</h3>");
        // an outlet named with markup travels in the chart's data escaped, never as a tag
        String other = http.get("/search?q=demak").raw().body();
        assertThat(chartData(other, "chart-days").get("series").get(0).get("label").asText()).isEqualTo(OTHER_OUTLET);
        assertThat(other).doesNotContain(OTHER_OUTLET);
    }

    @Test
    void theStoryTimelineListsEventsByTheDayTheyHappenedEachWithAnAddress() throws Exception {
        String page = http.get("/story?id=S1").raw().body();
        JsonNode timeline = chartData(page, "timeline-S1");
        assertThat(timeline.get("events").get(0).get(0).get("anchor").asText()).isEqualTo("event-E1");
        assertThat(page).contains("<li id=\"event-E1\">").contains("hari terjadinya")
                .contains("<script src=\"/assets/uPlot.min.js\"></script>");
        Answer event = http.get("/event?id=E4");
        assertThat(event.raw().headers().firstValue("location")).hasValue("/story?id=S1#event-E4");
    }

    @Test
    void theChartFilesAreServedFromTheServerUnderAPolicyThatAllowsNoOtherHost() throws Exception {
        Answer library = http.get("/assets/uPlot.min.js");
        assertThat(library.status()).isEqualTo(200);
        assertThat(library.raw().headers().firstValue("content-type").orElse("")).startsWith("text/javascript");
        assertThat(library.raw().body()).contains("uPlot");
        assertThat(http.get("/assets/uPlot.min.css").raw().headers().firstValue("content-type").orElse(""))
                .startsWith("text/css");
        String tag = library.raw().headers().firstValue("etag").orElseThrow();
        assertThat(http.raw("GET", "/assets/uPlot.min.js", "If-None-Match: " + tag + "\r\n").status()).isEqualTo(304);
        assertThat(http.get("/assets/evil.js").status()).isEqualTo(404);
        assertThat(http.get("/assets/charts.js?v=1").status()).isEqualTo(400);
        String policy = http.get("/search?q=peskov").raw().headers().firstValue("content-security-policy").orElse("");
        assertThat(policy).contains("script-src 'self' 'sha256-").contains("style-src 'self' 'sha256-")
                .doesNotContain("unsafe-inline").doesNotContain("http");
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(i -> names.add(i.get("name").asText()));
        return names;
    }

    /** The data of the chart drawn into {@code id}, as the page carries it. */
    private static JsonNode chartData(String page, String id) throws Exception {
        Matcher m = Pattern.compile("<script type=\"application/json\" data-chart=\"" + id + "\">(.*?)</script>").matcher(page);
        assertThat(m.find()).as("chart " + id).isTrue();
        return JSON.readTree(m.group(1));
    }
}
