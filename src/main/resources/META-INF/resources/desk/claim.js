// One claim: what it says, who said it where, its reviews, evidence and history, and the actions the caller's roles
// allow. Every write sends the ETag last read as If-Match; a 412 shows the claim as it now is instead of overwriting it.
import { api, get, post, all } from './api.js';
import * as auth from './auth.js';
import { h, replace, label, select, field, when, VERDICTS, ATTRIBUTIONS, STANCES } from './dom.js';
import { showProblem, clearProblems, notice } from './problems.js';
import { fact } from './claims.js';

const TRANSITIONS = {
  NEW: [['IN_REVIEW', 'Move to in review'], ['DISMISSED', 'Dismiss']],
  IN_REVIEW: [['NEW', 'Move back to new'], ['DISMISSED', 'Dismiss']],
  REVIEWED: [['IN_REVIEW', 'Reopen for review']],
  DISMISSED: [['NEW', 'Restore']],
};

const CONFLICT = 'Someone else changed this claim since you opened it. Your change was not saved; '
  + 'the claim is shown as it is now, so you can decide again.';

export async function claimView(page, query, id) {
  await render(page, id);
}

async function render(page, id, after) {
  const [{ data: claim, etag }, reviews, history, similar] = await Promise.all([
    get(`/claims/${id}`), all(`/claims/${id}/reviews`), all(`/claims/${id}/history`),
    get(`/claims/${id}/similar`, { limit: 5 }).then(({ data }) => data.items).catch(() => []),
  ]);
  const speaker = claim.speaker?.id ? (await get(`/actors/${claim.speaker.id}`)).data : null;
  const context = { page, claim, etag, reviews, me: auth.current()?.name };
  context.rerender = message => render(page, id, message);

  replace(page,
    h('p', { class: 'eyebrow' }, `${label(claim.kind)} · ${claim.origin === 'EXTRACTED' ? 'found by extraction' : 'recorded by hand'}`),
    h('h1', { class: 'claim-heading' }, claim.text),
    h('dl', { class: 'facts summary' },
      fact('Status', label(claim.status), 'status-' + claim.status),
      fact('Verdict', label(claim.verdict)),
      fact('Attribution', label(claim.attributionVerdict)),
      fact('Assignee', claim.assignee ?? 'Nobody'),
      claim.publication ? fact('Published', when(claim.publication.publishedAt)) : null),
    h('div', { class: 'claim-layout' },
      h('div', { class: 'claim-main' },
        speakerSection(context, speaker),
        appearancesSection(claim),
        claim.figures?.length ? section('Figures', h('ul', {}, claim.figures.map(f => h('li', {}, `${f.value.toLocaleString()} ${f.unit ?? ''}`)))) : null,
        reviewsSection(context),
        evidenceSection(claim),
        similarSection(context, similar),
        historySection(history)),
      h('div', { class: 'claim-actions' }, actions(context))));
  if (after?.problem) focus(showProblem(page, after.problem));
  else if (after?.notice) {
    notice(page, after.notice);
    focus(page.querySelector('.notice'));
  }
}

function focus(element) {
  element.setAttribute('tabindex', '-1');
  requestAnimationFrame(() => element.focus());
}

function section(title, ...content) {
  const id = 'section-' + title.toLowerCase().replace(/[^a-z]+/g, '-');
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), content);
}

/** Runs a write; afterwards shows the claim as the service now has it, with what happened. */
async function write(context, form, action, done) {
  clearProblems(context.page, form);
  try {
    await action();
    await context.rerender({ notice: done });
  } catch (problem) {
    if (problem.status === 412) {
      await context.rerender({ problem: { title: 'Changed by someone else', detail: CONFLICT, status: 412 } });
    } else {
      focus(showProblem(form ?? context.page, problem, form));
    }
  }
}

function speakerSection(context, speaker) {
  const { claim } = context;
  const content = [h('p', { class: 'speaker-name' }, claim.speaker?.name ?? 'Unknown speaker',
    claim.speaker?.kind ? h('span', { class: 'meta' }, ` · ${label(claim.speaker.kind)}`) : null)];
  if (speaker?.description) content.push(h('p', {}, speaker.description));
  if (speaker?.aliases?.length) content.push(h('p', { class: 'meta' }, 'Also written: ' + speaker.aliases.join(', ')));
  if (auth.can('editor')) {
    const form = h('form', { class: 'inline', 'aria-label': 'Correct the speaker' },
      field('Correct speaker', h('input', { name: 'name', id: 'speaker-name', required: true, value: claim.speaker?.name ?? '' })),
      h('button', { type: 'submit', class: 'secondary' }, 'Save speaker'));
    form.addEventListener('submit', event => {
      event.preventDefault();
      write(context, form, () => api('PATCH', `/claims/${claim.id}`,
        { body: { speaker: { name: form.elements.name.value.trim() } }, etag: context.etag }), 'Speaker corrected.');
    });
    content.push(form);
  }
  return section('Speaker', content);
}

