import { api, ApiError, enc, isReviewer, session } from '../api.js';
import { busy, clear, h, when } from '../dom.js';
import { showError } from '../app.js';
import { entryLinks } from './entry.js';

const PAGE_SIZE = 50;

export async function historyPage(view, { args: [id], params, app }) {
    const page = Math.max(0, Number(params.get('page') || 0) || 0);
    const min = Number(params.get('minRevision')) > 0 ? '&minRevision=' + Number(params.get('minRevision')) : '';
    const [{ data: entry }, { data: revisions }] = await Promise.all([
        api('GET', '/api/entries/' + enc(id) + min.replace('&', '?')),
        api('GET', `/api/entries/${enc(id)}/revisions?size=${PAGE_SIZE}&page=${page}${min}`),
    ]);
    app.title('History', entry.title);
    const reviewer = isReviewer();
    const outcome = h('div', { id: 'history-message', 'aria-live': 'assertive' });
    view.append(entryLinks(id, '/history'), h('h1', {}, 'History: ', entry.title), outcome);

    const rows = revisions.content.map((revision, index) => {
        const newest = page === 0 && index === 0;
        const delta = revision.sizeDelta > 0 ? '+' + revision.sizeDelta : String(revision.sizeDelta);
        const actions = reviewer ? h('td', {}, h('div', { class: 'actions' },
            revision.revision > 1 ? h('button', {
                type: 'button', class: 'undo', 'data-revision': revision.revision,
                'aria-label': `Undo revision ${revision.revision} by ${revision.author}`,
                onclick: (e) => confirmThen(e.target, `Undo revision ${revision.revision} by ${revision.author}?`,
                    'Undo', () => api('POST', `/api/entries/${enc(id)}/revisions/${revision.revision}/undo`, {})),
            }, 'Undo') : null,
            !newest ? h('button', {
                type: 'button', class: 'restore', 'data-revision': revision.revision,
                'aria-label': `Restore revision ${revision.revision}`,
                onclick: (e) => confirmThen(e.target, `Restore the entry as it was at revision ${revision.revision}?`
                    + ' Every later change goes.',
                    'Restore', () => api('POST', `/api/entries/${enc(id)}/restore`, { revision: revision.revision })),
            }, 'Restore') : null,
            newest && revision.author !== session.user ? [h('button', {
                type: 'button', class: 'rollback', 'data-author': revision.author,
                onclick: (e) => confirmThen(e.target,
                    `Roll back the newest consecutive edits by ${revision.author} on this entry?`,
                    'Roll back', () => api('POST', `/api/entries/${enc(id)}/rollback`, { author: revision.author })),
            }, 'Roll back ' + revision.author), h('button', {
                type: 'button', class: 'rollback-everywhere', 'data-author': revision.author,
                onclick: (e) => rollBackEverywhere(e.target, revision.author),
            }, `Roll back ${revision.author} everywhere`)] : null)) : null;
        return h('tr', { class: revision.revertedBy ? 'reverted' : null, 'data-revision': revision.revision },
            h('td', {},
                h('input', { type: 'radio', name: 'from', value: revision.revision, id: 'from-' + revision.revision,
                    'aria-label': 'Compare from revision ' + revision.revision, checked: index === 1 }),
                h('input', { type: 'radio', name: 'to', value: revision.revision, id: 'to-' + revision.revision,
                    'aria-label': 'Compare to revision ' + revision.revision, checked: index === 0 })),
            h('td', {}, h('a', { href: `#/entries/${enc(id)}/diff?to=${revision.revision}` }, String(revision.revision))),
            h('td', { class: 'kind' }, revision.kind),
            h('td', { class: 'author' }, revision.author),
            h('td', {}, h('a', {
                href: `#/entries/${enc(id)}?asOf=${enc(revision.timestamp)}`, class: 'as-of',
                'aria-label': `${when(revision.timestamp)}: the entry as it stood at revision ${revision.revision}`,
            }, h('time', { datetime: revision.timestamp }, when(revision.timestamp)))),
            h('td', { class: 'summary' }, revision.summary || '', revision.minor ? h('abbr', { title: 'minor edit' }, ' m') : null,
                revision.reverts?.length ? h('span', { class: 'reverts-mark' }, ` (reverts ${revisionList(revision.reverts)})`) : null,
                revision.revertedBy ? h('span', { class: 'reverted-mark' }, ` (reverted by revision ${revision.revertedBy})`) : null),
            h('td', { class: 'delta ' + (revision.sizeDelta >= 0 ? 'plus' : 'minus') }, delta),
            h('td', { class: 'changed' }, (revision.changed || []).join(', ').toLowerCase()),
            actions);
    });
    const compare = h('button', { type: 'submit', id: 'compare' }, 'Compare selected revisions');
    const form = h('form', { id: 'history-form' },
        h('div', { class: 'scroll' }, h('table', { class: 'history' },
            h('caption', {}, `${revisions.totalElements} revisions, newest first`),
            h('thead', {}, h('tr', {},
                h('th', { scope: 'col' }, 'Compare'), h('th', { scope: 'col' }, 'Revision'), h('th', { scope: 'col' }, 'Kind'),
                h('th', { scope: 'col' }, 'Author'), h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Summary'),
                h('th', { scope: 'col' }, 'Size'), h('th', { scope: 'col' }, 'Changed'),
                reviewer ? h('th', { scope: 'col' }, 'Review') : null)),
            h('tbody', {}, rows))),
        h('div', { class: 'actions' }, compare,
            page > 0 ? h('a', { href: `#/entries/${enc(id)}/history?page=${page - 1}` }, 'Newer') : null,
            page + 1 < revisions.totalPages ? h('a', { href: `#/entries/${enc(id)}/history?page=${page + 1}` }, 'Older') : null));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        const from = form.querySelector('input[name=from]:checked')?.value;
        const to = form.querySelector('input[name=to]:checked')?.value;
        if (!from || !to) {
            clear(outcome).append(h('p', { class: 'error', role: 'alert' }, 'Pick two revisions to compare.'));
            return;
        }
        app.go(`/entries/${enc(id)}/diff?from=${from}&to=${to}`);
    });
    view.append(form);

    async function confirmThen(button, question, verb, action) {
        if (!(await confirmDialog(question, verb))) return;
        clear(outcome);
        const done = busy(button, verb + '…');
        try {
            const { data } = await action();
            app.notice(`${verb}: done, recorded as revision ${data.revision}.`);
            app.go(`/entries/${enc(id)}/history?minRevision=${data.revision}`);
        } catch (e) {
            done();
            refused(verb, e);
        }
    }

    async function rollBackEverywhere(button, author) {
        const question = `Roll back the newest edits by ${author} on every entry where ${author} made the newest `
            + 'revision? Each entry gets a new revision; nothing else is touched.';
        if (!(await confirmDialog(question, 'Roll back everywhere'))) return;
        clear(outcome);
        const done = busy(button, 'Rolling back everywhere…');
        try {
            const { data: outcomes } = await api('POST', `/api/authors/${enc(author)}/rollback`, {});
            app.notice(everywhereMessage(author, outcomes));
            const here = outcomes.find((o) => o.id === id && o.outcome === 'rolled-back');
            const path = `/entries/${enc(id)}/history` + (here ? `?minRevision=${here.revision}` : '');
            if (location.hash === '#' + path) app.render();
            else app.go(path);
        } catch (e) {
            done();
            refused('Roll back everywhere', e);
        }
    }

    function refused(verb, e) {
        const say = (text) => outcome.append(h('p', { class: 'error', role: 'alert' }, text));
        const problem = e instanceof ApiError ? e.problem : null;
        if (e instanceof ApiError && e.notThereYet) {
            say(`${verb} is not available on this server yet.`);
        } else if (e.status === 409 && problem?.code === 'alreadyrolled') {
            say(`${verb} refused: the newest revision is now by ${problem.newestAuthor || 'someone else'}`
                + (problem.currentRevision ? ` (revision ${problem.currentRevision})` : '')
                + ', so it was already rolled back or edited since. Nothing was recorded; reload the history.');
        } else if (e.status === 409 && problem?.code === 'onlyauthor') {
            say(`${verb} refused: this author made every revision of the entry, so there is no earlier `
                + 'version by someone else to go back to. Nothing was recorded.');
        } else if (e.status === 409 && problem?.conflicts) {
            say(`${verb} refused: later revisions changed the same places (`
                + problem.conflicts.map((c) => c.field).join(', ') + '). Nothing was recorded.');
        } else if (e.status === 403 && !e.sessionLost) {
            say(`${verb} refused: only reviewers may do this, and you are signed in as ${session.user || 'nobody'}`
                + '. Nothing was recorded.');
        } else {
            showError(outcome, e);
        }
    }
}

