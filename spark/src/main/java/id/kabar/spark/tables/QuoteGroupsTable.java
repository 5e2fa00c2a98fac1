package id.kabar.spark.tables;

import static id.kabar.spark.tables.Column.INDEX;
import static id.kabar.spark.tables.Column.KEY;
import static id.kabar.spark.tables.Column.OFFSET;
import static id.kabar.spark.tables.Column.TEXT;

import id.kabar.model.Quote;
import id.kabar.model.QuoteGroup;
import id.kabar.model.Story;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row per member of a quote group (the same statement in several articles): the group is
 * ({@code story_id}, {@code group_index}), the member its article, its quote's index there and that quote's span.
 */
public final class QuoteGroupsTable extends Table {
    public QuoteGroupsTable() {
        super("quote_groups", 1, KEY.named("story_id"), INDEX.named("group_index"), TEXT.named("speaker"),
                INDEX.named("member_index"), KEY.named("article_id"), INDEX.named("quote_index"), OFFSET.named("start"),
                OFFSET.named("end"));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return GroupRows.of(run, Story::quoteGroups, QuoteGroup::members, (story, g, group, m, ref, article, day) -> {
            Quote quote = article == null ? null : Columns.at(article.annotations().quotes(), ref.index());
            return RowFactory.create(story, g, group.speaker(), m, ref.article(), ref.index(),
                    quote == null ? null : quote.start(), quote == null ? null : quote.end(), day);
        });
    }
}
