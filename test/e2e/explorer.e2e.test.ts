import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../bench/chromium';
import { signToken } from '../../src/auth/tokens';
import { StaffRole } from '../../src/domain/model';
import type { Viewer } from '../../src/domain/viewer';
import { projectRoot } from '../../src/paths';
import { createReferralForest } from '../helpers/referral-forest';
import { startTestApi, TestApi } from '../helpers/test-api';

/*
 * The explorer page in Chromium (bench/chromium.ts) against the real server. Besides
 * the referral forest of test/helpers (王伟 a → 李娜 b → 张敏 c, a → 刘洋 d,
 * clients of rm), a hand-made network, every id prefixed:
 *
 *   C 欧阳探索 (ACTIVE, GOLD, managed by rm1)
 *     household 欧阳家: C (HEAD), S 欧阳太太 (SPOUSE); family: S is C's SPOUSE
 *     knows F 周朋友 (FRIEND 0.8) and K1 (FRIEND 0.3); works at O 东方探索科技 with K1 孙同事, K2 钱同事
 *     holds 稳健理财 (P1)
 *   F 周朋友 (ACTIVE, managed by rm1) knows X 赵前景 (PROSPECT, FRIEND 0.6)
 *
 * Staff: adm (ADMIN), rm1 and rm2 (RELATIONSHIP_MANAGER; rm2 manages none of them).
 */
const artifacts = path.join(projectRoot, 'test-artifacts', 'e2e');
let api: TestApi;
let browser: Browser;
let page: Page;

const local = (id: string) => api.id(id);

