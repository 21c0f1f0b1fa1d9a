import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../src/db/driver';
import { applyMigrations } from '../src/db/migrate';
import { ensureLauncherBuilt, findFreePort, startEmbeddedNeo4j } from '../src/embedded/embedded-neo4j';

/**
 * One Neo4j for the whole run: NEO4J_URI when set, else an embedded one on
 * a free port in a temporary directory. Workers inherit NEO4J_URI. The
 * schema is migrated here once, not by each suite.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) await startEmbedded();
  const driver = createDriver({
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'neo4j',
  });
  try {
    await applyMigrations(driver, 'neo4j');
  } finally {
    await driver.close();
  }
}

async function startEmbedded(): Promise<void> {
  ensureLauncherBuilt((message) => console.log(message));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-api-test-'));
  const startedAt = Date.now();
  const neo4j = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir, heapSize: '1g', pageCacheSize: '256m' });
  process.env.NEO4J_URI = neo4j.uri;
  process.env.TEST_NEO4J_STARTUP_MS = String(Date.now() - startedAt);
  (globalThis as Record<string, unknown>).__testNeo4j = { neo4j, dataDir };
}
