package id.kabar.spark.tables;

import static id.kabar.spark.tables.Column.INDEX;
import static id.kabar.spark.tables.Column.KEY;
import static id.kabar.spark.tables.Column.MEASURE;
import static id.kabar.spark.tables.Column.OFFSET;
import static id.kabar.spark.tables.Column.TEXT;

import id.kabar.model.Claim;
import id.kabar.model.ClaimGroup;
import id.kabar.model.Story;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row per member of a claim group (figures that count the same thing): the group is
 * ({@code story_id}, {@code group_index}) with its category, subject and kind, the member its article, its
 * claim's index there and that claim's value and span.
 */
public final class ClaimGroupsTable extends Table {
    public ClaimGroupsTable() {
        super("claim_groups", 1, KEY.named("story_id"), INDEX.named("group_index"), KEY.named("category"),
                TEXT.named("subject"), KEY.named("kind"), INDEX.named("member_index"), KEY.named("article_id"),
                INDEX.named("claim_index"), MEASURE.named("value"), OFFSET.named("start"), OFFSET.named("end"));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return GroupRows.of(run, Story::claimGroups, ClaimGroup::members, (story, g, group, m, ref, article, day) -> {
            Claim claim = article == null ? null : Columns.at(article.annotations().claims(), ref.index());
            return RowFactory.create(story, g, group.category().wire(), group.subject(), group.kind().wire(), m,
                    ref.article(), ref.index(), claim == null ? null : claim.value(),
                    claim == null ? null : claim.start(), claim == null ? null : claim.end(), day);
        });
    }
}
