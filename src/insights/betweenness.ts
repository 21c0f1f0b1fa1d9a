import type { PeopleGraph } from './people-graph';
import { mulberry32 } from '../domain/mulberry32';

export interface BetweennessOptions {
  /** Largest population computed exactly; above it, source pivots are sampled. */
  sampleThreshold?: number;
  /** Number of source pivots k when sampling (at least 2); by default {@link defaultSamples}. */
  samples?: number;
  /** Edge visits the default k may cost, k × (2 × ties); see {@link defaultSamples}. */
  edgeVisits?: number;
  /** Seed for choosing the pivots, so a sampled run is reproducible. */
  seed?: number;
  /** Called every few hundred sources and once at the end. */
  onProgress?: (done: number, total: number) => void;
}

export interface BetweennessResult {
  /** Indexed like `graph.ids`. */
  scores: Float64Array;
  exact: boolean;
  /** k, the number of sampled sources, or null when exact. */
  samples: number | null;
}

const PROGRESS_EVERY = 256;

/**
 * The default k: 1,000 pivots, or fewer on a graph where 1,000 BFS would pass
 * more than `edgeVisits` (2.5 billion) edge ends, but never fewer than 100.
 * A pivot costs one BFS over the reached graph, so this bounds the time: at
 * 1,000,000 people and 4.4 million ties one pivot took over 0.6 s of CPU (a
 * loaded 2-core machine), so 1,000 would have taken refreshInsights well past
 * ten minutes; there k is 280.
 * Up to ~1.25 million ties (about 100,000 people in the demo bank) k stays
 * 1,000. The result states k (`samples`).
 */
export function defaultSamples(directedEdges: number, edgeVisits = 2.5e9): number {
  return Math.min(1_000, Math.max(100, Math.floor(edgeVisits / Math.max(1, directedEdges))));
}

/**
 * Normalised betweenness centrality by Brandes' algorithm for unweighted
 * graphs (U. Brandes, "A faster algorithm for betweenness centrality", 2001):
 * one BFS per source, then dependencies accumulated in reverse BFS order.
 * Values match networkx.betweenness_centrality(G, normalized=True) on an
 * undirected graph: the fraction of shortest paths between other pairs that
 * pass through a node, divided by the (n−1)(n−2)/2 unordered pairs — i.e. the
 * raw accumulation over ordered pairs divided by (n−1)(n−2).
 *
 * Exact costs O(n·m), so above `sampleThreshold` people (default 10,000) it
 * uses `samples` source pivots (default 1,000, fewer on very large graphs:
 * {@link defaultSamples}) drawn uniformly without
 * replacement (Brandes & Pich 2007; Brandes 2008, "On variants of
 * shortest-path betweenness centrality and their generic computation") and
 * rescales like networkx ≥ 3.5 with k: a node that was not a pivot is scaled
 * by (n−1)/k, a pivot by (n−1)/(k−1), because a pivot cannot count paths from
 * itself. (networkx < 3.5 scaled every node by n/k, which can exceed 1.)
 * k ≥ n falls back to exact, as networkx does for k = n. Fewer than 3 people
 * have no pairs to broker between, so all scores are 0.
 */
export function betweenness(graph: PeopleGraph, options: BetweennessOptions = {}): BetweennessResult {
  const { offsets, neighbours } = graph;
  const { sampleThreshold = 10_000, samples = defaultSamples(neighbours.length, options.edgeVisits), seed = 0, onProgress } = options;
  const n = graph.ids.length;
  const raw = new Float64Array(n);
  if (n < 3) return { scores: raw, exact: true, samples: null };

  const sampled = n > sampleThreshold && samples < n;
  if (sampled && !(Number.isInteger(samples) && samples >= 2)) {
    throw new RangeError(`betweenness: samples must be an integer ≥ 2, got ${samples}`);
  }
  const sources = sampled ? sampleWithoutReplacement(n, samples, seed) : null;
  const total = sources ? sources.length : n;

  // Per-source state, reset after each BFS for only the nodes it reached, so a
  // source in a small component costs the size of that component, not n.
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n); // number of shortest paths from the source
  const delta = new Float64Array(n); // dependency of the source on each node
  const order = new Int32Array(n); // BFS queue, then read backwards as Brandes' stack
  // Shortest-path predecessors of w, stored in w's own CSR row (a node has at
  // most degree-many) as predecessors[offsets[w] .. predecessorsEnd[w]).
  const predecessors = new Int32Array(neighbours.length);
  const predecessorsEnd = new Int32Array(n);

  for (let t = 0; t < total; t++) {
    const s = sources ? sources[t] : t;
    distance[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let reached = 1;
    while (head < reached) {
      const v = order[head++];
      const next = distance[v] + 1;
      const paths = sigma[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = neighbours[e];
        let distanceW = distance[w];
        if (distanceW < 0) {
          distance[w] = distanceW = next;
          order[reached++] = w;
          predecessorsEnd[w] = offsets[w];
        }
        if (distanceW === next) {
          sigma[w] += paths;
          predecessors[predecessorsEnd[w]++] = v;
        }
      }
    }

    // Dependencies in reverse BFS order, δ(v) += σ(v)/σ(w)·(1 + δ(w)) over
    // predecessors v of w; order[0] is the source, never an intermediate.
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i];
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let p = offsets[w], end = predecessorsEnd[w]; p < end; p++) {
        const v = predecessors[p];
        delta[v] += sigma[v] * coefficient;
      }
      raw[w] += delta[w];
    }

    for (let i = 0; i < reached; i++) {
      const v = order[i];
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    if ((t + 1) % PROGRESS_EVERY === 0 || t + 1 === total) onProgress?.(t + 1, total);
  }

  if (!sources) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) raw[v] *= scale;
    return { scores: raw, exact: true, samples: null };
  }
  const k = sources.length;
  const isSource = new Uint8Array(n);
  for (const s of sources) isSource[s] = 1;
  const nonSourceScale = 1 / (k * (n - 2));
  const sourceScale = 1 / ((k - 1) * (n - 2));
  for (let v = 0; v < n; v++) raw[v] *= isSource[v] ? sourceScale : nonSourceScale;
  return { scores: raw, exact: false, samples: k };
}

/** k distinct indices below n, uniformly, by a partial Fisher–Yates shuffle. */
function sampleWithoutReplacement(n: number, k: number, seed: number): Int32Array {
  const random = mulberry32(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + uniformBelow(random, n - i);
    const chosen = pool[j];
    pool[j] = pool[i];
    pool[i] = chosen;
  }
  return pool.slice(0, k);
}

const TWO_TO_32 = 2 ** 32;

/** Uniform integer in [0, m); rejection removes the modulo bias. */
function uniformBelow(random: () => number, m: number): number {
  const limit = TWO_TO_32 - (TWO_TO_32 % m);
  let r: number;
  do r = random();
  while (r >= limit);
  return r % m;
}
