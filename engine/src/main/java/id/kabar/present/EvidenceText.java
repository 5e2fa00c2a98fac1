package id.kabar.present;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Claim;
import id.kabar.model.Entity;
import id.kabar.model.Quote;
import id.kabar.model.Span;
import id.kabar.model.TimeMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An article body cut into paragraphs and runs of text, each run carrying the facts read from it
 * (quotes, entity mentions, times, claims). Facts may overlap (a name inside a quote), so a run is
 * the stretch between any two fact boundaries and carries every fact that covers it.
 */
public record EvidenceText(List<Paragraph> paragraphs) {
    public EvidenceText {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * The text cut into parts of whole paragraphs, each of at most {@code maxChars} characters unless one paragraph
     * alone is longer: the article page shows one part, so a long article reaches its reader a part at a time.
     */
    public List<EvidenceText> parts(int maxChars) {
        List<EvidenceText> parts = new ArrayList<>();
        List<Paragraph> current = new ArrayList<>();
        int chars = 0;
        for (Paragraph p : paragraphs) {
            if (!current.isEmpty() && chars + p.length() > maxChars) {
                parts.add(new EvidenceText(current));
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(p);
            chars += p.length();
        }
        parts.add(new EvidenceText(current));
        return parts;
    }

    public record Paragraph(List<Run> runs) {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        /** The characters of text the paragraph shows. */
        public int length() {
            return runs.stream().mapToInt(r -> r.text().length()).sum();
        }
    }

    /** A fact and the kind of annotation it came from ({@code quote}, {@code entity}, {@code time}, {@code claim}). */
    public record Fact(String kind, String label) {
    }

    public record Run(String text, List<Fact> facts) {
        public Run {
            facts = List.copyOf(facts);
        }

        public boolean marked() {
            return !facts.isEmpty();
        }

        /** CSS classes: the kinds of the facts, most specific last so its colour wins. */
        public String classes() {
            Set<String> kinds = new LinkedHashSet<>();
            for (String k : List.of("entity", "time", "claim", "quote")) {
                if (facts.stream().anyMatch(f -> f.kind().equals(k))) {
                    kinds.add(k);
                }
            }
            return String.join(" ", kinds);
        }

        public String description() {
            return String.join("\n", facts.stream().map(Fact::label).toList());
        }
    }

    /** A fact at its place in the body; {@code order} keeps the facts of a run in the order they were read. */
    private record Located(int start, int end, Fact fact, int order) {
    }

    public static EvidenceText of(AnnotatedArticle annotated, Messages m) {
        String body = annotated.article().body();
        List<Located> facts = new ArrayList<>();
        for (Quote q : annotated.annotations().quotes()) {
            String label = m.get(q.kind() == id.kabar.model.QuoteKind.DIRECT ? "fact.quote.direct" : "fact.quote.indirect")
                    + " · " + (q.speaker() == null ? m.get("fact.speaker.unknown")
                    : m.get("fact.speaker") + ": " + q.speaker() + (q.speakerType() == null ? "" : " (" + q.speakerType() + ")"))
                    + (q.cue() == null ? "" : " · " + m.get("fact.cue") + ": " + q.cue());
            add(facts, body, q.start(), q.end(), new Fact("quote", label));
        }
        for (Entity e : annotated.annotations().entities()) {
            String label = m.get("fact.entity") + " " + e.type() + ": " + e.name()
                    + (e.roles().isEmpty() ? "" : " · " + String.join(", ", e.roles()));
            for (Span s : e.spans()) {
                add(facts, body, s.start(), s.end(), new Fact("entity", label));
            }
        }
        for (TimeMention t : annotated.annotations().times()) {
            add(facts, body, t.start(), t.end(), new Fact("time", m.get("fact.time") + ": " + t.value()));
        }
        for (Claim c : annotated.annotations().claims()) {
            add(facts, body, c.start(), c.end(), new Fact("claim", m.get("fact.claim") + " " + m.code("category", c.category().wire())
                    + ": " + Figures.format(c.value()) + " (" + m.code("qualifier", c.qualifier().wire()) + ")"
                    + (c.subject() == null ? "" : " · " + c.subject())
                    + (c.claimant() == null ? "" : " · " + m.get("claim.claimant") + " " + c.claimant())
                    + (c.asOf() == null ? "" : " · " + m.get("claim.asOf") + " " + c.asOf())));
        }
        return new EvidenceText(new Sweep(body, facts).paragraphs());
    }

    private static void add(List<Located> facts, String body, int start, int end, Fact fact) {
        if (start >= 0 && end > start && end <= body.length()) {
            facts.add(new Located(start, end, fact, facts.size()));
        }
    }

    /**
     * One pass over the body with the facts sorted once by start and once by end: each run is the stretch to
     * the next fact boundary or paragraph end and carries the facts open over it. The work is n log n in the
     * facts plus the size of the page (a run per boundary), whatever the length of the article.
     */
    private static final class Sweep {
        private final String body;
        private final List<Located> byStart;
        private final List<Located> byEnd;
        private final SortedMap<Integer, Fact> open = new TreeMap<>();
        private int started;
        private int ended;

        Sweep(String body, List<Located> facts) {
            this.body = body;
            this.byStart = facts.stream().sorted(Comparator.comparingInt(Located::start)).toList();
            this.byEnd = facts.stream().sorted(Comparator.comparingInt(Located::end)).toList();
        }

        List<Paragraph> paragraphs() {
            List<Paragraph> paragraphs = new ArrayList<>();
            int ps = 0;
            while (ps <= body.length()) {
                int pe = body.indexOf("\n\n", ps);
                if (pe < 0) {
                    pe = body.length();
                }
                if (pe > ps) {
                    paragraphs.add(paragraph(ps, pe));
                }
                ps = pe + 2;
            }
            return paragraphs;
        }

        private Paragraph paragraph(int ps, int pe) {
            List<Run> runs = new ArrayList<>();
            for (int at = ps; at < pe; ) {
                for (; started < byStart.size() && byStart.get(started).start() <= at; started++) {
                    Located f = byStart.get(started);
                    if (f.end() > at) {
                        open.put(f.order(), f.fact());
                    }
                }
                for (; ended < byEnd.size() && byEnd.get(ended).end() <= at; ended++) {
                    open.remove(byEnd.get(ended).order());
                }
                int next = pe;
                if (started < byStart.size()) {
                    next = Math.min(next, byStart.get(started).start());
                }
                if (ended < byEnd.size()) {
                    next = Math.min(next, byEnd.get(ended).end());
                }
                runs.add(new Run(body.substring(at, next), new ArrayList<>(new LinkedHashSet<>(open.values()))));
                at = next;
            }
            return new Paragraph(runs);
        }
    }
}
