import { api, enc } from '../api.js';
import { h, serverHtml } from '../dom.js';
import { entryLinks } from './entry.js';
import { valueChange } from './diff-values.js';

export async function diffPage(view, { args: [id], params, app }) {
    const from = params.get('from');
    const to = params.get('to');
    const mode = params.get('view') === 'inline' ? 'inline' : 'side';
    const query = new URLSearchParams({ format: 'html' });
    if (from) query.set('from', from);
    if (to) query.set('to', to);
    const [{ data: entry }, { data: diff }] = await Promise.all([
        api('GET', '/api/entries/' + enc(id)),
        api('GET', `/api/entries/${enc(id)}/diff?${query}`),
    ]);
    app.title(`Diff ${diff.from}→${diff.to}`, entry.title);
    const values = await valuesOf(id, diff);
    const link = (view) => {
        const p = new URLSearchParams({ from: diff.from, to: diff.to, view });
        return `#/entries/${enc(id)}/diff?${p}`;
    };
    view.append(entryLinks(id, '/diff'),
        h('h1', {}, `Revision ${diff.from} → ${diff.to}: `, entry.title),
        h('nav', { class: 'tabs', 'aria-label': 'Diff view' },
            h('a', { href: link('side'), 'aria-current': mode === 'side' ? 'page' : null }, 'Side by side'),
            h('a', { href: link('inline'), 'aria-current': mode === 'inline' ? 'page' : null }, 'Inline'),
            diff.from > 1 ? h('a', { href: `#/entries/${enc(id)}/diff?from=${diff.from - 1}&to=${diff.from}&view=${mode}` }, '← Older change') : null,
            diff.to < entry.revision ? h('a', { href: `#/entries/${enc(id)}/diff?from=${diff.to}&to=${diff.to + 1}&view=${mode}` }, 'Newer change →') : null));
    if (diff.fields.length === 0) {
        view.append(h('p', {}, 'The two revisions are the same.'));
        return;
    }
    for (const field of diff.fields) {
        const html = serverHtml('div', 'diff-field', mode === 'inline' ? field.inline : field.sideBySide);
        const fragment = values.has(field.field) ? valueChange(values.get(field.field), html) : html;
        labelMoves(fragment);
        const table = fragment.querySelector('table.diff');
        if (table) {
            table.prepend(h('thead', {}, h('tr', {},
                h('th', { scope: 'col' }, `Revision ${diff.from}`), h('th', { scope: 'col' }, `Revision ${diff.to}`))));
        }
        view.append(h('section', { class: 'field-diff', 'data-field': field.field },
            h('h2', {}, field.field), fragment));
    }
    view.append(h('p', { class: 'legend' }, 'Legend: ', h('ins', {}, 'added'), ' ', h('del', {}, 'removed'), ' ',
        h('span', { class: 'moved-label' }, 'moved paragraph')));
}

/** The HTML diff gives a value field as a summary; its before and after come with the JSON diff, read only then. */
async function valuesOf(id, diff) {
    if (!diff.fields.some((field) => field.kind === 'value')) return new Map();
    const query = new URLSearchParams({ from: diff.from, to: diff.to });
    const { data } = await api('GET', `/api/entries/${enc(id)}/diff?${query}`);
    return new Map(data.fields.filter((field) => field.kind === 'value').map((field) => [field.field, field]));
}

/** A moved paragraph says so in words, not only in colour. */
function labelMoves(fragment) {
    for (const moved of fragment.querySelectorAll('.diff-moved')) {
        const from = Number(moved.dataset.from) + 1;
        const to = Number(moved.dataset.to) + 1;
        const label = h('span', { class: 'moved-label' }, `Moved from paragraph ${from} to ${to}`);
        if (moved.tagName === 'TR') moved.cells[0]?.prepend(label, ' ');
        else moved.prepend(label, ' ');
    }
}
