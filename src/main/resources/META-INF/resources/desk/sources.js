// Articles: the list, one article with its claims highlighted, and bringing in a new one.
import { api, get, post, all } from './api.js';
import * as auth from './auth.js';
import { h, replace, label, field, day } from './dom.js';
import { showProblem, clearProblems, notice } from './problems.js';

export async function sourcesView(page, query) {
  const form = h('form', { role: 'search', class: 'filters', 'aria-label': 'Find articles' },
    field('Search articles', h('input', { name: 'q', type: 'search', value: query.get('q') ?? '' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Find articles')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const q = form.elements.q.value.trim();
    location.hash = '#/sources' + (q ? '?' + new URLSearchParams({ q }) : '');
  });
  const list = h('ul', { class: 'source-list', 'aria-label': 'Articles' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Load more');
  let cursor;
  async function load() {
    const { data } = await get('/sources', { q: query.get('q'), cursor, limit: 25 });
    list.append(...data.items.map(source => h('li', {},
      h('a', { href: `#/sources/${source.id}` }, source.title || source.url || 'Untitled article'),
      h('span', { class: 'meta' }, [source.publisher, day(source.publishedAt)].filter(Boolean).join(' · ')))));
    if (!list.children.length) list.append(h('li', { class: 'empty' }, 'No articles match.'));
    cursor = data.nextCursor;
    more.hidden = !cursor;
  }
  more.addEventListener('click', () => load().catch(problem => showProblem(page, problem)));
  replace(page, h('h1', {}, 'Articles'), form, list, more);
  await load();
}

/**
 * Splits the article text at the claims' anchors. An anchor whose text no longer says its `exact` quote, or that
 * overlaps one placed before it, is not highlighted but reported.
 */
export function anchorClaims(text, claims) {
  const placed = [];
  const unplaced = [];
  const anchored = claims.filter(claim => claim.quote).sort((a, b) => a.quote.start - b.quote.start);
  let end = 0;
  for (const claim of anchored) {
    const { start, end: stop, exact } = claim.quote;
    if (text.slice(start, stop) !== exact) unplaced.push({ claim, reason: 'Its quote no longer matches the article text at its anchor' });
    else if (start < end) unplaced.push({ claim, reason: 'Its quote overlaps another highlighted quote' });
    else {
      placed.push(claim);
      end = stop;
    }
  }
  return { placed, unplaced, unanchored: claims.filter(claim => !claim.quote) };
}

export function articleText(text, placed) {
  const body = h('div', { class: 'article-text' });
  let at = 0;
  for (const claim of placed) {
    body.append(text.slice(at, claim.quote.start));
    body.append(h('a', { class: 'highlight status-' + claim.status, href: `#/claims/${claim.id}`, 'data-claim-id': claim.id,
      title: `${claim.speaker?.name ?? 'Unknown speaker'}: ${label(claim.status)}` }, text.slice(claim.quote.start, claim.quote.end)));
    at = claim.quote.end;
  }
  body.append(text.slice(at));
  return body;
}

export async function sourceView(page, query, id) {
  const [{ data: source }, claims] = await Promise.all([get(`/sources/${id}`), all(`/sources/${id}/claims`)]);
  const { placed, unplaced } = anchorClaims(source.text, claims);
  const problems = new Map(unplaced.map(({ claim, reason }) => [claim.appearanceId, reason]));
  const side = h('ol', { class: 'source-claims', 'aria-label': 'Claims in this article' },
    claims.map(claim => sourceClaim(page, claim, problems.get(claim.appearanceId))));
  replace(page,
    h('h1', {}, source.title || 'Untitled article'),
    h('p', { class: 'meta' }, [source.publisher, (source.authors ?? []).join(', '), day(source.publishedAt)].filter(Boolean).join(' · '),
      source.url ? [' · ', h('a', { href: source.url, rel: 'noopener noreferrer' }, 'Original')] : null),
    h('div', { class: 'reader' },
      h('article', { 'aria-label': 'Article text' }, articleText(source.text, placed)),
      h('aside', { 'aria-labelledby': 'claims-heading' },
        h('h2', { id: 'claims-heading' }, `Claims (${claims.length})`),
        claims.length ? side : h('p', {}, 'No claims recorded in this article yet.'))));
}

function sourceClaim(page, claim, problem) {
  const item = h('li', { class: 'source-claim', 'data-claim-id': claim.id },
    h('a', { href: `#/claims/${claim.id}` }, claim.text),
    h('p', { class: 'meta' }, `${claim.speaker?.name ?? 'Unknown speaker'} · ${label(claim.status)}`,
      claim.confidence != null ? ` · confidence ${Math.round(claim.confidence * 100)}%` : ''),
    problem ? h('p', { class: 'anchor-problem' }, problem) : null);
  if (claim.status === 'NEW' && auth.can('reviewer')) {
    const status = async (next, done) => {
      try {
        const { etag } = await get(`/claims/${claim.id}`);
        await api('PATCH', `/claims/${claim.id}`, { body: { status: next }, etag });
        item.querySelector('.suggestion')?.remove();
        item.querySelector('.meta').textContent = `${claim.speaker?.name ?? 'Unknown speaker'} · ${label(next)}`;
        notice(page, done);
      } catch (problem) {
        showProblem(page, problem);
      }
    };
    item.append(h('div', { class: 'suggestion actions' },
      h('button', { type: 'button', class: 'accept', onclick: () => status('IN_REVIEW', 'Accepted: the claim is now in review.') }, 'Accept'),
      h('button', { type: 'button', class: 'secondary dismiss', onclick: () => status('DISMISSED', 'Dismissed.') }, 'Dismiss')));
  }
  return item;
}

export async function importView(page) {
  if (!auth.can('editor')) {
    replace(page, h('h1', {}, 'Bring in an article'), h('p', {}, 'Sign in as an editor to store articles.'));
    return;
  }
  const form = h('form', { class: 'stacked', 'aria-label': 'Bring in an article' },
    field('Article text', h('textarea', { name: 'text', rows: 14, required: true })),
    field('Web address (optional)', h('input', { name: 'url', type: 'url' })),
    field('Title (optional)', h('input', { name: 'title' })),
    field('Publisher (optional)', h('input', { name: 'publisher' })),
    field('Published on (optional)', h('input', { name: 'publishedAt', type: 'date' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Store and find claims')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(page, form);
    const value = name => form.elements[name].value.trim() || undefined;
    const date = value('publishedAt');
    try {
      const { data } = await post('/sources', {
        text: form.elements.text.value, url: value('url'), title: value('title'), publisher: value('publisher'),
        publishedAt: date ? `${date}T00:00:00Z` : undefined,
      }, { query: { extract: true } });
      location.hash = `#/sources/${data.id}`;
    } catch (problem) {
      showProblem(page, problem, form);
    }
  });
  replace(page, h('h1', {}, 'Bring in an article'),
    h('p', {}, 'Paste the article. It is stored as it is, and the claims found in it are suggested for you to accept or dismiss.'),
    form);
}
