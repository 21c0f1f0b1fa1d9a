import pino from 'pino';

/** Structured JSON logs; the level comes from LOG_LEVEL. */
export function createLogger(level: string): pino.Logger {
  return pino({ level, base: { service: 'relationship-graph-api' } });
}

export type Logger = pino.Logger;
