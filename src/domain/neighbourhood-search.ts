import { Neighbourhood, NeighbourRow, PathPerson, TieFilter } from './people-neighbourhood';

/**
 * Reads just enough of the people graph to know every path of at most
 * `maxHops` ties between a start person and a set of end persons, one
 * frontier per round trip, never enumerating paths in the database (a
 * variable-length Cypher pattern explodes at 4–6 hops).
 *
 * Bidirectional (ends given): each round expands the smaller of the two
 * frontiers, the start's or the ends', one hop: smaller by `expectedRows`
 * when the plan gives it (a few key persons of a large firm read more rows
 * than many clerks), else by persons. After a rounds from the start
 * and b from the ends with a + b = maxHops, every tie of every path of at most
 * maxHops is known: on a path v0 … vh, each vi with i < a is within a − 1 hops
 * of the start and was expanded from it, and every later vi+1 is within b − 1
 * hops of the end vh and was expanded from the ends, and an expansion reads
 * all of a person's ties. One-sided (ends null: any ACTIVE client may end a
 * path): maxHops rounds from the start. Either way a side whose frontier runs
 * out has read its whole component, and the search stops early.
 *
 * The last round needs only the ties that complete a path: to a person the
 * other side has reached, or (one-sided) to an ACTIVE client; it asks for
 * those alone, which spares the widest frontier's other ties. A caller that
 * ranks paths may also leave out of that round the frontier persons through
 * whom no path could rank high enough (`worthExpanding`: branch and bound).
 * What paths rank high enough can change with the paths the round finds, so
 * the left-out persons are put to the same question afterwards: if any is
 * still worth it, one more round trip reads them all.
 *
 * Round trips: at most maxHops expansions, plus that one. Each frontier is capped at
 * FRONTIER_CAP persons, keeping those with the strongest product of ties from
 * their side; when the cap cuts a frontier, `capped` is true and paths beyond
 * the cut may be missing (results say so).
 */

/** Most persons expanded from one side in one round (one statement); see `capped`. */
export const FRONTIER_CAP = 1500;

/** Reads the ties of the given persons that `filter` keeps: one round trip. */
export type ExpandTies = (ids: string[], filter: TieFilter) => Promise<NeighbourRow[]>;

export interface SearchPlan {
  start: PathPerson;
  /** Where paths end, explored from their side too; null: any ACTIVE client, explored from the start only. */
  ends: readonly PathPerson[] | null;
  maxHops: number;
  /** Whether a path may pass through this person; the start and ends are explored whatever it says. */
  passable: (person: PathPerson) => boolean;
  /**
   * In the last round: the persons of `frontier` (from the start's side
   * when `fromStart`) worth expanding, given the graph read so far and the
   * persons the round may reach (null: any ACTIVE client). Without it, all are.
   */
  worthExpanding?: (graph: Neighbourhood, frontier: string[], fromStart: boolean, reaching: ReadonlySet<string> | null) => string[];
  /** Rows expanding these (unexpanded) persons is expected to read, to choose the side to expand; without it, their number. */
  expectedRows?: (ids: readonly string[]) => number;
}

export interface Explored {
  graph: Neighbourhood;
  /** True when a frontier was cut to FRONTIER_CAP persons. */
  capped: boolean;
  /** Expansions made (round trips). */
  rounds: number;
}

interface Side {
  frontier: string[];
  seen: Set<string>;
  /** Strongest product of tie strengths from this side's roots, to choose whom to keep when capping. */
  reach: Map<string, number>;
  depth: number;
}

function sideFrom(roots: readonly PathPerson[]): Side {
  const ids = roots.map((root) => root.id);
  return { frontier: ids, seen: new Set(ids), reach: new Map(ids.map((id) => [id, 1])), depth: 0 };
}

export async function exploreNeighbourhood(expand: ExpandTies, plan: SearchPlan, cap = FRONTIER_CAP): Promise<Explored> {
  const graph = new Neighbourhood();
  graph.addPerson(plan.start);
  for (const end of plan.ends ?? []) graph.addPerson(end);
  const fromStart = sideFrom([plan.start]);
  const fromEnds = plan.ends ? sideFrom(plan.ends) : null;
  let capped = false;
  let rounds = 0;
  // Persons the other side has expanded read nothing more.
  const size = (frontier: string[]): number =>
    plan.expectedRows ? plan.expectedRows(frontier.filter((id) => !graph.isExpanded(id))) : frontier.length;

  const read = async (ids: string[], filter: TieFilter): Promise<void> => {
    if (ids.length === 0) return;
    graph.addExpansion(ids, await expand(ids, filter), filter === null);
    rounds += 1;
  };
  for (;;) {
    const remaining = plan.maxHops - fromStart.depth - (fromEnds?.depth ?? 0);
    const side = fromEnds && size(fromEnds.frontier) < size(fromStart.frontier) ? fromEnds : fromStart;
    if (remaining === 0 || side.frontier.length === 0 || fromEnds?.frontier.length === 0) break;
    // A person already expanded (by the other side) has all their ties known.
    const unread = side.frontier.filter((id) => !graph.isExpanded(id));
    if (remaining > 1) {
      await read(unread, null);
      capped = advance(side, graph, plan.passable, cap) || capped;
      continue;
    }
    const reaching = fromEnds ? unexpanded((side === fromStart ? fromEnds : fromStart).seen, graph) : null;
    const filter: TieFilter = reaching ?? 'ACTIVE';
    const worthExpanding = (ids: string[]) => plan.worthExpanding?.(graph, ids, side === fromStart, reaching) ?? ids;
    const kept = new Set(worthExpanding(unread));
    await read([...kept], filter);
    const left = unread.filter((id) => !kept.has(id));
    if (left.length > 0 && worthExpanding(left).length > 0) await read(left, filter);
    break;
  }
  return { graph, capped, rounds };
}

/** Ties to persons already expanded are known: the last round asks only for ties to the others. */
function unexpanded(ids: ReadonlySet<string>, graph: Neighbourhood): ReadonlySet<string> {
  return new Set([...ids].filter((id) => !graph.isExpanded(id)));
}

/** Moves a side's frontier one hop out, through passable persons only; true when the cap cut it. */
function advance(side: Side, graph: Neighbourhood, passable: SearchPlan['passable'], cap: number): boolean {
  const next: string[] = [];
  for (const id of side.frontier) {
    const reached = side.reach.get(id)!;
    for (const [otherId, tie] of graph.ties(id)) {
      const through = reached * tie.strength;
      if (!side.seen.has(otherId)) {
        if (!passable(graph.person(otherId))) continue;
        side.seen.add(otherId);
        next.push(otherId);
      }
      if (through > (side.reach.get(otherId) ?? 0)) side.reach.set(otherId, through);
    }
  }
  next.sort((a, b) => side.reach.get(b)! - side.reach.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  side.frontier = next.slice(0, cap);
  side.depth += 1;
  return next.length > cap;
}
