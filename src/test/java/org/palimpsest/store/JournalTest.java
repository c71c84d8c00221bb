package org.palimpsest.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("store.journal");
    }

    private static Document insert(String id) {
        return new Document("insert", "events")
                .append("documents", List.of(new Document("_id", id).append("text", "Inchon landing")))
                .append("$db", "db");
    }

    @Test
    void commandsComeBackInTheirOrderWithTheirNumbersWhenTheJournalOpensAgain() {
        try (Journal journal = Journal.open(file())) {
            assertThat(journal.append(insert("a"))).isEqualTo(1);
            assertThat(journal.append(insert("b"))).isEqualTo(2);
            assertThat(journal.append(insert("c"))).isEqualTo(3);
        }

        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(0))
                    .extracting(Journal.Entry::number, Journal.Entry::command)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1L, insert("a")),
                            org.assertj.core.groups.Tuple.tuple(2L, insert("b")),
                            org.assertj.core.groups.Tuple.tuple(3L, insert("c")));
            assertThat(journal.after(2)).extracting(Journal.Entry::number).containsExactly(3L);
            assertThat(journal.append(insert("d"))).isEqualTo(4);
        }
    }

    /** The segment appends went to: the last one, by its number. */
    private Path lastSegment() throws IOException {
        List<Path> segments = Journal.segments(file());
        return segments.get(segments.size() - 1);
    }

    @Test
    void aRecordCutShortByAKillEndsItsSegment() throws IOException {
        try (Journal journal = Journal.open(file())) {
            journal.append(insert("a"));
            journal.append(insert("b"));
        }
        Path segment = lastSegment();
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(segment) - 7);
        }

        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(0)).extracting(Journal.Entry::number).containsExactly(1L);
            assertThat(journal.append(insert("c"))).isEqualTo(2);
        }
        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(0)).extracting(Journal.Entry::command).containsExactly(insert("a"), insert("c"));
        }
    }

    @Test
    void aGarbledRecordEndsItsSegment() throws IOException {
        try (Journal journal = Journal.open(file())) {
            journal.append(insert("a"));
            journal.append(insert("b"));
            journal.append(insert("c"));
        }
        Path segment = lastSegment();
        long size = Files.size(segment);
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            // a byte in the middle of the second record's command
            channel.write(ByteBuffer.wrap(new byte[] {0x55}), size / 2);
        }

        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(0)).extracting(Journal.Entry::number).containsExactly(1L);
        }
    }

    /** A commit seals the segment as it takes its snapshot; what is appended while it writes stays after it. */
    @Test
    void droppingTheSealedSegmentsKeepsWhatWasAppendedAfterTheSeal() throws IOException {
        try (Journal journal = Journal.open(file())) {
            journal.append(insert("a"));
            journal.append(insert("b"));
            journal.seal();
            journal.append(insert("c"));
            assertThat(Journal.segments(file())).hasSize(2);
            journal.dropSealed();
            assertThat(Journal.segments(file())).hasSize(1);
        }

        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(0))
                    .extracting(Journal.Entry::number, Journal.Entry::command)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, insert("c")));
        }
    }

    @Test
    void sealingAnEmptySegmentStartsNoOther() throws IOException {
        try (Journal journal = Journal.open(file())) {
            journal.seal();
            journal.seal();
            assertThat(Journal.segments(file())).hasSize(1);
        }
    }

    /** A commit that failed leaves its sealed segment; the next one drops both. */
    @Test
    void segmentsSealedByACommitThatFailedAreDroppedByTheNextOne() throws IOException {
        try (Journal journal = Journal.open(file())) {
            journal.append(insert("a"));
            journal.seal();
            journal.append(insert("b"));
            journal.seal();
            journal.append(insert("c"));
            journal.dropSealed();
        }

        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(0)).extracting(Journal.Entry::number).containsExactly(3L);
        }
    }

    /** Segments that the journal found when it opened are sealed: the first commit drops them. */
    @Test
    void theSegmentsFoundWhenTheJournalOpensAreDroppedByItsFirstCommit() throws IOException {
        try (Journal journal = Journal.open(file())) {
            journal.append(insert("a"));
        }
        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(0)).hasSize(1);
            journal.continueAfter(1);
            journal.dropSealed();
            assertThat(journal.append(insert("b"))).isEqualTo(2);
        }
        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(0)).extracting(Journal.Entry::command).containsExactly(insert("b"));
        }
    }

    /** A journal of one file, as written before the segments, is read as the first of them. */
    @Test
    void aJournalOfOneFileIsReadAsTheFirstSegment() throws IOException {
        try (Journal journal = Journal.open(file())) {
            journal.append(insert("a"));
            journal.append(insert("b"));
        }
        Files.move(lastSegment(), file());

        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(1)).extracting(Journal.Entry::command).containsExactly(insert("b"));
            assertThat(journal.append(insert("c"))).isEqualTo(3);
            journal.dropSealed();
        }
        assertThat(Files.exists(file())).isFalse();
    }

    @Test
    void numberingGoesOnAfterWhatACommitHoldsWhenEveryRecordWasDropped() {
        try (Journal journal = Journal.open(file())) {
            journal.append(insert("a"));
            journal.append(insert("b"));
            journal.seal();
            journal.dropSealed();
        }

        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(0)).isEmpty();
            journal.continueAfter(2);
            assertThat(journal.append(insert("c"))).isEqualTo(3);
        }
    }
}
