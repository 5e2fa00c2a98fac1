package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kabar.model.AnnotatedArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures read back from the packed store compare exactly as the MinHash library compares them. */
class SignatureStoreTest {
    @Test
    void similarityIsTheLibrarysFractionOfEqualComponentsForEveryPair() {
        List<byte[]> signatures = new ArrayList<>();
        for (AnnotatedArticle a : IndoSumSample.articles()) {
            String body = a.article().body();
            signatures.add(ArticleProfiler.shingles(body).signature());
            // A light edit, so that some pairs agree on most components and others on few.
            signatures.add(ArticleProfiler.shingles(body.substring(body.indexOf('.') + 1)).signature());
        }
        SignatureStore store = new SignatureStore();
        // Article numbers past the first chunk as well.
        int spread = 1500;
        for (int i = 0; i < signatures.size(); i++) {
            store.put(i * spread, signatures.get(i));
        }
        // Pairs agreeing on most components, so that equal components are compared, not only unequal ones.
        int nearCopies = 0;
        for (byte[] a : signatures) {
            for (int j = 0; j < signatures.size(); j++) {
                double expected = ArticleProfiler.MINHASH.getFractionOfEqualComponents(a, signatures.get(j));
                assertThat(store.similarity(a, j * spread)).isEqualTo(expected);
                nearCopies += expected > 0.5 && a != signatures.get(j) ? 1 : 0;
            }
        }
        assertThat(nearCopies).isPositive();
    }

    @Test
    void aSignatureOfAnotherLengthIsRefusedWithAReason() {
        assertThatThrownBy(() -> new SignatureStore().put(3, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 bytes");
    }
}
