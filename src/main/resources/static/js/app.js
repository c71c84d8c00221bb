import { refreshSession, session, signIn, signOut, ApiError } from './api.js';
import { h, clear, append } from './dom.js';
import { timelinesPage } from './pages/timelines.js';
import { entryPage } from './pages/entry.js';
import { editPage } from './pages/edit.js';
import { historyPage } from './pages/history.js';
import { diffPage } from './pages/diff.js';
import { blamePage } from './pages/blame.js';
import { recentPage } from './pages/recent.js';

const main = document.getElementById('app');
const routes = [
    [/^\/$/, timelinesPage],
    [/^\/recent$/, recentPage],
    [/^\/entries\/([^/]+)$/, entryPage],
    [/^\/entries\/([^/]+)\/edit$/, editPage],
    [/^\/entries\/([^/]+)\/history$/, historyPage],
    [/^\/entries\/([^/]+)\/diff$/, diffPage, comparing],
    [/^\/entries\/([^/]+)\/blame$/, blamePage],
];

let current = null;
let noticeKept = 0;

/** What a page may ask of the app: its title, a link, a notice that outlives navigation. */
export const app = {
    title(...parts) {
        document.title = [...parts.filter(Boolean), 'Palimpsest'].join(' · ');
    },
    go(path) {
        location.hash = '#' + path;
    },
    notice(text, kind = 'info') {
        const box = clear(document.getElementById('notice'));
        noticeKept = 1;
        if (text) append(box, h('p', { class: 'notice ' + kind }, text, ' ',
            h('button', { type: 'button', class: 'link', onclick: () => clear(box) }, 'Dismiss')));
    },
    signIn: openSignIn,
    render,
};

function parseHash() {
    const raw = location.hash.replace(/^#/, '') || '/';
    const [path, query] = raw.split('?');
    return { path: path || '/', params: new URLSearchParams(query || '') };
}

async function render() {
    const { path, params } = parseHash();
    if (current?.leave) current.leave();
    if (noticeKept-- <= 0) clear(document.getElementById('notice'));
    current = null;
    clear(main);
    for (const [pattern, page, waitText] of routes) {
        const match = path.match(pattern);
        if (match) {
            const args = match.slice(1).map(decodeURIComponent);
            const view = h('div', { class: 'page' });
            main.append(view);
            current = { leave: null, keepOnSessionChange: false };
            await runPage(page, view, { args, params, waitText: waitText?.(params) }, current);
            return;
        }
    }
    app.title('Not found');
    main.append(h('h1', {}, 'Not found'), h('p', {}, 'No page here. '), h('a', { href: '#/' }, 'Go to the timelines'));
}

function comparing(params) {
    const [from, to] = [params.get('from'), params.get('to')];
    return from && to ? `Comparing revisions ${from} and ${to}…` : 'Comparing revisions…';
}

/** Runs a page, the main region marked busy (and saying what it waits for) until the page has what it needs. */
async function runPage(page, view, { args, params, waitText }, handle) {
    const loading = h('p', { class: 'loading', role: 'status' }, waitText || 'Loading…');
    view.append(loading);
    main.setAttribute('aria-busy', 'true');
    try {
        await page(view, { args, params, app, handle });
    } catch (e) {
        clear(view);
        showError(view, e, () => render());
    } finally {
        loading.remove();
        if (current === handle) main.removeAttribute('aria-busy');
    }
}

export function showError(container, error, retry) {
    const message = error instanceof ApiError ? error.message : 'Something went wrong in this page: ' + error.message;
    if (!(error instanceof ApiError)) console.error(error);
    const box = h('div', { class: 'error', role: 'alert' }, h('p', {}, message));
    if (retry) box.append(h('button', { type: 'button', onclick: retry }, 'Retry'));
    if (error instanceof ApiError && error.sessionLost) {
        box.append(' ', h('button', { type: 'button', onclick: () => openSignIn() }, 'Sign in'));
    }
    container.append(box);
    return box;
}

function showSession() {
    document.getElementById('whoami').textContent = session.user
        ? `Signed in as ${session.user} (${session.roles.join(', ').toLowerCase()})`
        : 'Not signed in';
    document.getElementById('signin-button').hidden = !!session.user;
    document.getElementById('signout-button').hidden = !session.user;
}

/** A modal sign-in that leaves the page under it as it is, so no text being edited is lost. */
function openSignIn(reason) {
    return new Promise((resolve) => {
        const user = h('input', { id: 'signin-user', name: 'username', autocomplete: 'username', required: true });
        const password = h('input', {
            id: 'signin-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
        });
        const error = h('p', { class: 'error', role: 'alert', hidden: true });
        const submit = h('button', { type: 'submit', id: 'signin-submit' }, 'Sign in');
        const dialog = h('dialog', { class: 'signin', 'aria-labelledby': 'signin-title' });
        const form = h('form', {},
            h('h2', { id: 'signin-title' }, 'Sign in'),
            reason ? h('p', {}, reason) : null,
            h('div', { class: 'field' }, h('label', { for: 'signin-user' }, 'User name'), user),
            h('div', { class: 'field' }, h('label', { for: 'signin-password' }, 'Password'), password),
            error,
            h('div', { class: 'actions' }, submit,
                h('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel')));
        form.addEventListener('submit', async (event) => {
            event.preventDefault();
            submit.disabled = true;
            submit.textContent = 'Signing in…';
            try {
                // a fresh token: the session it came with may be gone (expired, or its cookie cleared)
                await refreshSession();
                await signIn(user.value, password.value);
                dialog.close();
                resolve(true);
            } catch (e) {
                error.hidden = false;
                error.textContent = e.message;
                submit.disabled = false;
                submit.textContent = 'Sign in';
                await refreshSession().catch(() => {});
            }
        });
        dialog.addEventListener('close', () => {
            dialog.remove();
            showSession();
            resolve(!!session.user);
        });
        dialog.append(form);
        document.body.append(dialog);
        dialog.showModal();
        user.focus();
    }).then((signedIn) => {
        if (signedIn && !current?.keepOnSessionChange) render();
        return signedIn;
    });
}

document.getElementById('signin-button').addEventListener('click', () => openSignIn());
document.getElementById('signout-button').addEventListener('click', async () => {
    try {
        await signOut();
    } catch (e) {
        app.notice(e.message, 'error');
    }
    showSession();
    render();
});

window.addEventListener('hashchange', render);
refreshSession()
    .catch(() => app.notice('Cannot tell who is signed in: the server did not answer. Reading still works.', 'error'))
    .finally(() => {
        showSession();
        render();
    });