const SKIPPED = {
    alreadyrolled: 'already rolled back or edited since',
    onlyauthor: 'they made every revision',
    nochange: 'their edits changed nothing in the end',
};

function everywhereMessage(author, outcomes) {
    const rolled = outcomes.filter((o) => o.outcome === 'rolled-back');
    const skipped = outcomes.filter((o) => o.outcome !== 'rolled-back');
    const entries = (n) => n + (n === 1 ? ' entry' : ' entries');
    let text = `Rolled back ${author} on ${entries(rolled.length)}`
        + (rolled.length ? ': ' + rolled.map((o) => `${o.id} (now revision ${o.revision})`).join(', ') : '') + '.';
    if (skipped.length) {
        text += ` Skipped ${entries(skipped.length)}: `
            + skipped.map((o) => `${o.id} (${SKIPPED[o.reason] || o.reason})`).join(', ') + '.';
    }
    return text;
}

function revisionList(revisions) {
    return (revisions.length === 1 ? 'revision ' : 'revisions ') + revisions.join(', ');
}

function confirmDialog(question, verb) {
    return new Promise((resolve) => {
        const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-question' });
        const yes = h('button', { type: 'button', id: 'confirm-yes', onclick: () => { dialog.returnValue = 'yes'; dialog.close(); } }, verb);
        dialog.append(h('p', { id: 'confirm-question' }, question), h('div', { class: 'actions' }, yes,
            h('button', { type: 'button', id: 'confirm-no', onclick: () => dialog.close() }, 'Cancel')));
        dialog.addEventListener('close', () => {
            dialog.remove();
            resolve(dialog.returnValue === 'yes');
        });
        document.body.append(dialog);
        dialog.showModal();
        yes.focus();
    });
}
