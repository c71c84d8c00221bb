import { api, ApiError } from '../api.js';
import { field, h, when } from '../dom.js';

const KINDS = ['', 'CREATE', 'IMPORT', 'EDIT', 'MERGE', 'UNDO', 'RESTORE', 'ROLLBACK'];

export async function recentPage(view, { params, app, handle }) {
    app.title('Recent changes');
    const author = h('input', { id: 'recent-author', name: 'author', value: params.get('author') || '' });
    const timeline = h('input', { id: 'recent-timeline', name: 'timeline', value: params.get('timeline') || '' });
    const kind = h('select', { id: 'recent-kind', name: 'kind' },
        KINDS.map((k) => h('option', { value: k }, k || 'any')));
    kind.value = params.get('kind') || '';
    const form = h('form', { class: 'filters' }, field('Author', author), field('Timeline', timeline), field('Kind', kind),
        h('button', { type: 'submit' }, 'Filter'));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        const query = new URLSearchParams();
        for (const input of [author, timeline, kind]) if (input.value) query.set(input.name, input.value);
        app.go('/recent?' + query);
    });
    const status = h('p', { class: 'meta', 'aria-live': 'polite' });
    const list = h('ol', { class: 'recent' });
    view.append(h('h1', {}, 'Recent changes'), form, status, list);

    const query = new URLSearchParams();
    for (const name of ['author', 'timeline', 'kind']) if (params.get(name)) query.set(name, params.get(name));
    let answer;
    try {
        answer = (await api('GET', '/api/recent-changes?' + query)).data;
    } catch (e) {
        if (e instanceof ApiError && (e.status === 404 || e.status === 405)) {
            status.textContent = 'Recent changes are not available on this server yet.';
            return;
        }
        throw e;
    }
    const changes = Array.isArray(answer) ? answer : answer.content || answer.changes || [];
    if (changes.length === 0) status.textContent = 'No changes match.';
    for (const change of changes) list.append(item(change));

    if (typeof EventSource === 'undefined') return;
    const stream = new EventSource('/api/recent-changes/stream');
    stream.onopen = () => { status.textContent = 'Live: new changes appear at the top.'; };
    stream.onmessage = (event) => {
        try {
            const change = JSON.parse(event.data);
            if (matches(change, params)) list.prepend(item(change));
        } catch {
            // not a change
        }
    };
    stream.onerror = () => {
        status.textContent = 'The live stream is not connected: reload to retry.';
        stream.close();
    };
    handle.leave = () => stream.close();
}

function matches(change, params) {
    const a = params.get('author');
    const t = params.get('timeline');
    const k = params.get('kind');
    return (!a || (change.user ?? change.author) === a) && (!t || change.timeline === t) && (!k || change.kind === k);
}

function item(change) {
    const entry = change.entry ?? change.entryId;
    const revision = change.revision?.new ?? change.revision;
    const length = change.length ? (change.length.new ?? 0) - (change.length.old ?? 0) : change.sizeDelta;
    return h('li', {},
        h('time', {}, when(change.timestamp)), ' ',
        h('a', { href: `#/entries/${encodeURIComponent(entry)}/diff?to=${revision}` }, change.title || entry), ' ',
        h('span', { class: 'kind' }, change.kind || change.type || ''), ' by ',
        h('span', { class: 'author' }, change.user ?? change.author ?? ''),
        length != null ? h('span', { class: 'delta' }, ` (${length > 0 ? '+' : ''}${length})`) : null,
        change.comment ?? change.summary ? [' · ', h('span', { class: 'summary' }, change.comment ?? change.summary)] : null,
        change.minor ? h('abbr', { title: 'minor edit' }, ' m') : null);
}