function appearancesSection(claim) {
  return section('Where it appears', h('ol', { class: 'appearances' }, (claim.appearances ?? []).map(appearance => {
    const attribution = appearance.attribution ?? {};
    return h('li', {},
      h('a', { href: `#/sources/${appearance.source.id}` }, appearance.source.title || appearance.source.url || 'Article'),
      appearance.quote ? h('blockquote', {}, appearance.quote.exact) : null,
      h('p', { class: 'meta' },
        `Attributed to ${attribution.speaker?.name ?? claim.speaker?.name ?? 'nobody named'}`,
        attribution.cue ? ` · cue “${attribution.cue}”` : '',
        attribution.mode ? ` · ${label(attribution.mode)}` : ''));
  })));
}

function reviewsSection(context) {
  const { reviews } = context;
  if (!reviews.length) return section('Reviews', h('p', {}, 'Not reviewed yet.'));
  return section('Reviews', h('ol', { class: 'reviews' }, reviews.map(review => h('li', { 'data-review-id': review.id },
    h('p', {}, h('strong', {}, `${label(review.verdict)}, ${label(review.attribution).toLowerCase()}`),
      ` by ${review.reviewer} · ${when(review.createdAt)}`),
    h('p', { class: 'rationale' }, review.rationale),
    review.supersedes ? h('p', { class: 'meta' }, `Corrects an earlier review: ${review.correctionReason ?? ''}`) : null,
    review.supersededBy ? h('p', { class: 'meta' }, 'Corrected by a later review') : null,
    h('p', { class: 'meta approvals' }, review.approvals?.length
      ? 'Approved by ' + review.approvals.map(a => `${a.approver} (${when(a.approvedAt)})`).join(', ')
      : 'No approvals yet')))));
}

function evidenceSection(claim) {
  const items = claim.evidence ?? [];
  return section('Evidence', items.length ? h('ul', { class: 'evidence' }, items.map(evidence => h('li', {},
    h('strong', {}, label(evidence.stance)), ': ',
    evidence.url ? h('a', { href: evidence.url, rel: 'noopener noreferrer' }, evidence.title || evidence.url)
      : h('a', { href: `#/sources/${evidence.source?.id}` }, evidence.source?.title || 'Stored article'),
    evidence.quote ? h('blockquote', {}, evidence.quote.exact) : null,
    evidence.note ? h('p', {}, evidence.note) : null,
    h('p', { class: 'meta' }, `Added by ${evidence.addedBy} · ${when(evidence.createdAt)}`))))
    : h('p', {}, 'No evidence linked yet.'));
}

function similarSection(context, similar) {
  if (!similar.length) return null;
  return section('Similar claims', h('ul', { class: 'similar' }, similar.map(({ claim: other, score }) => h('li', {},
    h('a', { href: `#/claims/${other.id}` }, other.text),
    h('p', { class: 'meta' }, `${other.speaker?.name ?? ''} · ${label(other.status)} · similarity ${Math.round(score * 100)}%`),
    auth.can('editor') ? h('button', { type: 'button', class: 'secondary', onclick: () => write(context, null,
      () => post(`/claims/${context.claim.id}/merge`, { claimId: other.id }, { etag: context.etag }),
      'Folded in: its appearances now belong to this claim.') }, 'Fold into this one') : null))));
}

function historySection(history) {
  return section('History', h('ol', { class: 'history' }, history.map(entry => h('li', {},
    h('p', {}, h('strong', {}, `${label(entry.action)} ${String(entry.entityType).toLowerCase().replaceAll('_', ' ')}`),
      ` by ${entry.actor} · ${when(entry.createdAt)}`),
    changes(entry.before, entry.after)))));
}

function changes(before, after) {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return null;
  const changed = Object.keys(after).filter(key => JSON.stringify(before[key]) !== JSON.stringify(after[key])
    && !['updatedAt', 'version'].includes(key));
  if (!changed.length) return null;
  const show = value => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text && text.length > 80 ? text.slice(0, 77) + '…' : text ?? '—';
  };
  return h('ul', { class: 'meta' }, changed.map(key => h('li', {}, `${key}: ${show(before[key])} → ${show(after[key])}`)));
}

