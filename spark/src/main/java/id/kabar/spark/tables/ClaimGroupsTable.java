package id.kabar.spark.tables;

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
        super("claim_groups", 1, Columns.withDay(
                Columns.key("story_id"), Columns.index("group_index"), Columns.key("category"), Columns.text("subject"),
                Columns.key("kind"), Columns.index("member_index"), Columns.key("article_id"), Columns.index("claim_index"),
                Columns.measure("value"), Columns.offset("start"), Columns.offset("end")));
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
