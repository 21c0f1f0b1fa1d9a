import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { createSchema } from '../../src/graphql/schema';
import { createLogger, Logger } from '../../src/logger';
import { signToken } from '../../src/auth/tokens';
import { StaffRole } from '../../src/domain/model';
import type { Viewer } from '../../src/domain/viewer';
import { loadSettings, privacyOf, ServerLimits } from '../../src/config';
import { ApiServer, createServer, ServerPrivacy } from '../../src/server';

/**
 * Who a test request is sent as: a viewer (signed with the development
 * secret), a raw token, or no token at all. A viewer's staff member is
 * created if the graph has no one of that id, since tokens must name real
 * staff; an existing one is left as it is.
 */
export interface RequestOptions {
  as?: Viewer;
  token?: string | null;
}

/** The default viewer of test requests: sees everything. */
export const ADMIN: Viewer = { staffId: 'test-admin', role: StaffRole.ADMIN, branchId: null };

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

/**
 * The real API over HTTP on a free port, against the run's Neo4j. Each
 * suite gets its own id prefix and deletes what carries it when done, so
 * suites can run side by side.
 */
export interface TestApi {
  url: string;
  /** The HTTP server and Apollo, e.g. to stop them while requests are in flight. */
  server: ApiServer;
  db: Database;
  driver: Driver;
  /** Unique to this suite: put it in front of every id the suite creates. */
  prefix: string;
  id(local: string): string;
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** The Authorization header value for a viewer (ADMIN by default), for requests made by hand. */
  authHeader(viewer?: Viewer): Promise<string>;
  /** Direct Cypher, to set up or check the graph beside the API. */
  cypher(query: string, params?: Record<string, unknown>): Promise<Record<string, any>[]>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** Another Neo4j than the run's, e.g. one a fault test stops and starts. */
  uri?: string;
  /** Tests send many requests as one viewer: no rate limit unless a test sets one. */
  limits?: Partial<ServerLimits>;
  /** Token and staff checks other than the defaults, e.g. a short STAFF_CACHE_MS. */
  privacy?: Partial<ServerPrivacy>;
  /** Silent unless a test reads what the server logs. */
  logger?: Logger;
}

/** Creates the staff member a viewer names, based at their branch (created too if missing), unless that id exists. */
const ensureStaffQuery = `
  OPTIONAL MATCH (known:Staff {id: $id})
  WITH known WHERE known IS NULL
  MERGE (s:Staff {id: $id})
    ON CREATE SET s.name = $id, s.role = $role, s.createdAt = datetime(), s.updatedAt = datetime()
  WITH s WHERE $branchId IS NOT NULL
  MERGE (b:Branch {id: $branchId})
    ON CREATE SET b.name = $branchId, b.createdAt = datetime(), b.updatedAt = datetime()
  MERGE (s)-[:BASED_AT]->(b)`;

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const uri = options.uri ?? process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run tests through jest, whose global setup starts Neo4j');
  const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'neo4j' });
  const db = new Database(driver, 'neo4j');
  const privacy = { ...privacyOf(loadSettings({})), ...options.privacy };
  const server: ApiServer = await createServer(await createSchema(), db, options.logger ?? createLogger('silent'), { rateLimitPerMinute: 0, ...options.limits }, privacy);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  const prefix = `t${randomUUID().slice(0, 8)}-`;

  const cypher = async (query: string, params: Record<string, unknown> = {}) => {
    const { records } = await driver.executeQuery(query, params, { database: 'neo4j' });
    return records.map((record) => record.toObject());
  };

  // Once per staff id and suite: later requests as the same viewer cost the graph nothing.
  const ensured = new Map<string, Promise<unknown>>();
  const tokenFor = async (viewer: Viewer) => {
    if (!ensured.has(viewer.staffId)) ensured.set(viewer.staffId, cypher(ensureStaffQuery, { id: viewer.staffId, role: viewer.role, branchId: viewer.branchId }));
    await ensured.get(viewer.staffId);
    return signToken(viewer);
  };
  // Before any test runs, so the first request of a suite that fingerprints the graph adds nothing to it.
  await tokenFor(ADMIN);
  const authHeader = async (viewer: Viewer = ADMIN) => `Bearer ${await tokenFor(viewer)}`;

  return {
    url,
    server,
    db,
    driver,
    prefix,
    id: (local) => `${prefix}${local}`,
    authHeader,
    graphql: async (query, variables, options = {}) => {
      const token = options.token !== undefined ? options.token : await tokenFor(options.as ?? ADMIN);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    cypher,
    close: async () => {
      await cypher('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
      await server.stop();
      await driver.close();
    },
  };
}
