package id.kabar.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kabar bench NAME}: speed and quality measurements, kept out of the engine's jar. */
@Command(name = "kabar bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: pages or articles per second, with quality figures beside them.",
        subcommands = {ExtractionBench.class, AnnotationBench.class, LinkingBench.class, SearchBench.class, EventBench.class,
                CorpusBench.class, DateBench.class, ClaimsBench.class, IndoSumTextCommand.class})
public final class BenchMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