function actions(context) {
  const { claim, me } = context;
  if (!me) return section('Actions', h('p', {}, 'Sign in to work on this claim.'));
  const parts = [];
  if (auth.can('reviewer')) {
    const buttons = [];
    if (!claim.assignee) {
      buttons.push(h('button', { type: 'button', id: 'take', onclick: () => write(context, null,
        () => api('PUT', `/claims/${claim.id}/assignment`, { body: { assignee: me }, etag: context.etag }), 'You have taken this claim.') }, 'Take it'));
    } else if (claim.assignee === me || auth.can('editor')) {
      buttons.push(h('button', { type: 'button', class: 'secondary', id: 'unassign', onclick: () => write(context, null,
        () => api('DELETE', `/claims/${claim.id}/assignment`, { etag: context.etag }), 'Nobody works on this claim now.') },
      claim.assignee === me ? 'Give it back' : 'Unassign'));
    }
    for (const [status, text] of TRANSITIONS[claim.status] ?? []) {
      buttons.push(h('button', { type: 'button', class: 'secondary', 'data-status': status, onclick: () => write(context, null,
        () => api('PATCH', `/claims/${claim.id}`, { body: { status }, etag: context.etag }), `Status: ${label(status)}.`) }, text));
    }
    parts.push(h('div', { class: 'actions' }, buttons));
  }
  if (auth.can('editor')) parts.push(assignForm(context));
  if (auth.can('reviewer') && claim.status !== 'DISMISSED') parts.push(reviewForm(context));
  const approvable = approvableReview(context);
  if (approvable) {
    parts.push(h('div', { class: 'actions' }, h('button', { type: 'button', id: 'approve', onclick: () => write(context, null,
      () => post(`/claims/${claim.id}/reviews/${approvable.id}/approvals`, undefined, { etag: context.etag }),
      'You approved the review.') }, `Approve ${approvable.reviewer}’s review`)));
  }
  if (auth.can('editor')) parts.push(publicationActions(context));
  if (auth.can('reviewer')) parts.push(evidenceForm(context));
  return section('Actions', parts);
}

function assignForm(context) {
  const form = h('form', { class: 'inline', 'aria-label': 'Assign the claim' },
    field('Assign to', h('input', { name: 'assignee', id: 'assignee', required: true, autocomplete: 'off' })),
    h('button', { type: 'submit', class: 'secondary' }, 'Assign'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const assignee = form.elements.assignee.value.trim();
    write(context, form, () => api('PUT', `/claims/${context.claim.id}/assignment`, { body: { assignee }, etag: context.etag }),
      `Assigned to ${assignee}.`);
  });
  return form;
}

function reviewForm(context) {
  const { claim } = context;
  const latest = claim.latestReview;
  const reason = field('Reason for the correction', h('textarea', { name: 'correctionReason', id: 'correction-reason', rows: 2 }));
  reason.hidden = true;
  const correcting = latest ? h('div', { class: 'check' },
    h('input', { type: 'checkbox', name: 'correcting', id: 'correcting', onchange: event => { reason.hidden = !event.target.checked; } }),
    h('label', { for: 'correcting' }, 'This corrects the latest review')) : null;
  const form = h('form', { class: 'stacked review-form', 'aria-labelledby': 'review-heading' },
    h('h3', { id: 'review-heading' }, latest ? 'Review again or correct' : 'Review'),
    field('Truth verdict', select('verdict', VERDICTS, { empty: 'Choose…', id: 'verdict' })),
    field('Attribution verdict', select('attribution', ATTRIBUTIONS, { empty: 'Choose…', id: 'attribution' })),
    field('Rationale', h('textarea', { name: 'rationale', id: 'rationale', rows: 4 })),
    correcting, reason,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'post-review' }, 'Post review')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const value = name => form.elements[name].value.trim() || undefined;
    const corrects = form.elements.correcting?.checked;
    write(context, form, () => post(`/claims/${claim.id}/reviews`, {
      verdict: value('verdict'), attribution: value('attribution'), rationale: value('rationale'),
      supersedes: corrects ? latest.id : undefined, correctionReason: corrects ? value('correctionReason') : undefined,
    }, { etag: context.etag }), 'Review posted.');
  });
  return form;
}

