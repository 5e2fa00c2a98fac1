package id.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.PublishedBasis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run over the five seed pages, none of which states its year: they are dated in the years the batch
 * covers before they are linked, so the Kremlin statement of 25 February 2022 (two rewrites) is one event
 * and the talks of 28 February, the toll of 1 March and the talks of 14 March are three more.
 */
class AnalysisTest {
    private static final List<String> SEEDS = List.of("000_86f43b5cfb7fa804.txt", "001_bb5c99d770ea7f4d.txt",
            "002_b460263d79ef5caa.txt", "003_55d644978c1cee49.txt", "004_7ddc2eaf4f871cd2.txt");

    @TempDir
    Path tmp;

    @Test
    void undatedPagesAreLinkedOnTheDaysTheBatchDatesThem() throws IOException {
        for (String name : SEEDS) {
            try (InputStream in = getClass().getResourceAsStream("/seeds/" + name)) {
                Files.copy(in, tmp.resolve(name));
            }
        }
        AnalysisResult result = new Analysis().run(List.of(tmp), ProgressListener.NONE);

        Map<String, LocalDate> published = result.articles().stream()
                .collect(Collectors.toMap(AnnotatedArticle::id, a -> a.article().published()));
        assertThat(published).containsEntry("000_86f43b5cfb7fa804.txt", LocalDate.of(2022, 2, 25))
                .containsEntry("003_55d644978c1cee49.txt", LocalDate.of(2022, 3, 14));
        assertThat(result.articles()).noneMatch(a -> a.article().publishedBasis() == PublishedBasis.STATED);
        Map<String, ArticleLinks> links = result.corpus().links();
        assertThat(links.get("001_bb5c99d770ea7f4d.txt").event()).isEqualTo(links.get("000_86f43b5cfb7fa804.txt").event());
        assertThat(SEEDS.stream().map(id -> links.get(id).event()).distinct()).hasSize(4);
        assertThat(SEEDS.stream().map(id -> links.get(id).story()).distinct()).hasSize(1);
    }
}
