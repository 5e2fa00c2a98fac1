package id.kabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.MemberRef;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Qualifier;
import id.kabar.model.Span;
import id.kabar.model.Story;
import id.kabar.server.TestHttp.Answer;
import id.kabar.store.SeedCorpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figures page and {@code /api/claims}: every claim group of the corpus, on the seeds (the death toll of the
 * first days of the war in Ukraine, where outlets disagree) and a second story, the Sentani flash flood of March
 * 2019, whose toll was updated from one day to the next.
 */
class FiguresTest {
    private static final String SENTANI_1 = "kompas/sentani-1.html";
    private static final String SENTANI_2 = "antara/sentani-2.html";
    private static final String TOLL_1 = "Korban meninggal dunia akibat banjir bandang di Sentani bertambah menjadi 79 orang";
    private static final String TOLL_2 = "Jumlah korban meninggal dunia banjir bandang Sentani menjadi 89 orang";

    @RegisterExtension
    static final ServedStore served = ServedStore.filledWith(store -> {
        SeedCorpus seeds = SeedCorpus.load();
        seeds.storeInto(store);
        store.put(flood(SENTANI_1, "Kompas.com", LocalDate.of(2019, 3, 18), TOLL_1 + ", kata Kepala Pusat Data BNPB.", 79,
                "BNPB"), 1);
        store.put(flood(SENTANI_2, "Antara", LocalDate.of(2019, 3, 19), TOLL_2 + ", menurut BNPB.", 89, "BNPB"), 2);
        Map<String, ArticleLinks> links = new HashMap<>(seeds.corpus().links());
        links.put(SENTANI_1, new ArticleLinks(null, "E9", "S9"));
        links.put(SENTANI_2, new ArticleLinks(null, "E9", "S9"));
        List<Story> stories = new ArrayList<>(seeds.corpus().stories());
        stories.add(new Story("S9", "Banjir bandang Sentani", List.of(SENTANI_1, SENTANI_2),
                List.of(new Event("E9", LocalDate.of(2019, 3, 16), "Banjir bandang Sentani", List.of(SENTANI_1, SENTANI_2))),
                List.of(), List.of(new ClaimGroup(ClaimCategory.KILLED, "orang", ClaimGroupKind.UPDATE,
                        List.of(new MemberRef(SENTANI_1, 0), new MemberRef(SENTANI_2, 0))))));
        store.commit(new byte[0], new LinkedCorpus(links, stories));
    });
    static final TestHttp http = served.http();

    private static AnnotatedArticle flood(String id, String outlet, LocalDate published, String body, double toll,
                                          String claimant) {
        int end = body.indexOf(" orang") + " orang".length();
        int sentani = body.indexOf("Sentani");
        return new AnnotatedArticle(new Article(id, null, "id", outlet, "Banjir bandang Sentani", published,
                PublishedBasis.STATED, List.of(), null, body), new Annotations(
                List.of(new Entity("Sentani", EntityType.LOC, List.of("Sentani"), List.of(), List.of(new Span(sentani, sentani + 7)))),
                List.of(), List.of(), List.of(new Claim(body.substring(0, end), ClaimCategory.KILLED, toll, Qualifier.EXACT,
                        "orang", "korban meninggal dunia", claimant, published, 0, end))));
    }

