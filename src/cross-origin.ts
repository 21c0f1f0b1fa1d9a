import type { RequestHandler } from 'express';

/** What a page may send: its token and the JSON body's type (which also satisfies Apollo's CSRF check on a GET). */
const ALLOWED_HEADERS = 'Authorization, Content-Type';
const ALLOWED_METHODS = 'GET, POST';
/** What a page's scripts may read beyond the basics: the request id to quote, and when to retry after a 429. */
const EXPOSED_HEADERS = 'X-Request-Id, Retry-After';
/** How long a browser may reuse a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * CORS for the pages of `origins` alone, matched exactly against the
 * `Origin` header. Any other origin gets no Access-Control-Allow-* header,
 * so its browser keeps the answer from the page. Tokens travel in the
 * Authorization header, not in cookies, so credentials are never allowed.
 * Preflights are answered here, before authentication: browsers send
 * them without the token.
 */
export function crossOrigin(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    const permitted = origin !== undefined && allowed.has(origin);
    // A shared cache must not hand one origin's answer, with its headers, to another.
    res.vary('Origin');
    if (permitted) res.setHeader('Access-Control-Allow-Origin', origin);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
      if (permitted) {
        res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_S));
      }
      res.status(204).end();
      return;
    }
    if (permitted) res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    next();
  };
}
