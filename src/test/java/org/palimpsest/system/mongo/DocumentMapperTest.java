package org.palimpsest.system.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.EntryChanges;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.Location;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.entry.api.Source;
import org.palimpsest.entry.history.RevisionSummary;
import org.palimpsest.system.axon.AxonObjectMapper;
import org.palimpsest.text.TextPatch;

/**
 * Read-model records come back from the store as they went in: through the BSON the driver writes and reads (ints,
 * longs, doubles, nested documents and lists), not only through the in-memory document.
 */
class DocumentMapperTest {

    /** Every field, a date range, non-ASCII text. */
    private static final EntryContent CONTENT = new EntryContent(
            "Stalin and Mao",
            "Korean War",
            new HistoricalDate(1950, 6, 25, null, true, HistoricalDate.of(1953, 7, 27), null),
            new Location("Moscow", 55.0, 37.6173),
            new Image("https://example.org/a.jpg", "a caption", "©someone"),
            "First paragraph « ünïcødé » 😀.\n\nSecond one.",
            List.of(new Source("A book", null), new Source("A site", "https://example.org")));

    /** Revision numbers above the int range, an instant with nanoseconds, a field set. */
    private static final RevisionSummary SUMMARY = new RevisionSummary(
            5_000_000_000L,
            4_999_999_999L,
            RevisionKind.UNDO,
            "editor1",
            Instant.parse("2026-12-02T04:50:01.123456789Z"),
            "takes back 3",
            true,
            50_000,
            -12,
            EnumSet.of(EntryField.BODY, EntryField.DATE),
            List.of(3L, 4L),
            null);

    private final DocumentMapper mapper = new DocumentMapper();

    @Test
    void aContentWithEveryFieldComesBackEqualFromTheStoredBson() {
        EntryContent content = CONTENT;

        assertThat(mapper.fromDocument(stored(mapper.toDocument(content)), EntryContent.class))
                .isEqualTo(content);
    }

    @Test
    void aSummaryKeepsItsInstantItsFieldSetAndItsRevisionNumbersAboveTheIntRange() {
        RevisionSummary summary = SUMMARY;

        RevisionSummary reverted = new RevisionSummary(
                7, 6, RevisionKind.EDIT, "vandal", Instant.EPOCH, null, false, 1, 1, Set.of(), List.of(), 9L);

        assertThat(mapper.fromDocument(stored(mapper.toDocument(summary)), RevisionSummary.class))
                .isEqualTo(summary);
        assertThat(mapper.fromDocument(stored(mapper.toDocument(reverted)), RevisionSummary.class))
                .isEqualTo(reverted);
    }

    @Test
    void changesKeepTheirPatchAndTheFieldsTheyCleared() {
        EntryChanges changes = new EntryChanges(
                null,
                null,
                HistoricalDate.of(-216, 8, 2),
                null,
                null,
                new TextPatch(11, List.of(new TextPatch.Hunk(6, "world", "there"))),
                null,
                Set.of(EntryField.IMAGE, EntryField.LOCATION));

        EntryChanges read = mapper.fromDocument(stored(mapper.toDocument(changes)), EntryChanges.class);

        assertThat(read).isEqualTo(changes);
        assertThat(read.body().applyTo("hello world")).isEqualTo("hello there");
    }

    /** Documents stored before 2026-12-07 were made by Document.parse of the JSON text: the same values, same types. */
    @Test
    void aRecordBecomesTheDocumentItsJsonTextParsedToBefore() throws Exception {
        ObjectMapper json = AxonObjectMapper.create();
        List<Object> records = List.of(
                CONTENT,
                SUMMARY,
                new EntryChanges(
                        null,
                        null,
                        HistoricalDate.of(-216, 8, 2),
                        new Location("Cannae", -0.5, 16.1),
                        null,
                        new TextPatch(11, List.of(new TextPatch.Hunk(6, "world", "there"))),
                        null,
                        Set.of(EntryField.IMAGE)));

        for (Object record : records) {
            assertThat(mapper.toDocument(record))
                    .as(record.getClass().getSimpleName())
                    .isEqualTo(Document.parse(json.writeValueAsString(record)));
        }
    }

    @Test
    void fieldsTheRecordNoLongerHasAreIgnored() {
        Document stored =
                stored(new Document("text", "A book").append("url", "u").append("retired", 3));

        assertThat(mapper.fromDocument(stored, Source.class)).isEqualTo(new Source("A book", "u"));
    }

    @Test
    void aDocumentThatDoesNotFitTheRecordSaysWhichRecordItIsNot() {
        Throwable failure =
                catchThrowable(() -> mapper.fromDocument(new Document("year", "not a number"), HistoricalDate.class));

        assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageContaining("HistoricalDate");
    }

    /** The document as a read from the store gives it back: encoded to BSON and decoded again. */
    private static Document stored(Document document) {
        return new RawBsonDocument(document, new DocumentCodec()).decode(new DocumentCodec());
    }
}
