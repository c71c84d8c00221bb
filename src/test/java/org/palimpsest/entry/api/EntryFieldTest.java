package org.palimpsest.entry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field model is the one list of an entry's fields: the records that hold them follow it. */
class EntryFieldTest {

    static final EntryContent CONTENT = new EntryContent(
            "Battle of Osan",
            "Korean War",
            HistoricalDate.parse("1950 Jul 5"),
            new Location("Osan", 37.15, 127.07),
            new Image("https://example.org/osan.jpg", "Task Force Smith", "US Army"),
            "Task Force Smith met the 4th Division.",
            List.of(new Source("Appleman, South to the Naktong", null)));

    @Test
    void theContentsComponentsAreTheFieldsJsonNamesInTheModelsOrder() {
        assertThat(Arrays.stream(EntryContent.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactlyElementsOf(Arrays.stream(EntryField.values())
                        .map(EntryField::jsonName)
                        .toList());
    }

    @Test
    void theStoredChangesHaveAComponentPerFieldAndTheRemovedOnes() {
        List<String> components = Arrays.stream(EntryChanges.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        assertThat(components.subList(0, EntryField.values().length))
                .containsExactlyElementsOf(Arrays.stream(EntryField.values())
                        .map(EntryField::jsonName)
                        .toList());
        assertThat(components.get(EntryField.values().length)).isEqualTo("cleared");
    }

    @Test
    void theBodyIsRecordedAsAPatchAndEveryOtherFieldAsItsNewValue() {
        EntryContent after = new EntryContent(
                "Osan",
                "Korean War 1950",
                HistoricalDate.parse("1950 Jul 6"),
                null,
                null,
                "Task Force Smith met the KPA's 4th Division.",
                List.of());

        Map<EntryField, FieldChange> changes =
                EntryChanges.between(CONTENT, after).asMap();

        assertThat(changes.keySet()).containsExactly(EntryField.values());
        assertThat(changes.get(EntryField.BODY)).isInstanceOf(FieldChange.Patch.class);
        assertThat(changes.get(EntryField.LOCATION)).isEqualTo(new FieldChange.Removed());
        assertThat(changes.get(EntryField.IMAGE)).isEqualTo(new FieldChange.Removed());
        assertThat(changes.get(EntryField.TITLE)).isEqualTo(new FieldChange.Value("Osan"));
        assertThat(changes.get(EntryField.SOURCES)).isEqualTo(new FieldChange.Value(List.of()));
        assertThat(EntryChanges.between(CONTENT, after).applyTo(CONTENT)).isEqualTo(after);
    }

    @Test
    void anEditAndTheChangesItRecordsApplyTheSameWay() {
        EntryEdit edit = EntryEdit.of(EntryField.BODY, "Task Force Smith fell back.")
                .with(EntryField.DATE, HistoricalDate.parse("1950 Jul 5"))
                .with(EntryField.IMAGE, null);
        EntryContent edited = edit.applyTo(CONTENT);

        assertThat(edited.body()).isEqualTo("Task Force Smith fell back.");
        assertThat(edited.image()).isNull();
        assertThat(edited.location()).isEqualTo(CONTENT.location());
        assertThat(EntryChanges.between(CONTENT, edited).applyTo(CONTENT)).isEqualTo(edited);
        assertThat(EntryChanges.between(CONTENT, edited).fields()).containsExactly(EntryField.IMAGE, EntryField.BODY);
    }

    @Test
    void onlyOptionalFieldsCanBeRemoved() {
        assertThat(Arrays.stream(EntryField.values()).filter(EntryField::removable))
                .containsExactly(EntryField.LOCATION, EntryField.IMAGE);
        assertThatThrownBy(() -> EntryEdit.removing(EntryField.TITLE))
                .isInstanceOfSatisfying(
                        InvalidEntryException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void aBrokenRuleNamesItsFieldWithoutParsingTheMessage() {
        Map<EntryField, Object> bad = Map.of(
                EntryField.TITLE,
                " ",
                EntryField.TIMELINE,
                "x".repeat(EntryRules.MAX_TIMELINE + 1),
                EntryField.LOCATION,
                new Location("Osan", 91.0, 0.0),
                EntryField.IMAGE,
                new Image("ftp://example.org/a.jpg", null, null),
                EntryField.BODY,
                "bell \u0007",
                EntryField.SOURCES,
                List.of(new Source("", null)));
        bad.forEach((field, value) -> assertThatThrownBy(
                        () -> EntryRules.validate(EntryEdit.of(field, value).applyTo(CONTENT)))
                .as(field.jsonName())
                .isInstanceOfSatisfying(
                        InvalidEntryException.class, e -> assertThat(e.field()).isEqualTo(field.jsonName())));
        assertThatThrownBy(() -> HistoricalDate.parse("1950 Feb 30"))
                .isInstanceOfSatisfying(
                        InvalidEntryException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> EntryRules.validateSummary("a\nb"))
                .isInstanceOfSatisfying(
                        InvalidEntryException.class, e -> assertThat(e.field()).isEqualTo("summary"));
    }

    @Test
    void theSizeIsTheSumOfEachFieldsUtf8Bytes() {
        int sum = Arrays.stream(EntryField.values())
                .mapToInt(field -> field.sizeOf(CONTENT.get(field)))
                .sum();
        assertThat(CONTENT.sizeInBytes())
                .isEqualTo(sum)
                .isEqualTo("Battle of Osan".length()
                        + "Korean War".length()
                        + "1950 Jul 5".length()
                        + "Osan".length()
                        + "https://example.org/osan.jpg".length()
                        + "Task Force Smith".length()
                        + "US Army".length()
                        + "Task Force Smith met the 4th Division.".length()
                        + "Appleman, South to the Naktong".length());
    }
}
