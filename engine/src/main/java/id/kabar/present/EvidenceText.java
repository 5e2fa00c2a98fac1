package id.kabar.present;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Claim;
import id.kabar.model.Entity;
import id.kabar.model.Quote;
import id.kabar.model.Span;
import id.kabar.model.TimeMention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An article body cut into paragraphs and runs of text, each run carrying the facts read from it
 * (quotes, entity mentions, times, claims). Facts may overlap (a name inside a quote), so a run is
 * the stretch between any two fact boundaries and carries every fact that covers it.
 */
public record EvidenceText(List<Paragraph> paragraphs) {
    public EvidenceText {
        paragraphs = List.copyOf(paragraphs);
    }

    public record Paragraph(List<Run> runs) {
        public Paragraph {
            runs = List.copyOf(runs);
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

    private record Located(int start, int end, Fact fact) {
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
            add(facts, body, c.start(), c.end(), new Fact("claim", m.get("fact.claim") + " " + c.category().wire()
                    + ": " + Figures.format(c.value()) + " (" + c.qualifier().wire() + ")"
                    + (c.subject() == null ? "" : " · " + c.subject())
                    + (c.claimant() == null ? "" : " · " + m.get("claim.claimant") + " " + c.claimant())
                    + (c.asOf() == null ? "" : " · " + m.get("claim.asOf") + " " + c.asOf())));
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        int ps = 0;
        while (ps <= body.length()) {
            int pe = body.indexOf("\n\n", ps);
            if (pe < 0) {
                pe = body.length();
            }
            if (pe > ps) {
                paragraphs.add(paragraph(body, ps, pe, facts));
            }
            ps = pe + 2;
        }
        return new EvidenceText(paragraphs);
    }

    private static void add(List<Located> facts, String body, int start, int end, Fact fact) {
        if (start >= 0 && end > start && end <= body.length()) {
            facts.add(new Located(start, end, fact));
        }
    }

    private static Paragraph paragraph(String body, int ps, int pe, List<Located> facts) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(ps, pe));
        for (Located f : facts) {
            if (f.start() < pe && f.end() > ps) {
                cuts.add(Math.max(ps, f.start()));
                cuts.add(Math.min(pe, f.end()));
            }
        }
        List<Run> runs = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null) {
                int a = from;
                List<Fact> covering = facts.stream().filter(f -> f.start() <= a && f.end() >= cut)
                        .map(Located::fact).distinct().toList();
                runs.add(new Run(body.substring(a, cut), covering));
            }
            from = cut;
        }
        return new Paragraph(runs);
    }
}
