import http from 'node:http';
import { signToken } from '../src/auth/tokens';
import { DEMO_ADMIN_ID } from '../src/demo/branches-and-staff';
import { StaffRole } from '../src/domain/model';
import type { Viewer } from '../src/domain/viewer';

/** A GraphQL response as the bench reads it. */
export interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Kept-alive sockets, as a real client would hold them. node:http, not
 * fetch: on this machine Node's fetch (undici) added about 2 ms to every
 * request (3.2–4.7 ms vs 1.1–1.3 ms p50 for `{ __typename }`), which would
 * have been charged to the API in its ratio to raw Cypher.
 */
const agent = new http.Agent({ keepAlive: true });

/**
 * The bench reads as the demo bank's ADMIN (full records, no masking; tokens
 * must name real staff), signed with the development secret the servers
 * under test verify with. A token is signed afresh every hour, as a run may
 * outlast the longest lifetime the server accepts. The @neo4j/graphql and
 * plain servers ignore the header.
 */
const TOKEN_REUSE_MS = 3_600_000;
const BENCH_ADMIN: Viewer = { staffId: DEMO_ADMIN_ID, role: StaffRole.ADMIN, branchId: null };
const tokens = new Map<string, { token: Promise<string>; signedAt: number }>();

/** The header for a viewer (the demo bank's ADMIN unless an operation reads as someone else), signed afresh every hour. */
export async function authorizationHeader(viewer: Viewer = BENCH_ADMIN): Promise<string> {
  const key = `${viewer.staffId}|${viewer.role}|${viewer.branchId ?? ''}`;
  let entry = tokens.get(key);
  if (!entry || Date.now() - entry.signedAt > TOKEN_REUSE_MS) {
    entry = { token: signToken(viewer, undefined, '2h'), signedAt: Date.now() };
    tokens.set(key, entry);
  }
  return `Bearer ${await entry.token}`;
}

/** POSTs one GraphQL operation and parses the JSON answer. */
export async function post(url: string, query: string, variables: Record<string, unknown>, viewer?: Viewer): Promise<GraphQLResponse> {
  const body = JSON.stringify({ query, variables });
  const { hostname, port, pathname } = new URL(url);
  const authorization = await authorizationHeader(viewer);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: hostname,
        port,
        path: pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(text) as GraphQLResponse);
          } catch {
            reject(new Error(`${url} answered ${response.statusCode} with a body that is not JSON: ${text.slice(0, 200)}`));
          }
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Runs `request` and returns its result with the milliseconds it took. */
export async function timed<T>(request: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await request();
  return { result, ms: performance.now() - started };
}

/** The first `totalCount` anywhere in a response: how many rows a connection's filter matched. */
export function totalCountIn(value: unknown): number | null {
  if (value === null || typeof value !== 'object') return null;
  if ('totalCount' in value && typeof value.totalCount === 'number') return value.totalCount;
  for (const child of Object.values(value)) {
    const found = totalCountIn(child);
    if (found !== null) return found;
  }
  return null;
}

/** Deterministic JSON with every list sorted, so two results holding the same data compare equal whatever their order. */
export function canonical(value: unknown): string {
  const normalise = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(normalise).map((x) => JSON.stringify(x)).sort().map((x) => JSON.parse(x) as unknown);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, normalise(x)]));
    }
    return v;
  };
  return JSON.stringify(normalise(value));
}
