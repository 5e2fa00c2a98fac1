package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentBlockMarksTest {
    @Test
    void marksNameTheCommentBlocksOfOtherLanguagesAndNotTheArticle() {
        // the Portuguese date page's <section class="comentarios">, a German <div id="kommentare">, disqus' own block
        assertThat(CommentBlockMarks.all()).anyMatch("comentarios"::contains)
                .anyMatch("kommentare"::contains).anyMatch("disqus_thread"::contains);
        // the article's own blocks (<div class="article-body">, <article class="post">) are named by none
        assertThat(CommentBlockMarks.all()).noneMatch("article-body"::contains).noneMatch("post"::contains);
    }
}
