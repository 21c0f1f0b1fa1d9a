import { readFileSync } from 'fs';
import { join } from 'path';
import { betweenness, defaultSamples } from '../../../src/insights/betweenness';
import { pagerank } from '../../../src/insights/pagerank';
import { buildPeopleGraph, type PeopleGraph } from '../../../src/insights/people-graph';

/** Graph on people named by the letters of `names`, tied by two-letter strings: 'ab' ties a and b. */
function lettered(names: string, ties: string[]): PeopleGraph {
  return buildPeopleGraph(names.split(''), ties.map((t) => [t[0], t[1]] as const));
}

interface Fixture {
  ids: string[];
  edges: [number, number][];
  pagerank: number[];
  betweenness: number[];
}

// Written by test/reference/centrality_reference.py from networkx.
function fixture(name: string): { graph: PeopleGraph; expected: Fixture } {
  const expected = JSON.parse(
    readFileSync(join(__dirname, '../../reference/fixtures', `${name}.json`), 'utf8'),
  ) as Fixture;
  const ties = expected.edges.map(([i, j]) => [expected.ids[i], expected.ids[j]] as const);
  return { graph: buildPeopleGraph(expected.ids, ties), expected };
}

/** Largest |actual − expected| / |expected|; an expected 0 must be matched by (near) 0. */
function maxRelativeError(actual: Float64Array, expected: number[]): number {
  expect(actual).toHaveLength(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / Math.max(Math.abs(expected[i]), 1e-12));
  }
  return worst;
}

function topIndices(values: ArrayLike<number>, count: number): number[] {
  return Array.from({ length: values.length }, (_, i) => i)
    .sort((a, b) => values[b] - values[a])
    .slice(0, count);
}

function sum(values: Float64Array): number {
  return values.reduce((total, v) => total + v, 0);
}

