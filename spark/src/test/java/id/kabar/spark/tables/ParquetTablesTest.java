package id.kabar.spark.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Event;
import id.kabar.model.MemberRef;
import id.kabar.model.Quote;
import id.kabar.model.Story;
import id.kabar.pipeline.Analysis;
import id.kabar.pipeline.AnalysisResult;
import id.kabar.pipeline.ProgressListener;
import id.kabar.spark.SeedPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables of a run of the five example pages, written on {@code local[2]} and read back: each with its
 * columns, filed by day, holding what the contract holds, and every fact pointing back into its article body.
 */
class ParquetTablesTest {
    private static SparkSession session;
    private static AnalysisResult run;
    private static String tables;

    @TempDir
    static Path work;

    @BeforeAll
    static void writeTables() throws IOException {
        session = SparkSession.builder().appName("kabar-tables-test").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        Path pages = Files.createDirectory(work.resolve("pages"));
        SeedPages.copyTo(pages);
        run = new Analysis().run(List.of(pages), ProgressListener.NONE);
        tables = work.resolve("tables").toUri().toString();
        new TableWriter(session).write(tables, new LinkedRun(run.articles(), run.corpus()));
    }

    @AfterAll
    static void stopSpark() {
        session.stop();
    }

    private static Dataset<Row> read(String table) {
        return session.read().parquet(tables + "/" + table);
    }

    @Test
    void everyTableReadsBackWithItsColumnsAndTheDayItIsFiledUnder() throws IOException {
        for (Table table : TableWriter.TABLES) {
            // Parquet reads every column back as nullable, which the types' simple strings leave out
            assertThat(read(table.name()).schema().fields()).as(table.name())
                    .extracting(StructField::name, f -> f.dataType().simpleString())
                    .containsExactlyElementsOf(Stream.of(table.schema().fields())
                            .map(f -> tuple(f.name(), f.dataType().simpleString())).toList());
        }
        assertThat(read("articles").schema().apply(Columns.DAY).dataType()).isEqualTo(DataTypes.DateType);
        try (Stream<Path> days = Files.list(work.resolve("tables/articles"))) {
            assertThat(days.map(p -> p.getFileName().toString())).contains("day=2022-02-28");
        }

        JsonNode manifest = new ObjectMapper().readTree(work.resolve("tables").resolve(TableWriter.MANIFEST).toFile());
        assertThat(manifest.get("tables").size()).isEqualTo(TableWriter.TABLES.size());
        assertThat(manifest.get("tables").get("articles").asInt()).isEqualTo(new ArticlesTable().version());
    }

    @Test
    void articlesAreFiledUnderTheirPublishedDayWithTheirEventAndStory() {
        Map<String, Row> rows = read("articles").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("article_id"), Function.identity()));
        assertThat(rows).hasSize(5);
        for (AnnotatedArticle a : run.articles()) {
            Row row = rows.get(a.id());
            assertThat(row.<String>getAs("body")).isEqualTo(a.article().body());
            assertThat(localDate(row, "day")).isEqualTo(a.article().published()).isEqualTo(localDate(row, "published"));
            assertThat(row.<String>getAs("story_id")).isEqualTo(run.corpus().links().get(a.id()).story());
            assertThat(row.<String>getAs("event_id")).isEqualTo(run.corpus().links().get(a.id()).event());
        }
    }

    @Test
    void everyFactRowPointsBackToItsEvidenceInTheBody() {
        // the spans read through SQL, as a user would: Spark's substring counts from 1
        List<Row> quotes = session.sql("SELECT q.article_id, q.quote_index, q.text, q.start, q.end,"
                + " substring(a.body, q.start + 1, q.end - q.start) AS evidence"
                + " FROM parquet.`" + tables + "/quotes` q JOIN parquet.`" + tables + "/articles` a"
                + " ON q.article_id = a.article_id").collectAsList();
        assertThat(quotes).hasSize(count(a -> a.annotations().quotes().size()));
        assertThat(quotes).isNotEmpty().allSatisfy(row -> {
            AnnotatedArticle article = article(row.getAs("article_id"));
            Quote quote = article.annotations().quotes().get(row.<Integer>getAs("quote_index"));
            assertThat(row.<String>getAs("text")).isEqualTo(quote.text());
            assertThat(row.<String>getAs("evidence"))
                    .isEqualTo(article.article().body().substring(quote.start(), quote.end()));
        });
        assertThat(read("claims").collectAsList()).hasSize(count(a -> a.annotations().claims().size()))
                .allSatisfy(row -> assertThat(article(row.getAs("article_id")).article().body()
                        .substring(row.<Integer>getAs("start"), row.<Integer>getAs("end")))
                        .isEqualTo(article(row.getAs("article_id")).annotations().claims()
                                .get(row.<Integer>getAs("claim_index")).text()));
        assertThat(read("times").count()).isEqualTo(count(a -> a.annotations().times().size()));
        assertThat(read("entities").collectAsList()).hasSize(count(a -> a.annotations().entities().size()))
                .allSatisfy(row -> assertThat(row.<scala.collection.Seq<Row>>getAs("spans").size()).isPositive());
    }

    @Test
    void eventsStoriesAndGroupsHoldWhatTheContractHolds() {
        List<Story> stories = run.corpus().stories();
        List<Event> events = stories.stream().flatMap(s -> s.events().stream()).toList();
        Map<String, Row> eventRows = read("events").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("event_id"), Function.identity()));
        assertThat(eventRows.keySet()).containsExactlyInAnyOrderElementsOf(events.stream().map(Event::id).toList());
        for (Event e : events) {
            Row row = eventRows.get(e.id());
            assertThat(localDate(row, "date")).isEqualTo(e.date());
            // an event whose day is not known is filed under its first article's day
            LocalDate firstPublished = e.articles().stream().map(id -> article(id).article().published())
                    .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            assertThat(localDate(row, "day")).isEqualTo(e.date() != null ? e.date() : firstPublished);
        }
        assertThat(read("stories").count()).isEqualTo(stories.size());

        List<MemberRef> quoteMembers = stories.stream().flatMap(s -> s.quoteGroups().stream())
                .flatMap(g -> g.members().stream()).toList();
        assertThat(quoteMembers).isNotEmpty();
        List<Row> quoteGroupRows = read("quote_groups").collectAsList();
        assertThat(quoteGroupRows)
                .extracting(r -> new MemberRef(r.getAs("article_id"), r.<Integer>getAs("quote_index")))
                .containsExactlyInAnyOrderElementsOf(quoteMembers);
        assertThat(quoteGroupRows).allSatisfy(r -> assertThat(r.<Integer>getAs("start"))
                .isEqualTo(article(r.getAs("article_id")).annotations().quotes().get(r.<Integer>getAs("quote_index"))
                        .start()));

        List<MemberRef> claimMembers = stories.stream().flatMap(s -> s.claimGroups().stream())
                .flatMap(g -> g.members().stream()).toList();
        assertThat(read("claim_groups").collectAsList())
                .extracting(r -> new MemberRef(r.getAs("article_id"), r.<Integer>getAs("claim_index")))
                .containsExactlyInAnyOrderElementsOf(claimMembers);
    }

    private static AnnotatedArticle article(String id) {
        return run.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static int count(java.util.function.ToIntFunction<AnnotatedArticle> facts) {
        return run.articles().stream().mapToInt(facts).sum();
    }

    private static LocalDate localDate(Row row, String column) {
        java.sql.Date day = row.getAs(column);
        return day == null ? null : day.toLocalDate();
    }
}
