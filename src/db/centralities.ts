import type { Node, Record as Neo4jRecord } from 'neo4j-driver';
import { colleagueTies, everyPair, type Employee } from '../insights/group-ties';
import type { CentralityStore, InsightRunRecord, PeopleSnapshot, Progress } from '../insights/refresh-insights';
import { cypher } from './cypher';
import type { Database } from './database';
import { int, toDate, toNeo4jDateTime, toNullableNumber, toNumber } from './values';

/**
 * Reads the whole people graph for refreshInsights and writes the
 * centralities back. Reads page through persons, households and
 * organizations in id order (an index seek each, LIMIT stops it), so no
 * statement returns more than `batchSize` rows; each page's ties come with it.
 */

/** The one run record refreshInsights keeps (MERGE on this id). */
export const CENTRALITY_RUN_ID = 'centrality';
export const DEFAULT_BATCH_SIZE = 10_000;

const queries = {
  counts: cypher('people-graph-counts'),
  persons: cypher('people-graph-persons-page'),
  households: cypher('people-graph-households-page'),
  organizations: cypher('people-graph-organizations-page'),
  write: cypher('centralities-write'),
  recordRun: cypher('insight-run-record'),
  runById: cypher('insight-run-by-id'),
};

export function centralityStore(db: Database, batchSize = DEFAULT_BATCH_SIZE): CentralityStore {
  return {
    readPeople: (onProgress) => readPeople(db, batchSize, onProgress),
    // Each batch of scores commits on its own, so a transaction's state stays bounded at any
    // size: one transaction over a 1,000,000-person bank failed after 306 s (bench/FIXES.md §6).
    // While a refresh writes, rankings may mix old and new scores; the run record, written
    // last (with the mutation's audit line), says when the scores are whole.
    writeCentralities: async (rows, completeRun, onProgress) => {
      for (let start = 0; start < rows.length; start += batchSize) {
        const batch = rows.slice(start, start + batchSize);
        await db.withoutBeforeCommit(() => db.write((tx) => tx.run(queries.write, { rows: batch }, () => null)));
        onProgress(Math.min(start + batchSize, rows.length), rows.length);
      }
      return db.write(async (tx) => {
        const run = completeRun();
        await tx.run(queries.recordRun, { id: CENTRALITY_RUN_ID, props: runProperties(run) }, () => null);
        return run;
      });
    },
  };
}

/** The last completed refresh, or null if there has been none. */
export async function findCentralityRun(db: Database): Promise<InsightRunRecord | null> {
  const [run] = await db.read(queries.runById, { id: CENTRALITY_RUN_ID }, (r) => toInsightRun(r.get('run')));
  return run ?? null;
}

async function readPeople(db: Database, batchSize: number, onProgress: Progress): Promise<PeopleSnapshot> {
  const [counts] = await db.read(queries.counts, {}, (r) =>
    ['persons', 'households', 'organizations'].reduce((sum, key) => sum + toNumber(r.get(key)), 0),
  );
  let read = 0;
  const readAll = async <T>(query: string, map: (r: Neo4jRecord) => T & { id: string }): Promise<T[]> => {
    const all: T[] = [];
    for (let after = ''; ; ) {
      const page = await db.read(query, { after, limit: int(batchSize) }, map);
      all.push(...page);
      read += page.length;
      onProgress(Math.min(read, counts), counts);
      if (page.length < batchSize) return all;
      after = page[page.length - 1].id;
    }
  };

  const persons = await readAll(queries.persons, (r) => ({ id: r.get('id') as string, tiedTo: r.get('tiedTo') as string[] }));
  const households = await readAll(queries.households, (r) => ({ id: r.get('id') as string, members: r.get('members') as string[] }));
  const organizations = await readAll(queries.organizations, (r) => ({
    id: r.get('id') as string,
    employees: r.get('employees') as Employee[],
  }));
  onProgress(counts, counts);

  function* ties(): Generator<readonly [string, string]> {
    for (const { id, tiedTo } of persons) for (const other of tiedTo) yield [id, other];
    for (const { members } of households) yield* everyPair(members);
    for (const { employees } of organizations) yield* colleagueTies(employees);
  }
  return { ids: persons.map((p) => p.id), ties: ties() };
}

function runProperties(run: InsightRunRecord): Record<string, unknown> {
  return {
    computedAt: toNeo4jDateTime(run.computedAt),
    persons: int(run.persons),
    ties: int(run.ties),
    pagerankIterations: run.pagerankIterations === null ? null : int(run.pagerankIterations),
    betweennessExact: run.betweennessExact,
    betweennessSamples: run.betweennessSamples === null ? null : int(run.betweennessSamples),
    elapsedMs: int(run.elapsedMs),
  };
}

function toInsightRun(node: Node): InsightRunRecord {
  const p = node.properties;
  return {
    computedAt: toDate(p.computedAt),
    persons: toNumber(p.persons),
    ties: toNumber(p.ties),
    pagerankIterations: toNullableNumber(p.pagerankIterations),
    betweennessExact: p.betweennessExact === true,
    betweennessSamples: toNullableNumber(p.betweennessSamples),
    elapsedMs: toNumber(p.elapsedMs),
  };
}
