// Talking to the API on the same origin: JSON in, JSON or problem+json out, CSRF header on changes.

/** Reads a cookie by name (the XSRF-TOKEN cookie of Spring Security's SPA CSRF protection). */
export function cookie(name) {
  const entry = document.cookie.split('; ').find((c) => c.startsWith(name + '='));
  return entry ? decodeURIComponent(entry.substring(name.length + 1)) : null;
}

/** A random key, so a double click or a retried request records one event, not two. */
export function idempotencyKey() {
  if (window.crypto && crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One request. Resolves to {ok, status, data, etag, problem}; never throws for HTTP errors, so
 * each caller decides what a 412 or a 403 means for the person in front of the screen.
 */
export async function request(path, { method = 'GET', body, ifMatch, ifNoneMatch, headers = {} } = {}) {
  const sent = { Accept: 'application/json, application/problem+json', ...headers };
  if (method !== 'GET') {
    sent['Content-Type'] = 'application/json';
    sent['X-Source'] = 'ui';
    sent['Idempotency-Key'] = idempotencyKey();
    const token = cookie('XSRF-TOKEN');
    if (token) {
      sent['X-XSRF-TOKEN'] = token;
    }
  }
  if (ifMatch != null) {
    sent['If-Match'] = `"${ifMatch}"`;
  }
  if (ifNoneMatch != null) {
    sent['If-None-Match'] = `"${ifNoneMatch}"`;
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (e) {
    return { ok: false, status: 0, problem: { title: 'Keine Verbindung zum Server', errors: [] } };
  }
  const etag = (response.headers.get('ETag') || '').replace(/^W\//, '').replace(/"/g, '');
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (response.status !== 204 && response.status !== 304 && type.includes('json')) {
    data = await response.json().catch(() => null);
  }
  if (response.ok || response.status === 304) {
    return { ok: true, status: response.status, data, etag };
  }
  return { ok: false, status: response.status, etag, problem: data || { title: `Fehler ${response.status}`, errors: [] } };
}

/** GET that throws on failure, for the read side of a page. */
export async function read(path) {
  const answer = await request(path);
  if (!answer.ok) {
    const error = new Error(answer.problem?.detail || answer.problem?.title || `Fehler ${answer.status}`);
    error.status = answer.status;
    throw error;
  }
  return answer.data;
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, value);
    }
  }
  const text = search.toString();
  return text ? '?' + text : '';
}
