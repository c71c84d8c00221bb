// The one way to the server: JSON in and out, the session's CSRF token on every write, and every failure as an
// ApiError whose message a person can read (never raw JSON).

export const session = { user: null, roles: [], csrf: null };

export class ApiError extends Error {
    constructor(status, message, problem) {
        super(message);
        this.status = status;
        this.problem = problem || null;
    }

    get notThereYet() {
        return this.status === 404 && !(this.problem && this.problem.detail) || this.status === 405;
    }

    get sessionLost() {
        return this.status === 401 || (this.status === 403 && /CSRF/.test(this.problem?.detail || ''));
    }
}

export async function api(method, path, body, options = {}) {
    // X-Requested-With: the server answers a lost session with a problem, not a Basic challenge (a browser dialog)
    const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    let payload;
    if (options.form) {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        payload = new URLSearchParams(options.form).toString();
    } else if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
        payload = JSON.stringify(body);
    }
    if (method !== 'GET' && session.csrf) headers[session.csrf.header] = session.csrf.token;
    let response;
    try {
        response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
    } catch {
        throw new ApiError(0, 'Cannot reach the server: the connection may be lost. Check it and retry.');
    }
    const type = response.headers.get('Content-Type') || '';
    let data = null;
    if (type.includes('json')) {
        try {
            data = await response.json();
        } catch {
            data = null;
        }
    }
    if (!response.ok) throw new ApiError(response.status, describe(response.status, data), data);
    return { status: response.status, data, etag: response.headers.get('ETag') };
}

function describe(status, problem) {
    if (problem && typeof problem.detail === 'string' && problem.detail) {
        return (problem.title ? problem.title + ': ' : '') + problem.detail;
    }
    const known = {
        400: 'The request was refused as malformed.',
        401: 'You need to sign in for this.',
        403: 'Your role does not allow this.',
        404: 'Not found.',
        405: 'This server does not offer that yet.',
        409: 'Someone else changed this in the meantime.',
        413: 'That is too large to send.',
        503: 'The server is busy: try again in a moment.',
    };
    return known[status] || `The server failed (${status}); nothing was recorded unless a later read shows it.`;
}

export async function refreshSession() {
    const { data } = await api('GET', '/api/me');
    session.user = data.user || null;
    session.roles = data.roles || [];
    session.csrf = data.csrf || null;
    return session;
}

export async function signIn(user, password) {
    await api('POST', '/login', undefined, { form: { username: user, password } });
    return refreshSession();
}

export async function signOut() {
    await api('POST', '/logout');
    return refreshSession();
}

export function isReviewer() {
    return session.roles.includes('REVIEWER') || session.roles.includes('ADMIN');
}

export const enc = encodeURIComponent;
