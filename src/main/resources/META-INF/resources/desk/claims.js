// The claims list: the API's filters, full-text search and cursor paging ("Load more").
import { get, all } from './api.js';
import { h, replace, label, select, field, STATUSES, VERDICTS, ATTRIBUTIONS, KINDS } from './dom.js';
import { showProblem, clearProblems } from './problems.js';

const FILTERS = ['q', 'status', 'verdict', 'attributionVerdict', 'speakerId', 'sourceId', 'tag', 'kind', 'assignee'];

export async function claimsView(page, query) {
  const mine = query.get('assignee') === 'me';
  const [speakers, sources] = await Promise.all([all('/actors').catch(() => []), all('/sources').catch(() => [])]);
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Find claims' },
    field('Search', h('input', { name: 'q', type: 'search', value: query.get('q') ?? '' }), 'Words or "a phrase"; -word leaves it out'),
    field('Status', select('status', STATUSES, { selected: query.get('status'), empty: 'Any' })),
    field('Verdict', select('verdict', VERDICTS, { selected: query.get('verdict'), empty: 'Any' })),
    field('Attribution', select('attributionVerdict', ATTRIBUTIONS, { selected: query.get('attributionVerdict'), empty: 'Any' })),
    field('Speaker', h('select', { name: 'speakerId' }, h('option', { value: '' }, 'Anyone'),
      speakers.map(actor => h('option', { value: actor.id, selected: actor.id === query.get('speakerId') }, actor.name)))),
    field('Article', h('select', { name: 'sourceId' }, h('option', { value: '' }, 'Any'),
      sources.map(source => h('option', { value: source.id, selected: source.id === query.get('sourceId') }, source.title || source.url || source.id)))),
    field('Tag', h('input', { name: 'tag', value: query.get('tag') ?? '' })),
    field('Kind', select('kind', KINDS, { selected: query.get('kind'), empty: 'Any' })),
    field('Assignee', h('input', { name: 'assignee', value: query.get('assignee') ?? '' }), 'A user name, me, or none'),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Find claims')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    for (const name of FILTERS) {
      const value = form.elements[name].value.trim();
      if (value) chosen.set(name, value);
    }
    location.hash = '#/claims' + (chosen.size ? '?' + chosen : '');
  });

  const ranking = h('p', { class: 'hint ranking-note', role: 'status', hidden: true });
  const list = h('ol', { class: 'claim-list', 'aria-label': 'Claims' });
  const more = h('button', { type: 'button', class: 'secondary', id: 'load-more', hidden: true }, 'Load more');
  const filters = Object.fromEntries(FILTERS.map(name => [name, query.get(name)]));
  let cursor;
  async function load() {
    clearProblems(page, form);
    try {
      const { data } = await get('/claims', { ...filters, cursor, limit: 25 });
      list.append(...data.items.map(claimRow));
      if (!list.children.length) list.append(h('li', { class: 'empty' }, 'No claims match.'));
      cursor = data.nextCursor;
      more.hidden = !cursor;
      // A search ranks a bounded number of the newest matches; say so when more matched.
      ranking.hidden = !data.ranking?.cutShort;
      ranking.textContent = ranking.hidden ? '' : `More claims match than were ranked: these are the best of the`
        + ` ${data.ranking.candidates} newest matches. Add words to narrow the search.`;
    } catch (problem) {
      showProblem(page, problem, form);
    }
  }
  more.addEventListener('click', load);
  replace(page, h('h1', {}, mine ? 'My queue' : 'Claims'), form, ranking, list, more);
  await load();
}

export function claimRow(claim) {
  const source = claim.appearances?.[0]?.source;
  return h('li', { class: 'claim-row', 'data-claim-id': claim.id },
    h('a', { href: `#/claims/${claim.id}`, class: 'claim-text' }, claim.text),
    h('dl', { class: 'facts' },
      fact('Speaker', claim.speaker?.name),
      fact('Article', source ? source.title || source.url : null),
      fact('Status', label(claim.status), 'status-' + claim.status),
      fact('Verdict', label(claim.verdict)),
      fact('Attribution', label(claim.attributionVerdict)),
      claim.assignee ? fact('Assignee', claim.assignee) : null));
}

export function fact(term, value, className) {
  return h('div', { class: className ? 'fact ' + className : 'fact' }, h('dt', {}, term), h('dd', {}, value ?? '—'));
}
