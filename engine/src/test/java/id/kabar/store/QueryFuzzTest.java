package id.kabar.store;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in the search box and its filters, over the seed store: a search answers, or is refused with
 * {@link QueryTooCostlyException} naming the limit; any other exception is a fault. Inputs under
 * {@code QueryFuzzTestInputs/}; docs/hardening.md tells how to fuzz.
 */
class QueryFuzzTest {
    @TempDir
    static Path dir;
    private static Store store;

    @BeforeAll
    static void storeTheSeeds() {
        store = Store.open(dir.resolve("store"));
        SeedCorpus.load().storeInto(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @FuzzTest
    void search(FuzzedDataProvider data) {
        String entity = data.consumeBoolean() ? data.consumeString(40) : null;
        String outlet = data.consumeBoolean() ? data.consumeString(40) : null;
        int offset = data.consumeInt(0, 1000);
        int limit = data.consumeInt(1, 100);
        try {
            store.search(new SearchQuery(data.consumeRemainingAsString(), outlet, null, entity, null, null, null,
                    offset, limit));
        } catch (QueryTooCostlyException refused) {
            // a query over a limit is refused, naming it
        }
    }
}
