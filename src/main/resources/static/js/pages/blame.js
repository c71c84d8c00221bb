import { api, ApiError, enc } from '../api.js';
import { h, when } from '../dom.js';
import { entryLinks } from './entry.js';

export async function blamePage(view, { args: [id], params, app }) {
    const { data: entry } = await api('GET', '/api/entries/' + enc(id));
    app.title('Blame', entry.title);
    view.append(entryLinks(id, '/blame'), h('h1', {}, 'Who wrote what: ', entry.title));
    const revision = params.get('revision');
    let blame;
    try {
        blame = (await api('GET', `/api/entries/${enc(id)}/blame` + (revision ? '?revision=' + enc(revision) : ''))).data;
    } catch (e) {
        if (e instanceof ApiError && (e.status === 404 || e.status === 405)) {
            view.append(h('p', { class: 'error', role: 'alert' }, 'Blame is not available on this server yet.'));
            return;
        }
        throw e;
    }
    const spans = Array.isArray(blame) ? blame : blame.spans || [];
    const authors = [...new Set(spans.map((span) => span.author))];
    view.append(h('p', { class: 'meta' }, `Body at revision ${blame.revision ?? revision ?? entry.revision}; hover or focus a passage to see who wrote it.`),
        // a passage of blank space alone (between paragraphs) is no stop for the keyboard: it stays text
        h('div', { class: 'blame body' }, spans.map((span) => (!span.text.trim() ? span.text : h('a', {
            class: 'span author-' + (authors.indexOf(span.author) % 6),
            href: `#/entries/${enc(id)}/diff?from=${Math.max(1, span.revision - 1)}&to=${span.revision}`,
            title: `${span.author}, revision ${span.revision}, ${when(span.timestamp)}`,
        }, span.text)))),
        h('ul', { class: 'legend' }, authors.map((author, index) =>
            h('li', {}, h('span', { class: 'span author-' + (index % 6) }, author)))));
}
