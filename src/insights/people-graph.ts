/**
 * The people graph that centralities are computed over (docs/rules.md#people-graph): one node per
 * person, one undirected edge between two people joined by any FAMILY, KNOWS,
 * household co-membership, colleague or referral tie. It is a simple graph,
 * like networkx.Graph: two people joined by several kinds of tie are still one
 * edge, so being someone's sibling *and* colleague does not make a path through
 * them count twice, and direction is ignored because influence and brokerage
 * flow both ways along a tie.
 *
 * Stored in compressed sparse row (CSR) form so the algorithms can walk
 * millions of edges over typed arrays without allocating per node: node i's
 * neighbours are `neighbours[offsets[i] .. offsets[i + 1])`, in ascending
 * index order, and every edge appears once in each direction.
 */
export interface PeopleGraph {
  ids: string[];
  offsets: Int32Array;
  neighbours: Int32Array;
}

/**
 * Builds the undirected simple {@link PeopleGraph} of `ids` from `ties`.
 * Duplicate and reversed ties collapse into one edge; self-loops and ties with
 * an end outside `ids` are dropped (a tie to someone outside the analysed
 * population cannot carry a path between two people inside it). People with
 * no ties are kept as isolated nodes because PageRank's normalisation and
 * betweenness's (n−1)(n−2) denominator both depend on the full population.
 */
export function buildPeopleGraph(
  ids: readonly string[],
  ties: Iterable<readonly [string, string]>,
): PeopleGraph {
  const n = ids.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (indexOf.has(ids[i])) throw new Error(`buildPeopleGraph: duplicate id ${ids[i]}`);
    indexOf.set(ids[i], i);
  }

  // Tie ends as indices, grown by doubling to avoid a JS array of pairs.
  let ends = new Int32Array(1024);
  let endCount = 0;
  const degree = new Int32Array(n + 1);
  for (const [a, b] of ties) {
    const u = indexOf.get(a);
    const v = indexOf.get(b);
    if (u === undefined || v === undefined || u === v) continue;
    if (endCount + 2 > ends.length) {
      const grown = new Int32Array(ends.length * 2);
      grown.set(ends);
      ends = grown;
    }
    ends[endCount++] = u;
    ends[endCount++] = v;
    degree[u]++;
    degree[v]++;
  }

  // Scatter both directions into CSR rows, duplicates included for now.
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i] + degree[i];
  const fill = start.slice(0, n);
  const raw = new Int32Array(endCount);
  for (let e = 0; e < endCount; e += 2) {
    const u = ends[e];
    const v = ends[e + 1];
    raw[fill[u]++] = v;
    raw[fill[v]++] = u;
  }

  // Sort each row and squeeze out repeats in place: the write cursor never
  // passes the entry being read, so no unread entry is overwritten.
  const offsets = new Int32Array(n + 1);
  let write = 0;
  for (let i = 0; i < n; i++) {
    const row = raw.subarray(start[i], start[i + 1]).sort();
    offsets[i] = write;
    let previous = -1;
    for (let r = 0; r < row.length; r++) {
      const v = row[r];
      if (v !== previous) raw[write++] = previous = v;
    }
  }
  offsets[n] = write;

  return { ids: Array.from(ids), offsets, neighbours: raw.slice(0, write) };
}
