package id.kabar.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "extraction", description = "not built yet")
final class ExtractionBench implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kabar bench: extraction is not built yet");
        return 2;
    }
}
