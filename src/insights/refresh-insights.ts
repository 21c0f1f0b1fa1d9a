import { betweenness, type BetweennessOptions } from './betweenness';
import { pagerank } from './pagerank';
import { buildPeopleGraph } from './people-graph';

/**
 * refreshInsights (docs/rules.md#influence-centres): reads the whole people graph, computes
 * PageRank and betweenness over it (src/insights/), and stores both on every
 * person with a record of the run. The graph store is injected, so the
 * orchestration can be tested on a graph built by hand.
 */

/** What one refresh computed, as stored on (:InsightRun {id: 'centrality'}). */
export interface InsightRunRecord {
  /** When the graph was read: the scores describe the graph as it was then. */
  computedAt: Date;
  persons: number;
  /** Distinct pairs of tied persons (several kinds of tie between two people count once). */
  ties: number;
  pagerankIterations: number | null;
  betweennessExact: boolean;
  /** Source pivots sampled when not exact, else null. */
  betweennessSamples: number | null;
  /** Reading, computing and writing back. */
  elapsedMs: number;
}

/** Every person and every tie between two persons, of any kind in src/domain/tie-strength.ts. */
export interface PeopleSnapshot {
  ids: string[];
  ties: Iterable<readonly [string, string]>;
}

export interface CentralityRow {
  id: string;
  pagerank: number;
  betweenness: number;
}

export type Progress = (done: number, total: number) => void;

export interface CentralityStore {
  readPeople(onProgress: Progress): Promise<PeopleSnapshot>;
  /** Stores every row and then the run that `completeRun` describes, all or nothing; resolves with that run. */
  writeCentralities(rows: readonly CentralityRow[], completeRun: () => InsightRunRecord, onProgress: Progress): Promise<InsightRunRecord>;
}

export enum RefreshPhase {
  READING = 'reading the graph',
  PAGERANK = 'pagerank',
  BETWEENNESS = 'betweenness',
  WRITING = 'writing back',
}

export interface RefreshOptions {
  /** Sampling of betweenness on large graphs; defaults: exact up to 10,000 people, else 1,000 pivots (fewer above ~1.25 million ties: defaultSamples in betweenness.ts), seed 0. */
  betweenness?: Pick<BetweennessOptions, 'sampleThreshold' | 'samples' | 'seed'>;
  onProgress?: (phase: RefreshPhase, done: number, total: number) => void;
  now?: () => Date;
}

/**
 * Recomputes the stored centralities, e.g. for a path a–b–c: b gets
 * betweenness 1 and a PageRank of 18/37, a and c betweenness 0 and 19/74 each.
 */
export async function refreshCentralities(store: CentralityStore, options: RefreshOptions = {}): Promise<InsightRunRecord> {
  const { onProgress = () => undefined, now = () => new Date() } = options;
  const started = performance.now();
  const computedAt = now();
  const snapshot = await store.readPeople((done, total) => onProgress(RefreshPhase.READING, done, total));
  const graph = buildPeopleGraph(snapshot.ids, snapshot.ties);

  let pagerankIterations = 0;
  const ranks = pagerank(graph, {
    onProgress: (done, total) => {
      pagerankIterations = done;
      onProgress(RefreshPhase.PAGERANK, done, total);
    },
  });
  const brokerage = betweenness(graph, {
    ...options.betweenness,
    onProgress: (done, total) => onProgress(RefreshPhase.BETWEENNESS, done, total),
  });

  const rows = graph.ids.map((id, i) => ({ id, pagerank: ranks[i], betweenness: brokerage.scores[i] }));
  return store.writeCentralities(
    rows,
    () => ({
      computedAt,
      persons: graph.ids.length,
      ties: graph.neighbours.length / 2,
      pagerankIterations: graph.ids.length > 0 ? pagerankIterations : null,
      betweennessExact: brokerage.exact,
      betweennessSamples: brokerage.samples,
      elapsedMs: Math.round(performance.now() - started),
    }),
    (done, total) => onProgress(RefreshPhase.WRITING, done, total),
  );
}
