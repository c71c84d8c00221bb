// A small STOMP 1.2 client over the browser's WebSocket, enough for the entry channel and presence (/ws, see
// docs/api.md "Live"). The HTTP session signs it in: CONNECT carries the token GET /api/me gave, which is the
// masked (XOR) form of the session's token, the form the server's XorCsrfChannelInterceptor unmasks against the
// raw token the handshake saved. Heart-beats both ways find a dead connection; a lost one is opened again with a
// growing pause, after a fresh GET /api/me (the session's token may have changed), and the page's onConnected runs
// again with reconnected = true so that it subscribes anew and reads over REST what it missed.

import { refreshSession, session } from './api.js';
import { h } from './dom.js';

/**
 * What the client asks for: it sends a heart-beat every 2 s and wants one at least every 2 s. The server drops a
 * user whose client stays silent for three of the client's own heart-beats, so 2 s keeps a closed laptop's presence
 * gone within the 10 s that docs/api.md promises.
 */
const HEARTBEAT = 2000;
/** Silence for this many heart-beats counts as a lost connection. */
const MISSED_BEATS = 3;
const FIRST_PAUSE = 1000;
const LONGEST_PAUSE = 15000;

/**
 * The visible state of a live connection: a status line (data-state connecting | connected | lost) with a retry
 * button while it is lost. Pages put it where the user looks.
 */
export function liveStatus() {
    const text = h('span', { class: 'live-text' });
    const retry = h('button', { type: 'button', class: 'link', hidden: true }, 'Retry now');
    const el = h('p', { id: 'live-status', class: 'meta live-status', role: 'status', 'aria-live': 'polite',
        'data-state': 'connecting' }, text, ' ', retry);
    return {
        el,
        show(state, message, onRetry) {
            el.dataset.state = state;
            el.classList.toggle('error', state === 'lost');
            text.textContent = message;
            retry.hidden = !onRetry;
            retry.onclick = onRetry || null;
        },
    };
}

/**
 * Opens /ws and keeps it open until close(). onConnected(reconnected) runs after every CONNECTED; onStatus(state,
 * message, retry) tells what the user should see, liveText what it says while connected.
 */
