package id.kabar.spark.tables;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.MemberRef;
import id.kabar.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * The rows of one kind of cross-article group, one per member, story by story: a group is its story's id and its
 * index there, and all its rows are filed under its first member's day so that a group is never split over days.
 */
final class GroupRows {
    /** One member's row; {@code article} is null when the run does not hold the member's article. */
    @FunctionalInterface
    interface RowOf<G> {
        Row row(String storyId, int groupIndex, G group, int memberIndex, MemberRef member, AnnotatedArticle article,
                java.sql.Date day);
    }

    private GroupRows() {
    }

    static <G> List<Row> of(LinkedRun run, Function<Story, List<G>> groups, Function<G, List<MemberRef>> members,
                            RowOf<G> row) {
        List<Row> rows = new ArrayList<>();
        for (Story s : run.corpus().stories()) {
            List<G> ofStory = groups.apply(s);
            for (int g = 0; g < ofStory.size(); g++) {
                List<MemberRef> refs = members.apply(ofStory.get(g));
                java.sql.Date day = Columns.day(run.firstDay(refs.stream().map(MemberRef::article).toList()));
                for (int m = 0; m < refs.size(); m++) {
                    MemberRef ref = refs.get(m);
                    rows.add(row.row(s.id(), g, ofStory.get(g), m, ref, run.article(ref.article()), day));
                }
            }
        }
        return rows;
    }
}
