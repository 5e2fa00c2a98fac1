package id.kabar.cli;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.LinkedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a runner writes beside the contract files from a finished run, such as the Spark runner's Parquet
 * tables; {@code analyze} calls it once the contract files of {@code --out} are written.
 */
@FunctionalInterface
public interface ExtraOutput {
    /** Nothing beyond the contract files: the plain {@code analyze} command. */
    ExtraOutput NONE = (out, articles, corpus) -> { };

    /** @param out the {@code --out} folder; {@code articles} in the order of {@code articles.jsonl} */
    void write(Path out, List<AnnotatedArticle> articles, LinkedCorpus corpus) throws IOException;
}
