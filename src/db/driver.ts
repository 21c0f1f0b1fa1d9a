import neo4j, { Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

/**
 * One driver per process. `bolt://` talks to one server; `neo4j://` (and
 * `neo4j+s://` for Aura) asks for a routing table, so read transactions go
 * to secondaries and writes to the leader of a cluster.
 */
export function createDriver({ uri, user, password }: DriverSettings): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 10_000,
    disableLosslessIntegers: false,
    userAgent: 'relationship-graph-api',
  });
}

/** Waits for the server with backoff, e.g. while the embedded JVM starts. */
export async function waitForDatabase(driver: Driver, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 100;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (Date.now() + delay > deadline) {
        throw new Error(`Neo4j not reachable after ${timeoutMs} ms: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 2_000);
    }
  }
}
