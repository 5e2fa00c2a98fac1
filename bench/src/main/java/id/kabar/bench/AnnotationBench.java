package id.kabar.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "annotation", description = "not built yet")
final class AnnotationBench implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kabar bench: annotation is not built yet");
        return 2;
    }
}
