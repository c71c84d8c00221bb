package org.palimpsest.entry.web;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * An entry body (Markdown) as HTML that a browser may insert as it is: raw HTML in the Markdown comes out as
 * escaped text, and a link or image whose URL is not http, https or mailto (a {@code javascript:} link) loses it.
 */
@Component
class MarkdownHtml {

    private static final List<String> SAFE_PROTOCOLS = List.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(SAFE_PROTOCOLS))
            .percentEncodeUrls(true)
            .build();

    String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
