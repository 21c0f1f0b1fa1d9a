import pino from 'pino';

/** Structured JSON logs; the level comes from LOG_LEVEL. Bearer tokens never reach the logs. */
export function createLogger(level: string): pino.Logger {
  return pino({
    level,
    base: { service: 'relationship-graph-api' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  });
}

export type Logger = pino.Logger;
