package org.palimpsest.entry.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palimpsest.entry.api.EntryContent;
import org.palimpsest.entry.api.HistoricalDate;
import org.palimpsest.entry.api.Image;
import org.palimpsest.entry.api.Location;
import org.palimpsest.entry.api.Source;

class EntryDiffTest {

    private static EntryContent content(Location location, Image image, List<Source> sources) {
        return new EntryContent(
                "Battle of Osan", "Korean War", HistoricalDate.parse("1950 Jul 5"), location, image, "Body.", sources);
    }

    private static EntryContent with(Location location) {
        return content(location, null, List.of());
    }

    private static EntryContent with(Image image) {
        return content(null, image, List.of());
    }

    private static EntryContent with(List<Source> sources) {
        return content(null, null, sources);
    }

    private static String summary(EntryContent before, EntryContent after) {
        List<FieldDiff> diffs = EntryDiff.between(before, after);
        assertThat(diffs).hasSize(1);
        return ((FieldDiff.Value) diffs.get(0)).summary();
    }

    @Test
    void equalContentsHaveNoFieldDiffs() {
        assertThat(EntryDiff.between(with(new Location("Osan", 37.1, 127.0)), with(new Location("Osan", 37.1, 127.0))))
                .isEmpty();
    }

    @Test
    void aRenamedPlaceIsSummedUpByItsNamesAlone() {
        assertThat(summary(with(new Location("Osan", 37.1, 127.0)), with(new Location("Osan, Korea", 37.1, 127.0))))
                .isEqualTo("location: Osan → Osan, Korea");
    }

    @Test
    void anAddedOrRemovedPlaceIsSummedUpAgainstNone() {
        assertThat(summary(with((Location) null), with(new Location("Osan", null, null))))
                .isEqualTo("location: (none) → Osan");
        assertThat(summary(with(new Location("Osan", null, null)), with((Location) null)))
                .isEqualTo("location: Osan → (none)");
    }

    @Test
    void anImageIsSummedUpByWhatChanged() {
        Image image = new Image("https://example.org/a.jpg", "Task Force Smith", null);
        assertThat(summary(with((Image) null), with(image))).isEqualTo("image: added");
        assertThat(summary(with(image), with((Image) null))).isEqualTo("image: removed");
        assertThat(summary(with(image), with(new Image("https://example.org/b.jpg", "Smith", "US Army"))))
                .isEqualTo("image: url, caption, attribution changed");
    }

    @Test
    void sourcesOnlyReorderedAreSummedUpAsReorderedWithNothingAddedRemovedOrChanged() {
        Source a = new Source("Appleman", null);
        Source b = new Source("Blair", "https://example.org/blair");
        FieldDiff.Value diff = (FieldDiff.Value)
                EntryDiff.between(with(List.of(a, b)), with(List.of(b, a))).get(0);

        assertThat(diff.summary()).isEqualTo("sources: reordered");
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void aSourceThatKeptItsUrlButNotItsTextIsChanged() {
        Source before = new Source("Blair", "https://example.org/blair");
        Source after = new Source("Blair, The Forgotten War", "https://example.org/blair");
        FieldDiff.Value diff = (FieldDiff.Value)
                EntryDiff.between(with(List.of(before)), with(List.of(after))).get(0);

        assertThat(diff.summary()).isEqualTo("sources: 1 changed");
        assertThat(diff.changed()).containsExactly(new FieldDiff.SourceChange(before, after));
    }
}
