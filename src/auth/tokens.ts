import { createRemoteJWKSet, errors, importSPKI, JWTPayload, jwtVerify, JWTVerifyOptions, KeyLike, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { StaffRole } from '../domain/model';
import type { Viewer } from '../domain/viewer';
import { unauthenticated } from '../errors';

/** Used only when JWT_SECRET is unset outside production; start-up warns about it. */
export const DEVELOPMENT_JWT_SECRET = 'development-only secret: set JWT_SECRET in any shared environment';

/** Keys analysts' pseudonyms when PSEUDONYM_KEY is unset outside production. */
export const DEVELOPMENT_PSEUDONYM_KEY = 'development-only pseudonym key';

export const TOKEN_ISSUER = 'relationship-graph-api';
export const TOKEN_AUDIENCE = 'relationship-graph-api';

/** Longest a token may live (`exp` − `iat`), unless JWT_MAX_LIFETIME_MINUTES says otherwise. */
export const DEFAULT_TOKEN_MAX_LIFETIME_S = 12 * 3600;

/** How tokens are checked: HS256 with a shared secret (default), or RS256 with a PEM public key or a JWKS URL. */
export interface TokenSettings {
  algorithm: 'HS256' | 'RS256';
  secret: string;
  publicKeyPem?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** A stolen token is good until `exp`: tokens meant to live longer than this are refused. */
  maxLifetimeS: number;
}

export const developmentTokenSettings: TokenSettings = {
  algorithm: 'HS256',
  secret: DEVELOPMENT_JWT_SECRET,
  issuer: TOKEN_ISSUER,
  audience: TOKEN_AUDIENCE,
  maxLifetimeS: DEFAULT_TOKEN_MAX_LIFETIME_S,
};

/** The claims we read: `sub` is the staff id, `role` a StaffRole, `branch` the staff member's branch. */
const claimsSchema = z.object({
  sub: z.string().min(1).max(100),
  role: z.nativeEnum(StaffRole),
  branch: z.string().min(1).max(100).nullish(),
});

/** Signs an HS256 token for a viewer: for local use (`npm run token`), tests and the bench. */
export async function signToken(
  viewer: Viewer,
  settings: Pick<TokenSettings, 'secret' | 'issuer' | 'audience'> = developmentTokenSettings,
  expiresIn = '8h',
): Promise<string> {
  return new SignJWT({ role: viewer.role, ...(viewer.branchId ? { branch: viewer.branchId } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(viewer.staffId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(settings.secret));
}

export type TokenVerifier = (token: string) => Promise<Viewer>;

/**
 * Verifies signature, algorithm (only the configured one: no `none`, no
 * HS/RS confusion), issuer, audience, expiry and lifetime, then the claims'
 * shape. Every failure is UNAUTHENTICATED with a message that says which.
 * Whether the claims are true of a member of staff is staff-check.ts's job.
 */
export async function createTokenVerifier(settings: TokenSettings): Promise<TokenVerifier> {
  const verify = await signatureCheck(settings);
  const options = {
    algorithms: [settings.algorithm],
    issuer: settings.issuer,
    audience: settings.audience,
    requiredClaims: ['exp', 'sub'],
  };
  const verified = new LRUCache<string, Viewer>({ max: VERIFIED_TOKENS_KEPT });
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    let payload: JWTPayload;
    try {
      payload = await verify(token, options);
    } catch (error) {
      throw unauthenticated(describeFailure(error));
    }
    if (outlives(payload, settings.maxLifetimeS)) {
      throw unauthenticated(`The token is valid for longer than the ${formatHours(settings.maxLifetimeS)} this server accepts; ask for a shorter-lived one.`);
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) {
      throw unauthenticated(`The token's claims are invalid (${claims.error.issues.map((i) => i.path.join('.')).join(', ')}).`);
    }
    const viewer: Viewer = { staffId: claims.data.sub, role: claims.data.role, branchId: claims.data.branch ?? null };
    // `exp` is a required claim; the entry lapses with the token, or sooner so a rotated JWKS key is noticed.
    const ttl = Math.min((payload.exp as number) * 1000 - Date.now(), VERIFIED_TOKEN_TTL_MS);
    if (ttl > 0) verified.set(token, viewer, { ttl });
    return viewer;
  };
}

/**
 * A client sends the same token with every request: checking its signature
 * and claims again each time cost about 0.1 ms of a 2–4 ms read (bench/FIXES.md §8).
 * The cache is keyed by the whole token, signature included, and holds only tokens that passed.
 */
const VERIFIED_TOKENS_KEPT = 10_000;
const VERIFIED_TOKEN_TTL_MS = 5 * 60_000;

/** The issuer's clock may run a little ahead of ours: a token issued "now" there may end slightly beyond now + max here. */
const CLOCK_SKEW_S = 60;

/**
 * True when the token is meant to live longer than `maxS`: by its own
 * `exp` − `iat`, or, whatever `iat` says (absent, or in the future), by
 * an `exp` beyond now + `maxS`.
 */
function outlives(payload: JWTPayload, maxS: number): boolean {
  const exp = payload.exp as number;
  if (exp - Date.now() / 1000 > maxS + CLOCK_SKEW_S) return true;
  return typeof payload.iat === 'number' && exp - payload.iat > maxS;
}

function formatHours(seconds: number): string {
  const hours = seconds / 3600;
  return Number.isInteger(hours) ? `${hours} h` : `${Math.round(seconds / 60)} min`;
}

type SignatureCheck = (token: string, options: JWTVerifyOptions) => Promise<JWTPayload>;

/**
 * The key is resolved once, at start-up, so a bad PEM stops the service
 * there: a shared secret, a PEM public key, or a JWKS fetched and cached by jose.
 */
async function signatureCheck(settings: TokenSettings): Promise<SignatureCheck> {
  if (settings.algorithm === 'RS256' && settings.jwksUrl) {
    const keySet = createRemoteJWKSet(new URL(settings.jwksUrl));
    return async (token, options) => (await jwtVerify(token, keySet, options)).payload;
  }
  const key: KeyLike | Uint8Array =
    settings.algorithm === 'HS256'
      ? new TextEncoder().encode(settings.secret)
      : await importSPKI(settings.publicKeyPem ?? '', 'RS256');
  return async (token, options) => (await jwtVerify(token, key, options)).payload;
}

function describeFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm this server does not accept.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is invalid.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's "${error.claim}" claim is invalid.`;
  return 'The token is malformed or cannot be verified.';
}
