package org.palimpsest.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

/** The browser's way in: a form sign-in kept in a session, and a CSRF token on every write. */
class BrowserSessionTest extends AppPerClass {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBrowserSignsInWithAFormAndWritesWithItsSessionAndCsrfToken() throws Exception {
        String id = createEntry("Battle of Chosin Reservoir");
        Browser browser = new Browser();
        JsonNode anonymous = browser.me();
        assertThat(anonymous.has("user")).isFalse();
        assertThat(anonymous.at("/csrf/header").asText()).isEqualTo("X-CSRF-TOKEN");

        HttpResponse<String> signedIn =
                browser.login("editor1", "editor1", anonymous.at("/csrf/token").asText());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        assertThat(JSON.readTree(signedIn.body()).get("user").asText()).isEqualTo("editor1");

        JsonNode me = browser.me();
        assertThat(me.get("user").asText()).isEqualTo("editor1");
        assertThat(me.get("roles")).hasSize(1);
        assertThat(me.get("roles").get(0).asText()).isEqualTo("EDITOR");

        HttpResponse<String> revised = browser.put(
                "/api/entries/" + id,
                "{\"baseRevision\":1,\"changes\":{\"body\":\"The marines broke out.\"}}",
                me.at("/csrf/token").asText());
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(JSON.readTree(revised.body()).get("revision").asLong()).isEqualTo(2);
        assertThat(api.get("/api/entries/" + id + "/revisions/2?minRevision=2")
                        .json()
                        .at("/history/author")
                        .asText())
                .isEqualTo("editor1");
    }

    @Test
    void aSessionWriteWithoutTheCsrfTokenIsRefusedAndRecordsNothing() throws Exception {
        String id = createEntry("Battle of Kapyong");
        Browser browser = new Browser();
        String token = browser.me().at("/csrf/token").asText();
        browser.login("editor2", "editor2", token);

        HttpResponse<String> forged =
                browser.put("/api/entries/" + id, "{\"baseRevision\":1,\"changes\":{\"body\":\"Forged.\"}}", null);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(forged.body()).get("detail").asText()).contains("CSRF token");
        assertThat(api.get("/api/entries/" + id).json().get("revision").asLong())
                .isEqualTo(1);
    }

    @Test
    void aWrongPasswordOnTheFormAnswers401AsAProblemWithoutABasicChallenge() throws Exception {
        Browser browser = new Browser();
        String token = browser.me().at("/csrf/token").asText();

        HttpResponse<String> refused = browser.login("editor1", "wrong", token);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("bad credentials");
        assertThat(browser.me().has("user")).isFalse();
    }

    @Test
    void anAnonymousSessionWriteAnswers401WithoutABasicChallengeSoTheBrowserShowsNoDialog() throws Exception {
        String id = createEntry("Battle of the Hook");
        Browser browser = new Browser();
        String token = browser.me().at("/csrf/token").asText();

        HttpResponse<String> refused =
                browser.put("/api/entries/" + id, "{\"baseRevision\":1,\"changes\":{\"body\":\"Anon.\"}}", token);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(api.get("/api/entries/" + id).json().get("revision").asLong())
                .isEqualTo(1);
    }

    @Test
    void httpBasicStaysStatelessNeedsNoCsrfTokenAndStillChallenges() throws Exception {
        String id = createEntry("Battle of Pork Chop Hill");
        HttpClient plain = HttpClient.newHttpClient();

        HttpResponse<String> revised = plain.send(
                HttpRequest.newBuilder(URI.create(api.base() + "/api/entries/" + id))
                        .header("Authorization", basic("editor1"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"baseRevision\":1,\"changes\":{\"body\":\"Held.\"}}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Response anonymousWrite = api.put("/api/entries/" + id, null, "{\"baseRevision\":2,\"changes\":{}}");

        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(revised.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(anonymousWrite.status()).isEqualTo(401);
        assertThat(api.getAs("editor1", "/api/me").json().get("user").asText()).isEqualTo("editor1");
        assertThat(api.getAs("editor1", "/api/me").json().has("csrf")).isFalse();
    }

    @Test
    void theRootServesTheBrowserClient() {
        Response root = api.get("/");

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.contentType()).startsWith("text/html");
        assertThat(root.text()).contains("<script type=\"module\"");
    }

    private static String createEntry(String title) {
        Response created = api.post(
                "/api/entries",
                "editor1",
                "{\"title\":\"" + title
                        + "\",\"timeline\":\"Korean War\",\"date\":\"1950 Nov 27\",\"body\":\"Text.\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user).getBytes());
    }

    /** A browser as far as the server can tell: cookies kept, JSON asked for, no Authorization header. */
    private static final class Browser {

        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        JsonNode me() throws IOException, InterruptedException {
            HttpResponse<String> me = http.send(
                    HttpRequest.newBuilder(URI.create(api.base() + "/api/me")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            return JSON.readTree(me.body());
        }

        HttpResponse<String> login(String user, String password, String token)
                throws IOException, InterruptedException {
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return http.send(
                    HttpRequest.newBuilder(URI.create(api.base() + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "application/json")
                            .header("X-CSRF-TOKEN", token)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> put(String path, String json, String token) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json));
            if (token != null) {
                request.header("X-CSRF-TOKEN", token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
