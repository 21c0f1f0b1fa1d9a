import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_TOKEN_MAX_LIFETIME_S, DEVELOPMENT_JWT_SECRET, DEVELOPMENT_PSEUDONYM_KEY, TOKEN_AUDIENCE, TOKEN_ISSUER, TokenSettings } from './auth/tokens';
import { DEFAULT_MIN_POOL } from './domain/disclosure';
import type { LogFormat } from './logger';
import type { ServerPrivacy } from './server';
import { projectRoot } from './paths';

/**
 * Typed settings, read from the environment once. The only module that
 * reads `process.env`; every key and its default is listed in README.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const sizeFromEnv = z.string().regex(/^\d+[kmg]?$/i, 'a size such as 512m or 2g');

/** True for an origin written as browsers send it in `Origin`: http(s), host and port, nothing more. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** Comma-separated origins; blanks between commas are ignored. */
const originsFromEnv = z
  .string()
  .transform((value) => value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''))
  .pipe(
    z.array(
      z.string().refine(isOrigin, (origin) => ({
        message: `"${origin}" is not an origin such as https://app.example.com (lower case, no path, no trailing slash)`,
      })),
    ),
  );

/** Exported for the test that keeps `.env.example` in step with it. */
export const settingsSchema = z.object({
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
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  JWT_ALGORITHM: z.enum(['HS256', 'RS256']).default('HS256'),
  JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'a PEM public key (SPKI)' }).optional(),
  JWT_JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().default(TOKEN_ISSUER),
  JWT_AUDIENCE: z.string().default(TOKEN_AUDIENCE),
  JWT_MAX_LIFETIME_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(DEFAULT_TOKEN_MAX_LIFETIME_S / 60),
  STAFF_CACHE_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  PSEUDONYM_KEY: z.string().min(16, 'at least 16 characters').optional(),
  DISCLOSURE_MIN_POOL: z.coerce.number().int().min(2).max(1000).default(DEFAULT_MIN_POOL),
  AUDIT_FLUSH_MS: z.coerce.number().int().min(10).max(60_000).default(200),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  QUERY_MAX_COST: z.coerce.number().int().min(1).default(100_000),
  QUERY_MAX_DEPTH: z.coerce.number().int().min(2).default(16),
  GRAPHQL_INTROSPECTION: booleanFromEnv.optional(),
  GRAPHQL_LANDING_PAGE: booleanFromEnv.optional(),
  CORS_ORIGINS: originsFromEnv.default(''),
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
  const settings = parsed.data;
  const production = settings.NODE_ENV === 'production';
  if (production && settings.JWT_ALGORITHM === 'HS256' && !settings.JWT_SECRET) {
    throw new Error('Invalid settings:\n  JWT_SECRET: required when NODE_ENV=production');
  }
  if (settings.JWT_ALGORITHM === 'RS256' && !settings.JWT_PUBLIC_KEY && !settings.JWT_JWKS_URL) {
    throw new Error('Invalid settings:\n  JWT_PUBLIC_KEY or JWT_JWKS_URL: required when JWT_ALGORITHM=RS256');
  }
  if (production && !settings.PSEUDONYM_KEY) {
    throw new Error('Invalid settings:\n  PSEUDONYM_KEY: required when NODE_ENV=production');
  }
  return settings;
}

/** True when tokens are checked against the published development secret: fine on a laptop, never shared. */
export function usesDevelopmentSecret(settings: Settings): boolean {
  return settings.JWT_ALGORITHM === 'HS256' && !settings.JWT_SECRET;
}

export function tokenSettingsOf(settings: Settings): TokenSettings {
  return {
    algorithm: settings.JWT_ALGORITHM,
    secret: settings.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    publicKeyPem: settings.JWT_PUBLIC_KEY,
    jwksUrl: settings.JWT_JWKS_URL,
    issuer: settings.JWT_ISSUER,
    audience: settings.JWT_AUDIENCE,
    maxLifetimeS: settings.JWT_MAX_LIFETIME_MINUTES * 60,
  };
}

/** Production logs go to a collector as JSON; anywhere else a person reads them. */
export function logFormatOf(settings: Settings): LogFormat {
  return settings.NODE_ENV === 'development' ? 'pretty' : 'json';
}

/** Token and staff checks, the key of analysts' pseudonyms (outside production a fixed one keeps them stable) and the audit batching. */
export function privacyOf(settings: Settings): ServerPrivacy {
  return {
    tokens: tokenSettingsOf(settings),
    staffCacheMs: settings.STAFF_CACHE_MS,
    pseudonymKey: settings.PSEUDONYM_KEY ?? DEVELOPMENT_PSEUDONYM_KEY,
    auditFlushMs: settings.AUDIT_FLUSH_MS,
    disclosure: { minPool: settings.DISCLOSURE_MIN_POOL },
  };
}

/** What the HTTP layer enforces (README, "Limits and faults"). */
export interface ServerLimits {
  /** Requests per viewer (or client IP) per minute; 0 switches the limit off, e.g. behind a gateway that limits. */
  rateLimitPerMinute: number;
  queryMaxCost: number;
  queryMaxDepth: number;
  introspection: boolean;
  landingPage: boolean;
  /** Origins whose pages may call /graphql from a browser (CORS); none by default. */
  corsOrigins: string[];
}

/** Introspection and the landing page are for development: off with NODE_ENV=production unless set. */
export function serverLimitsOf(settings: Settings): ServerLimits {
  const development = settings.NODE_ENV !== 'production';
  return {
    rateLimitPerMinute: settings.RATE_LIMIT_PER_MINUTE,
    queryMaxCost: settings.QUERY_MAX_COST,
    queryMaxDepth: settings.QUERY_MAX_DEPTH,
    introspection: settings.GRAPHQL_INTROSPECTION ?? development,
    landingPage: settings.GRAPHQL_LANDING_PAGE ?? development,
    corsOrigins: settings.CORS_ORIGINS,
  };
}
