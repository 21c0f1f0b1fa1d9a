import neo4j, { Driver, Integer, Session } from 'neo4j-driver';
import { cypher } from '../db/cypher';
import { ClientKind, ReferrerKind } from '../domain/model';
import type { GeneratedBank, ReferralRow } from './generate-bank';

/**
 * Writes a generated bank into Neo4j in batches: `UNWIND $rows AS row` over
 * a few thousand rows per statement, each batch its own write transaction,
 * every node before any relationship, every write a MERGE on ids (or on the
 * pair of ends), so running the import again changes nothing; or, into a
 * graph known to be fresh, a CREATE (options.fresh). Ends are found
 * with `MATCH (:Label {id})`, which the unique constraints of
 * cypher/migrations serve: apply the migrations first.
 *
 * @example const stats = await importBank(driver, 'neo4j', generateBank({ persons: 2000, seed: 1 }));
 *   // stats.nodes, stats.relationships, stats.elapsedMs
 */

export interface ImportPhaseStats {
  phase: string;
  rows: number;
  /** Nodes and relationships the phase merged (what the bank holds, whether or not they existed). */
  nodes: number;
  relationships: number;
  /** What the server actually created: zero on a re-run. */
  nodesCreated: number;
  relationshipsCreated: number;
  elapsedMs: number;
}

export interface ImportStats {
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  batches: number;
  elapsedMs: number;
  phases: ImportPhaseStats[];
}

export interface ImportOptions {
  /** Rows per statement; 5,000 by default. */
  batchSize?: number;
  /**
   * The database holds none of the bank's ids yet (e.g. an empty graph):
   * nodes and relationships are CREATEd (import-fresh-*.cypher), skipping
   * MERGE's lookups and its check of every tie already on both ends. Not
   * idempotent: a second fresh import fails on the first node batch (unique
   * id constraint), before any relationship. False by default (MERGE).
   */
  fresh?: boolean;
  /** Batches in flight at once (one session each) in phases that only create nodes; 2 by default. */
  concurrency?: number;
}

export type ImportProgress = (done: number, total: number, phase: string) => void;

interface Statements {
  merge: string;
  fresh: string;
}

/**
 * Each phase's two statements, loaded when this module loads so a missing file
 * fails at start: `merge` (import-<name>) and `fresh` (import-fresh-<name>).
 */
function statements(name: string): Statements {
  return { merge: cypher(`import-${name}`), fresh: cypher(`import-fresh-${name}`) };
}

const QUERIES = {
  branches: statements('branches'),
  staff: statements('staff'),
  products: statements('products'),
  households: statements('households'),
  organizations: statements('organizations'),
  persons: statements('persons'),
  referrals: statements('referrals'),
  staffBranches: statements('staff-branches'),
  memberships: statements('memberships'),
  employments: statements('employments'),
  familyTies: statements('family-ties'),
  acquaintances: statements('acquaintances'),
  personHoldings: statements('person-holdings'),
  organizationHoldings: statements('organization-holdings'),
  personManagers: statements('person-managers'),
  organizationManagers: statements('organization-managers'),
  referralLinks: statements('referral-links'),
  referredByPerson: statements('referred-by-person'),
  referredByStaff: statements('referred-by-staff'),
  referredByOrganization: statements('referred-by-organization'),
  interactions: statements('interactions'),
} as const;
const uniqueIdsQuery = cypher('import-unique-ids');

/**
 * Ties sorted by their start node. The generator draws acquaintances in
 * random order; one batch then touches 5,000 scattered persons, and MERGE
 * ran at half the rate of the family ties, which arrive household by household.
 */
