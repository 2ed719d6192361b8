// The one place the desk talks to the Claimdesk API: bearer token, ETags and problem details.

const BASE = '/api/v1';
let token = null;

export function useToken(accessToken) {
  token = accessToken;
}

/** An RFC 9457 problem answer: title, detail and the field violations, if any. */
export class Problem extends Error {
  constructor(status, body) {
    const problem = body && typeof body === 'object' ? body : {};
    super(problem.detail || problem.title || `The service answered ${status}`);
    this.status = status;
    this.title = problem.title || `Request failed (${status})`;
    this.detail = problem.detail || '';
    this.violations = Array.isArray(problem.violations) ? problem.violations : [];
  }
}

/**
 * Calls the API. `etag` is sent as If-Match; the answer's ETag comes back with the data, for the next write.
 * Any answer other than 2xx is thrown as a Problem.
 */
export async function api(method, path, { body, etag, query } = {}) {
  const url = new URL(BASE + path, location.origin);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  const headers = { Accept: 'application/json, application/ld+json, application/problem+json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (etag) headers['If-Match'] = etag;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new Problem(0, { title: 'The service cannot be reached', detail: 'Check your connection and try again.' });
  }
  const type = response.headers.get('Content-Type') ?? '';
  const data = response.status === 204 ? null : type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new Problem(response.status, data);
  return { data, etag: response.headers.get('ETag') };
}

export const get = (path, query) => api('GET', path, { query });
export const post = (path, body, options = {}) => api('POST', path, { ...options, body });

/** Every item of a paged list, following nextCursor. */
export async function all(path, query = {}) {
  const items = [];
  let cursor;
  do {
    const { data } = await get(path, { ...query, limit: 200, cursor });
    items.push(...data.items);
    cursor = data.nextCursor;
  } while (cursor);
  return items;
}
