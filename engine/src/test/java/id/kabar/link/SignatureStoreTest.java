package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kabar.model.AnnotatedArticle;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * Signatures saved to a segment and mapped back compare as the ones held, an article without one (an empty body)
     * taking its place as zeros: a resumed linker reads them there.
     */
    @Test
    void savedSignaturesMappedBackCompareAsTheOnesHeld(@TempDir Path dir) throws IOException {
        List<byte[]> signatures = new ArrayList<>();
        for (AnnotatedArticle a : IndoSumSample.articles()) {
            signatures.add(ArticleProfiler.shingles(a.article().body()).signature());
        }
        SignatureStore held = new SignatureStore();
        // article 1 has an empty body, so no signature
        int articles = signatures.size() + 1;
        for (int i = 0; i < signatures.size(); i++) {
            held.put(i == 0 ? 0 : i + 1, signatures.get(i));
        }
        Path segment = dir.resolve("signatures.log");
        Files.write(segment, held.saved(0, articles));
        assertThat(Files.size(segment)).isEqualTo((long) articles * SignatureStore.BYTES);

        SignatureStore mapped = new SignatureStore();
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.READ)) {
            mapped.sealed(channel, articles);
        }
        assertThat(mapped.isSealed(articles - 1)).isTrue();
        assertThat(mapped.isSealed(articles)).isFalse();
        for (byte[] a : signatures) {
            for (int j = 0; j < signatures.size(); j++) {
                int seq = j == 0 ? 0 : j + 1;
                assertThat(mapped.similarity(a, seq)).isEqualTo(held.similarity(a, seq))
                        .isEqualTo(ArticleProfiler.MINHASH.getFractionOfEqualComponents(a, signatures.get(j)));
            }
        }
    }

    @Test
    void aSignatureOfAnotherLengthIsRefusedWithAReason() {
        assertThatThrownBy(() -> new SignatureStore().put(3, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 bytes");
    }
}
