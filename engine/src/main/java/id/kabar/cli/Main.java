package id.kabar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kabar} command line: a thin shell over the library. */
@Command(name = "kabar", mixinStandardHelpOptions = true, version = "kabar 0.1.0",
        description = "News intelligence for Indonesian online media.",
        subcommands = {AnalyzeCommand.class, NerCommand.class, TrainNerCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  kabar analyze examples/seeds --out out",
                "  kabar analyze pages/ feed.xml crawl.warc.gz --out out",
                "  kabar ner tokens.txt > tagged.tsv",
                "  kabar serve --store store"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
