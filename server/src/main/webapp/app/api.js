// The server's JSON API, relative to wherever the app is served (its context root may vary).
import { session } from './session.js';

const BASE = new URL('api/', document.baseURI);

/** The server answered with an error: `problem` is its RFC 9457 body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** Whether asking again later may succeed: the server failed, or asked us to slow down. */
  get retryable() {
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/** The server could not be reached at all. */
export class Unreachable extends Error {
}

/**
 * Calls the API. `json` is sent as JSON, `body` as it is with `contentType`;
 * `as: 'blob'` answers {blob, fileName}. Throws ApiError or Unreachable.
 */
export async function call(method, path, { json, body, contentType, as } = {}) {
  const headers = { Accept: as === 'blob' ? '*/*' : 'application/json' };
  const token = session.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  let response;
  try {
    response = await fetch(new URL(path, BASE), { method, headers, body, cache: 'no-store' });
  } catch (e) {
    throw new Unreachable(e.message);
  }
  if (!response.ok) {
    let problem = { status: response.status };
    try {
      problem = await response.json();
    } catch {
      // not every error has a body (a proxy's 502, say)
    }
    if (response.status === 401 && token) session.expired();
    throw new ApiError(response.status, problem);
  }
  if (as === 'blob') {
    return { blob: await response.blob(), fileName: fileName(response.headers.get('Content-Disposition')) };
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const get = (path) => call('GET', path);
export const post = (path, json) => call('POST', path, { json });

/** Every item of a paged list (the server's pages hold at most 200). */
export async function all(path) {
  const items = [];
  const joiner = path.includes('?') ? '&' : '?';
  for (let page = 0; ; page += 1) {
    const result = await get(`${path}${joiner}size=200&page=${page}`);
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}

function fileName(disposition) {
  if (!disposition) return 'download';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain ? plain[1] : 'download';
}
