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
    const status = h('p', { id: 'recent-status', class: 'meta', role: 'status', 'aria-live': 'polite' });
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
    const shown = new Set();
    const show = (change, where) => {
        if (change.id != null && shown.has(change.id)) return;
        shown.add(change.id);
        if (where === 'top') list.prepend(item(change));
        else list.append(item(change));
    };
    if (changes.length === 0) status.textContent = 'No changes match.';
    for (const change of changes) show(change, 'end');

    if (typeof EventSource === 'undefined') return;
    // the stream goes on from the newest change there is, so nothing stored between the list and the stream is lost
    let newest = Math.max(0, ...changes.map((c) => c.id ?? 0));
    if (query.toString()) {
        const latest = await api('GET', '/api/recent-changes?size=1').then((a) => a.data.content?.[0]?.id ?? 0, () => newest);
        newest = Math.max(newest, latest);
    }
    let stream = null;
    const retry = h('button', { type: 'button', class: 'link', hidden: true, onclick: () => open() }, 'Retry now');
    status.after(retry);
    function open() {
        stream?.close();
        retry.hidden = true;
        status.textContent = 'Connecting to live changes…';
        stream = new EventSource('/api/recent-changes/stream?since=' + newest);
        stream.onopen = () => {
            status.dataset.state = 'connected';
            status.textContent = 'Live: new changes appear at the top.';
        };
        stream.onmessage = (event) => {
            let change;
            try {
                change = JSON.parse(event.data);
            } catch {
                return; // not a change
            }
            if (change.id != null) newest = Math.max(newest, change.id);
            if (matches(change, params)) show(change, 'top');
        };
        stream.onerror = () => {
            status.dataset.state = 'lost';
            if (stream.readyState === EventSource.CLOSED) {
                status.textContent = 'The live stream stopped.';
                retry.hidden = false;
            } else {
                // the browser reconnects by itself, sending the last id it got: nothing is missed
                status.textContent = 'The live stream was lost: reconnecting…';
            }
        };
    }
    open();
    handle.leave = () => stream?.close();
}

function matches(change, params) {
    const a = params.get('author');
    const t = params.get('timeline');
    const k = params.get('kind');
    return (!a || (change.user ?? change.author) === a) && (!t || change.timeline === t) && (!k || String(change.kind).toUpperCase() === k.toUpperCase());
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
