package id.kabar.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;

/**
 * Hostile pages for extraction: any HTML or text ends in an article or an {@link ExtractionException}; any
 * other exception is a fault. Inputs under {@code ExtractionFuzzTestInputs/}; docs/hardening.md tells how to fuzz.
 */
class ExtractionFuzzTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @FuzzTest
    void page(FuzzedDataProvider data) {
        SourceFormat format = data.consumeBoolean() ? SourceFormat.HTML : SourceFormat.TEXT;
        String url = data.consumeBoolean() ? data.consumeString(120) : null;
        try {
            EXTRACTOR.extract(new SourceDocument("halaman", format, data.consumeRemainingAsString(), url, SourceHints.NONE));
        } catch (ExtractionException noArticle) {
            // a page without an article is rejected with its reason
        }
    }
}
