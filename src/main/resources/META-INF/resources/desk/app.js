// The review desk: hash routes, each a view that reads the API and shows what it answers.
import * as auth from './auth.js';
import { renderAccount } from './account.js';
import { claimsView } from './claims.js';
import { claimView } from './claim.js';
import { sourcesView, sourceView, importView } from './sources.js';
import { publishedView, claimReviewView } from './published.js';
import { h, replace } from './dom.js';
import { showProblem } from './problems.js';

const main = document.getElementById('main');

const routes = [
  [/^\/claims\/([0-9a-f-]{36})$/, claimView],
  [/^\/claims$/, claimsView],
  [/^\/sources\/([0-9a-f-]{36})$/, sourceView],
  [/^\/sources$/, sourcesView],
  [/^\/import$/, importView],
  [/^\/published\/([0-9a-f-]{36})$/, claimReviewView],
  [/^\/published$/, publishedView],
];

let rendering = 0;

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/claims';
  const [path, search] = hash.split('?');
  const query = new URLSearchParams(search ?? '');
  const match = routes.map(([pattern, view]) => [pattern.exec(path), view]).find(([found]) => found);
  const ticket = ++rendering;
  main.setAttribute('aria-busy', 'true');
  const page = h('div', { class: 'page' });
  try {
    if (!match) {
      replace(page, h('h1', {}, 'Page not found'), h('p', {}, h('a', { href: '#/claims' }, 'Go to the claims')));
    } else {
      await match[1](page, query, ...match[0].slice(1));
    }
  } catch (problem) {
    replace(page, h('h1', {}, 'Something went wrong'));
    showProblem(page, problem);
  }
  if (ticket !== rendering) return;
  replace(main, page);
  main.dataset.route = location.hash;
  main.removeAttribute('aria-busy');
  markCurrentLink();
}

function markCurrentLink() {
  for (const link of document.querySelectorAll('header nav a')) {
    if (link.getAttribute('href') === location.hash || (!location.hash && link.getAttribute('href') === '#/claims')) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

/** Renders the current route again, e.g. after signing in, keeping the reader where they are. */
export function refresh() {
  return route();
}

window.addEventListener('hashchange', () => route().then(() => main.focus()));
auth.onChange(() => {
  renderAccount(document.getElementById('account'));
  route();
});
auth.start().then(() => {
  renderAccount(document.getElementById('account'));
  return route();
});
