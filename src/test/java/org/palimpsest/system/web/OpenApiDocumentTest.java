package org.palimpsest.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.AppPerClass;

/** What Swagger UI is built from: a title, the version, HTTP Basic, and the role each write needs. */
class OpenApiDocumentTest extends AppPerClass {

    static JsonNode document;

    @BeforeAll
    static void read() {
        document = api.get("/v3/api-docs").json();
    }

    @Test
    void theDocumentHasATitleTheProjectVersionAndADescription() {
        assertThat(document.at("/info/title").asText()).isEqualTo("Palimpsest API");
        assertThat(document.at("/info/version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(document.at("/info/description").asText()).contains("HTTP Basic");
    }

    @Test
    void httpBasicIsDeclaredSoSwaggerUiCanSignIn() {
        assertThat(document.at("/components/securitySchemes/basic/type").asText())
                .isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/basic/scheme").asText())
                .isEqualTo("basic");
    }

    @Test
    void everyWriteNeedsBasicAndSaysWhichRole() {
        int writes = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (operation.getKey().equals("get")) {
                    continue;
                }
                writes++;
                assertThat(operation.getValue().at("/security/0/basic").isArray())
                        .as(operation.getKey() + " " + path.getKey())
                        .isTrue();
                assertThat(operation.getValue().at("/description").asText())
                        .as(operation.getKey() + " " + path.getKey())
                        .contains("Needs role: ");
            }
        }
        assertThat(writes).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theAdminEndpointsNeedAdminAndReadsNeedNothing() {
        assertThat(document.at("/paths/~1api~1admin~1projections~1{name}~1reset/post/description")
                        .asText())
                .contains("Needs role: ADMIN.");
        assertThat(document.at("/paths/~1api~1admin~1projections/get/description")
                        .asText())
                .contains("Needs role: ADMIN.");
        assertThat(document.at("/paths/~1api~1entries~1{id}/put/description").asText())
                .contains("Needs role: any signed-in user");
        assertThat(document.at("/paths/~1api~1entries~1{id}~1rollback/post/description")
                        .asText())
                .contains("Needs role: REVIEWER or ADMIN.");
        assertThat(document.at("/paths/~1api~1authors~1{name}~1rollback/post/description")
                        .asText())
                .contains("Needs role: REVIEWER or ADMIN.");
        assertThat(document.at("/paths/~1api~1entries~1{id}~1restore/post/description")
                        .asText())
                .contains("Needs role: REVIEWER or ADMIN.");
        assertThat(document.at("/paths/~1api~1entries~1{id}~1revisions~1{revision}~1undo/post/description")
                        .asText())
                .contains("Needs role: REVIEWER or ADMIN.");
        assertThat(document.at("/paths/~1api~1entries~1{id}/get/security").isMissingNode())
                .isTrue();
    }
}
