package id.kabar.present;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code report.html}: a readable page of one run. Every scraped string is escaped. */
public final class HtmlReport {

    public void write(Path file, List<AnnotatedArticle> articles, List<Rejection> rejected) throws IOException {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Kabar report</title>")
                .append("<style>body{font-family:sans-serif;max-width:50em;margin:auto}article{border-bottom:1px solid #ccc;padding:1em 0}")
                .append(".meta{color:#555}p{line-height:1.5}</style></head><body>");
        h.append("<h1>Kabar</h1><p class=\"meta\">").append(articles.size()).append(" articles, ")
                .append(rejected.size()).append(" rejected</p>");
        for (AnnotatedArticle annotated : articles) {
            Article a = annotated.article();
            h.append("<article><h2>").append(escape(a.title() == null ? a.id() : a.title())).append("</h2>");
            h.append("<p class=\"meta\">").append(escape(a.outlet() == null ? "" : a.outlet()))
                    .append(" · ").append(a.published() == null ? "" : a.published().toString())
                    .append(" · ").append(escape(String.join(", ", a.authors()))).append("</p>");
            for (String para : a.body().split("\n\n")) {
                h.append("<p>").append(escape(para)).append("</p>");
            }
            h.append("</article>");
        }
        h.append("</body></html>\n");
        Files.writeString(file, h, StandardCharsets.UTF_8);
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
