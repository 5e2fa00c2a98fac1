package id.kabar.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The five example pages of the test resources, copied into a folder to be read as a run's input. */
public final class SeedPages {
    private static final List<String> NAMES = List.of("000_86f43b5cfb7fa804.txt", "001_bb5c99d770ea7f4d.txt",
            "002_b460263d79ef5caa.txt", "003_55d644978c1cee49.txt", "004_7ddc2eaf4f871cd2.txt");

    private SeedPages() {
    }

    public static void copyTo(Path folder) throws IOException {
        for (String name : NAMES) {
            try (InputStream in = SeedPages.class.getResourceAsStream("/pages/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
    }
}
