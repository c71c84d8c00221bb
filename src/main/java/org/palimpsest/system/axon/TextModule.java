package org.palimpsest.system.axon;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.palimpsest.text.TextPatch;

/**
 * How the text engine's values go to JSON, kept here because the engine knows no Jackson: a patch's
 * {@code isEmpty()} is derived from its hunks, not a field of its own.
 */
final class TextModule extends SimpleModule {

    TextModule() {
        super("palimpsest-text");
        setMixInAnnotation(TextPatch.class, TextPatchMixIn.class);
    }

    private interface TextPatchMixIn {

        @JsonIgnore
        boolean isEmpty();
    }
}