beforeAll(async () => {
  // Test the page as the sources are now, not an older build.
  execFileSync('npm', ['run', '--silent', 'build:explorer', '--', '--logLevel', 'error'], { cwd: projectRoot, stdio: 'inherit' });
  fs.mkdirSync(artifacts, { recursive: true });
  api = await startTestApi();
  await createReferralForest(api);
  await api.cypher(
    `CREATE (adm:Staff {id: $p + 'adm', name: '管理员', role: 'ADMIN'})
     CREATE (rm1:Staff {id: $p + 'rm1', name: '陈经理', role: 'RELATIONSHIP_MANAGER'})
     CREATE (rm2:Staff {id: $p + 'rm2', name: '李经理', role: 'RELATIONSHIP_MANAGER'})
     CREATE (c:Person {id: $p + 'C', name: '欧阳探索', status: 'ACTIVE', tier: 'GOLD', aumCents: 500000000, satisfaction: 9,
                       lastContactAt: datetime() - duration({days: 10}), introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (s:Person {id: $p + 'S', name: '欧阳太太', status: 'ACTIVE', aumCents: 100000000, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (f:Person {id: $p + 'F', name: '周朋友', status: 'ACTIVE', aumCents: 20000000, satisfaction: 8,
                       lastContactAt: datetime() - duration({days: 20}), introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (x:Person {id: $p + 'X', name: '赵前景', status: 'PROSPECT', aumCents: 0, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (k1:Person {id: $p + 'K1', name: '孙同事', status: 'PROSPECT', aumCents: 0, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (k2:Person {id: $p + 'K2', name: '钱同事', status: 'ACTIVE', aumCents: 3000000, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (h:Household {id: $p + 'H', name: '欧阳家', createdAt: datetime(), updatedAt: datetime()})
     CREATE (o:Organization {id: $p + 'O', name: '东方探索科技', industry: '科技', employeeCount: 3, isClient: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (p1:Product {id: $p + 'P1', name: '稳健理财', category: 'WEALTH_MANAGEMENT', riskLevel: 'R2', createdAt: datetime(), updatedAt: datetime()})
     CREATE (c)-[:MANAGED_BY {since: datetime()}]->(rm1), (f)-[:MANAGED_BY {since: datetime()}]->(rm1), (s)-[:MANAGED_BY {since: datetime()}]->(rm1)
     CREATE (c)-[:MEMBER_OF {role: 'HEAD'}]->(h), (s)-[:MEMBER_OF {role: 'SPOUSE'}]->(h)
     CREATE (c)-[:FAMILY {kind: 'SPOUSE'}]->(s)
     CREATE (c)-[:KNOWS {kind: 'FRIEND', strength: 0.8}]->(f), (c)-[:KNOWS {kind: 'FRIEND', strength: 0.3}]->(k1)
     CREATE (f)-[:KNOWS {kind: 'FRIEND', strength: 0.6}]->(x)
     CREATE (c)-[:WORKS_AT {title: '总经理', keyPerson: true}]->(o), (k1)-[:WORKS_AT {title: '工程师', keyPerson: false}]->(o),
            (k2)-[:WORKS_AT {title: '会计', keyPerson: false}]->(o)
     CREATE (c)-[:HOLDS {balanceCents: 100000000, since: date(), status: 'ACTIVE'}]->(p1)`,
    { p: api.prefix },
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

afterEach(async () => {
  await page.screenshot({ path: path.join(artifacts, `${expect.getState().currentTestName!.replace(/\W+/g, '-')}.png`) });
  await page.close();
});

const tokenFor = (staff: string, role: StaffRole) => signToken({ staffId: local(staff), role, branchId: null } satisfies Viewer);

/** Opens the page already signed in (the token in sessionStorage, as the sign-in form leaves it). */
async function openSignedIn(token: string, query = ''): Promise<void> {
  await page.addInitScript(`sessionStorage.setItem('explorer.token', ${JSON.stringify(token)})`);
  await page.goto(`${api.url}/explorer/${query}`);
}

async function waitForCentre(id: string): Promise<void> {
  await page.waitForSelector(`[data-testid=centre][data-centre="${id}"]`);
  await page.waitForSelector(`[data-testid=graph][data-layout=done][data-view="network:${id}"]`);
}

const nodeIds = () => page.evaluate('window.__explorer.nodeIds()') as Promise<string[]>;

test('signs in with a pasted token and shows the role', async () => {
  await page.goto(`${api.url}/explorer`);
  await page.fill('input[name=token]', await tokenFor('adm', StaffRole.ADMIN));
  await page.click('.sign-in button[type=submit]');
  await page.waitForSelector('[data-testid=viewer]:has-text("Signed in as 管理员")');
  await expect(page.textContent('[data-testid=role]')).resolves.toBe('ADMIN');
});

test('says clearly when the token is refused', async () => {
  await openSignedIn('not-a-token', `?view=network&id=${local('C')}`);
  await expect(page.textContent('[data-testid=error]')).resolves.toMatch(/Not signed in, or the token was refused/);
});

test('searches a person by name and draws their network', async () => {
  await openSignedIn(await tokenFor('adm', StaffRole.ADMIN));
  await page.fill('input[name=search]', '欧阳探索');
  await page.click('form[role=search] button[type=submit]');
  await waitForCentre(local('C'));

  await expect(page.textContent('[data-testid=centre] h2')).resolves.toBe('欧阳探索');
  const neighbours = await page.$$eval('[data-testid=neighbours] button', (buttons) => buttons.map((b) => b.getAttribute('data-node-id')));
  expect(neighbours.sort()).toEqual(['S', 'F', 'K1', 'K2'].map(local).sort());
  expect((await nodeIds()).sort()).toEqual(['C', 'S', 'F', 'K1', 'K2', 'O', 'P1', 'rm1'].map(local).sort());
  await expect(page.textContent('[data-testid=neighbours]')).resolves.toContain('friend 0.80');
});

test('re-centres on a tapped node, and back returns to the person before', async () => {
  await openSignedIn(await tokenFor('adm', StaffRole.ADMIN), `?view=network&id=${local('C')}`);
  await waitForCentre(local('C'));

  await expect(page.evaluate(`window.__explorer.tapNode(${JSON.stringify(local('F'))})`)).resolves.toBe(true);
  await waitForCentre(local('F'));
  expect((await nodeIds()).sort()).toEqual(['F', 'C', 'X', 'rm1'].map(local).sort());

  await page.click(`[data-testid=neighbours] button[data-node-id="${local('X')}"]`);
  await waitForCentre(local('X'));
  await page.goBack();
  await waitForCentre(local('F'));
  await page.goBack();
  await waitForCentre(local('C'));
});

test('opens a referral tree with the totals by generation', async () => {
  await openSignedIn(await tokenFor('adm', StaffRole.ADMIN), `?view=network&id=${local('a')}`);
  await waitForCentre(local('a'));
  await page.click('text=Referral tree >> nth=1');
  await page.waitForSelector(`[data-testid=referral-tree][data-root="${local('a')}"]`);
  await page.waitForSelector(`[data-testid=graph][data-layout=done][data-view="referrals:${local('a')}"]`);

  const rows = (await page.locator('[data-testid=by-depth] tbody tr').allInnerTexts()).map((row) => row.trim().split(/\s+/));
  expect(rows).toEqual([
    ['1', '2', '301'],
    ['2', '1', '50'],
  ]);
  expect((await nodeIds()).sort()).toEqual(['a', 'b', 'c', 'd'].map(local).sort());
});

test('shows the ranked introduction paths with their explanation', async () => {
  await openSignedIn(await tokenFor('adm', StaffRole.ADMIN), `?view=introductions&prospectId=${local('X')}&fromStaffId=${local('rm1')}`);
  await page.waitForSelector(`[data-testid=graph][data-layout=done][data-view="introductions:${local('X')}"]`);

  const paths = await page.$$eval('[data-testid=path]', (items) => items.map((item) => item.querySelector('button')!.textContent));
  expect(paths).toEqual([
    expect.stringMatching(/^周朋友 · score [\d.]+ · 1 hop$/),
    expect.stringMatching(/^欧阳探索 · score [\d.]+ · 2 hops$/),
    expect.stringMatching(/^欧阳太太 · score [\d.]+ · 3 hops$/),
  ]);
  const secondPath = await page.textContent('[data-testid=path] >> nth=1');
  expect(secondPath).toContain('欧阳探索 → 周朋友: friend 0.80');
  expect(secondPath).toContain('周朋友 → 赵前景: friend 0.60 (weakest link)');
  expect((await nodeIds()).sort()).toEqual(['X', 'F', 'C', 'S'].map(local).sort());
  await expect(page.textContent('[data-testid=path] >> nth=0')).resolves.toMatch(/satisf|warmth/i);
});

test('shows the influence-centre leaderboard of a branch', async () => {
  await openSignedIn(await tokenFor('adm', StaffRole.ADMIN), `?view=influence&metric=REFERRAL_REACH&branchId=${local('br')}`);
  await page.waitForSelector('[data-testid=leaderboard]');
  const first = await page.textContent('[data-testid=leaderboard] tbody tr >> nth=0');
  expect(first).toContain('王伟');
});

test('keeps persons masked for a relationship manager who does not manage them', async () => {
  await openSignedIn(await tokenFor('rm2', StaffRole.RELATIONSHIP_MANAGER), `?view=network&id=${local('C')}`);
  await waitForCentre(local('C'));
  await expect(page.textContent('[data-testid=role]')).resolves.toBe('RELATIONSHIP_MANAGER');
  await expect(page.textContent('[data-testid=centre] h2')).resolves.toBe('欧*');
  await expect(page.getAttribute('[data-testid=centre] h2', 'class')).resolves.toBe('masked');
  await expect(page.textContent('[data-testid=centre]')).resolves.toContain('Masked');
  expect(await nodeIds()).toEqual([local('C')]);
});

// Colleagues the manager may not see are not listed (an employment is a tie); an acquaintance of their client is, masked.
test("draws a manager's own client in full and the others around them masked and greyed", async () => {
  await openSignedIn(await tokenFor('rm1', StaffRole.RELATIONSHIP_MANAGER), `?view=network&id=${local('C')}`);
  await waitForCentre(local('C'));
  await expect(page.textContent('[data-testid=centre] h2')).resolves.toBe('欧阳探索');
  const neighbours = await page.$$eval('[data-testid=neighbours] button', (buttons) =>
    buttons.map((b) => [b.getAttribute('data-node-id'), b.textContent, b.getAttribute('class')]),
  );
  expect(neighbours).toEqual([
    [local('S'), '欧阳太太', ''],
    [local('F'), '周朋友', ''],
    [local('K1'), '孙*', 'masked'],
  ]);
  const drawn = await page.evaluate(`window.__explorer.nodeData(${JSON.stringify(local('K1'))})`);
  expect(drawn).toEqual({ label: '孙*', masked: true });
});

test("shows the signed-in manager's attention list with the reasons", async () => {
  await openSignedIn(await tokenFor('rm1', StaffRole.RELATIONSHIP_MANAGER), '?view=attention');
  await page.waitForSelector('[data-testid=attention]');
  const rows = await page.locator('[data-testid=attention] tbody tr').allInnerTexts();
  expect(rows).toEqual([expect.stringMatching(/^1\s+欧阳太太 · ACTIVE\s+never \(every 90\)\s+[\d.]+M\s+never contacted/)]);
});
