package id.kabar.spark;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Rejection;
import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.AnalysisResult;
import id.kabar.pipeline.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark runner gives what a local run gives: the same articles, links and rejections, in the same order. */
class SparkAnalysisTest {
    private static SparkSession session;

    @TempDir
    Path pages;

    @BeforeAll
    static void startSpark() {
        session = SparkSession.builder().appName("kabar-test").master("local[2]")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        session.stop();
    }

    @Test
    void aRunSpreadOverSparkEqualsALocalRun() throws IOException {
        SeedPages.copyTo(pages);
        // A page with nothing to read: its rejection is made on an executor and must come back too.
        Files.writeString(pages.resolve("menu-only.html"), "<html><body><nav><a href=/>Beranda</a></nav></body></html>");

        JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
        AnalysisResult onSpark = new Analysis(new SparkBatchAnalyser(spark, 3)).run(List.of(pages), 2, ProgressListener.NONE);
        AnalysisResult local = new Analysis().run(List.of(pages), ProgressListener.NONE);

        assertThat(onSpark.articles()).hasSize(5).isEqualTo(local.articles());
        assertThat(onSpark.corpus()).isEqualTo(local.corpus());
        assertThat(onSpark.rejected()).extracting(Rejection::id).containsExactly("menu-only.html");
        assertThat(onSpark.rejected()).isEqualTo(local.rejected());
        assertThat(onSpark.corpus().stories()).isNotEmpty();
    }
}