    @Test
    void everyClaimGroupNewestFirstWithItsFiguresSideBySide() throws Exception {
        Answer all = http.get("/api/claims");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("total").asInt()).isEqualTo(2);
        JsonNode war = all.body().get("items").get(0);
        assertThat(war.get("flag").asText()).isEqualTo("disagreement");
        assertThat(war.get("newest").asText()).isEqualTo("2022-02-25");
        assertThat(war.get("members").findValuesAsText("outlet")).containsExactly("KNews.id", "WowKeren", "WowKeren");
        JsonNode flood = all.body().get("items").get(1);
        assertThat(flood.get("story").asText()).isEqualTo("S9");
        assertThat(flood.get("flag").asText()).isEqualTo("update");
        assertThat(flood.get("newest").asText()).isEqualTo("2019-03-19");
        assertThat(flood.get("members").findValuesAsText("value")).containsExactly("79.0", "89.0");
        assertThat(flood.get("members").findValuesAsText("claimant")).containsOnly("BNPB");
        assertThat(flood.get("members").findValuesAsText("as_of")).containsExactly("2019-03-18", "2019-03-19");
    }

    @Test
    void eachFigureNamesTheSentenceItWasReadFrom() throws Exception {
        for (JsonNode member : http.get("/api/claims").body().findValues("members")) {
            for (JsonNode m : member) {
                JsonNode article = http.get("/api/articles/" + TestHttp.enc(m.get("article").asText())).body();
                JsonNode claim = article.get("claims").get(m.get("index").asInt());
                assertThat(claim.get("text").asText()).isEqualTo(m.get("text").asText());
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "flag=disagreement|S1/0",
            "flag=update|S9/0",
            "flag=agreement|",
            "category=killed&outlet=kompas.com|S9/0",
            "outlet=WOWKEREN|S1/0",
            "entity=sentani|S9/0",
            "entity=Dmitry%20Peskov|S1/0",
            "from=2019-03-19&to=2019-03-31|S9/0",
            "from=2022-01-01|S1/0",
            "story=S1|S1/0",
            "category=money|",
    })
    void filtersNarrowTheGroups(String filter, String expected) throws Exception {
        Answer r = http.get("/api/claims?" + filter);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("items").findValuesAsText("id"))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/claims?flag=conflict|flag",
            "/api/claims?category=deaths|category",
            "/api/claims?from=2019-03-40|from",
            "/api/claims?from=2019-03-20&to=2019-03-01|from",
            "/api/claims?outlet=|outlet",
            "/api/claims?fbclid=1|fbclid",
    })
    void badFiltersAreRefusedWithTheirName(String url, String parameter) throws Exception {
        Answer r = http.get(url);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("parameter").asText()).isEqualTo(parameter);
    }

    @Test
    void theFiguresPageFilteredToDisagreementsLinksEachFigureToItsSentence() throws Exception {
        Answer page = http.get("/figures?flag=disagreement&utm_source=wa");
        assertThat(page.status()).isEqualTo(200);
        String html = page.raw().body();
        assertThat(html).contains("⚑").contains("137").contains("136").contains("pemerintah setempat")
                .contains("<option value=\"disagreement\" selected>").doesNotContain("Sentani")
                .contains("href=\"/article?id=001_bb5c99d770ea7f4d.txt#claim-1\"")
                .contains("href=\"/story?id=S1\"")
                .contains("href=\"/api/claims?flag=disagreement&amp;format=csv\"")
                .contains("1 kelompok angka");
        String article = http.get("/article?id=001_bb5c99d770ea7f4d.txt").raw().body();
        assertThat(article).contains("id=\"claim-1\"");
        assertThat(http.get("/figures?lang=en").raw().body()).contains("2 groups of figures");
        assertThat(http.get("/figures?lang=en&flag=update").raw().body()).contains("1 group of figures");
    }

    @Test
    void codesAreShownInTheReadersLanguageAndCountsInTheirPluralForm() throws Exception {
        String indonesian = http.get("/figures?flag=update").raw().body();
        assertThat(indonesian).contains("<h3>tewas · orang").contains("<td>tepat</td>")
                .contains("<option value=\"killed\">tewas</option>");
        String english = http.get("/figures?flag=update&lang=en").raw().body();
        assertThat(english).contains("<h3>killed · orang").contains("<td>exactly</td>");
        assertThat(http.get("/search?q=Sentani%20bertambah&lang=en").raw().body()).contains("1 result<");
        assertThat(http.get("/search?q=Sentani&lang=en").raw().body()).contains("2 results<");
        assertThat(http.get("/article?id=" + TestHttp.enc(SENTANI_1) + "&lang=en").raw().body())
                .contains("(stated on the page)").contains("killed · 79 · exactly");
    }

    @Test
    void theOutletFilterTakesTheOutletInAnyCase() throws Exception {
        assertThat(http.get("/api/search?q=BNPB&outlet=KOMPAS.COM").body().get("items").findValuesAsText("id"))
                .containsExactly(SENTANI_1);
        assertThat(http.get("/api/search?q=BNPB&outlet=kompas").body().get("total").asInt()).isZero();
    }

    @Test
    void aBadDateOnTheFiguresPageKeepsTheOtherFilters() throws Exception {
        Answer r = http.get("/figures?flag=update&from=18-03-2019");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw().body()).contains("class=\"problem\"").contains("18-03-2019")
                .contains("<option value=\"update\" selected>").contains("Sentani");
    }

    @Test
    void theClaimsExportHasARowForEveryFigureOfEveryGroup() throws Exception {
        String csv = http.get("/api/claims?format=csv").raw().body();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("group,flag,category,subject,story,article,index,title,outlet,published,value");
        assertThat(lines).hasSize(1 + 3 + 2);
        assertThat(lines.get(4)).startsWith("S9/0,update,killed,orang,S9,kompas/sentani-1.html,0,");
        List<JsonNode> rows = TestHttp.lines(http.get("/api/claims?format=jsonl&flag=disagreement").raw().body());
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.get("flag").asText()).isEqualTo("disagreement"));
    }
}
