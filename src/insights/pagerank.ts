import type { PeopleGraph } from './people-graph';

export interface PageRankOptions {
  /** Probability of following a tie rather than jumping; networkx's alpha. */
  damping?: number;
  /** networkx's tol: stop once the L1 change of one iteration is below n × tolerance. */
  tolerance?: number;
  maxIterations?: number;
  /** Called after every iteration; `total` is the iteration cap, which a run usually stops short of. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * PageRank (Brin & Page 1998) by power iteration, with exactly the semantics
 * of networkx.pagerank on an undirected, unweighted graph: each edge is two
 * directed edges, a person with no ties spreads their rank uniformly over
 * everyone (uniform dangling and personalisation vectors), iteration starts
 * from the uniform vector and stops when sum |x − xlast| < n × tolerance.
 * The result is indexed like `graph.ids` and sums to 1.
 *
 * The default tolerance is 1e-10 rather than networkx's 1e-6 because the test
 * scales with n: at a million people tol = 1e-6 allows an L1 change of 1, which
 * the first iteration or two already meets. Each step shrinks the L1 change by
 * at least the damping factor, so 1,000 iterations is a cap that a converging
 * run cannot reach with the defaults; hitting it throws, as networkx does.
 */
export function pagerank(graph: PeopleGraph, options: PageRankOptions = {}): Float64Array {
  const { damping = 0.85, tolerance = 1e-10, maxIterations = 1000, onProgress } = options;
  const { offsets, neighbours } = graph;
  const n = graph.ids.length;
  let x = new Float64Array(n).fill(1 / n);
  if (n === 0) return x;

  let next = new Float64Array(n);
  const inverseDegree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const degree = offsets[i + 1] - offsets[i];
    inverseDegree[i] = degree > 0 ? 1 / degree : 0;
  }
  // x[i] / degree(i): what node i sends along each of its edges this round.
  const share = new Float64Array(n);
  const teleport = (1 - damping) / n;

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let danglingMass = 0;
    for (let i = 0; i < n; i++) {
      if (inverseDegree[i] === 0) danglingMass += x[i];
      share[i] = x[i] * inverseDegree[i];
    }
    const danglingShare = danglingMass / n;

    // Pull form: the graph is symmetric, so in-neighbours are the CSR row.
    let change = 0;
    for (let j = 0; j < n; j++) {
      let incoming = 0;
      for (let e = offsets[j], end = offsets[j + 1]; e < end; e++) incoming += share[neighbours[e]];
      const value = damping * (incoming + danglingShare) + teleport;
      change += Math.abs(value - x[j]);
      next[j] = value;
    }
    [x, next] = [next, x];
    onProgress?.(iteration, maxIterations);
    if (change < n * tolerance) return x;
  }
  throw new Error(`pagerank: power iteration did not converge in ${maxIterations} iterations`);
}
