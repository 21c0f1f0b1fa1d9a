import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './paths';

/**
 * Typed settings, read from the environment once. The only module that
 * reads `process.env`; every key and its default is listed in README.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const sizeFromEnv = z.string().regex(/^\d+[kmg]?$/i, 'a size such as 512m or 2g');

const settingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_DATA_DIR: z.string().default(path.join(projectRoot, '.neo4j-data')),
  NEO4J_HEAP_SIZE: sizeFromEnv.default('1g'),
  NEO4J_PAGECACHE_SIZE: sizeFromEnv.default('512m'),
  DEMO_DATA: booleanFromEnv.default('true'),
  DEMO_PERSONS: z.coerce.number().int().min(10).max(5_000_000).default(2000),
  DEMO_SEED: z.coerce.number().int().default(20261123),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Parses the environment; a bad value stops start-up with a message naming the key. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = settingsSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid settings:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
