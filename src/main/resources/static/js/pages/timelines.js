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
    const lists = await Promise.all(timelines.map((timeline) =>
        api('GET', '/api/timelines/' + enc(timeline.name)).then((answer) => answer.data)));
    timelines.forEach((timeline, index) => {
        view.append(h('section', { class: 'timeline', 'aria-labelledby': 'timeline-' + index },
            h('h2', { id: 'timeline-' + index }, timeline.name),
            h('p', { class: 'meta' }, `${timeline.entries} entries, ${timeline.from || '?'} to ${timeline.to || '?'}`),
            h('ol', { class: 'entries' }, lists[index].map((entry) =>
                h('li', {},
                    h('time', {}, entry.date?.display || ''),
                    ' ',
                    h('a', { href: '#/entries/' + enc(entry.id) }, entry.title))))));
    });
}
