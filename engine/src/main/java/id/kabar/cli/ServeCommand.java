package id.kabar.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "not built yet")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kabar: serve is not built yet");
        return 2;
    }
}
