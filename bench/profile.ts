import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver, ProfiledPlan } from 'neo4j-driver';
import { cypherDir } from '../src/paths';
import { SentStatement, TimedStatement, wallTimeInDatabase } from './instrumented-driver';

/**
 * The database work of a request, from PROFILE, as the Neo4j GraphQL
 * Library's own performance suite records it: total db hits over the plan
 * and the most rows any operator produced. Unlike the clock, these do not
 * move with the machine's load, so a change that makes a query touch more
 * of the graph shows up even when timings are noisy.
 */
export interface StatementProfile {
  /** Named queries of cypher/queries the statement is made of, or "generated". */
  names: string[];
  /** The statement's first words, to tell apart statements that are not named queries. */
  text: string;
  dbHits: number;
  /** Rows the statement returned. */
  rows: number;
  /** Most rows any operator of the plan produced. */
  maxRows: number;
  /** Operators that read a whole label or the whole graph: a cost that grows with the graph. */
  scans: string[];
}

export interface RequestProfile {
  statements: StatementProfile[];
  dbHits: number;
  maxRows: number;
  /** Wall time with a statement in flight, while the request ran (before profiling). */
  dbWallMs: number;
  /** The whole request as the client saw it; set by the caller. */
  requestMs?: number;
}

const scanOperators = new Set(['AllNodesScan', 'NodeByLabelScan', 'NodeIndexScan', 'DirectedRelationshipTypeScan', 'UndirectedRelationshipTypeScan']);

function walk(plan: ProfiledPlan, visit: (plan: ProfiledPlan) => void): void {
  visit(plan);
  for (const child of plan.children) walk(child, visit);
}

/** The text of every named query, to say which ones a statement was built from. */
function loadNamedQueries(): [string, string][] {
  const dir = path.join(cypherDir, 'queries');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => [file.slice(0, -'.cypher'.length), fs.readFileSync(path.join(dir, file), 'utf8').trim()] as [string, string])
    .filter(([, text]) => text.length > 0);
}

let namedQueries: [string, string][] | null = null;

export function namesOf(query: string): string[] {
  namedQueries ??= loadNamedQueries();
  const names = namedQueries.filter(([, text]) => query.includes(text)).map(([name]) => name);
  return names.length > 0 ? names : ['generated'];
}

/** `PROFILE` goes after any leading `CYPHER …` options line (the @neo4j/graphql statements start with one). */
function profiled(query: string): string {
  const options = /^(\s*CYPHER[^\n]*\n)*/.exec(query)?.[0] ?? '';
  return `${options}PROFILE ${query.slice(options.length)}`;
}

/** Runs one statement under PROFILE in a read transaction and sums its plan. */
export async function profileStatement(driver: Driver, statement: SentStatement, database = 'neo4j'): Promise<StatementProfile> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(profiled(statement.query), statement.params));
    const plan = result.summary.profile;
    let dbHits = 0;
    let maxRows = 0;
    const scans: string[] = [];
    if (plan) {
      walk(plan, (operator) => {
        dbHits += operator.dbHits;
        maxRows = Math.max(maxRows, operator.rows);
        const type = operator.operatorType.replace(/@.*$/, '');
        if (scanOperators.has(type)) scans.push(`${type}${operator.identifiers.length ? `(${operator.identifiers.filter((id) => !id.startsWith('anon')).join(',')})` : ''}`);
      });
    }
    const text = statement.query.replace(/^(\s*CYPHER[^\n]*\n)*/, '').replace(/\s+/g, ' ').trim().slice(0, 70);
    return { names: namesOf(statement.query), text, dbHits, rows: result.records.length, maxRows, scans };
  } finally {
    await session.close();
  }
}

/** Profiles every statement one request sent, in order. */
export async function profileRequest(driver: Driver, statements: TimedStatement[]): Promise<RequestProfile> {
  const profiles: StatementProfile[] = [];
  for (const statement of statements) profiles.push(await profileStatement(driver, statement));
  return {
    statements: profiles,
    dbHits: profiles.reduce((sum, p) => sum + p.dbHits, 0),
    maxRows: profiles.reduce((max, p) => Math.max(max, p.maxRows), 0),
    dbWallMs: wallTimeInDatabase(statements),
  };
}