export function connectLive({ onConnected, onStatus, liveText = 'Live: changes by others show here as they are saved.' }) {
    let socket = null;
    let handlers = new Map();
    let receipts = new Map();
    let next = 0;
    let open = false;
    let closed = false;
    let everConnected = false;
    let pause = FIRST_PAUSE;
    let retryTimer = null;
    let beatTimer = null;
    let watchTimer = null;
    let lastHeard = 0;

    // STOMP 1.2 escapes header values in every frame but CONNECT
    const frame = (command, headers, body = '') => command + '\n'
        + Object.entries(headers).map(([k, v]) => k + ':' + (command === 'CONNECT' ? v : escape(String(v)))).join('\n')
        + '\n\n' + body + '\0';
    const status = (state, message, retry) => onStatus?.(state, message, retry);

    function start() {
        if (closed) return;
        clearTimeout(retryTimer);
        status('connecting', everConnected ? 'Reconnecting to live updates…' : 'Connecting to live updates…');
        let opened;
        try {
            opened = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
        } catch {
            status('lost', 'Live updates are not available here.', retryNow);
            return;
        }
        socket = opened;
        handlers = new Map();
        receipts = new Map();
        opened.addEventListener('open', () => {
            const headers = { 'accept-version': '1.2', host: location.hostname, 'heart-beat': HEARTBEAT + ',' + HEARTBEAT };
            if (session.user && session.csrf) headers[session.csrf.header] = session.csrf.token;
            opened.send(frame('CONNECT', headers));
        });
        opened.addEventListener('message', (event) => {
            if (opened !== socket) return;
            lastHeard = Date.now();
            for (const raw of String(event.data).split('\0')) received(raw);
        });
        opened.addEventListener('close', () => lost(opened));
        opened.addEventListener('error', () => lost(opened));
    }

    function received(raw) {
        const text = raw.replace(/^[\r\n]+/, '');
        if (!text) return;
        const split = text.indexOf('\n\n');
        const head = text.slice(0, split < 0 ? text.length : split).split('\n');
        const body = split < 0 ? '' : text.slice(split + 2);
        const headers = {};
        for (const line of head.slice(1)) {
            const colon = line.indexOf(':');
            if (colon > 0 && !(line.slice(0, colon) in headers)) headers[line.slice(0, colon)] = unescape(line.slice(colon + 1));
        }
        if (head[0] === 'CONNECTED') {
            connected(headers['heart-beat']);
        } else if (head[0] === 'MESSAGE') {
            const handler = handlers.get(headers.subscription);
            let value;
            try {
                value = JSON.parse(body);
            } catch {
                return; // a message that is not JSON is no update to show
            }
            handler?.(value, headers);
        } else if (head[0] === 'RECEIPT') {
            const done = receipts.get(headers['receipt-id']);
            receipts.delete(headers['receipt-id']);
            done?.();
        } else if (head[0] === 'ERROR') {
            status('lost', 'Live updates stopped: ' + (headers.message || 'the server refused') + '.', retryNow);
        }
    }

    function connected(heartbeat) {
        open = true;
        pause = FIRST_PAUSE;
        const [serverSends, serverWants] = String(heartbeat || '0,0').split(',').map(Number);
        const outgoing = serverWants > 0 ? Math.max(HEARTBEAT, serverWants) : 0;
        const incoming = serverSends > 0 ? Math.max(HEARTBEAT, serverSends) : 0;
        const live = socket;
        if (outgoing) beatTimer = setInterval(() => live.readyState === WebSocket.OPEN && live.send('\n'), outgoing);
        if (incoming) {
            watchTimer = setInterval(() => {
                if (Date.now() - lastHeard > incoming * MISSED_BEATS) {
                    try {
                        live.close();
                    } catch {
                        // gone already
                    }
                    lost(live);
                }
            }, incoming);
        }
        const reconnected = everConnected;
        everConnected = true;
        status('connected', liveText);
        onConnected?.(reconnected);
    }

    function lost(which) {
        if (which !== socket) return;
        socket = null;
        open = false;
        clearInterval(beatTimer);
        clearInterval(watchTimer);
        if (closed) return;
        const seconds = Math.round(pause / 1000);
        status('lost', (everConnected ? 'The live connection was lost' : 'Live updates are not connected')
            + `: retrying in ${seconds} s. Changes saved meanwhile are shown once it is back.`, retryNow);
        retryTimer = setTimeout(reopen, pause);
        pause = Math.min(pause * 2, LONGEST_PAUSE);
    }

    function reopen() {
        // the session, and with it the token, may have changed (signed in again, expired)
        refreshSession().catch(() => {}).finally(start);
    }

    function retryNow() {
        pause = FIRST_PAUSE;
        if (socket) {
            const old = socket;
            socket = null;
            try {
                old.close();
            } catch {
                // gone already
            }
        }
        clearInterval(beatTimer);
        clearInterval(watchTimer);
        clearTimeout(retryTimer);
        reopen();
    }

    start();
    return {
        /** Subscribes; with onReceipt, that runs once the server has the subscription in place. */
        subscribe(destination, handler, onReceipt) {
            if (!open) return;
            const id = 'sub-' + next++;
            handlers.set(id, handler);
            const headers = { id, destination };
            if (onReceipt) {
                headers.receipt = 'r-' + id;
                receipts.set(headers.receipt, onReceipt);
            }
            socket.send(frame('SUBSCRIBE', headers));
        },
        send(destination, value) {
            if (open) socket.send(frame('SEND', { destination, 'content-type': 'application/json' }, JSON.stringify(value)));
        },
        close() {
            closed = true;
            clearTimeout(retryTimer);
            clearInterval(beatTimer);
            clearInterval(watchTimer);
            const old = socket;
            socket = null;
            try {
                old?.close();
            } catch {
                // already gone
            }
        },
    };
}

/** Who else is on an entry, from a presence list, as one line of plain text (names are never markup). */
export function presenceText(list, me) {
    const here = (Array.isArray(list) ? list : []).filter((p) => p.user !== me);
    return here.length ? 'Also here: ' + here.map((p) => [p.user, p.state, p.field].filter(Boolean).join(' ')).join(', ') : '';
}

function escape(value) {
    return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/:/g, '\\c');
}

function unescape(value) {
    return value.replace(/\\(.)/g, (_, c) => ({ n: '\n', r: '\r', c: ':', '\\': '\\' }[c] ?? c));
}
