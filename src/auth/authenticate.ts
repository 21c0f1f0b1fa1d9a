import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors';
import type { TokenVerifier } from './tokens';

/**
 * Every GraphQL request carries `Authorization: Bearer <JWT>`; the verified
 * viewer goes to `res.locals.viewer`. Without a valid token: 401 and
 * UNAUTHENTICATED, before any query is parsed. A browser opening /graphql
 * for the landing page (a GET for HTML without a query) needs no token.
 */
export function authenticate(verify: TokenVerifier): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' && !req.query.query && req.accepts(['json', 'html']) === 'html') return next();
    const header = req.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      refuse(res, 'Authentication required: send "Authorization: Bearer <token>" (npm run token makes one for local use).');
      return;
    }
    verify(token).then(
      (viewer) => {
        res.locals.viewer = viewer;
        next();
      },
      (error: Error) => refuse(res, error.message),
    );
  };
}

function refuse(res: Parameters<RequestHandler>[1], message: string): void {
  res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(401).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
}
