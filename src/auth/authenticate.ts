import type { RequestHandler } from 'express';
import { AppError, ErrorCode } from '../errors';
import type { TokenVerifier } from './tokens';

/**
 * Every GraphQL request carries `Authorization: Bearer <JWT>`; the verified
 * viewer goes to `res.locals.viewer`. Without a valid token, or one whose
 * claims the staff records do not bear out: 401 and UNAUTHENTICATED, before
 * any query is parsed. A browser opening /graphql for the landing page (a
 * GET for HTML without a query) needs no token.
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
      (error: unknown) => {
        if (codeOf(error) === ErrorCode.UNAUTHENTICATED) return refuse(res, (error as AppError).message);
        // The staff lookup failed: the database is down (503, as every request then answers), or worse (500, logged, never shown).
        if (codeOf(error) === ErrorCode.SERVICE_UNAVAILABLE) return answer(res, 503, ErrorCode.SERVICE_UNAVAILABLE, (error as AppError).message);
        req.log.error({ err: error }, 'token check failed');
        answer(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error: the request could not be completed.');
      },
    );
  };
}

const codeOf = (error: unknown): unknown => (error instanceof AppError ? error.extensions.code : undefined);

function refuse(res: Parameters<RequestHandler>[1], message: string): void {
  res.setHeader('WWW-Authenticate', 'Bearer');
  answer(res, 401, ErrorCode.UNAUTHENTICATED, message);
}

function answer(res: Parameters<RequestHandler>[1], status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
