package id.kabar.annotate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.ScanEquivalence;
import org.junit.jupiter.api.Test;

class ClaimantFinderTest {
    /** A source named by its cue ({@code menurut BNPB}), scanned, is found where a search at every offset finds it. */
    @Test
    void namedSourcesScannedAsFindFindsThemInNewsText() {
        assertThat(ScanEquivalence.assertSameMatches(ClaimantFinder.NAMED_BEFORE, ScanEquivalence.bodies())).isGreaterThan(10);
    }
}
