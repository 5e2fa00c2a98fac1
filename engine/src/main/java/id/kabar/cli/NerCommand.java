package id.kabar.cli;

import id.kabar.annotate.entity.BioTag;
import id.kabar.annotate.entity.NamedEntityTagger;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kabar ner FILE}: tags tokenised sentences, CoNLL in, {@code token<TAB>tag} out. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Tag named entities (PER, ORG, LOC) in tokenised text.",
                "FILE holds one token per line (further columns are ignored) and a blank line between sentences.",
                "Writes token<TAB>BIO-tag per line to standard output, blank lines kept where they were."},
        footer = {"", "Example:", "  kabar ner test.txt > tagged.tsv"})
final class NerCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "tokens, one per line")
    Path input;

    @Option(names = "--model", paramLabel = "FILE", description = "a model written by train-ner (default: the shipped one)")
    Path model;

    @Option(names = "--contract", description = "apply the output contract's typing (name lists, organisation patterns)")
    boolean contract;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(input)) {
            System.err.println("kabar: no such file: " + input);
            return 2;
        }
        NamedEntityTagger tagger = model == null ? NamedEntityTagger.standard() : NamedEntityTagger.load(model);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            tag(in, out, contract ? tagger::tagForContract : tagger::tag);
        }
        out.flush();
        return 0;
    }

    static void tag(BufferedReader in, Writer out, Function<String[], BioTag[]> tagger) throws IOException {
        List<String> sentence = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                flush(sentence, out, tagger);
                out.write('\n');
                continue;
            }
            String trimmed = line.strip();
            int cut = firstSpace(trimmed);
            sentence.add(cut < 0 ? trimmed : trimmed.substring(0, cut));
        }
        flush(sentence, out, tagger);
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void flush(List<String> sentence, Writer out, Function<String[], BioTag[]> tagger) throws IOException {
        if (sentence.isEmpty()) {
            return;
        }
        String[] tokens = sentence.toArray(String[]::new);
        BioTag[] tags = tagger.apply(tokens);
        for (int i = 0; i < tokens.length; i++) {
            out.write(tokens[i]);
            out.write('\t');
            out.write(tags[i].label());
            out.write('\n');
        }
        sentence.clear();
    }
}
