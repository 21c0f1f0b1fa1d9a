import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { createSchema } from '../../src/graphql/schema';
import { createLogger } from '../../src/logger';
import { ApiServer, createServer } from '../../src/server';

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
  db: Database;
  driver: Driver;
  /** Unique to this suite: put it in front of every id the suite creates. */
  prefix: string;
  id(local: string): string;
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Direct Cypher, to set up or check the graph beside the API. */
  cypher(query: string, params?: Record<string, unknown>): Promise<Record<string, any>[]>;
  close(): Promise<void>;
}

export async function startTestApi(): Promise<TestApi> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run tests through jest, whose global setup starts Neo4j');
  const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'neo4j' });
  const db = new Database(driver, 'neo4j');
  const server: ApiServer = await createServer(await createSchema(), db, createLogger('silent'));
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  const prefix = `t${randomUUID().slice(0, 8)}-`;

  const cypher = async (query: string, params: Record<string, unknown> = {}) => {
    const { records } = await driver.executeQuery(query, params, { database: 'neo4j' });
    return records.map((record) => record.toObject());
  };

  return {
    url,
    db,
    driver,
    prefix,
    id: (local) => `${prefix}${local}`,
    graphql: async (query, variables) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
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
