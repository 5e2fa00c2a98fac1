package id.kabar.lang;

import java.util.List;

/**
 * The parts of a class or id that name the block of readers' comments under an article, in the languages of the
 * pages a news reader meets ({@code comment-block-marks.txt}: {@code komentar}, {@code coment}, {@code komment}): the
 * extract stage keeps that block's text out of the article and its dates off the article's day, and asks for the
 * marks here rather than reading the list itself.
 */
public final class CommentBlockMarks {
    private static final List<String> MARKS = WordLists.read(CommentBlockMarks.class, "comment-block-marks.txt");

    private CommentBlockMarks() {
    }

    /** The marks, lower-case, each compared as a part of a lowered class or id. */
    public static List<String> all() {
        return MARKS;
    }
}
