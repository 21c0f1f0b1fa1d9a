import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { findFreePort, startEmbeddedNeo4j } from '../../src/embedded/embedded-neo4j';

/** Starting a JVM twice takes seconds on an idle machine, minutes on a busy one. */
const JVM_TEST_TIMEOUT_MS = 300_000;

describe('the embedded Neo4j', () => {
  it('answers the neo4j:// routing scheme, reads and writes routed by transaction type', async () => {
    const boltUri = process.env.NEO4J_URI!;
    const routingUri = boltUri.replace(/^bolt:/, 'neo4j:');
    const driver = createDriver({ uri: routingUri, user: 'neo4j', password: 'neo4j' });
    try {
      const db = new Database(driver, 'neo4j');
      const id = `routing-${Date.now()}`;
      await db.write((tx) => tx.run('CREATE (b:Branch {id: $id, name: "路由测试"}) RETURN b.id AS id', { id }, (r) => r.get('id')));
      const names = await db.read('MATCH (b:Branch {id: $id}) RETURN b.name AS name', { id }, (r) => r.get('name'));
      expect(names).toEqual(['路由测试']);
      await db.write((tx) => tx.run('MATCH (b:Branch {id: $id}) DELETE b RETURN 1 AS done', { id }, (r) => r.get('done')));
    } finally {
      await driver.close();
    }
  });

  it('keeps committed writes across a SIGTERM and starts again on the same directory', async () => {
    if (!process.env.TEST_NEO4J_STARTUP_MS) return; // runs only where tests start their own embedded Neo4j
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-api-restart-'));
    const settings = { dataDir, heapSize: '512m', pageCacheSize: '64m' };
    try {
      const first = await startEmbeddedNeo4j({ ...settings, port: await findFreePort() });
      const writer = createDriver({ uri: first.uri, user: 'neo4j', password: 'neo4j' });
      await writer.executeQuery('CREATE (:Branch {id: "kept", name: "持久"})');
      await writer.close();
      await first.stop();
      expect(first.process.exitCode ?? first.process.signalCode).not.toBeNull();
      expect(fs.readdirSync(dataDir)).toContain('data');

      const second = await startEmbeddedNeo4j({ ...settings, port: await findFreePort() });
      const reader = createDriver({ uri: second.uri, user: 'neo4j', password: 'neo4j' });
      const { records } = await reader.executeQuery('MATCH (b:Branch {id: "kept"}) RETURN b.name AS name');
      await reader.close();
      await second.stop();
      expect(records.map((r) => r.get('name'))).toEqual(['持久']);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, JVM_TEST_TIMEOUT_MS);
});
