import pino from 'pino';
import pretty from 'pino-pretty';

/** JSON lines for a log collector; pretty lines for a person at a terminal. */
export type LogFormat = 'json' | 'pretty';

/**
 * The level comes from LOG_LEVEL, the format from NODE_ENV (`logFormatOf`
 * in src/config.ts). Lines go to stdout unless a test passes a destination.
 * Request lines name the path, the operation and the staff id, never a
 * header, query string or variable (src/request-log.ts), so bearer tokens
 * and personal data stay out of the logs.
 */
export function createLogger(level: string, format: LogFormat = 'json', destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = { level, base: { service: 'relationship-graph-api' } };
  if (format === 'json') return destination ? pino(options, destination) : pino(options);
  return pino(
    options,
    pretty({
      destination: destination ?? 1,
      // Lines written just before `process.exit` (shutdown, a failed start) must not be lost.
      sync: true,
      colorize: !destination && pretty.isColorSupported,
      translateTime: 'SYS:HH:MM:ss.l',
      // A request line's message already says method, path and status.
      ignore: 'pid,hostname,service,req,res',
      singleLine: true,
    }),
  );
}

export type Logger = pino.Logger;
