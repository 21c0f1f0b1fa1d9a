import {
  CentralityRow,
  CentralityStore,
  InsightRunRecord,
  refreshCentralities,
  RefreshPhase,
} from '../../../src/insights/refresh-insights';

/** A store over a hand-built graph that records what would be written. */
function storeOf(ids: string[], ties: [string, string][]) {
  const written: { rows: CentralityRow[]; run: InsightRunRecord | null } = { rows: [], run: null };
  const store: CentralityStore = {
    readPeople: async (onProgress) => {
      onProgress(ids.length, ids.length);
      return { ids, ties };
    },
    writeCentralities: async (rows, completeRun, onProgress) => {
      written.rows = [...rows];
      onProgress(rows.length, rows.length);
      written.run = completeRun();
      return written.run;
    },
  };
  return { store, written };
}

describe('refreshCentralities', () => {
  it('computes and writes back PageRank and betweenness for a path a–b–c beside an isolated d', async () => {
    // a–b is both FAMILY and HOUSEHOLD (one tie), b–c KNOWS; d has no ties.
    const { store, written } = storeOf(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'a'], ['b', 'c']]);
    const phases: RefreshPhase[] = [];
    const computedAt = new Date('2026-01-02T03:04:05Z');
    const run = await refreshCentralities(store, {
      now: () => computedAt,
      onProgress: (phase) => {
        if (phases[phases.length - 1] !== phase) phases.push(phase);
      },
    });

    // PageRank with n = 4, damping 0.85, d dangling (spreads its rank over all four):
    //   d = 0.15/4 + 0.85·d/4                  → d = 1/21 = 37/777
    //   a = c = 1/21 + 0.85·b/2, b = 1/21 + 0.85·(a + c) → a = c = 190/777, b = 360/777
    // Betweenness: b is on the one shortest path a–c; normalised by (n−1)(n−2)/2 = 3 pairs → 1/3.
    expect({ run, rows: written.rows, phases }).toEqual({
      run: {
        computedAt,
        persons: 4,
        ties: 2,
        pagerankIterations: expect.any(Number),
        betweennessExact: true,
        betweennessSamples: null,
        elapsedMs: expect.any(Number),
      },
      rows: [
        { id: 'a', pagerank: expect.closeTo(190 / 777, 9), betweenness: 0 },
        { id: 'b', pagerank: expect.closeTo(360 / 777, 9), betweenness: expect.closeTo(1 / 3, 12) },
        { id: 'c', pagerank: expect.closeTo(190 / 777, 9), betweenness: 0 },
        { id: 'd', pagerank: expect.closeTo(37 / 777, 9), betweenness: 0 },
      ],
      phases: [RefreshPhase.READING, RefreshPhase.PAGERANK, RefreshPhase.BETWEENNESS, RefreshPhase.WRITING],
    });
    expect(written.run).toBe(run);
  });

  it('says when betweenness was sampled', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const { store } = storeOf(ids, [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]);
    const run = await refreshCentralities(store, { betweenness: { sampleThreshold: 3, samples: 2 } });
    expect([run.betweennessExact, run.betweennessSamples]).toEqual([false, 2]);
  });
});
