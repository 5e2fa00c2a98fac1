package id.kabar.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The store's single point of truth: what was committed last. Everything past it (log bytes,
 * index commits, state files) is a leftover of an interrupted run and is dropped on open.
 * It is replaced by writing a sibling, syncing it and renaming it over the old one, so a crash
 * leaves either the old manifest or the new one, never a mix.
 *
 * @param format     the version of the manifest's layout ({@link StoreFormat#MANIFEST})
 * @param seq        the commit number; the index commit carries the same number
 * @param segments   the log segments and how many bytes of each are committed
 * @param linker     the file holding the linker's state, or null
 * @param linkerArticles how many articles (in store order) that state covers
 * @param corpus     the file holding the linked corpus, or null before the first linking
 * @param corpusSeq  the commit at which {@code corpus} was computed (older than {@code seq} while
 *                   a run is still adding articles)
 * @param run        the file holding the state of a run that has not finished, or null
 */
record Manifest(@JsonProperty("format") int format,
                @JsonProperty("seq") long seq,
                @JsonProperty("segments") List<Segment> segments,
                @JsonProperty("linker") String linker,
                @JsonProperty("linker_articles") int linkerArticles,
                @JsonProperty("corpus") String corpus,
                @JsonProperty("corpus_seq") long corpusSeq,
                @JsonProperty("run") String run) {
    static final String FILE = "MANIFEST";
    static final Manifest EMPTY = new Manifest(StoreFormat.MANIFEST, 0, List.of(), null, 0, null, 0, null);

    Manifest {
        format = format == 0 ? 1 : format; // written before versions were kept, in the layout of version 1
        segments = List.copyOf(segments);
    }

    /** The manifest of the next commit, in this engine's format. */
    static Manifest of(long seq, List<Segment> segments, String linker, int linkerArticles, String corpus,
                       long corpusSeq, String run) {
        return new Manifest(StoreFormat.MANIFEST, seq, segments, linker, linkerArticles, corpus, corpusSeq, run);
    }

    /** One log file and its committed length in bytes. */
    record Segment(@JsonProperty("name") String name, @JsonProperty("length") long length) {
    }

    static Manifest read(Path dir) {
        Manifest manifest;
        try {
            manifest = RecordCodec.json().readValue(Files.readAllBytes(dir.resolve(FILE)), Manifest.class);
        } catch (NoSuchFileException e) {
            return EMPTY;
        } catch (IOException e) {
            throw new StoreException("cannot read " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
        StoreFormat.checkReadable("store " + dir, manifest.format(), StoreFormat.MANIFEST);
        return manifest;
    }

    void write(Path dir) throws IOException {
        Path tmp = dir.resolve(FILE + ".tmp");
        writeSynced(tmp, RecordCodec.json().writeValueAsBytes(this));
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(dir);
    }

    static void writeSynced(Path file, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(java.nio.ByteBuffer.wrap(bytes));
            out.force(true);
        }
    }

    /** Makes a rename durable: without it a power cut may forget the new directory entry. */
    static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory for syncing; the rename is then as durable as they allow.
        }
    }
}
