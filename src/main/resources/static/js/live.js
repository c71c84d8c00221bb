// A small STOMP 1.2 client over the browser's WebSocket, enough for the entry channel and presence
// (/ws, issue 11). The HTTP session signs it in; the CSRF token goes on CONNECT. Where the server has no /ws yet,
// onDown is told once and the page carries on without live updates.

import { session } from './api.js';

export function connectLive({ onConnected, onDown }) {
    let socket;
    try {
        socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
    } catch {
        onDown?.('Live updates are not available here.');
        return { subscribe() {}, send() {}, close() {} };
    }
    const handlers = new Map();
    let next = 0;
    let open = false;
    const frame = (command, headers, body = '') =>
        command + '\n' + Object.entries(headers).map(([k, v]) => k + ':' + v).join('\n') + '\n\n' + body + '\0';
    socket.addEventListener('open', () => {
        const headers = { 'accept-version': '1.2', host: location.hostname, 'heart-beat': '0,0' };
        if (session.csrf) headers[session.csrf.header] = session.csrf.token;
        socket.send(frame('CONNECT', headers));
    });
    socket.addEventListener('message', (event) => {
        for (const raw of String(event.data).split('\0')) {
            const text = raw.replace(/^\n+/, '');
            if (!text) continue;
            const split = text.indexOf('\n\n');
            const head = text.slice(0, split < 0 ? text.length : split).split('\n');
            const body = split < 0 ? '' : text.slice(split + 2);
            const headers = Object.fromEntries(head.slice(1).map((line) => {
                const colon = line.indexOf(':');
                return [line.slice(0, colon), line.slice(colon + 1)];
            }));
            if (head[0] === 'CONNECTED') {
                open = true;
                onConnected?.();
            } else if (head[0] === 'MESSAGE') {
                const handler = handlers.get(headers.subscription);
                if (handler) {
                    try {
                        handler(JSON.parse(body));
                    } catch {
                        // a message that is not JSON is no update to show
                    }
                }
            } else if (head[0] === 'ERROR') {
                onDown?.('Live updates stopped: ' + (headers.message || 'the server refused'));
            }
        }
    });
    let downTold = false;
    const down = () => {
        if (!downTold) onDown?.(open ? 'The live connection was lost: reload to see new changes.'
            : 'Live updates are not available on this server.');
        downTold = true;
        open = false;
    };
    socket.addEventListener('close', down);
    socket.addEventListener('error', down);
    return {
        subscribe(destination, handler) {
            const id = 'sub-' + next++;
            handlers.set(id, handler);
            socket.send(frame('SUBSCRIBE', { id, destination }));
        },
        send(destination, value) {
            if (open) socket.send(frame('SEND', { destination, 'content-type': 'application/json' }, JSON.stringify(value)));
        },
        close() {
            downTold = true;
            try {
                socket.close();
            } catch {
                // already gone
            }
        },
    };
}
