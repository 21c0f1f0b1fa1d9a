import { Writable } from 'node:stream';
import { loadSettings, logFormatOf } from '../../../src/config';
import { createLogger } from '../../../src/logger';

const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PSEUDONYM_KEY: 'y'.repeat(16) };

/** The lines a logger in the format NODE_ENV chooses writes for one message with a field. */
function logged(env: Record<string, string>): string[] {
  let output = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      output += String(chunk);
      done();
    },
  });
  createLogger('info', logFormatOf(loadSettings(env)), destination).info({ staffId: 'S0004' }, 'API ready');
  return output.split('\n').filter(Boolean);
}

describe('log format', () => {
  it('is JSON in production, one object a line, for a log collector', () => {
    const [line, ...rest] = logged(production);
    expect(rest).toEqual([]);
    expect(JSON.parse(line)).toMatchObject({ level: 30, msg: 'API ready', staffId: 'S0004', service: 'relationship-graph-api' });
  });

  it('is one readable line in development: time, level, message, fields', () => {
    const lines = logged({});
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: API ready \{"staffId":"S0004"\}$/);
  });

  it('is JSON under NODE_ENV=test too: only a developer at a terminal gets the pretty form', () => {
    expect(() => JSON.parse(logged({ NODE_ENV: 'test' })[0])).not.toThrow();
  });
});
