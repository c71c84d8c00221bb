package org.palimpsest.entry.api;

import java.net.URI;
import java.util.List;

/**
 * The limits of an entry's fields, checked on every create and revise (documented in docs/api.md). Each field
 * of the model ({@link EntryField}) names the rules it follows here.
 */
public final class EntryRules {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TIMELINE = 200;
    public static final int MAX_LOCATION_NAME = 300;
    public static final int MAX_URL = 2_000;
    public static final int MAX_CAPTION = 2_000;
    public static final int MAX_ATTRIBUTION = 1_000;
    public static final int MAX_BODY = 200_000;
    public static final int MAX_SOURCES = 200;
    public static final int MAX_SOURCE_TEXT = 2_000;
    public static final int MAX_SUMMARY = 500;

    private EntryRules() {}

    public static void validate(EntryContent content) {
        if (content == null) {
            throw new InvalidEntryException("content", "content: required");
        }
        for (EntryField field : EntryField.values()) {
            field.validate(content.get(field));
        }
    }

    public static void validateSummary(String summary) {
        line("summary", "summary", summary, MAX_SUMMARY, false);
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidEntryException(field, field + ": required");
        }
    }

    static void location(Location location) {
        if (location == null) {
            return;
        }
        String field = "location";
        line(field, "location.name", location.name(), MAX_LOCATION_NAME, true);
        if ((location.lat() == null) != (location.lon() == null)) {
            throw new InvalidEntryException(field, "location: give both lat and lon, or neither");
        }
        if (location.lat() != null && (location.lat().isNaN() || Math.abs(location.lat()) > 90)) {
            throw new InvalidEntryException(field, "location.lat: must be between -90 and 90");
        }
        if (location.lon() != null && (location.lon().isNaN() || Math.abs(location.lon()) > 180)) {
            throw new InvalidEntryException(field, "location.lon: must be between -180 and 180");
        }
    }

    static void image(Image image) {
        if (image == null) {
            return;
        }
        url("image", "image.url", image.url());
        text("image", "image.caption", image.caption(), MAX_CAPTION);
        text("image", "image.attribution", image.attribution(), MAX_ATTRIBUTION);
    }

    static void sources(List<Source> sources) {
        String field = "sources";
        if (sources.size() > MAX_SOURCES) {
            throw new InvalidEntryException(field, "sources: at most " + MAX_SOURCES + " citations");
        }
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            if (source == null) {
                throw new InvalidEntryException(field, "sources[" + i + "]: must not be null");
            }
            line(field, "sources[" + i + "].text", source.text(), MAX_SOURCE_TEXT, true);
            url(field, "sources[" + i + "].url", source.url());
        }
    }

    static void line(String field, String path, String value, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            throw new InvalidEntryException(field, path + ": required and must not be blank");
        }
        text(field, path, value, max);
        if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            throw new InvalidEntryException(field, path + ": must be a single line");
        }
    }

    static void text(String field, String path, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            throw new InvalidEntryException(field, path + ": " + value.length() + " characters, at most " + max);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidEntryException(field, path + ": holds a lone UTF-16 surrogate at index " + i);
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidEntryException(
                        field, path + ": holds control character U+" + String.format("%04X", (int) c));
            }
        }
    }

    private static void url(String field, String path, String value) {
        if (value == null) {
            return;
        }
        line(field, path, value, MAX_URL, true);
        try {
            URI uri = new URI(value);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new InvalidEntryException(field, path + ": must be an http or https URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidEntryException(field, path + ": not a URL (" + e.getReason() + ")");
        }
    }
}
