package id.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;
import org.junit.jupiter.api.Test;

class PageAnalysisTest {
    /** A paragraph of IndoSum (dev.01, "mustahil-transportasi-tradisional-dan-online-bersa"). */
    private static final String PARAGRAPH = "Ketua MPR Zulkifli Hasan mengatakan transportasi tradisional dan online "
            + "harus bisa hidup berdampingan. \"Pemerintah harus hadir mengatur agar keduanya adil,\" kata Zulkifli di "
            + "Jakarta, Senin (27/3).\n\n";

    private static SourceDocument page(String id, int chars) {
        String body = PARAGRAPH.repeat(chars / PARAGRAPH.length() + 1).substring(0, chars);
        return new SourceDocument(id, SourceFormat.TEXT, body, null, SourceHints.NONE);
    }

    @Test
    void aBodyOverTheAnnotationBudgetIsRejectedWithItsSizeAndTheLimit() {
        PageOutcome outcome = new PageAnalysis().analyse(page("ulang.txt", 1_000_000));

        assertThat(outcome.article()).isNull();
        assertThat(outcome.rejection().id()).isEqualTo("ulang.txt");
        assertThat(outcome.rejection().reason())
                .matches("article too long to annotate: 99\\d,\\d{3} characters, over the 200,000 limit");
    }

    @Test
    void aBodyWithinTheBudgetIsAnnotatedInFull() {
        PageOutcome outcome = new PageAnalysis().analyse(page("panjang.txt", Annotator.MAX_BODY_CHARS - 1000));

        assertThat(outcome.rejection()).isNull();
        int paragraphs = outcome.article().article().body().split("\n\n").length;
        assertThat(outcome.article().annotations().quotes()).filteredOn(q -> q.speaker().equals("Zulkifli Hasan"))
                .hasSizeGreaterThanOrEqualTo(paragraphs * 2 - 2);
    }
}
