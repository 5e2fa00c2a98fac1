package id.kabar.bench;

import id.kabar.bench.corpus.IndoSumCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kabar bench indosum-text --indosum FILES --out FILE}: IndoSum's tokenised folds written as the text JSONL
 * {@code analyze} reads, so that a run end to end on them ({@code /usr/bin/time -v kabar analyze FILE --out DIR})
 * can be repeated and set beside the stage benches, which read the same folds.
 */
@Command(name = "indosum-text", mixinStandardHelpOptions = true,
        description = {"Write IndoSum folds as the JSONL kabar analyze reads (id, url, text; no date stated), one",
                "line per article in the folds' order, repeats kept (analyze rejects them as duplicate ids)."},
        footer = {"", "Example:", "  kabar bench indosum-text --indosum data/indosum/dev.01.jsonl --out indosum-dev.jsonl"})
final class IndoSumTextCommand implements Callable<Integer> {
    @Mixin
    IndoSumFolds indosum;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the JSONL file to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        IndoSumCorpus.writeText(indosum.read(), out);
        return 0;
    }
}
