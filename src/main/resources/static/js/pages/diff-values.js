import { h } from '../dom.js';

const NONE = '(none)';

/**
 * A value field's change (date, location, image) spelled out part by part as "before → after", from the JSON diff's
 * before and after; any other value field (sources) keeps the server's one-line summary.
 */
export function valueChange(field, summaryHtml) {
    const parts = changedParts(field);
    if (!parts) return summaryHtml;
    return h('ul', { class: 'value-change' }, parts.map(([label, before, after]) => h('li', {},
        label ? h('span', { class: 'part' }, label + ': ') : null,
        h('del', {}, before), ' → ', h('ins', {}, after))));
}

function changedParts(field) {
    const { before, after } = field;
    if (field.field === 'date') return [[null, date(before), date(after)]];
    if (field.field === 'location') {
        return changed([
            ['Place', before?.name, after?.name],
            ['Coordinates', coordinates(before), coordinates(after)],
        ]);
    }
    if (field.field === 'image') {
        return changed([
            ['Image URL', before?.url, after?.url],
            ['Caption', before?.caption, after?.caption],
            ['Attribution', before?.attribution, after?.attribution],
        ]);
    }
    return null;
}

function changed(parts) {
    return parts.filter(([, before, after]) => (before ?? null) !== (after ?? null))
        .map(([label, before, after]) => [label, before ?? NONE, after ?? NONE]);
}

function date(value) {
    return value ? value.display ?? NONE : NONE;
}

function coordinates(location) {
    return location?.lat == null || location?.lon == null ? null : `${location.lat}, ${location.lon}`;
}
