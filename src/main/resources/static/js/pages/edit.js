import { api, ApiError, enc, session } from '../api.js';
import { busy, clear, field, h } from '../dom.js';
import { connectLive, liveStatus, presenceText } from '../live.js';
import { showError } from '../app.js';
import { entryLinks } from './entry.js';

const TEXT_FIELDS = ['title', 'timeline', 'body'];
const LABELS = {
    title: 'Title', timeline: 'Timeline', date: 'Date', location: 'Location', image: 'Image', body: 'Body',
    sources: 'Sources',
};

/** An entry's fields as the form holds them: the date as text, absent parts as null. */
export function formValues(entry) {
    const location = entry.location
        ? { name: entry.location.name, lat: entry.location.lat ?? null, lon: entry.location.lon ?? null } : null;
    const image = entry.image
        ? { url: entry.image.url ?? null, caption: entry.image.caption ?? null, attribution: entry.image.attribution ?? null }
        : null;
    return {
        title: entry.title ?? '',
        timeline: entry.timeline ?? '',
        date: typeof entry.date === 'string' ? entry.date : entry.date?.display ?? '',
        location,
        image,
        body: entry.body ?? '',
        sources: (entry.sources || []).map((s) => ({ text: s.text, url: s.url ?? null })),
    };
}

export function valueText(name, value) {
    if (value == null) return '(none)';
    if (TEXT_FIELDS.includes(name)) return value;
    if (name === 'date') return typeof value === 'string' ? value : value.display ?? JSON.stringify(value);
    if (name === 'location') return value.name + (value.lat != null ? ` (${value.lat}, ${value.lon})` : '');
    if (name === 'image') return [value.url, value.caption, value.attribution].filter(Boolean).join('\n');
    if (name === 'sources') return value.map((s) => s.text + (s.url ? ' | ' + s.url : '')).join('\n') || '(none)';
    return JSON.stringify(value);
}

