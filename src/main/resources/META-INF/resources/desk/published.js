// What readers see: the ClaimReview feed and one ClaimReview, as a reader would see it and as JSON-LD.
import { get } from './api.js';
import { h, replace, day } from './dom.js';

export async function publishedView(page) {
  const list = h('ol', { class: 'claim-list', 'aria-label': 'Published reviews' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Load more');
  let cursor;
  async function load() {
    const { data } = await get('/claim-reviews', { cursor, limit: 25 });
    for (const entry of data.items) {
      const review = entry.claimReview;
      list.append(h('li', { class: 'claim-row', 'data-claim-id': entry.claimId },
        review
          ? [h('a', { href: `#/published/${entry.claimId}`, class: 'claim-text' }, review.claimReviewed),
            h('p', { class: 'meta' }, `${review.reviewRating?.alternateName ?? ''} · ${review.itemReviewed?.author?.name ?? ''} · ${day(entry.changedAt)}`)]
          : [h('a', { href: `#/claims/${entry.claimId}`, class: 'claim-text' }, 'Retracted review'),
            h('p', { class: 'meta' }, `Retracted ${day(entry.retractedAt)}`)]));
    }
    if (!list.children.length) list.append(h('li', { class: 'empty' }, 'Nothing is published yet.'));
    cursor = data.nextCursor;
    more.hidden = !cursor;
  }
  more.addEventListener('click', load);
  replace(page, h('h1', {}, 'Published reviews'), list, more);
  await load();
}

export async function claimReviewView(page, query, claimId) {
  const { data: review } = await get(`/claims/${claimId}/claim-review`);
  const rating = review.reviewRating ?? {};
  const claim = review.itemReviewed ?? {};
  replace(page,
    h('h1', {}, 'Fact check'),
    h('article', { class: 'reader-card', 'aria-label': 'Fact check as readers see it' },
      h('p', { class: 'eyebrow' }, `${claim.author?.name ?? 'Someone'} said`),
      h('blockquote', { class: 'claim-reviewed' }, review.claimReviewed),
      h('p', { class: 'rating' }, h('span', { class: 'rating-name' }, rating.alternateName ?? ''),
        rating.ratingValue != null ? ` (${rating.ratingValue} of ${rating.bestRating})` : ''),
      h('p', { class: 'meta' }, `Reviewed by ${review.author?.name ?? ''} · ${day(review.datePublished)}`,
        review.dateModified && review.dateModified !== review.datePublished ? ` · updated ${day(review.dateModified)}` : ''),
      claim.firstAppearance?.url ? h('p', {}, 'First appeared in ', h('a', { href: claim.firstAppearance.url, rel: 'noopener noreferrer' },
        claim.firstAppearance.name || claim.firstAppearance.url)) : null,
      h('p', {}, h('a', { href: `#/claims/${claimId}` }, 'Open the claim in the desk'))),
    h('h2', {}, 'JSON-LD'),
    h('pre', { class: 'json', tabindex: 0, 'aria-label': 'ClaimReview as JSON-LD' }, JSON.stringify(review, null, 2)));
}
