package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.annotate.Annotator;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.PublishedBasis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Six IndoSum articles weeks apart: Pos Kota on Sandiaga Uno and the Jakarta bay reclamation, then on
 * vehicle-test brokers four weeks later (one deputy governor, two matters); CNN Indonesia on Sri Mulyani's
 * growth forecast, then on her call to arrest the rush-money agitators ten days later (one minister, two
 * matters); CNN Indonesia on the driver of Setya Novanto's crashed car named a suspect, then on Novanto
 * wanting the crash case dropped three weeks later (one thread).
 */
class StoryEvidenceTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final List<ArticleProfile> profiles = new ArrayList<>();
    private final DocumentFrequencies df;

    StoryEvidenceTest() throws IOException {
        Vocabulary vocabulary = new Vocabulary();
        ArticleProfiler profiler = new ArticleProfiler(vocabulary);
        df = new DocumentFrequencies(vocabulary, BackgroundFrequencies.bundled());
        for (AnnotatedArticle a : articles()) {
            ArticleProfile p = profiler.profile(profiles.size(), a);
            profiles.add(p);
            df.add(p);
        }
    }

    @Test
    void aFamousNameWeeksApartWithoutSharedWordsDoesNotThread() {
        PairFeatures sandiaga = pair("reklamasi-sandi", "calo-kir");
        PairFeatures sriMulyani = pair("ekonomi-kuartal-iv", "rushmoney");

        assertThat(sandiaga.dayGap()).isGreaterThan(StoryThreader.NAMES_ALONE_DAYS);
        assertThat(sriMulyani.dayGap()).isGreaterThan(StoryThreader.NAMES_ALONE_DAYS);
        assertThat(StoryThreader.sameStory(sandiaga)).isFalse();
        assertThat(StoryThreader.sameStory(sriMulyani)).isFalse();
        // Within a week the same names and words would still thread them, as a reaction days later should.
        assertThat(StoryThreader.sameStory(daysApart(sandiaga, 5))).isTrue();
        assertThat(StoryThreader.sameStory(daysApart(sriMulyani, 5))).isTrue();
    }

    @Test
    void aThreadTakenUpWeeksLaterInItsOwnWordsStillJoins() {
        PairFeatures crash = pair("wartawan-sopir", "kasus-kecelakaannya");

        assertThat(crash.dayGap()).isGreaterThan(StoryThreader.NAMES_ALONE_DAYS);
        assertThat(StoryThreader.sameStory(crash)).isTrue();
        // The words back every shared name, so the names count in full.
        assertThat(StoryThreader.evidence(crash)).isEqualTo(StoryThreader.evidence(daysApart(crash, 5)));
    }

    /** The same pair reported the given number of days apart. */
    private static PairFeatures daysApart(PairFeatures f, int days) {
        return new PairFeatures(f.termCosine(), f.entityOverlap(), f.sharedQuotes(), days, f.sameOutlet());
    }

    private PairFeatures pair(String first, String second) {
        return PairFeatures.of(profile(first), profile(second), df);
    }

    private ArticleProfile profile(String word) {
        return profiles.stream().filter(p -> p.id().contains(word)).findFirst().orElseThrow();
    }

    private static List<AnnotatedArticle> articles() throws IOException {
        List<AnnotatedArticle> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                StoryEvidenceTest.class.getResourceAsStream("/link/indosum-weeks-apart.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = json.readTree(line);
                LocalDate published = LocalDate.parse(n.get("published").asText());
                out.add(ANNOTATOR.annotate(new Article(n.get("id").asText(), null, "id", n.get("outlet").asText(),
                        n.get("title").asText(), published, PublishedBasis.STATED, List.of(), null, n.get("body").asText())));
            }
        }
        return out;
    }
}
