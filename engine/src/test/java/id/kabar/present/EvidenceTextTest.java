package id.kabar.present;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.model.Span;
import id.kabar.model.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTextTest {
    private static final String BODY = "Moskow - Juru bicara Kremlin Dmitry Peskov mengatakan Presiden Vladimir Putin telah"
            + " diberitahu tentang pembicaraan tersebut.\n\nPeskov berbicara kepada wartawan pada Selasa (1/3).";

    private static int at(String s) {
        return BODY.indexOf(s);
    }

    @Test
    void cutsTheBodyAtEveryFactBoundaryAndKeepsOverlappingFacts() {
        int qs = at("Presiden Vladimir");
        int qe = at(".\n\n");
        Quote quote = new Quote(BODY.substring(qs, qe), QuoteKind.INDIRECT, "Dmitry Peskov", EntityType.PER, "mengatakan", qs, qe);
        Entity putin = new Entity("Vladimir Putin", EntityType.PER, List.of("Vladimir Putin"), List.of("Presiden"),
                List.of(new Span(at("Vladimir Putin"), at("Vladimir Putin") + 14)));
        TimeMention tuesday = new TimeMention("Selasa (1/3)", LocalDate.of(2022, 3, 1), at("Selasa"), at("Selasa") + 12);
        AnnotatedArticle a = new AnnotatedArticle(new Article("004.txt", null, "id", "Gatra.com", null, null, null,
                List.of(), "Moskow", BODY), new Annotations(List.of(putin), List.of(quote), List.of(tuesday), List.of()));

        EvidenceText text = EvidenceText.of(a, Messages.of("en"));

        assertThat(text.paragraphs()).hasSize(2);
        StringBuilder rebuilt = new StringBuilder();
        text.paragraphs().forEach(p -> {
            p.runs().forEach(r -> rebuilt.append(r.text()));
            rebuilt.append("\n\n");
        });
        assertThat(rebuilt.toString().strip()).isEqualTo(BODY);
        EvidenceText.Run name = text.paragraphs().get(0).runs().stream()
                .filter(r -> r.text().equals("Vladimir Putin")).findFirst().orElseThrow();
        assertThat(name.classes()).isEqualTo("entity quote");
        assertThat(name.description()).contains("Indirect quote · speaker: Dmitry Peskov (PER) · cue: mengatakan")
                .contains("Entity PER: Vladimir Putin · Presiden");
        assertThat(text.paragraphs().get(1).runs()).anySatisfy(r -> {
            assertThat(r.text()).isEqualTo("Selasa (1/3)");
            assertThat(r.description()).isEqualTo("Time: 2022-03-01");
        });
    }

    @Test
    void spansOutsideTheBodyAreLeftOutRatherThanBreakingThePage() {
        Quote broken = new Quote("tidak ada", QuoteKind.DIRECT, null, null, null, 10, BODY.length() + 5);
        AnnotatedArticle a = new AnnotatedArticle(new Article("x.txt", null, "id", null, null, null, null, List.of(),
                null, BODY), new Annotations(List.of(), List.of(broken), List.of(), List.of()));
        assertThat(EvidenceText.of(a, Messages.of("id")).paragraphs())
                .allSatisfy(p -> assertThat(p.runs()).noneMatch(EvidenceText.Run::marked));
    }

    /** A 1 MB page of the same reported sentence, a quote and a name in each: every run still carries its facts. */
    @Test
    void aMegabyteArticleWithAFactInEverySentenceIsCutCompletely() {
        String sentence = "Juru bicara Kremlin Dmitry Peskov mengatakan Presiden Vladimir Putin telah diberitahu tentang"
                + " pembicaraan tersebut. ";
        StringBuilder body = new StringBuilder();
        List<Span> names = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        int sentences = 0;
        while (body.length() < 1_000_000) {
            int at = body.length();
            names.add(new Span(at + sentence.indexOf("Vladimir Putin"), at + sentence.indexOf("Vladimir Putin") + 14));
            int qs = at + sentence.indexOf("Presiden");
            int qe = at + sentence.indexOf(".");
            quotes.add(new Quote(sentence.substring(qs - at, qe - at), QuoteKind.INDIRECT, "Dmitry Peskov", EntityType.PER,
                    "mengatakan", qs, qe));
            body.append(sentence);
            sentences++;
            body.append(sentences % 5 == 0 ? "\n\n" : "");
        }
        Entity putin = new Entity("Vladimir Putin", EntityType.PER, List.of("Vladimir Putin"), List.of("Presiden"), names);
        AnnotatedArticle a = new AnnotatedArticle(new Article("panjang.txt", null, "id", null, null, null, null, List.of(),
                null, body.toString()), new Annotations(List.of(putin), quotes, List.of(), List.of()));

        EvidenceText text = EvidenceText.of(a, Messages.of("en"));

        assertThat(text.paragraphs()).hasSize((sentences + 4) / 5);
        List<EvidenceText.Run> runs = text.paragraphs().stream().flatMap(p -> p.runs().stream()).toList();
        assertThat(runs.stream().filter(r -> r.text().equals("Vladimir Putin")))
                .hasSize(sentences).allSatisfy(r -> assertThat(r.classes()).isEqualTo("entity quote"));
        assertThat(runs.stream().filter(r -> r.classes().equals("quote"))).hasSize(2 * sentences);
        assertThat(String.join("", runs.stream().map(EvidenceText.Run::text).toList()))
                .isEqualTo(body.toString().replace("\n\n", ""));
    }
}
