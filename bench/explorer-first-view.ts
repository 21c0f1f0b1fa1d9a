import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Driver } from 'neo4j-driver';
import { signToken } from '../src/auth/tokens';
import { openDatabase } from '../src/bootstrap';
import { loadSettings } from '../src/config';
import { StaffRole } from '../src/domain/model';
import { findFreePort } from '../src/embedded/embedded-neo4j';
import { explorerDir } from '../src/explorer-route';
import { createSchema } from '../src/graphql/schema';
import { createLogger } from '../src/logger';
import { createServer } from '../src/server';
import { launchChromium } from './chromium';

/**
 * `npm run bench:explorer`: the explorer's first view of a 327-node
 * neighbourhood, from search submit to the first frame after layout, in
 * the browser bench/chromium.ts picks (the aim is under a second).
 *
 * The neighbourhood is hand-made beside whatever the database holds (ids
 * start with "bench-explorer-", deleted afterwards): a person who works at
 * three organizations of 96 employees each (the page draws the first 100 of
 * each), with a household, family, 20 acquaintances, a manager and six
 * products; and the ADMIN the page signs in as. Uses NEO4J_URI when set, else an embedded Neo4j in a temporary
 * directory. Each run is a fresh page (cold JavaScript and canvas); the
 * figure is the median of RUNS, with the first (coldest) shown too.
 */
const PREFIX = 'bench-explorer-';
const RUNS = Number(process.env.RUNS ?? 7);
const EMPLOYERS = 3;
const EMPLOYEES_EACH = 96;

async function buildNeighbourhood(driver: Driver, database: string): Promise<string> {
  const centre = `${PREFIX}centre`;
  await driver.executeQuery(
    `CREATE (c:Person {id: $centre, name: '王中心', status: 'ACTIVE', tier: 'GOLD', aumCents: 250000000, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (s:Staff {id: $prefix + 'rm', name: '陈经理', role: 'RELATIONSHIP_MANAGER', createdAt: datetime(), updatedAt: datetime()})
     CREATE (:Staff {id: $prefix + 'admin', name: '管理员', role: 'ADMIN', createdAt: datetime(), updatedAt: datetime()})
     CREATE (c)-[:MANAGED_BY {since: datetime()}]->(s)
     CREATE (h:Household {id: $prefix + 'hh', name: '王家', createdAt: datetime(), updatedAt: datetime()})
     CREATE (c)-[:MEMBER_OF {role: 'HEAD'}]->(h)
     WITH c, h
     UNWIND range(1, 3) AS i
     CREATE (m:Person {id: $prefix + 'hh' + i, name: '王家' + i, status: 'ACTIVE', aumCents: 1000000 * i, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (m)-[:MEMBER_OF {role: 'CHILD'}]->(h)
     WITH DISTINCT c
     UNWIND range(1, 5) AS i
     CREATE (r:Person {id: $prefix + 'fam' + i, name: '王亲' + i, status: 'PROSPECT', aumCents: 0, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (c)-[:FAMILY {kind: 'RELATIVE'}]->(r)
     WITH DISTINCT c
     UNWIND range(1, 20) AS i
     CREATE (a:Person {id: $prefix + 'knows' + i, name: '李友' + i, status: 'ACTIVE', aumCents: 500000 * i, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (c)-[:KNOWS {kind: 'FRIEND', strength: 0.2 + i * 0.03}]->(a)
     WITH DISTINCT c
     UNWIND range(1, 6) AS i
     CREATE (p:Product {id: $prefix + 'product' + i, name: '理财' + i, category: 'WEALTH_MANAGEMENT', riskLevel: 'R2', createdAt: datetime(), updatedAt: datetime()})
     CREATE (c)-[:HOLDS {balanceCents: 10000000, since: date(), status: 'ACTIVE'}]->(p)
     WITH DISTINCT c
     UNWIND range(1, $employers) AS o
     CREATE (org:Organization {id: $prefix + 'org' + o, name: '华东制造' + o, industry: '制造业', employeeCount: $employees, isClient: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (c)-[:WORKS_AT {title: '顾问', keyPerson: true}]->(org)
     WITH org, o
     UNWIND range(1, $employees) AS e
     CREATE (w:Person {id: $prefix + 'org' + o + '-' + e, name: '张员工' + o + '-' + e, status: CASE WHEN e % 3 = 0 THEN 'PROSPECT' ELSE 'ACTIVE' END,
                       aumCents: e * 10000, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (w)-[:WORKS_AT {title: '工程师', keyPerson: e <= 3}]->(org)`,
    { centre, prefix: PREFIX, employers: EMPLOYERS, employees: EMPLOYEES_EACH },
    { database },
  );
  return centre;
}