function inStartOrder<T extends { fromId: string; toId: string }>(rows: readonly T[]): T[] {
  const key = (row: T) => `${row.fromId} ${row.toId}`;
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Labels the import looks up by id. */
const LABELS = ['Branch', 'Staff', 'Product', 'Household', 'Organization', 'Person', 'Referral', 'Interaction'];

/** One phase of the import: a statement and the rows it runs over, as the statement's parameters. */
interface Phase {
  name: string;
  statements: Statements;
  /** Only creates nodes, each batch its own: batches cannot lock each other's nodes, so they may run side by side. */
  nodesOnly: boolean;
  count: number;
  /** Parameter rows for `[start, end)`. */
  batch(start: number, end: number): unknown[];
  nodes: number;
  relationships: number;
}

function phase<T>(
  name: string,
  statements: Statements,
  rows: readonly T[],
  toParams: (row: T) => unknown,
  written: { nodes?: (row: T) => number; relationships?: (row: T) => number },
): Phase {
  let nodes = 0;
  let relationships = 0;
  for (const row of rows) {
    nodes += written.nodes?.(row) ?? 0;
    relationships += written.relationships?.(row) ?? 0;
  }
  return {
    name,
    statements,
    nodesOnly: written.relationships === undefined,
    count: rows.length,
    batch: (start, end) => rows.slice(start, end).map(toParams),
    nodes,
    relationships,
  };
}

const one = (): number => 1;
const same = <T>(row: T): T => row;

/** Whole fen and other counts go over the wire as 64-bit integers, not floats. */
function int(value: number): Integer {
  return neo4j.int(value);
}

function intOrNull(value: number | null): Integer | null {
  return value === null ? null : neo4j.int(value);
}

function referredBy(name: string, statements: Statements, rows: readonly ReferralRow[]): Phase {
  return phase(
    name,
    statements,
    rows,
    (r) => ({ id: r.id, referrerId: r.referrerId, refereeId: r.refereeId, attributed: r.attributed, convertedAt: r.convertedAt }),
    { relationships: (r) => (r.attributed ? 2 : 1) },
  );
}

/** Nodes first (referrals last, as they hang between the others), then relationships. */
function phasesOf(bank: GeneratedBank): Phase[] {
  const byKind = (kind: ReferrerKind): ReferralRow[] => bank.referrals.filter((r) => r.referrerKind === kind);
  return [
    phase('branches', QUERIES.branches, bank.branches, same, { nodes: one }),
    phase('staff', QUERIES.staff, bank.staff, same, { nodes: one }),
    phase('products', QUERIES.products, bank.products, same, { nodes: one }),
    phase('households', QUERIES.households, bank.households, same, { nodes: one }),
    phase(
      'organizations',
      QUERIES.organizations,
      bank.organizations,
      (o) => ({ ...o, employeeCount: int(o.employeeCount), registeredCapitalCents: intOrNull(o.registeredCapitalCents) }),
      { nodes: one },
    ),
    phase(
      'persons',
      QUERIES.persons,
      bank.persons,
      (p) => ({ ...p, aumCents: int(p.aumCents), satisfaction: intOrNull(p.satisfaction) }),
      { nodes: one },
    ),
    phase('referrals', QUERIES.referrals, bank.referrals, same, { nodes: one }),
    phase(
      'staff branches',
      QUERIES.staffBranches,
      bank.staff.filter((s) => s.branchId !== null),
      (s) => ({ id: s.id, branchId: s.branchId }),
      { relationships: one },
    ),
    phase('household memberships', QUERIES.memberships, bank.memberships, same, { relationships: one }),
    phase('employments', QUERIES.employments, bank.employments, same, { relationships: one }),
    phase('family ties', QUERIES.familyTies, bank.familyTies, same, { relationships: one }),
    phase('acquaintances', QUERIES.acquaintances, inStartOrder(bank.acquaintances), same, { relationships: one }),
    phase(
      'person holdings',
      QUERIES.personHoldings,
      bank.holdings.filter((h) => h.holderKind === ClientKind.PERSON),
      (h) => ({ holderId: h.holderId, productId: h.productId, balanceCents: int(h.balanceCents), since: h.since, status: h.status }),
      { relationships: one },
    ),
    phase(
      'organization holdings',
      QUERIES.organizationHoldings,
      bank.holdings.filter((h) => h.holderKind === ClientKind.ORGANIZATION),
      (h) => ({ holderId: h.holderId, productId: h.productId, balanceCents: int(h.balanceCents), since: h.since, status: h.status }),
      { relationships: one },
    ),
    phase('person managers', QUERIES.personManagers, bank.managedBy.filter((m) => m.clientKind === ClientKind.PERSON), same, { relationships: one }),
    phase('organization managers', QUERIES.organizationManagers, bank.managedBy.filter((m) => m.clientKind === ClientKind.ORGANIZATION), same, {
      relationships: one,
    }),
    phase(
      'referral links',
      QUERIES.referralLinks,
      bank.referrals,
      (r) => ({ id: r.id, refereeId: r.refereeId, assignedStaffId: r.assignedStaffId }),
      { relationships: (r) => (r.assignedStaffId === null ? 1 : 2) },
    ),
    referredBy('referrals by persons', QUERIES.referredByPerson, byKind(ReferrerKind.PERSON)),
    referredBy('referrals by staff', QUERIES.referredByStaff, byKind(ReferrerKind.STAFF)),
    referredBy('referrals by organizations', QUERIES.referredByOrganization, byKind(ReferrerKind.ORGANIZATION)),
    phase('interactions', QUERIES.interactions, bank.interactions, (i) => ({ ...i, satisfaction: intOrNull(i.satisfaction) }), {
      nodes: one,
      relationships: () => 2,
    }),
  ];
}

/**
 * Refuses to start without the unique constraints on id: every lookup would
 * scan its label, and a large import would never finish.
 */
async function assertUniqueIds(session: Session): Promise<void> {
  const result = await session.executeRead((tx) => tx.run(uniqueIdsQuery));
  const unique = new Set(result.records.flatMap((record) => record.get('labelsOrTypes') as string[]));
  const missing = LABELS.filter((label) => !unique.has(label));
  if (missing.length > 0) {
    throw new Error(
      `importBank needs a unique constraint on id for ${missing.join(', ')}, but the database has none: ` +
        'apply the schema migrations first (applyMigrations in src/db/migrate.ts).',
    );
  }
}

/** Runs one phase's batches, on every session when the phase only creates nodes, else on the first. */
async function runPhase(
  sessions: readonly Session[],
  current: Phase,
  query: string,
  batchSize: number,
  onBatch: (rows: number, counters: { nodesCreated: number; relationshipsCreated: number }) => void,
): Promise<void> {
  let next = 0;
  const worker = async (session: Session): Promise<void> => {
    // Each worker claims the next batch before awaiting, so batches are disjoint; a failure stops the claiming.
    while (next < current.count) {
      const start = next;
      const end = Math.min(current.count, start + batchSize);
      next = end;
      const rows = current.batch(start, end);
      try {
        const summary = await session.executeWrite(async (tx) => (await tx.run(query, { rows })).summary);
        onBatch(end - start, summary.counters.updates());
      } catch (error) {
        next = current.count;
        throw new Error(`Importing ${current.name} failed on rows ${start}–${end - 1} of ${current.count}: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
  };
  const settled = await Promise.allSettled((current.nodesOnly ? sessions : sessions.slice(0, 1)).map(worker));
  const failure = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/**
 * Imports `bank` into `database`. `onProgress` hears rows done out of all
 * rows of all phases, with the phase's name, after every batch.
 */
export async function importBank(
  driver: Driver,
  database: string,
  bank: GeneratedBank,
  onProgress?: ImportProgress,
  options: ImportOptions = {},
): Promise<ImportStats> {
  const { batchSize = 5000, fresh = false, concurrency = 2 } = options;
  for (const [name, value] of [['batchSize', batchSize], ['concurrency', concurrency]] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`importBank: ${name} must be a positive integer, e.g. ${name === 'batchSize' ? 5000 : 2}; got ${value}`);
    }
  }
  const startedAt = performance.now();
  const phases = phasesOf(bank);
  const total = phases.reduce((sum, p) => sum + p.count, 0);
  const stats: ImportStats = { nodes: 0, relationships: 0, nodesCreated: 0, relationshipsCreated: 0, batches: 0, elapsedMs: 0, phases: [] };
  let done = 0;
  const sessions = Array.from({ length: concurrency }, () => driver.session({ database, defaultAccessMode: neo4j.session.WRITE }));
  try {
    await assertUniqueIds(sessions[0]);
    for (const current of phases) {
      const phaseStartedAt = performance.now();
      const phaseStats: ImportPhaseStats = {
        phase: current.name,
        rows: current.count,
        nodes: current.nodes,
        relationships: current.relationships,
        nodesCreated: 0,
        relationshipsCreated: 0,
        elapsedMs: 0,
      };
      onProgress?.(done, total, current.name);
      await runPhase(sessions, current, fresh ? current.statements.fresh : current.statements.merge, batchSize, (rows, counters) => {
        phaseStats.nodesCreated += counters.nodesCreated;
        phaseStats.relationshipsCreated += counters.relationshipsCreated;
        stats.batches++;
        done += rows;
        onProgress?.(done, total, current.name);
      });
      phaseStats.elapsedMs = Math.round(performance.now() - phaseStartedAt);
      stats.phases.push(phaseStats);
      stats.nodes += phaseStats.nodes;
      stats.relationships += phaseStats.relationships;
      stats.nodesCreated += phaseStats.nodesCreated;
      stats.relationshipsCreated += phaseStats.relationshipsCreated;
    }
  } finally {
    await Promise.all(sessions.map((session) => session.close()));
  }
  stats.elapsedMs = Math.round(performance.now() - startedAt);
  return stats;
}
