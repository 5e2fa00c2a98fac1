package id.kabar.bench;

import id.kabar.bench.corpus.IndoSumArticle;
import id.kabar.bench.corpus.IndoSumCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --indosum FILE...} option of the commands that read IndoSum's folds, declared once. */
final class IndoSumFolds {
    @Option(names = "--indosum", required = true, arity = "1..*", paramLabel = "FILE",
            description = "IndoSum JSONL files or folders of them")
    List<Path> files;

    /** The folds' articles in the files' order, repeats kept. */
    List<IndoSumArticle> read() throws IOException {
        return IndoSumCorpus.read(files);
    }
}
