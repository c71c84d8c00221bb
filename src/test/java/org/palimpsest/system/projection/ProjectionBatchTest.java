package org.palimpsest.system.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.CreateEntryCommand;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.EntryEdit;
import org.palimpsest.entry.api.EntryField;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.ReviseEntryCommand;
import org.palimpsest.entry.api.RevisionKind;
import org.palimpsest.support.AppPerClass;

/**
 * Projections store their writes once per tracking batch; a batch that holds many revisions of one entry must
 * build each on the one before, though none of them is stored yet. A rebuild replays the events in full
 * batches of 100, through the admin API as an operator would.
 */
class ProjectionBatchTest extends AppPerClass {

    private static final int REVISIONS = 300;

    @Test
    void manyRevisionsOfOneEntryInOneBatchEachBuildOnTheLast() {
        CommandGateway commands = app.bean(CommandGateway.class);
        commands.sendAndWait(new CreateEntryCommand(
                "batched",
                new EntryContent("Batched", "Batch War", HistoricalDate.of(1950, 6, 25), null, null, body(1), null),
                RevisionKind.CREATE,
                "editor1",
                Instant.now(),
                null,
                null,
                null));
        for (long revision = 2; revision <= REVISIONS; revision++) {
            EntryEdit edit = EntryEdit.of(EntryField.BODY, body(revision));
            if (revision == REVISIONS) {
                edit = edit.with(EntryField.TITLE, "Batched at last")
                        .with(EntryField.DATE, HistoricalDate.of(1951, 1, 4));
            }
            commands.sendAndWait(new ReviseEntryCommand(
                    "batched", revision - 1, edit, "editor2", Instant.now(), "step " + revision, false));
        }
        assertThat(app.bean(ReadModelCatchUp.class).await("batched", REVISIONS, Duration.ofSeconds(60)))
                .isTrue();
        assertEveryRevisionStored();

        for (String projection :
                app.beans(ReadModel.class).stream().map(ReadModel::name).toList()) {
            assertThat(api.post("/api/admin/projections/" + projection + "/reset", "admin", "")
                            .status())
                    .isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(api.get("/api/entries/batched").json().path("revision").asLong())
                    .isEqualTo(REVISIONS);
            assertThat(api.get("/api/entries/batched/revisions?size=1")
                            .json()
                            .path("totalElements")
                            .asLong())
                    .isEqualTo(REVISIONS);
            assertThat(api.get("/api/timelines/Batch%20War").json().toString()).contains("Batched at last");
        });
        assertEveryRevisionStored();
    }

    private static void assertEveryRevisionStored() {
        JsonNode article = api.get("/api/entries/batched").json();
        assertThat(article.get("revision").asLong()).isEqualTo(REVISIONS);
        assertThat(article.get("body").asText()).isEqualTo(body(REVISIONS));
        assertThat(article.get("title").asText()).isEqualTo("Batched at last");
        JsonNode history = api.get("/api/entries/batched/revisions?size=1000").json();
        assertThat(history.get("totalElements").asLong()).isEqualTo(REVISIONS);
        for (long revision : new long[] {1, 2, 49, 50, 51, 52, 99, 100, 101, 150, 299, REVISIONS}) {
            assertThat(api.get("/api/entries/batched/revisions/" + revision)
                            .json()
                            .get("body")
                            .asText())
                    .as("body at revision %d", revision)
                    .isEqualTo(body(revision));
        }
        JsonNode timeline = api.get("/api/timelines/Batch%20War").json();
        assertThat(timeline.toString()).contains("Batched at last").contains("1951");
    }

    /** Each revision rewrites part of the text, so that a patch applied to the wrong base shows. */
    private static String body(long revision) {
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; paragraph < 5; paragraph++) {
            body.append("Paragraph ")
                    .append(paragraph)
                    .append(" as of revision ")
                    .append(paragraph == revision % 5 ? revision : revision / 5 * 5)
                    .append(".\n\n");
        }
        return body.toString().strip();
    }
}
