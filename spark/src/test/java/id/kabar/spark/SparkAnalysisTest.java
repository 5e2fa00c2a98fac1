package id.kabar.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kabar.ingest.InputListing;
import id.kabar.model.Rejection;
import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.AnalysisResult;
import id.kabar.pipeline.ProgressListener;
import id.kabar.spark.input.HadoopInputLocations;
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

    @Test
    void inputsReadThroughHadoopsFileSystemGiveWhatTheSameFilesGiveLocally() throws IOException {
        Path folder = Files.createDirectory(pages.resolve("crawl"));
        SeedPages.copyTo(folder);
        // one file given directly, as a URI of its own: its id is its name
        Path single = Files.move(folder.resolve("004_7ddc2eaf4f871cd2.txt"), pages.resolve("004_7ddc2eaf4f871cd2.txt"));

        JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
        // file: URIs go through Hadoop's LocalFileSystem, as hdfs: and s3a: go through theirs
        InputListing hadoop = new HadoopInputLocations(spark.hadoopConfiguration())
                .list(List.of(folder.toUri().toString(), single.toUri().toString()));
        AnalysisResult throughHadoop = new Analysis(new SparkBatchAnalyser(spark, 3))
                .run(hadoop, 4, ProgressListener.NONE);
        AnalysisResult local = new Analysis().run(List.of(folder, single), ProgressListener.NONE);

        assertThat(throughHadoop.articles()).extracting(a -> a.id())
                .containsExactly("000_86f43b5cfb7fa804.txt", "001_bb5c99d770ea7f4d.txt", "002_b460263d79ef5caa.txt",
                        "003_55d644978c1cee49.txt", "004_7ddc2eaf4f871cd2.txt");
        assertThat(throughHadoop.articles()).isEqualTo(local.articles());
        assertThat(throughHadoop.corpus()).isEqualTo(local.corpus());
        assertThat(throughHadoop.rejected()).isEmpty();
    }

    @Test
    void aHadoopInputThatDoesNotExistIsRefusedBeforeAnythingIsRead() {
        HadoopInputLocations locations = new HadoopInputLocations(session.sparkContext().hadoopConfiguration());
        assertThatThrownBy(() -> locations.list(List.of(pages.resolve("missing").toUri().toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no such file or folder: file:");
    }
}
