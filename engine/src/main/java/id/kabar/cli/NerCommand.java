package id.kabar.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ner", mixinStandardHelpOptions = true, description = "not built yet")
final class NerCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kabar: ner is not built yet");
        return 2;
    }
}