interface ViewTiming {
  ms: number;
  drawMs: number;
  nodes: number;
  edges: number;
  /** Each GraphQL request of the view, from sending it to its last byte (Chromium's timing). */
  graphqlMs?: number[];
}

/** The built page's files, raw and gzipped (what a browser downloads). */
function assetSizes(): string {
  const files = ['index.html', ...fs.readdirSync(path.join(explorerDir, 'assets')).map((name) => path.join('assets', name))];
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  let raw = 0;
  let gzip = 0;
  const lines = files.map((file) => {
    const content = fs.readFileSync(path.join(explorerDir, file));
    const zipped = gzipSync(content, { level: 9 }).length;
    raw += content.length;
    gzip += zipped;
    return `  ${file}: ${kb(content.length)} raw, ${kb(zipped)} gzip`;
  });
  return [`explorer assets (${explorerDir}):`, ...lines, `  total: ${kb(raw)} raw, ${kb(gzip)} gzip`].join('\n');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-bench-'));
  const settings = loadSettings({ ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await findFreePort()), LOG_LEVEL: 'silent' });
  const logger = createLogger('silent');
  const database = await openDatabase(settings, logger);
  const server = await createServer(await createSchema(), database.db, logger);
  const browser = await launchChromium();
  try {
    await database.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX }, { database: settings.NEO4J_DATABASE });
    const centre = await buildNeighbourhood(database.driver, settings.NEO4J_DATABASE);
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/explorer/`;
    const token = await signToken({ staffId: `${PREFIX}admin`, role: StaffRole.ADMIN, branchId: null });

    const timings: ViewTiming[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript(`sessionStorage.setItem('explorer.token', ${JSON.stringify(token)})`);
      const page = await context.newPage();
      await page.goto(url);
      // The page is ready (sign-in check answered) before the clock starts at submit.
      await page.waitForSelector('[data-testid=viewer]:has-text("Signed in as")');
      await page.waitForLoadState('networkidle');
      const graphqlMs: number[] = [];
      page.on('requestfinished', (request) => {
        if (request.url().endsWith('/graphql')) graphqlMs.push(Math.round(request.timing().responseEnd));
      });
      await page.fill('input[name=search]', centre);
      await page.click('form[role=search] button[type=submit]');
      await page.waitForSelector(`[data-testid=graph][data-layout=done][data-view="network:${centre}"]`, { timeout: 30_000 });
      timings.push({ ...((await page.evaluate('window.__explorer.lastView')) as ViewTiming), graphqlMs });
      await context.close();
    }
    const ms = timings.map((t) => t.ms);
    console.log(`explorer first view: ${timings[0]!.nodes} nodes, ${timings[0]!.edges} edges, Chromium ${browser.version()}`);
    console.log(`search submit → first frame after layout: median ${median(ms)} ms over ${RUNS} fresh pages (first ${ms[0]} ms; all: ${ms.join(', ')})`);
    console.log(`  of which drawing (elements, layout, first frame): median ${median(timings.map((t) => t.drawMs))} ms`);
    console.log(`  GraphQL request of each view (ms): ${timings.map((t) => t.graphqlMs!.join(' + ')).join('; ')}`);
    console.log(assetSizes());
  } finally {
    await browser.close();
    await database.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX }, { database: settings.NEO4J_DATABASE });
    await server.stop();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
