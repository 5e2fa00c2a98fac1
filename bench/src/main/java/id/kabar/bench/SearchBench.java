package id.kabar.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "search", description = "not built yet")
final class SearchBench implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kabar bench: search is not built yet");
        return 2;
    }
}
