package org.palimpsest.entry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.palimpsest.system.axon.AxonObjectMapper;
import org.palimpsest.text.TextDiff;

class EntryChangesTest {

    private static final EntryContent BEFORE = new EntryContent(
            "Battle of Cannae",
            "Second Punic War",
            HistoricalDate.parse("216 BCE Aug 2"),
            new Location("Cannae", 41.3, 16.13),
            new Image("https://example.org/cannae.jpg", "The battlefield", "Public domain"),
            "Hannibal encircled the Roman army.\n\nIt was a disaster for Rome.",
            List.of(new Source("Polybius, Histories III", null)));

    private static final ObjectMapper AXON_JSON = AxonObjectMapper.create();

    @Test
    void identicalContentsGiveEmptyChanges() {
        EntryChanges changes = EntryChanges.between(BEFORE, copyOf(BEFORE));

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.fields()).isEmpty();
    }

    @Test
    void aNewTitleChangesOnlyTheTitle() {
        EntryContent after = with(BEFORE, "Cannae", BEFORE.location(), BEFORE.image(), BEFORE.body());

        EntryChanges changes = EntryChanges.between(BEFORE, after);

        assertThat(changes).isEqualTo(new EntryChanges("Cannae", null, null, null, null, null, null, Set.of()));
        assertThat(changes.fields()).containsExactly(EntryField.TITLE);
    }

    @Test
    void aBodyEditIsCarriedAsAPatchOfTheOldBody() {
        String body = "Hannibal encircled and destroyed the Roman army.\n\nIt was a disaster for Rome.";
        EntryContent after = with(BEFORE, BEFORE.title(), BEFORE.location(), BEFORE.image(), body);

        EntryChanges changes = EntryChanges.between(BEFORE, after);

        assertThat(changes.body()).isEqualTo(TextDiff.between(BEFORE.body(), body));
        assertThat(changes.body().applyTo(BEFORE.body())).isEqualTo(body);
        assertThat(changes.fields()).containsExactly(EntryField.BODY);
    }

    @Test
    void fieldsListsExactlyTheChangedFields() {
        EntryContent after = new EntryContent(
                BEFORE.title(),
                "Punic Wars",
                BEFORE.date(),
                BEFORE.location(),
                BEFORE.image(),
                BEFORE.body(),
                List.of(new Source("Livy, XXII", "https://example.org/livy")));

        EntryChanges changes = EntryChanges.between(BEFORE, after);

        assertThat(changes.fields()).containsExactlyInAnyOrder(EntryField.TIMELINE, EntryField.SOURCES);
    }

    @Test
    void removingTheLocationShowsAsClearedAndNotAsANewLocation() {
        EntryContent after = with(BEFORE, BEFORE.title(), null, BEFORE.image(), BEFORE.body());

        EntryChanges changes = EntryChanges.between(BEFORE, after);

        assertThat(changes.cleared()).containsExactly(EntryField.LOCATION);
        assertThat(changes.location()).isNull();
        assertThat(changes.fields()).containsExactly(EntryField.LOCATION);
        assertThat(changes.applyTo(BEFORE).location()).isNull();
    }

    @Test
    void removingTheImageShowsAsCleared() {
        EntryContent after = with(BEFORE, BEFORE.title(), BEFORE.location(), null, BEFORE.body());

        EntryChanges changes = EntryChanges.between(BEFORE, after);

        assertThat(changes.cleared()).containsExactly(EntryField.IMAGE);
        assertThat(changes.fields()).containsExactly(EntryField.IMAGE);
        assertThat(changes.applyTo(BEFORE)).isEqualTo(after);
    }

    @Test
    void addingALocationWhereThereWasNoneIsAChangeNotAClear() {
        EntryContent before = with(BEFORE, BEFORE.title(), null, BEFORE.image(), BEFORE.body());

        EntryChanges changes = EntryChanges.between(before, BEFORE);

        assertThat(changes.location()).isEqualTo(BEFORE.location());
        assertThat(changes.cleared()).isEmpty();
        assertThat(changes.applyTo(before)).isEqualTo(BEFORE);
    }

    // ---- properties ---------------------------------------------------------------------------------

    @Property(tries = 300)
    void applyingTheChangesToTheBeforeGivesTheAfter(
            @ForAll("contents") EntryContent before, @ForAll("contents") EntryContent after) {
        assertThat(EntryChanges.between(before, after).applyTo(before)).isEqualTo(after);
    }

    @Property(tries = 300)
    void changesAreEmptyExactlyWhenTheContentsAreEqual(
            @ForAll("contents") EntryContent before, @ForAll("contents") EntryContent after) {
        assertThat(EntryChanges.between(before, after).isEmpty()).isEqualTo(before.equals(after));
        assertThat(EntryChanges.between(before, copyOf(before)).isEmpty()).isTrue();
    }

    @Property(tries = 300)
    void fieldsAreExactlyTheFieldsThatDiffer(
            @ForAll("contents") EntryContent before, @ForAll("contents") EntryContent after) {
        assertThat(EntryChanges.between(before, after).fields()).isEqualTo(differing(before, after));
    }

    @Property(tries = 200)
    void changesStoredAsJsonStillTurnTheBeforeIntoTheAfter(
            @ForAll("contents") EntryContent before, @ForAll("contents") EntryContent after) throws Exception {
        EntryChanges changes = EntryChanges.between(before, after);

        EntryChanges stored = AXON_JSON.readValue(AXON_JSON.writeValueAsBytes(changes), EntryChanges.class);

        assertThat(stored).isEqualTo(changes);
        assertThat(stored.applyTo(before)).isEqualTo(after);
    }

    @Property(tries = 200)
    void aFoldOfTheChangesOfAnyChainOfContentsGivesEachOfThem(@ForAll("chains") List<EntryContent> chain) {
        ContentFold fold = new ContentFold(chain.get(0));

        for (int next = 1; next < chain.size(); next++) {
            EntryChanges changes = EntryChanges.between(chain.get(next - 1), chain.get(next));
            fold.apply(changes);

            if (next % 2 == 0 || next == chain.size() - 1) {
                assertThat(fold.content()).isEqualTo(chain.get(next)).isEqualTo(changes.applyTo(chain.get(next - 1)));
            }
        }
    }

    @Provide
    Arbitrary<List<EntryContent>> chains() {
        return contents().list().ofMinSize(2).ofMaxSize(8);
    }

    private static Set<EntryField> differing(EntryContent a, EntryContent b) {
        Set<EntryField> fields = EnumSet.noneOf(EntryField.class);
        if (!a.title().equals(b.title())) fields.add(EntryField.TITLE);
        if (!a.timeline().equals(b.timeline())) fields.add(EntryField.TIMELINE);
        if (!a.date().equals(b.date())) fields.add(EntryField.DATE);
        if (!Objects.equals(a.location(), b.location())) fields.add(EntryField.LOCATION);
        if (!Objects.equals(a.image(), b.image())) fields.add(EntryField.IMAGE);
        if (!a.body().equals(b.body())) fields.add(EntryField.BODY);
        if (!a.sources().equals(b.sources())) fields.add(EntryField.SOURCES);
        return fields;
    }

    /** Contents drawn from few values so that two draws often share some fields. */
    @Provide
    Arbitrary<EntryContent> contents() {
        Arbitrary<Location> locations = Arbitraries.of(
                        new Location("Cannae", 41.3, 16.13), new Location("Rome", null, null))
                .injectNull(0.4);
        Arbitrary<Image> images = Arbitraries.of(
                        new Image("https://example.org/a.jpg", null, null),
                        new Image("https://example.org/a.jpg", "caption", "credit"))
                .injectNull(0.4);
        Arbitrary<String> bodies = Arbitraries.oneOf(
                Arbitraries.of("", "A body.\n\nTwo paragraphs.", "A body.\n\nTwo 😀 paragraphs, 漢字."),
                Arbitraries.strings().withChars("ab \n😀é\u0301漢").ofMaxLength(60));
        Arbitrary<List<Source>> sources = Arbitraries.of(
                        new Source("Polybius", null), new Source("Livy", "https://example.org/livy"))
                .list()
                .ofMaxSize(2);
        return Builders.withBuilder(() -> new Object[7])
                .use(Arbitraries.of("Cannae", "Battle of Cannae"))
                .in((parts, v) -> set(parts, 0, v))
                .use(Arbitraries.of("Punic Wars", "Second Punic War"))
                .in((parts, v) -> set(parts, 1, v))
                .use(Arbitraries.of("216 BCE Aug 2", "216 BCE", "c. 216 BCE - 215 BCE")
                        .map(HistoricalDate::parse))
                .in((parts, v) -> set(parts, 2, v))
                .use(locations)
                .in((parts, v) -> set(parts, 3, v))
                .use(images)
                .in((parts, v) -> set(parts, 4, v))
                .use(bodies)
                .in((parts, v) -> set(parts, 5, v))
                .use(sources)
                .in((parts, v) -> set(parts, 6, v))
                .build(parts -> new EntryContent(
                        (String) parts[0],
                        (String) parts[1],
                        (HistoricalDate) parts[2],
                        (Location) parts[3],
                        (Image) parts[4],
                        (String) parts[5],
                        castSources(parts[6])));
    }

    private static Object[] set(Object[] parts, int index, Object value) {
        parts[index] = value;
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static List<Source> castSources(Object value) {
        return (List<Source>) value;
    }

    private static EntryContent with(EntryContent c, String title, Location location, Image image, String body) {
        return new EntryContent(title, c.timeline(), c.date(), location, image, body, c.sources());
    }

    /** An equal content made of distinct objects, so equality and not identity is what counts. */
    private static EntryContent copyOf(EntryContent c) {
        return new EntryContent(
                new String(c.title()),
                new String(c.timeline()),
                HistoricalDate.parse(c.date().display()),
                c.location() == null
                        ? null
                        : new Location(
                                c.location().name(),
                                c.location().lat(),
                                c.location().lon()),
                c.image() == null
                        ? null
                        : new Image(
                                c.image().url(), c.image().caption(), c.image().attribution()),
                new String(c.body()),
                List.copyOf(c.sources()));
    }
}
