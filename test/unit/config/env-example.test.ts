import fs from 'node:fs';
import path from 'node:path';
import { settingsSchema } from '../../../src/config';
import { projectRoot } from '../../../src/paths';

/** `.env.example` is the list operators copy: it must name every setting, only settings, and their real defaults. */
function readExample(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(projectRoot, '.env.example'), 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(trimmed);
    if (!match) throw new Error(`.env.example: not KEY=value: ${line}`);
    if (entries.has(match[1])) throw new Error(`.env.example: ${match[1]} listed twice`);
    entries.set(match[1], match[2]);
  }
  return entries;
}

describe('.env.example', () => {
  const example = readExample();
  const known = Object.keys(settingsSchema.shape);
  const defaults = settingsSchema.parse({}) as Record<string, unknown>;

  it('lists only settings src/config.ts knows', () => {
    expect([...example.keys()].filter((key) => !known.includes(key))).toEqual([]);
  });

  it('lists every setting', () => {
    expect(known.filter((key) => !example.has(key))).toEqual([]);
  });

  it.each([...example])('%s: the example value parses and is the default', (key, value) => {
    const field = settingsSchema.shape[key as keyof typeof settingsSchema.shape];
    // An empty value is read as unset (loadSettings drops it), so the setting must be optional or defaulted.
    if (value === '') {
      expect(field.safeParse(undefined).success).toBe(true);
      return;
    }
    const parsed = field.safeParse(value);
    expect(parsed.error?.issues ?? []).toEqual([]);
    // The data directory default is absolute; the example writes it relative to the project.
    const stated = key === 'NEO4J_DATA_DIR' ? path.resolve(projectRoot, value) : parsed.data;
    expect(stated).toEqual(defaults[key]);
  });
});
