// Every text from the server goes in as a text node; the one exception is serverHtml, for the HTML that the
// server escapes by construction (rendered Markdown, diff fragments).

export function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
        if (value == null || value === false) continue;
        if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
        else if (key === 'class') el.className = value;
        else if (key === 'value' || key === 'checked') el[key] = value;
        else if (key === 'href') el.setAttribute('href', value);
        else el.setAttribute(key, value === true ? '' : String(value));
    }
    append(el, children);
    return el;
}

export function append(el, children) {
    for (const child of [children].flat(Infinity)) {
        if (child == null || child === false) continue;
        el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
}

export function clear(el) {
    while (el.firstChild) el.firstChild.remove();
    return el;
}

/** Only for HTML the server escaped (GET …/rendered, GET …/diff?format=html): never for a field's raw text. */
export function serverHtml(tag, className, html) {
    const el = document.createElement(tag);
    el.className = className;
    el.innerHTML = html;
    return el;
}

/** A URL from an entry is linked only when it is http or https: never javascript: or data:. */
export function safeUrl(url) {
    if (!url) return null;
    try {
        const parsed = new URL(url, location.href);
        return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch {
        return null;
    }
}

export function when(instant) {
    if (!instant) return '';
    const date = new Date(instant);
    return Number.isNaN(date.getTime()) ? String(instant) : date.toLocaleString();
}

export function field(label, control, help) {
    const id = control.id;
    return h('div', { class: 'field' },
        h('label', { for: id }, label),
        control,
        help ? h('small', { id: id + '-help' }, help) : null);
}

export function busy(button, text) {
    const before = button.textContent;
    button.disabled = true;
    button.textContent = text;
    button.setAttribute('aria-busy', 'true');
    return () => {
        button.disabled = false;
        button.textContent = before;
        button.removeAttribute('aria-busy');
    };
}
