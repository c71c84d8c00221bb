package org.palimpsest.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

/**
 * Errors a person can read: every refusal is problem+json whose title is the status's reason phrase and
 * whose detail says what failed, whoever refuses (a handler, security, the servlet container); none records
 * anything.
 */
class ErrorAnswersTest extends AppPerClass {

    static final String ID = "battle-of-inchon";
    static final String WRONG_PASSWORD =
            "Basic " + Base64.getEncoder().encodeToString("editor1:not-the-password".getBytes(StandardCharsets.UTF_8));
    JsonNode before;

    @BeforeAll
    static void createAnEntry() {
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title",
                        "Battle of Inchon",
                        "timeline",
                        "Korean War",
                        "date",
                        "1950 Sep 15",
                        "body",
                        "Landing.")));
        assertThat(created.status()).isEqualTo(201);
    }

    @BeforeEach
    void remember() {
        before = api.get("/api/entries/" + ID + "/revisions").json();
    }

    @AfterEach
    void nothingWasRecorded() {
        assertThat(api.get("/api/entries/" + ID + "/revisions").json()).isEqualTo(before);
        assertThat(api.get("/api/entries?size=1000").json().get("totalElements").asLong())
                .isEqualTo(1);
    }

    private static JsonNode assertProblem(Response response, int status, String title, String detailPart) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isEqualTo(title);
        assertThat(problem.get("detail").asText()).containsIgnoringCase(detailPart);
        return problem;
    }

    @Test
    void aWrongPasswordOnAPublicReadIs401SayingTheCredentialsAreBad() {
        Response refused = api.get("/api/entries/" + ID, "Authorization", WRONG_PASSWORD);

        JsonNode problem = assertProblem(refused, 401, "Unauthorized", "bad credentials");
        assertThat(problem.get("detail").asText()).doesNotContain("writing");
    }

    @Test
    void aWrongPasswordOnAWriteIs401SayingTheCredentialsAreBad() {
        Response refused = api.send(
                "PUT",
                "/api/entries/" + ID,
                null,
                "Authorization",
                WRONG_PASSWORD,
                "{\"baseRevision\": 1, \"changes\": {\"body\": \"Changed.\"}}");

        assertProblem(refused, 401, "Unauthorized", "bad credentials");
    }

    @Test
    void aWriteWithoutSigningInIs401SayingWhatNeedsASignedInUser() {
        Response refused = api.put("/api/entries/" + ID, null, "{\"baseRevision\": 1, \"changes\": {\"body\": \"x\"}}");

        assertProblem(refused, 401, "Unauthorized", "PUT /api/entries/" + ID + " needs a signed-in user");
    }

    @Test
    void aMissingEntryAndAMissingTimelineAreTheSameNotFound() {
        assertProblem(api.get("/api/entries/no-such-entry"), 404, "Not Found", "no-such-entry");
        assertProblem(api.get("/api/entries/no-such-entry/revisions/1"), 404, "Not Found", "no-such-entry");
        assertProblem(api.get("/api/timelines/No Such War".replace(" ", "%20")), 404, "Not Found", "No Such War");
        assertProblem(api.get("/api/entries/no-such-entry", "Accept", "text/plain"), 404, "Not Found", "no-such-entry");
        assertProblem(api.get("/no/such/path"), 404, "Not Found", "");
    }

    @Test
    void resettingAnUnknownProjectionIs404NamingTheKnownOnes() {
        Response refused = api.post("/api/admin/projections/nonesuch/reset", "admin", "");

        assertProblem(
                refused,
                404,
                "Not Found",
                "no read model 'nonesuch'; known: [articles, blame, history, recent-changes, timelines]");
    }

    @Test
    void aDuplicateKeyIs400NamingIt() {
        Response refused = api.post(
                "/api/entries",
                "editor1",
                "{\"title\": \"A\", \"title\": \"B\", " + "\"timeline\": \"Korean War\", \"date\": \"1950\"}");

        assertProblem(refused, 400, "Bad Request", "duplicate field 'title'");
    }

    @Test
    void aDuplicateKeyInsideChangesIs400NamingIt() {
        Response refused = api.put(
                "/api/entries/" + ID,
                "editor1",
                "{\"baseRevision\": 1, \"changes\": "
                        + "{\"location\": {\"name\": \"Incheon\", \"name\": \"Seoul\"}}}");

        assertProblem(refused, 400, "Bad Request", "duplicate field 'name'");
    }

    @Test
    void anEncodedSlashInThePathIsAProblemNotTomcatsPage() throws IOException {
        RawResponse refused = raw("GET /api/entries/a%2Fb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        refused.assertProblem(400);
    }

    @Test
    void aPathTheSecurityFirewallRefusesIsAProblemNamingWhatItRefused() throws IOException {
        RawResponse refused = raw("GET /api/entries/a%25b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        refused.assertProblem(400);
        assertThat(refused.body()).contains("%25").doesNotContain("/error");
    }

    @Test
    void aHeaderOverTheLimitIsAProblemNotTomcatsPage() throws IOException {
        RawResponse refused = raw("GET /api/entries/" + ID + " HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");

        refused.assertProblem(400);
    }

    @Test
    void aTenThousandCharacterIdIsAProblemNotTomcatsPage() throws IOException {
        RawResponse refused = raw("GET /api/entries/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        refused.assertProblem(400);
    }

    record RawResponse(int status, String head, String body) {

        void assertProblem(int expected) throws IOException {
            assertThat(status).as(head + body).isEqualTo(expected);
            assertThat(head.toLowerCase()).contains("content-type: application/problem+json");
            JsonNode problem = new ObjectMapper().readTree(body);
            assertThat(problem.get("status").asInt()).isEqualTo(expected);
            assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
            assertThat(problem.get("detail").asText()).isNotBlank();
        }
    }

    private static RawResponse raw(String request) throws IOException {
        URI base = URI.create(api.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new RawResponse(Integer.parseInt(head.split(" ", 3)[1]), head, body);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
