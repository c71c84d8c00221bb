import { api, enc } from '../api.js';
import { h } from '../dom.js';

export async function timelinesPage(view, { app }) {
    app.title('Timelines');
    const { data: timelines } = await api('GET', '/api/timelines');
    view.append(h('h1', {}, 'Timelines'));
    if (timelines.length === 0) {
        view.append(h('p', {}, 'No timeline has entries yet.'));
        return;
    }
    // one timeline that cannot be read (a name the server cannot take in a path, say) must not hide the others
    const lists = await Promise.all(timelines.map((timeline) =>
        api('GET', '/api/timelines/' + enc(timeline.name)).then((answer) => answer.data, (e) => e)));
    timelines.forEach((timeline, index) => {
        view.append(h('section', { class: 'timeline', 'aria-labelledby': 'timeline-' + index },
            h('h2', { id: 'timeline-' + index }, timeline.name),
            h('p', { class: 'meta' }, `${timeline.entries} ${timeline.entries === 1 ? 'entry' : 'entries'}, ${timeline.from || '?'} to ${timeline.to || '?'}`),
            lists[index] instanceof Error
                ? h('p', { class: 'error' }, 'Its entries could not be read: ' + lists[index].message)
                : h('ol', { class: 'entries' }, lists[index].map((entry) =>
                    h('li', {},
                        h('time', {}, entry.date?.display || ''),
                        ' ',
                        h('a', { href: '#/entries/' + enc(entry.id) }, entry.title))))));
    });
}
