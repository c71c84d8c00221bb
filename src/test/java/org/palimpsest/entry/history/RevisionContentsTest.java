package org.palimpsest.entry.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.EntryContent;

class RevisionContentsTest {

    private final RevisionContents contents = new RevisionContents();

    @Test
    void theNewestKeptRevisionWithinTheRangeIsTheStart() {
        contents.remember("a", 3, content("three"));
        contents.remember("a", 7, content("seven"));
        contents.remember("b", 9, content("other entry"));

        assertThat(contents.newestBetween("a", 1, 9)).isEqualTo(new RevisionContents.Known(7, content("seven")));
        assertThat(contents.newestBetween("a", 1, 6)).isEqualTo(new RevisionContents.Known(3, content("three")));
        assertThat(contents.newestBetween("a", 4, 6)).isNull();
    }

    @Test
    void forgettingAnEntryLeavesTheOthersKept() {
        contents.remember("a", 1, content("a1"));
        contents.remember("a", 2, content("a2"));
        contents.remember("b", 1, content("b1"));

        contents.forget("a");

        assertThat(contents.get("a", 1)).isNull();
        assertThat(contents.get("a", 2)).isNull();
        assertThat(contents.get("b", 1)).isEqualTo(content("b1"));
    }

    @Test
    void forgettingAllKeepsNothing() {
        contents.remember("a", 1, content("a1"));

        contents.forgetAll();

        assertThat(contents.get("a", 1)).isNull();
    }

    private static EntryContent content(String body) {
        return new EntryContent("Title", "Timeline", null, null, null, body, List.of());
    }
}
