package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linker's segments: profiles beyond the held window read back from disk compare as the ones held, a
 * checkpoint appends only what arrived since the last, and what a killed run appended after its last
 * checkpoint is dropped on restore.
 */
class LinkerSegmentsTest {
    /** Profiles held in these tests: a few, so most of the corpus lies on disk. */
    private static final int HOT = 4;

    @TempDir
    Path dir;

    private final List<AnnotatedArticle> corpus = LinkingCorpus.seedsAndSample();

    @Test
    void aProfileReadBackFromItsSegmentEqualsTheOneHeld() throws IOException {
        Linker held = new Linker();
        corpus.forEach(held::add);
        try (Linker spilled = Linker.in(dir, HOT)) {
            corpus.forEach(spilled::add);
            for (int seq = 0; seq < corpus.size(); seq++) {
                assertThat(spilled.profiles.get(seq)).usingRecursiveComparison().isEqualTo(held.profiles.get(seq));
            }
            assertThat(spilled.result()).isEqualTo(held.result());
        }
    }

    @Test
    void onlyTheLatestProfilesStayHeldYetArticlesStillLinkWithOlderOnesAndAResumedRunHoldsTheSame()
            throws IOException {
        Linker held = new Linker();
        corpus.forEach(held::add);
        LinkedCorpus linked = held.result();
        // the corpus has events of several articles, so links were made
        assertThat(linked.links().values().stream().map(ArticleLinks::event).distinct().count())
                .isLessThan(corpus.size());
        Linker spilled = Linker.in(dir, HOT);
        corpus.forEach(spilled::add);
        assertThat(held.residence().profilesHeld()).isEqualTo(corpus.size());
        assertThat(spilled.residence().profilesHeld()).isEqualTo(HOT);
        // arrivals met profiles older than the held ones, read back from the segment
        assertThat(spilled.work().profilesReadBack()).isPositive();
        assertThat(spilled.result()).isEqualTo(linked);
        // one met twice is read from the segment at most once
        LinkWork before = spilled.work();
        spilled.profiles.get(0);
        spilled.profiles.get(0);
        assertThat(spilled.work().since(before).olderProfilesMet()).isEqualTo(2);
        assertThat(spilled.work().since(before).profilesReadBack()).isLessThanOrEqualTo(1);
        LinkResidence linkedHolds = spilled.residence();
        byte[] head = spilled.checkpoint();
        spilled.close();

        try (Linker resumed = Linker.restore(dir, head, HOT)) {
            LinkResidence resumedHolds = resumed.residence();
            assertThat(resumedHolds.profilesHeld()).isEqualTo(HOT);
            assertThat(List.of(resumedHolds.storiesHeld(), resumedHolds.storyIndexKeys(), resumedHolds.words()))
                    .containsExactly(linkedHolds.storiesHeld(), linkedHolds.storyIndexKeys(), linkedHolds.words());
            assertThat(resumed.result()).isEqualTo(linked);
        }
    }

    @Test
    void aCheckpointAppendsOnlyWhatArrivedSinceTheLast() throws IOException {
        Linker linker = Linker.in(dir, HOT);
        corpus.subList(0, 10).forEach(linker::add);
        linker.checkpoint();
        long before = Files.size(dir.resolve("profiles.log"));
        corpus.subList(10, 12).forEach(linker::add);
        linker.checkpoint();
        long after = Files.size(dir.resolve("profiles.log"));

        long twoProfiles = ProfileCodec.encode(linker.profiles.get(10)).length
                + ProfileCodec.encode(linker.profiles.get(11)).length + 4L * Integer.BYTES;
        assertThat(after - before).isEqualTo(twoProfiles);
        linker.close();
    }

    @Test
    void theBytesOfAStateAreThoseItsSegmentsHoldAfterTheCheckpoint() throws IOException {
        Linker linker = Linker.in(dir, HOT);
        assertThat(linker.stateBytes()).isZero();
        corpus.subList(0, 10).forEach(linker::add);
        linker.checkpoint();
        long segments = 0;
        for (String name : List.of("words.log", "profiles.log", "duplicates.log", "events.log", "stories.log",
                "signatures.log")) {
            segments += Files.size(dir.resolve(name));
        }
        assertThat(linker.stateBytes()).isEqualTo(segments).isPositive();
        linker.close();
    }

