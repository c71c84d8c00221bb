package org.palimpsest.system.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palimpsest.text.TextDiff;
import org.palimpsest.text.TextPatch;
import org.palimpsest.text.TextPatch.Hunk;

class AxonObjectMapperTest {

    @Test
    void aPatchIsStoredAsItsBaseLengthAndHunksWithoutItsDerivedEmptyFlag() throws Exception {
        TextPatch patch = TextDiff.between("world", "hello world");

        String json = AxonObjectMapper.create().writeValueAsString(patch);

        assertThat(json).isEqualTo("{\"baseLength\":5,\"hunks\":[{\"at\":0,\"delete\":\"\",\"insert\":\"hello \"}]}");
        assertThat(AxonObjectMapper.create().readValue(json, TextPatch.class))
                .isEqualTo(new TextPatch(5, List.of(new Hunk(0, "", "hello "))));
    }
}