export async function editPage(view, { args: [id], app, handle }) {
    view.append(entryLinks(id, '/edit'));
    if (!session.user) {
        app.title('Edit', id);
        view.append(h('h1', {}, 'Edit'), h('p', {}, 'Sign in to edit this entry.'),
            h('button', { type: 'button', onclick: () => app.signIn() }, 'Sign in'));
        return;
    }
    const { data: entry } = await api('GET', '/api/entries/' + enc(id));
    handle.keepOnSessionChange = true;
    app.title('Edit', entry.title);
    let base = entry;

    const control = {
        title: h('input', { id: 'edit-title', value: '' }),
        timeline: h('input', { id: 'edit-timeline', value: '' }),
        date: h('input', { id: 'edit-date', 'aria-describedby': 'edit-date-help' }),
        locationName: h('input', { id: 'edit-location-name' }),
        lat: h('input', { id: 'edit-location-lat', inputmode: 'decimal' }),
        lon: h('input', { id: 'edit-location-lon', inputmode: 'decimal' }),
        imageUrl: h('input', { id: 'edit-image-url', type: 'url' }),
        caption: h('input', { id: 'edit-image-caption' }),
        attribution: h('input', { id: 'edit-image-attribution' }),
        body: h('textarea', { id: 'edit-body', rows: 16 }),
        sources: h('textarea', { id: 'edit-sources', rows: 4, 'aria-describedby': 'edit-sources-help' }),
        summary: h('input', { id: 'edit-summary', maxlength: 500 }),
        minor: h('input', { id: 'edit-minor', type: 'checkbox' }),
    };

    function setField(name, value) {
        if (name === 'title' || name === 'timeline' || name === 'body' || name === 'date') {
            control[name].value = value ?? '';
        } else if (name === 'location') {
            control.locationName.value = value?.name ?? '';
            control.lat.value = value?.lat ?? '';
            control.lon.value = value?.lon ?? '';
        } else if (name === 'image') {
            control.imageUrl.value = value?.url ?? '';
            control.caption.value = value?.caption ?? '';
            control.attribution.value = value?.attribution ?? '';
        } else if (name === 'sources') {
            control.sources.value = (value || []).map((s) => s.text + (s.url ? ' | ' + s.url : '')).join('\n');
        }
    }

    function readForm() {
        const number = (input) => (input.value.trim() === '' ? null : Number(input.value));
        const name = control.locationName.value.trim();
        const image = {
            url: control.imageUrl.value.trim() || null,
            caption: control.caption.value || null,
            attribution: control.attribution.value || null,
        };
        return {
            title: control.title.value,
            timeline: control.timeline.value,
            date: control.date.value.trim(),
            location: name ? { name, lat: number(control.lat), lon: number(control.lon) } : null,
            image: image.url || image.caption || image.attribution ? image : null,
            body: control.body.value,
            sources: control.sources.value.split('\n').filter((line) => line.trim()).map((line) => {
                const bar = line.lastIndexOf(' | ');
                return bar < 0 ? { text: line.trim(), url: null }
                    : { text: line.slice(0, bar).trim(), url: line.slice(bar + 3).trim() || null };
            }),
        };
    }

    for (const [name, value] of Object.entries(formValues(entry))) setField(name, value);

    const heading = h('h1', {}, 'Edit: ', h('span', { id: 'edit-heading-title' }, entry.title));
    const baseNote = h('p', { class: 'meta', id: 'edit-base' });
    const showBase = () => { baseNote.textContent = `Editing revision ${base.revision}`; };
    showBase();
    const banner = h('div', { id: 'live-banner', class: 'banner', role: 'status', 'aria-live': 'polite', hidden: true });
    const presence = h('p', { id: 'presence', class: 'meta', 'aria-live': 'polite' });
    const conflictsBox = h('section', { id: 'conflicts', 'aria-labelledby': 'conflicts-title', hidden: true });
    const message = h('div', { id: 'edit-message', 'aria-live': 'assertive' });
    const save = h('button', { type: 'submit', id: 'edit-save' }, 'Save');

    const form = h('form', { id: 'edit-form', novalidate: true },
        field('Title', control.title),
        field('Timeline', control.timeline),
        field('Date', control.date, 'As written: 1950 Apr 1, 1950 Jun, 216 BCE Aug 2, c. 1200, 1950 Jun 25 - 1953 Jul 27'),
        h('fieldset', {}, h('legend', {}, 'Location'),
            field('Place name', control.locationName),
            h('div', { class: 'row' }, field('Latitude', control.lat), field('Longitude', control.lon))),
        h('fieldset', {}, h('legend', {}, 'Image'),
            field('Image URL', control.imageUrl), field('Caption', control.caption),
            field('Attribution', control.attribution)),
        field('Body (Markdown)', control.body),
        field('Sources', control.sources, 'One per line: text, or text | URL'),
        field('Summary of your change', control.summary),
        h('div', { class: 'field checkbox' }, control.minor, h('label', { for: 'edit-minor' }, 'This is a minor edit')),
        message,
        h('div', { class: 'actions' }, save, h('a', { href: '#/entries/' + enc(id) }, 'Cancel')));

    view.append(heading, baseNote, banner, presence, conflictsBox, form);

    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        clear(message);
        const mine = readForm();
        const before = formValues(base);
        const changes = {};
        for (const name of Object.keys(mine)) {
            if (JSON.stringify(mine[name]) !== JSON.stringify(before[name])) changes[name] = mine[name];
        }
        if (Object.keys(changes).length === 0) {
            message.append(h('p', { class: 'error', role: 'alert' }, 'Nothing changed: there is nothing to save.'));
            return;
        }
        const done = busy(save, 'Saving…');
        try {
            const { data } = await api('PUT', '/api/entries/' + enc(id), {
                baseRevision: base.revision, changes, summary: control.summary.value || null, minor: control.minor.checked,
            });
            app.notice(data.merged
                ? `Saved as revision ${data.revision}: your edit on revision ${base.revision} was merged with the changes saved since.`
                : `Saved as revision ${data.revision}.`);
            handle.keepOnSessionChange = false;
            app.go('/entries/' + enc(id) + '?minRevision=' + data.revision);
        } catch (e) {
            if (e instanceof ApiError && e.status === 409 && e.problem?.conflicts) {
                await showConflicts(mine, e.problem);
            } else if (e instanceof ApiError && e.sessionLost) {
                message.append(h('p', { class: 'error', role: 'alert' },
                    'Your session has expired or you were signed out. Your text is kept here: sign in again, then save.'),
                h('button', { type: 'button', onclick: () => app.signIn('Sign in again to save your edit.') }, 'Sign in'));
            } else {
                showError(message, e, () => form.requestSubmit());
            }
        } finally {
            done();
        }
    });

    async function showConflicts(mine, problem) {
        const { data: theirs } = await api('GET', '/api/entries/' + enc(id) + '?minRevision=' + problem.currentRevision);
        base = theirs;
        showBase();
        const theirValues = formValues(theirs);
        const merged = formValues({ ...theirs, ...problem.merged });
        for (const [name, value] of Object.entries(merged)) setField(name, value);
        clear(conflictsBox).hidden = false;
        conflictsBox.append(h('h2', { id: 'conflicts-title' }, 'Edit conflict'),
            h('p', { role: 'alert' }, `Revision ${theirs.revision} by ${theirs.updatedBy} changed the same `
                + `${problem.conflicts.length === 1 ? 'place' : 'places'} as you. Nothing was saved. `
                + 'The form below holds the merged entry with your version in every conflicting place; for each '
                + 'conflict, keep yours, take theirs, or edit, then save again.'));
        const byField = new Map();
        for (const conflict of problem.conflicts) {
            if (!byField.has(conflict.field)) byField.set(conflict.field, []);
            byField.get(conflict.field).push(conflict);
        }
        for (const [name, conflicts] of byField) {
            const yours = h('textarea', { id: 'conflict-mine-' + name, readonly: true, rows: 6, value: valueText(name, mine[name]) });
            const their = h('textarea', { id: 'conflict-theirs-' + name, readonly: true, rows: 6, value: valueText(name, theirValues[name]) });
            conflictsBox.append(h('section', { class: 'conflict', 'data-field': name },
                h('h3', {}, LABELS[name] || name),
                TEXT_FIELDS.includes(name) ? h('ul', { class: 'chunks' }, conflicts.map((c) =>
                    h('li', {}, '…', c.context?.before || '', h('mark', { class: 'mine' }, c.mine || '(nothing)'),
                        ' / ', h('mark', { class: 'theirs' }, c.theirs || '(nothing)'), c.context?.after || '', '…'))) : null,
                h('div', { class: 'two-columns' },
                    h('div', {}, h('label', { for: yours.id }, 'Yours'), yours),
                    h('div', {}, h('label', { for: their.id }, `Theirs (revision ${theirs.revision})`), their)),
                h('div', { class: 'actions' },
                    h('button', { type: 'button', onclick: () => setField(name, mine[name]) }, 'Keep yours'),
                    h('button', { type: 'button', onclick: () => setField(name, theirValues[name]) }, 'Take theirs'),
                    TEXT_FIELDS.includes(name)
                        ? h('button', { type: 'button', onclick: () => setField(name, merged[name]) }, 'Merged') : null)));
        }
        conflictsBox.scrollIntoView();
    }

    // the newest revision this page has told the user of, so that a catch-up after a lost connection shows no
    // revision twice and misses none
    let seen = base.revision;
    let focused = null;
    const others = (change) => change.author !== session.user;
    function showSaved(change) {
        if (change.revision <= seen) return;
        seen = change.revision;
        if (!others(change) || change.revision <= base.revision) return;
        banner.hidden = false;
        const fields = change.changedFields ?? change.changed ?? [];
        clear(banner).append(
            h('p', {}, h('strong', {}, change.author), ` saved revision ${change.revision}`,
                fields.length ? ` (changed: ${fields.join(', ').toLowerCase()})` : '',
                change.summary ? [': ', h('q', { class: 'summary' }, change.summary)] : '',
                '. Saving now merges your edit with it. '),
            h('a', { href: `#/entries/${enc(id)}/diff?from=${base.revision}&to=${change.revision}`, target: '_blank' },
                'See what changed'));
    }
    async function catchUp() {
        try {
            const { data } = await api('GET', `/api/entries/${enc(id)}/revisions?since=${seen}&size=1000`);
            for (const revision of data.content || []) showSaved(revision);
        } catch (e) {
            status.show('lost', 'Could not read what was saved while the live connection was down: ' + e.message,
                () => catchUp());
        }
    }
    const status = liveStatus();
    view.insertBefore(status.el, banner);
    const live = connectLive({
        onConnected(reconnected) {
            live.subscribe('/topic/entries/' + id, (change) => {
                if (change.type === 'revised') showSaved(change);
            }, reconnected ? catchUp : null);
            live.subscribe('/topic/entries/' + id + '/presence', (list) => {
                presence.textContent = presenceText(list, session.user);
            });
            live.send(`/app/entries/${id}/presence`, { state: 'editing', field: focused });
        },
        onStatus: (state, text, retry) => status.show(state, text, retry),
    });
    form.addEventListener('focusin', (event) => {
        const name = event.target.id?.replace(/^edit-/, '').split('-')[0];
        const now = LABELS[name] ? name : null;
        if (now === focused) return;
        focused = now;
        live.send(`/app/entries/${id}/presence`, { state: 'editing', field: focused });
    });
    handle.leave = () => live.close();
}
