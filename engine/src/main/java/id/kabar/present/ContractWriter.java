package id.kabar.present;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import id.kabar.model.Claim;
import id.kabar.model.ClaimGroup;
import id.kabar.model.Entity;
import id.kabar.model.Event;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.MemberRef;
import id.kabar.model.Quote;
import id.kabar.model.QuoteGroup;
import id.kabar.model.Rejection;
import id.kabar.model.Story;
import id.kabar.model.TimeMention;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the output contract ({@code articles.jsonl}, {@code stories.jsonl}, {@code rejected.jsonl}).
 * Each file is written beside its target and moved into place, so a reader never sees half a file.
 */
public final class ContractWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    /**
     * A line's JSON written straight into the file's buffer, never flushed by itself: made into a string first, the
     * CLICK-ID week's 46 MB of articles were built twice over.
     */
    private static final ObjectWriter LINE = JSON.writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .without(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);

    public void write(Path dir, List<AnnotatedArticle> articles, LinkedCorpus corpus, List<Rejection> rejected) {
        try {
            Files.createDirectories(dir);
            writeLines(dir.resolve("articles.jsonl"), articles, a -> articleJson(a, corpus.links().get(a.id())));
            writeLines(dir.resolve("stories.jsonl"), corpus.stories(), ContractWriter::storyJson);
            writeLines(dir.resolve("rejected.jsonl"), rejected, ContractWriter::rejectionJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per item, each built as it is written, so the file never sits in memory as JSON trees. */
    private static <T> void writeLines(Path target, List<T> items, Function<T, ObjectNode> json) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (T item : items) {
                LINE.writeValue(w, json.apply(item));
                w.write('\n');
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One article as the contract's JSON object; {@code links} may be null before linking. */
    public static ObjectNode articleJson(AnnotatedArticle annotated, ArticleLinks links) {
        Article a = annotated.article();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("url", a.url());
        o.put("language", a.language());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("published_basis", a.publishedBasis() == null ? null : a.publishedBasis().wire());
        o.put("published_source", a.publishedSource() == null ? null : a.publishedSource().wire());
        o.put("modified", a.modified() == null ? null : a.modified().toString());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        o.put("dateline", a.dateline());
        o.put("body", a.body());
        o.put("duplicate_of", links == null ? null : links.duplicateOf());
        o.put("event", links == null ? null : links.event());
        o.put("story", links == null ? null : links.story());
        ArrayNode entities = o.putArray("entities");
        for (Entity e : annotated.annotations().entities()) {
            ObjectNode n = entities.addObject();
            n.put("name", e.name());
            n.put("type", e.type().name());
            e.mentions().forEach(n.putArray("mentions")::add);
            e.roles().forEach(n.putArray("roles")::add);
            ArrayNode spans = n.putArray("spans");
            e.spans().forEach(s -> spans.addArray().add(s.start()).add(s.end()));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : annotated.annotations().quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("text", q.text());
            n.put("kind", q.kind().wire());
            n.put("speaker", q.speaker());
            n.put("speaker_type", q.speakerType() == null ? null : q.speakerType().name());
            n.put("cue", q.cue());
            n.put("start", q.start());
            n.put("end", q.end());
        }
        ArrayNode times = o.putArray("times");
        for (TimeMention t : annotated.annotations().times()) {
            ObjectNode n = times.addObject();
            n.put("text", t.text());
            n.put("value", t.value().toString());
            n.put("start", t.start());
            n.put("end", t.end());
        }
        ArrayNode claims = o.putArray("claims");
        for (Claim c : annotated.annotations().claims()) {
            ObjectNode n = claims.addObject();
            n.put("text", c.text());
            n.put("category", c.category().wire());
            if (c.value() == Math.rint(c.value()) && Math.abs(c.value()) < 1e15) {
                n.put("value", (long) c.value());
            } else {
                n.put("value", c.value());
            }
            n.put("qualifier", c.qualifier().wire());
            n.put("unit", c.unit());
            n.put("subject", c.subject());
            n.put("claimant", c.claimant());
            n.put("as_of", c.asOf() == null ? null : c.asOf().toString());
            n.put("start", c.start());
            n.put("end", c.end());
        }
        return o;
    }

    public static ObjectNode storyJson(Story s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        s.articles().forEach(o.putArray("articles")::add);
        ArrayNode events = o.putArray("events");
        for (Event e : s.events()) {
            ObjectNode n = events.addObject();
            n.put("id", e.id());
            n.put("date", e.date() == null ? null : e.date().toString());
            n.put("title", e.title());
            e.articles().forEach(n.putArray("articles")::add);
        }
        ArrayNode quoteGroups = o.putArray("quote_groups");
        for (QuoteGroup g : s.quoteGroups()) {
            ObjectNode n = quoteGroups.addObject();
            n.put("speaker", g.speaker());
            members(n.putArray("members"), g.members(), "quote");
        }
        ArrayNode claimGroups = o.putArray("claim_groups");
        for (ClaimGroup g : s.claimGroups()) {
            ObjectNode n = claimGroups.addObject();
            n.put("category", g.category().wire());
            n.put("subject", g.subject());
            n.put("kind", g.kind().wire());
            members(n.putArray("members"), g.members(), "claim");
        }
        return o;
    }

    private static void members(ArrayNode out, List<MemberRef> members, String indexField) {
        for (MemberRef m : members) {
            out.addObject().put("article", m.article()).put(indexField, m.index());
        }
    }

    public static ObjectNode rejectionJson(Rejection r) {
        return JSON.createObjectNode().put("id", r.id()).put("reason", r.reason());
    }
}