describe('worked examples', () => {
  it('path a–b–c: b brokers the only pair', () => {
    const graph = lettered('abc', ['ab', 'bc']);
    expect(betweenness(graph)).toEqual({ scores: Float64Array.from([0, 1, 0]), exact: true, samples: null });
    // Ends: x = 0.05 + 0.85·y/2 and middle y = 1 − 2x give x = 19/74, y = 18/37.
    const rank = pagerank(graph);
    expect(rank[0]).toBeCloseTo(19 / 74, 9);
    expect(rank[1]).toBeCloseTo(18 / 37, 9);
    expect(rank[2]).toBeCloseTo(19 / 74, 9);
  });

  it('star: the centre is on every path between two leaves', () => {
    const graph = lettered('cwxyz', ['cw', 'cx', 'cy', 'cz']);
    expect(Array.from(betweenness(graph).scores)).toEqual([1, 0, 0, 0, 0]);
  });

  it('4-cycle a–b–c–d: each opposite pair splits its two shortest paths, so every node gets ½ of one pair out of 3', () => {
    const scores = betweenness(lettered('abcd', ['ab', 'bc', 'cd', 'da'])).scores;
    for (const score of scores) expect(score).toBeCloseTo(1 / 6, 12);
  });

  it('5-cycle: symmetric, so PageRank is 1/5 each; each node is the middle of one distance-2 pair out of 6', () => {
    const graph = lettered('abcde', ['ab', 'bc', 'cd', 'de', 'ea']);
    for (const rank of pagerank(graph)) expect(rank).toBeCloseTo(1 / 5, 12);
    for (const score of betweenness(graph).scores) expect(score).toBeCloseTo(1 / 6, 12);
  });

  it('people with no ties spread their rank evenly, so alone they each get 1/n', () => {
    expect(Array.from(pagerank(lettered('abcd', [])))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('fewer than three people, or none, give all zeros and an empty PageRank', () => {
    expect(betweenness(lettered('ab', ['ab']))).toEqual({ scores: new Float64Array(2), exact: true, samples: null });
    expect(pagerank(lettered('', []))).toEqual(new Float64Array(0));
  });

  it('a PageRank iteration cap too low to converge throws, as networkx does', () => {
    expect(() => pagerank(lettered('abc', ['ab', 'bc']), { maxIterations: 3 })).toThrow(/did not converge/);
  });
});

describe.each(['bank_small', 'bank_medium', 'bank_large'])('agrees with networkx on %s', (name) => {
  const { graph, expected } = fixture(name);

  it('pagerank(alpha=0.85, tol=1e-10) within a relative 1e-6, summing to 1', () => {
    const rank = pagerank(graph);
    expect(maxRelativeError(rank, expected.pagerank)).toBeLessThan(1e-6);
    expect(sum(rank)).toBeCloseTo(1, 12);
  });

  it('betweenness_centrality(normalized=True) within a relative 1e-6, exactly', () => {
    const result = betweenness(graph);
    expect(result.exact).toBe(true);
    expect(result.samples).toBeNull();
    expect(maxRelativeError(result.scores, expected.betweenness)).toBeLessThan(1e-6);
  }, 60_000);
});

describe('sampled betweenness', () => {
  const { graph, expected } = fixture('bank_large');
  const sampled = (seed: number, samples = 1_000) => betweenness(graph, { sampleThreshold: 1_000, samples, seed });

  it('is deterministic for a seed, reports k, and differs between seeds', () => {
    const first = sampled(7, 300);
    expect(first.exact).toBe(false);
    expect(first.samples).toBe(300);
    expect(sampled(7, 300)).toEqual(first);
    expect(sampled(8, 300).scores).not.toEqual(first.scores);
  }, 60_000);

  it('stays close to exact: the exact top 10 brokers rank in the sampled top 20, within 35%', () => {
    // 1,000 of 8,000 sources. Over seeds 0–19 every exact top-10 node was in
    // the sampled top 20 and the worst relative error among them was 17%.
    const exactTop10 = topIndices(expected.betweenness, 10);
    for (const seed of [1, 2, 3]) {
      const { scores } = sampled(seed);
      const sampledTop20 = new Set(topIndices(scores, 20));
      expect(exactTop10.filter((v) => sampledTop20.has(v)).length).toBeGreaterThanOrEqual(9);
      for (const v of exactTop10) {
        expect(Math.abs(scores[v] - expected.betweenness[v]) / expected.betweenness[v]).toBeLessThan(0.35);
      }
    }
  }, 60_000);

  it('scales pivots by (n−1)/(k−1) and others by (n−1)/k like networkx ≥ 3.5, which is exact on a star for any sample', () => {
    // Centre not a pivot: k leaves each see n−2 leaf pairs through it. Centre a
    // pivot: it counts nothing itself and the other k−1 leaves see n−2 each.
    // With 5 pivots of 10 people, the 20 seeds cover both cases.
    const star = buildPeopleGraph(
      Array.from({ length: 10 }, (_, i) => `p${i}`),
      Array.from({ length: 9 }, (_, i) => ['p0', `p${i + 1}`] as const),
    );
    for (let seed = 0; seed < 20; seed++) {
      const { scores, exact } = betweenness(star, { sampleThreshold: 5, samples: 5, seed });
      expect(exact).toBe(false);
      expect(scores[0]).toBeCloseTo(1, 12);
      expect(scores.subarray(1).every((s) => s === 0)).toBe(true);
    }
  });

  it('falls back to exact when k is not below n, and rejects k < 2', () => {
    const path = lettered('abcd', ['ab', 'bc', 'cd']);
    expect(betweenness(path, { sampleThreshold: 2, samples: 4 })).toEqual(betweenness(path));
    expect(() => betweenness(path, { sampleThreshold: 2, samples: 1 })).toThrow(RangeError);
  });

  it('by default takes 1,000 pivots, fewer when they would pass the edge-visit budget, never fewer than 100', () => {
    expect([defaultSamples(880_000), defaultSamples(8_900_000), defaultSamples(89_000_000)]).toEqual([1_000, 280, 100]);
    const k = (edgeVisits: number) => betweenness(graph, { sampleThreshold: 1_000, edgeVisits }).samples;
    expect([k(graph.neighbours.length * 150), k(1)]).toEqual([150, 100]);
  }, 60_000);

  it('reports progress every few hundred sources and once at the end', () => {
    const calls: [number, number][] = [];
    betweenness(graph, { sampleThreshold: 1_000, samples: 600, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [256, 600],
      [512, 600],
      [600, 600],
    ]);
  }, 60_000);
});
