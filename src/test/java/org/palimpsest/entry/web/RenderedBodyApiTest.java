package org.palimpsest.entry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.palimpsest.support.Api;
import org.palimpsest.support.Api.Response;
import org.palimpsest.support.AppPerClass;

class RenderedBodyApiTest extends AppPerClass {

    @Test
    void theBodyIsRenderedFromMarkdownWithRawHtmlEscapedAndScriptLinksDropped() {
        String body = "The *landing* began.\n\n<script>alert(1)</script>\n\n"
                + "[a trap](javascript:alert(2)) and [a source](https://example.org/a)";
        Response created = api.post(
                "/api/entries",
                "editor1",
                Api.json(Map.of(
                        "title", "Inchon Landing", "timeline", "Korean War", "date", "1950 Sep 15", "body", body)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        JsonNode rendered = api.get("/api/entries/inchon-landing/rendered").json();

        assertThat(rendered.get("revision").asLong()).isEqualTo(1);
        String html = rendered.get("html").asText();
        assertThat(html).contains("<p>The <em>landing</em> began.</p>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
        assertThat(html).doesNotContain("javascript:").contains("<a rel=\"nofollow\" href=\"\">a trap</a>");
        assertThat(html).contains("<a rel=\"nofollow\" href=\"https://example.org/a\">a source</a>");
    }

    @Test
    void anUnknownEntryAnswers404AsAProblem() {
        Response missing = api.get("/api/entries/no-such-entry/rendered");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isProblem()).isTrue();
    }
}