function approvableReview(context) {
  const { claim, reviews, me } = context;
  const latest = reviews.find(review => review.id === claim.latestReview?.id);
  if (!latest || !auth.can('reviewer') || latest.reviewer === me) return null;
  return latest.approvals?.some(approval => approval.approver === me) ? null : latest;
}

function publicationActions(context) {
  const { claim } = context;
  const publication = claim.publication;
  const parts = [];
  if (claim.status === 'REVIEWED' && (!publication || publication.retractedAt || publication.outdated)) {
    const republish = publication && !publication.retractedAt;
    parts.push(h('div', { class: 'actions' }, h('button', { type: 'button', id: 'publish', onclick: () => write(context, null,
      () => post(`/claims/${claim.id}/publication`, undefined, { etag: context.etag }),
      republish ? 'Republished with the newest review.' : 'Published.') }, republish ? 'Republish' : 'Publish')));
  }
  if (publication && !publication.retractedAt) {
    parts.push(h('p', {}, h('a', { href: `#/published/${claim.id}` }, 'See the published ClaimReview')));
    const form = h('form', { class: 'inline', 'aria-label': 'Retract the publication' },
      field('Reason for retracting', h('input', { name: 'reason', id: 'retract-reason', required: true })),
      h('button', { type: 'submit', class: 'danger' }, 'Retract'));
    form.addEventListener('submit', event => {
      event.preventDefault();
      write(context, form, () => api('DELETE', `/claims/${claim.id}/publication`,
        { query: { reason: form.elements.reason.value.trim() }, etag: context.etag }), 'Retracted.');
    });
    parts.push(form);
  }
  return parts.length ? h('div', { class: 'publication' }, parts) : null;
}

function evidenceForm(context) {
  const passage = h('div', { class: 'passage', hidden: true });
  const articles = h('select', { name: 'sourceId', id: 'evidence-source' }, h('option', { value: '' }, 'None: an external page'));
  all('/sources').then(sources => articles.append(...sources.map(source =>
    h('option', { value: source.id }, source.title || source.url || source.id)))).catch(() => {});
  const form = h('form', { class: 'stacked', 'aria-labelledby': 'evidence-heading' },
    h('h3', { id: 'evidence-heading' }, 'Add evidence'),
    field('Stance', select('stance', STANCES, { id: 'stance' })),
    field('Web address', h('input', { name: 'url', id: 'evidence-url', type: 'url' }), 'An external page, or choose a stored article below'),
    field('Title', h('input', { name: 'title', id: 'evidence-title' })),
    field('Stored article', articles),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => showPassage(form, passage) }, 'Show the article to select a passage')),
    passage,
    field('Passage (exact words in the article)', h('textarea', { name: 'exact', id: 'evidence-exact', rows: 2 })),
    field('Note', h('textarea', { name: 'note', id: 'evidence-note', rows: 2 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Add evidence')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const value = name => form.elements[name].value.trim() || undefined;
    const sourceId = value('sourceId');
    const exact = value('exact');
    const start = form.dataset.start ? Number(form.dataset.start) : undefined;
    write(context, form, () => post(`/claims/${context.claim.id}/evidence`, {
      stance: value('stance'), url: sourceId ? undefined : value('url'), title: sourceId ? undefined : value('title'),
      sourceId, quote: sourceId && exact ? { exact, start } : undefined, note: value('note'),
    }, { etag: context.etag }), 'Evidence added.');
  });
  return form;
}

/** Shows the chosen article; a passage selected in it becomes the evidence quote, anchored where it was selected. */
async function showPassage(form, passage) {
  const sourceId = form.elements.sourceId.value;
  if (!sourceId) {
    replace(passage, h('p', { class: 'violation' }, 'Choose a stored article first.'));
    passage.hidden = false;
    return;
  }
  const { data: source } = await get(`/sources/${sourceId}`);
  const text = h('div', { class: 'article-text passage-text', tabindex: 0, 'aria-label': 'Article text: select a passage' }, source.text);
  const use = h('button', { type: 'button', class: 'secondary', onclick: () => {
    const selection = window.getSelection();
    if (!selection.rangeCount || !text.contains(selection.anchorNode)) return;
    const range = selection.getRangeAt(0);
    const before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(range.startContainer, range.startOffset);
    form.elements.exact.value = selection.toString();
    form.dataset.start = String(before.toString().length);
  } }, 'Use the selected words');
  replace(passage, text, h('div', { class: 'actions' }, use));
  passage.hidden = false;
}
