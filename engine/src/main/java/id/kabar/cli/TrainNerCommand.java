package id.kabar.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "train-ner", mixinStandardHelpOptions = true, description = "not built yet")
final class TrainNerCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kabar: train-ner is not built yet");
        return 2;
    }
}