    @Test
    void whatAKilledRunAppendedAfterItsCheckpointIsDropped() throws IOException {
        Linker linker = Linker.in(dir, HOT);
        corpus.subList(0, 10).forEach(linker::add);
        byte[] head = linker.checkpoint();
        // the killed run goes on: its profiles spill to the segment, its unions and words are saved, no head is committed
        corpus.subList(10, corpus.size()).forEach(linker::add);
        linker.checkpoint();
        linker.close();
        Files.write(dir.resolve("events.log"), new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        Files.write(dir.resolve("signatures.log"), new byte[] {4, 5, 6}, StandardOpenOption.APPEND);

        try (Linker restored = Linker.restore(dir, head, HOT)) {
            assertThat(restored.size()).isEqualTo(10);
            assertThat(restored.result()).isEqualTo(LinkingCorpus.linkedAtOnce(corpus.subList(0, 10)));
            corpus.subList(10, corpus.size()).forEach(restored::add);
            assertThat(restored.result()).isEqualTo(LinkingCorpus.linkedAtOnce(corpus));
        }
    }

    /**
     * A restored linker reads the saved articles' signatures from their segment, mapped, rather than putting each again,
     * finds the copies among them as the linker that saved them did, and its next checkpoint appends only the signatures
     * of the articles linked since.
     */
    @Test
    void aRestoredLinkerReadsTheSavedSignaturesFromTheirSegment() throws IOException {
        Linker linker = Linker.in(dir, HOT);
        corpus.subList(0, 10).forEach(linker::add);
        byte[] head = linker.checkpoint();
        linker.close();
        assertThat(Files.size(dir.resolve("signatures.log"))).isEqualTo(10L * SignatureStore.BYTES);

        try (Linker restored = Linker.restore(dir, head, HOT)) {
            assertThat(restored.duplicateDetector.savedSignatures(10, 10)).isEmpty();
            assertThatThrownBy(() -> restored.duplicateDetector.savedSignatures(9, 10))
                    .isInstanceOf(IllegalStateException.class);
            corpus.subList(10, corpus.size()).forEach(restored::add);
            assertThat(restored.result()).isEqualTo(LinkingCorpus.linkedAtOnce(corpus));
            restored.checkpoint();
        }
        assertThat(Files.size(dir.resolve("signatures.log"))).isEqualTo((long) corpus.size() * SignatureStore.BYTES);
    }

    /**
     * A head written before the signatures were saved (version 4) names none of their bytes: its linker puts every
     * signature again, links alike, and its next checkpoint saves them all.
     */
    @Test
    void aHeadOfVersionFourHasItsSignaturesPutAgainAndSaved() throws IOException {
        Linker linker = Linker.in(dir, HOT);
        corpus.subList(0, 10).forEach(linker::add);
        String head = new String(linker.checkpoint(), StandardCharsets.UTF_8);
        linker.close();
        String older = head.replace("\"version\":5", "\"version\":4").replaceAll(",\"signatureBytes\":\\d+", "");
        assertThat(older).doesNotContain("signatureBytes").contains("\"version\":4");
        Files.delete(dir.resolve("signatures.log"));

        try (Linker restored = Linker.restore(dir, older.getBytes(StandardCharsets.UTF_8), HOT)) {
            corpus.subList(10, corpus.size()).forEach(restored::add);
            assertThat(restored.result()).isEqualTo(LinkingCorpus.linkedAtOnce(corpus));
            restored.checkpoint();
        }
        assertThat(Files.size(dir.resolve("signatures.log"))).isEqualTo((long) corpus.size() * SignatureStore.BYTES);
    }

    @Test
    void aSignatureSegmentShorterThanItsCheckpointIsRefusedWithAReason() throws IOException {
        Linker linker = Linker.in(dir, HOT);
        corpus.subList(0, 10).forEach(linker::add);
        byte[] head = linker.checkpoint();
        linker.close();
        try (var channel = java.nio.channels.FileChannel.open(dir.resolve("signatures.log"), StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 1);
        }
        assertThatThrownBy(() -> Linker.restore(dir, head, HOT)).isInstanceOf(IOException.class)
                .hasMessageContaining("signature segment");
    }

    @Test
    void aSegmentShorterThanItsCheckpointIsRefusedWithAReason() throws IOException {
        Linker linker = Linker.in(dir, HOT);
        corpus.subList(0, 10).forEach(linker::add);
        byte[] head = linker.checkpoint();
        linker.close();
        try (var channel = java.nio.channels.FileChannel.open(dir.resolve("profiles.log"), StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 1);
        }
        assertThatThrownBy(() -> Linker.restore(dir, head, HOT)).isInstanceOf(IOException.class)
                .hasMessageContaining("profile segment");
    }

    @Test
    void aDamagedProfileIsRefusedByItsChecksum() throws IOException {
        Linker linker = Linker.in(dir, HOT);
        corpus.subList(0, 3).forEach(linker::add);
        byte[] head = linker.checkpoint();
        linker.close();
        try (var channel = java.nio.channels.FileChannel.open(dir.resolve("profiles.log"), StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap("X".getBytes(StandardCharsets.UTF_8)), 40);
        }
        assertThatThrownBy(() -> Linker.restore(dir, head, HOT)).isInstanceOf(IOException.class)
                .hasMessageContaining("damaged");
    }
}
