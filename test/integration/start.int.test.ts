import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signToken } from '../../src/auth/tokens';
import { loadSettings } from '../../src/config';
import { DEMO_ADMIN_ID } from '../../src/demo/branches-and-staff';
import { StaffRole } from '../../src/domain/model';
import { findFreePort } from '../../src/embedded/embedded-neo4j';
import { createLogger } from '../../src/logger';
import { startService } from '../../src/service';

/**
 * The `npm start` path on a database of its own: the embedded Neo4j in a
 * fresh directory, the demo bank loaded once, kept on the next start.
 */
const describeEmbedded = process.env.TEST_NEO4J_STARTUP_MS ? describe : describe.skip;
/** Each start launches a JVM: seconds on an idle machine, minutes on a busy one. */
const START_TEST_TIMEOUT_MS = 300_000;

/** Asked as the demo bank's administrator, whom `npm start`'s development token names. */
async function countPersons(url: string): Promise<number> {
  const admin = { staffId: DEMO_ADMIN_ID, role: StaffRole.ADMIN, branchId: null };
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken(admin)}` },
    body: JSON.stringify({ query: '{ persons(first: 1) { totalCount } }' }),
  });
  return ((await response.json()) as { data: { persons: { totalCount: number } } }).data.persons.totalCount;
}

describeEmbedded('starting the service', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-api-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function start(env: Record<string, string>) {
    const settings = loadSettings({
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_HEAP_SIZE: '512m',
      NEO4J_PAGECACHE_SIZE: '128m',
      PORT: '0',
      DEMO_PERSONS: '300',
      ...env,
    });
    return startService(settings, createLogger('silent'));
  }

  it('starts empty with DEMO_DATA=false', async () => {
    const service = await start({ DEMO_DATA: 'false' });
    const cypher = (query: string) => service.database.driver.executeQuery(query, { id: DEMO_ADMIN_ID });
    try {
      // Tokens name real staff, and an empty graph has none: an administrator is made for the count, then removed.
      await cypher(`CREATE (:Staff {id: $id, name: '管理员', role: 'ADMIN'})`);
      expect(await countPersons(service.url)).toBe(0);
    } finally {
      await cypher('MATCH (s:Staff {id: $id}) DELETE s');
      await service.stop();
    }
  }, START_TEST_TIMEOUT_MS);

  it('loads the demo bank into the empty graph, and only once', async () => {
    const first = await start({});
    const loaded = await countPersons(first.url).finally(() => first.stop());
    expect(loaded).toBe(300);
    const again = await start({ DEMO_SEED: '7' });
    try {
      expect(await countPersons(again.url)).toBe(300);
    } finally {
      await again.stop();
    }
  }, START_TEST_TIMEOUT_MS);
});
