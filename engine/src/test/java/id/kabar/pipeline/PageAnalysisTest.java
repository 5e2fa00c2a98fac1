package id.kabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import id.kabar.annotate.Annotator;
import id.kabar.annotate.ArticleTooLongException;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;
import id.kabar.testing.CapturedLog;
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

    @Test
    void aRejectedPageLogsItsCauseAtDebugWithThePageId() {
        try (CapturedLog log = CapturedLog.of(PageAnalysis.class)) {
            new PageAnalysis().analyse(page("ulang.txt", 1_000_000));

            assertThat(log.events()).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
                assertThat(e.getFormattedMessage()).startsWith("page ulang.txt rejected: article too long");
                assertThat(e.getThrowableProxy().getClassName()).isEqualTo(ArticleTooLongException.class.getName());
                assertThat(e.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
            });
        }
    }

    @Test
    void anAcceptedPageLogsNothing() {
        try (CapturedLog log = CapturedLog.of(PageAnalysis.class)) {
            new PageAnalysis().analyse(page("pendek.txt", 2_000));

            assertThat(log.events()).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        }
    }
}
