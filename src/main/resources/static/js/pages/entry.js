import { api, enc, session } from '../api.js';
import { connectLive, liveStatus, presenceText } from '../live.js';
import { h, safeUrl, serverHtml, when } from '../dom.js';

export function entryLinks(id, here) {
    const links = [
        ['', 'Read'], ['/edit', 'Edit'], ['/history', 'History'], ['/blame', 'Blame'],
    ];
    return h('nav', { class: 'tabs', 'aria-label': 'Entry' }, links.map(([suffix, label]) =>
        h('a', { href: '#/entries/' + enc(id) + suffix, 'aria-current': suffix === here ? 'page' : null }, label)));
}

export async function entryPage(view, { args: [id], params, app, handle }) {
    if (params.get('asOf')) return pastEntryPage(view, id, params.get('asOf'), app);
    const min = params.get('minRevision');
    const query = min ? '?minRevision=' + enc(min) : '';
    const [{ data: entry }, rendered] = await Promise.all([
        api('GET', '/api/entries/' + enc(id) + query),
        api('GET', '/api/entries/' + enc(id) + '/rendered' + query).then((answer) => answer.data, (e) => e),
    ]);
    app.title(entry.title);
    view.append(entryLinks(id, ''));
    const article = heading(entry);
    if (rendered instanceof Error) {
        article.append(h('p', { class: 'error' }, 'The body could not be rendered (' + rendered.message + '); as written:'),
            h('pre', { class: 'body-source' }, entry.body));
    } else {
        article.append(serverHtml('div', 'body', rendered.html));
    }
    view.append(footer(article, entry));
    showPresence(view, id, handle);
}

/** The entry as it stood at an instant, read from the history; its body as written (the server renders only today's). */
async function pastEntryPage(view, id, asOf, app) {
    const { data: entry } = await api('GET', '/api/entries/' + enc(id) + '?asOf=' + enc(asOf));
    app.title(`As of ${when(asOf)}`, entry.title);
    view.append(entryLinks(id, null), h('p', { class: 'notice info', id: 'as-of-note', role: 'note' },
        `As it stood on ${when(asOf)}, at revision ${entry.revision}; the body as written, not rendered. `,
        h('a', { href: '#/entries/' + enc(id) }, 'Read the current version'), ' · ',
        h('a', { href: `#/entries/${enc(id)}/diff?from=${entry.revision}` }, 'Compare with the current revision')));
    const article = heading(entry);
    article.append(h('div', { class: 'body as-written' },
        String(entry.body || '').split(/\n\s*\n/).map((paragraph) => h('p', {}, paragraph))));
    view.append(footer(article, entry));
}

function heading(entry) {
    const article = h('article', { class: 'entry' },
        h('h1', { id: 'entry-title' }, entry.title),
        h('p', { class: 'meta' },
            h('span', { class: 'timeline' }, entry.timeline), ' · ',
            h('time', { id: 'entry-date' }, entry.date?.display || ''),
            entry.location ? [' · ', h('span', { id: 'entry-location' }, place(entry.location))] : null));
    if (entry.image) article.append(figure(entry.image));
    return article;
}

function footer(article, entry) {
    if (entry.sources?.length) {
        article.append(h('h2', {}, 'Sources'), h('ol', { class: 'sources' }, entry.sources.map(source)));
    }
    article.append(h('p', { class: 'meta', id: 'entry-revision' },
        `Revision ${entry.revision}, last edited by ${entry.updatedBy || entry.createdBy} on ${when(entry.updatedAt || entry.createdAt)}`));
    return article;
}

/** Who else reads or edits this entry; a signed-in reader is listed as viewing. */
function showPresence(view, id, handle) {
    const presence = h('p', { id: 'presence', class: 'meta', 'aria-live': 'polite' });
    const status = liveStatus();
    view.append(presence, status.el);
    const live = connectLive({
        onConnected() {
            live.subscribe(`/topic/entries/${id}/presence`, (list) => {
                presence.textContent = presenceText(list, session.user);
            });
            if (session.user) live.send(`/app/entries/${id}/presence`, { state: 'viewing', field: null });
        },
        onStatus: (state, text, retry) => status.show(state, text, retry),
        liveText: 'Live: who else is here shows above.',
    });
    handle.leave = () => live.close();
}

export function place(location) {
    const coordinates = location.lat != null && location.lon != null ? ` (${location.lat}, ${location.lon})` : '';
    return location.name + coordinates;
}

function figure(image) {
    const url = safeUrl(image.url);
    return h('figure', {},
        url ? h('img', { src: url, alt: image.caption || '' }) : null,
        h('figcaption', {},
            image.caption ? h('span', { class: 'caption' }, image.caption) : null,
            image.attribution ? [' ', h('span', { class: 'attribution' }, '(' + image.attribution + ')')] : null));
}

function source(item) {
    const url = safeUrl(item.url);
    return h('li', {}, url ? h('a', { href: url, rel: 'nofollow noopener' }, item.text) : item.text);
}
