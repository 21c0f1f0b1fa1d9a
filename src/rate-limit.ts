import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode } from './errors';

/**
 * At most `perMinute` requests per viewer in any fixed minute, counted in
 * this process (rate-limiter-flexible, in memory). Keyed by the staff id
 * the authentication middleware put in `res.locals.viewer`, else by the
 * client's address. Over the limit: 429, RATE_LIMITED and `Retry-After`.
 */
export function rateLimit(perMinute: number): RequestHandler {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return (req, res, next) => {
    const staffId = (res.locals.viewer as { staffId?: string } | undefined)?.staffId;
    const key = staffId ? `staff:${staffId}` : `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
    limiter.consume(key).then(
      () => next(),
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        res.setHeader('Retry-After', String(seconds));
        res.status(429).json({
          errors: [{ message: `Too many requests: at most ${perMinute} a minute; retry in ${seconds} s.`, extensions: { code: ErrorCode.RATE_LIMITED } }],
        });
      },
    );
  };
}
