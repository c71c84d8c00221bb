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

    @Test
    void aRecordCutShortByAKillEndsTheJournalAndIsCutOff() throws IOException {
        try (Journal journal = Journal.open(file())) {
            journal.append(insert("a"));
            journal.append(insert("b"));
        }
        long whole = Files.size(file());
        try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            channel.truncate(whole - 7);
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
    void aGarbledRecordEndsTheJournal() throws IOException {
        try (Journal journal = Journal.open(file())) {
            journal.append(insert("a"));
            journal.append(insert("b"));
            journal.append(insert("c"));
        }
        long size = Files.size(file());
        try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            // a byte in the middle of the second record's command
            channel.write(ByteBuffer.wrap(new byte[] {0x55}), size / 2);
        }

        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(0)).extracting(Journal.Entry::number).containsExactly(1L);
        }
    }

    @Test
    void anEmptiedJournalGoesOnNumberingAfterWhatACommitHolds() {
        try (Journal journal = Journal.open(file())) {
            journal.append(insert("a"));
            journal.append(insert("b"));
            assertThat(journal.isEmpty()).isFalse();
            journal.clear();
            assertThat(journal.isEmpty()).isTrue();
        }

        try (Journal journal = Journal.open(file())) {
            assertThat(journal.after(0)).isEmpty();
            journal.continueAfter(2);
            assertThat(journal.append(insert("c"))).isEqualTo(3);
        }
    }
}
