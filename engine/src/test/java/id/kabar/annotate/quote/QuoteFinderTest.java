package id.kabar.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
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
}
