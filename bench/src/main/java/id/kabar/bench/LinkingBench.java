package id.kabar.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "linking", description = "not built yet")
final class LinkingBench implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kabar bench: linking is not built yet");
        return 2;
    }
}
