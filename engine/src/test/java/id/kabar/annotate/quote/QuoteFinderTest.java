package id.kabar.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
import id.kabar.model.Entity;
import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    @Test
    void emptyBodyHasNoQuotes() {
        assertThat(new QuoteFinder().find(new TextSegmenter().segment(""), List.of())).isEmpty();
    }

    @Test
    void brokenMarkupEndingOnACueStillGivesValidSpans() {
        // a stem opening a clause whose comma never comes, with an unclosed guillemet and a lone suffix cue
        String body = "3.016 \nKataPeskov menurut (\n Rusia Dia Senin:Ukraina «\n katanya ";
        assertThat(Found.quotes(body)).allSatisfy(q -> assertThat(q.text()).isNotBlank());
    }

    @Test
    void quotesComeInBodyOrder() {
        String body = "Peskov mengatakan Rusia siap berunding. \"Kami menunggu,\" kata Peskov. "
                + "Menurut Zelensky, Ukraina tidak akan menyerah.";
        assertThat(Found.quotes(body)).extracting(q -> q.start()).isSorted().hasSize(3);
    }

    /**
     * A 1 MB page of one real passage (seed 004) said over and over: every repetition keeps its indirect report
     * and its direct quote, none is dropped as nested in a quote of another repetition.
     */
    @Test
    void aMegabyteOfRepeatedReportsKeepsEveryQuote() {
        String passage = "Juru bicara Kremlin Dmitry Peskov mengatakan Presiden Vladimir Putin telah diberitahu tentang "
                + "pembicaraan tersebut. “Bahwa terlalu dini untuk menilai hasilnya,” katanya dikutip AFP, Selasa (1/3).\n\n";
        int repetitions = 1_000_000 / passage.length() + 1;
        String body = passage.repeat(repetitions);
        List<Span> peskov = new ArrayList<>();
        List<Span> putin = new ArrayList<>();
        for (int at = 0; at < body.length(); at += passage.length()) {
            peskov.add(new Span(at + passage.indexOf("Dmitry Peskov"), at + passage.indexOf("Dmitry Peskov") + 13));
            putin.add(new Span(at + passage.indexOf("Vladimir Putin"), at + passage.indexOf("Vladimir Putin") + 14));
        }
        List<Entity> entities = List.of(
                new Entity("Dmitry Peskov", EntityType.PER, List.of("Dmitry Peskov"), List.of(), peskov),
                new Entity("Vladimir Putin", EntityType.PER, List.of("Vladimir Putin"), List.of(), putin));

        List<Quote> quotes = new QuoteFinder().find(new TextSegmenter().segment(body), entities);

        assertThat(quotes).hasSize(2 * repetitions).extracting(Quote::speaker).containsOnly("Dmitry Peskov");
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.DIRECT).hasSize(repetitions)
                .extracting(Quote::text).containsOnly("Bahwa terlalu dini untuk menilai hasilnya");
    }
}
