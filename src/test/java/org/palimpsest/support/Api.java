package org.palimpsest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A small HTTP client for the REST API, as a browser or script would call it. Writes do not wait for the read
 * models; an Api made with a {@link WrittenRevisions} hook hands every revision that a write answers to it, so that
 * the tests of an app in this JVM can read their own writes (from lists too) as a client asking with
 * {@code minRevision} would.
 */
public final class Api {

    /** Told of each entry revision that a write answered. */
    @FunctionalInterface
    public interface WrittenRevisions {
        void written(String entryId, long revision);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final WrittenRevisions written;

    Api(String base) {
        this(base, (entryId, revision) -> {});
    }

    Api(String base, WrittenRevisions written) {
        this.base = base;
        this.written = written;
    }

    /** The same client without the hook: it sees the read models as they are right after a write. */
    public Api withoutWaiting() {
        return new Api(base);
    }

    public String base() {
        return base;
    }

    public Response get(String path) {
        return send(request(path).GET(), null);
    }

    public Response getAs(String user, String path) {
        return send(request(path).GET(), user);
    }

    public Response get(String path, String accept) {
        return get(path, "Accept", accept);
    }

    public Response get(String path, String header, String value) {
        return send(request(path).header(header, value).GET(), null);
    }

    public Response post(String path, String user, String json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                user);
    }

    public Response post(String path, String user, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                user);
    }

    public Response put(String path, String user, String json) {
        return put(path, user, json.getBytes(StandardCharsets.UTF_8));
    }

    public Response put(String path, String user, byte[] json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(json)),
                user);
    }

    public Response send(String method, String path, String user, String header, String value, String json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .header(header, value)
                        .method(method, HttpRequest.BodyPublishers.ofString(json)),
                user);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private Response send(HttpRequest.Builder builder, String user) {
        if (user != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Response answer = new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
            if (!request.method().equals("GET")
                    && answer.status() / 100 == 2
                    && answer.contentType().contains("json")) {
                tellWritten(answer.json());
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void tellWritten(JsonNode answer) {
        if (answer.isArray()) {
            answer.forEach(this::tellWritten);
        } else if (answer.hasNonNull("id") && answer.hasNonNull("revision")) {
            written.written(answer.get("id").asText(), answer.get("revision").asLong());
        } else if (answer.hasNonNull("id")
                && "CREATED".equals(answer.path("status").asText())) {
            written.written(answer.get("id").asText(), 1);
        }
    }

    public record Response(int status, String contentType, String etag, String location, String text) {

        public JsonNode json() {
            try {
                return text == null || text.isEmpty() ? MissingNode.getInstance() : JSON.readTree(text);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + text, e);
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
