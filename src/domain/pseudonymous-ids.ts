import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** What every pseudonymous person id starts with, so it is told from a real id without decoding. */
export const PSEUDONYMOUS_ID_PREFIX = 'anon_';

const SIV_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Person ids as analysts see them: deterministic authenticated encryption
 * of the real id (a synthetic IV, HMAC-SHA-256 of the id, then AES-256-CTR
 * under that IV), so the same person always gets the same token, nobody
 * without the key can reverse it, and the server decodes a token without
 * any lookup; a token changed by one bit fails its check.
 * @example new PseudonymousIds('key').of('P0001') // 'anon_…', and idOf of it is 'P0001'
 */
export class PseudonymousIds {
  private readonly encryptionKey: Buffer;
  private readonly ivKey: Buffer;

  constructor(key: string) {
    // Two keys from one setting: one never serves both the MAC and the cipher.
    this.encryptionKey = Buffer.from(hkdfSync('sha256', key, '', 'person id: encryption', 32));
    this.ivKey = Buffer.from(hkdfSync('sha256', key, '', 'person id: synthetic iv', 32));
  }

  /** The token of a real person id. */
  of(personId: string): string {
    const plain = Buffer.from(personId, 'utf8');
    const iv = createHmac('sha256', this.ivKey).update(plain).digest().subarray(0, SIV_BYTES);
    const cipher = createCipheriv('aes-256-ctr', this.encryptionKey, iv);
    return PSEUDONYMOUS_ID_PREFIX + Buffer.concat([iv, cipher.update(plain), cipher.final()]).toString('base64url');
  }

  /** The real id behind a token; null for anything this key did not make. */
  idOf(token: string): string | null {
    if (!isPseudonymousId(token)) return null;
    const body = token.slice(PSEUDONYMOUS_ID_PREFIX.length);
    if (!BASE64URL.test(body)) return null;
    const bytes = Buffer.from(body, 'base64url');
    if (bytes.length <= SIV_BYTES) return null;
    const decipher = createDecipheriv('aes-256-ctr', this.encryptionKey, bytes.subarray(0, SIV_BYTES));
    const personId = Buffer.concat([decipher.update(bytes.subarray(SIV_BYTES)), decipher.final()]).toString('utf8');
    // Re-encrypting checks the synthetic IV and that the text is the one canonical token of the id.
    const expected = Buffer.from(this.of(personId));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given) ? personId : null;
  }
}

export function isPseudonymousId(value: string): boolean {
  return value.startsWith(PSEUDONYMOUS_ID_PREFIX);
}
