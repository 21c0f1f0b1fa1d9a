import net from 'node:net';
import tls from 'node:tls';
import neo4j, { Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

type Connect = (...args: unknown[]) => net.Socket;
let nagleDisabled = false;

/**
 * neo4j-driver 5 never calls setNoDelay on its sockets, so a statement larger
 * than one TCP segment (~1.4 KB of Cypher and parameters) waits about 40 ms
 * for the server's delayed ACK: measured 3 ms → 44 ms for a padded query.
 * The driver has no option for it, so the sockets it opens through
 * net/tls.connect get TCP_NODELAY here, as the Python driver does by default.
 */
function disableNagleAlgorithm(): void {
  if (nagleDisabled) return;
  nagleDisabled = true;
  for (const module of [net, tls] as unknown as { connect: Connect }[]) {
    const connect = module.connect;
    module.connect = function connectWithoutNagle(this: unknown, ...args: unknown[]) {
      return connect.apply(this, args).setNoDelay(true);
    };
  }
}

/**
 * One driver per process. `bolt://` talks to one server; `neo4j://` (and
 * `neo4j+s://` for Aura) asks for a routing table, so read transactions go
 * to secondaries and writes to the leader of a cluster. Timeouts (driver
 * defaults in brackets): a socket connects within 3 s (30 s), a request
 * waits at most 10 s for a pooled connection (60 s), and managed
 * transactions retry transient errors for up to 5 s (30 s). An outage is
 * not waited out in these retries: Database's circuit breaker fails
 * requests within a second or so (3 s while the server shuts down) and
 * recovers when the server answers.
 */
export function createDriver({ uri, user, password }: DriverSettings): Driver {
  disableNagleAlgorithm();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 5_000,
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
