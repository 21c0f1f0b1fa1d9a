import type { ScoreFactor } from './explain';
import type { Neighbourhood, PathPerson } from './people-neighbourhood';
import type { PersonRecord } from './records';
import { roundProduct } from './score';
import { PathStep, pathSteps, PersonRecords, weakestStep } from './tie-path';
import { introducerWarmth, Warmth } from './tie-strength';

/**
 * Warm introductions (DESIGN.md §3): the best simple paths from introducers to
 * a prospect through a {@link Neighbourhood} already read far enough (see
 * neighbourhood-search.ts). Two steps: bestWarmRoutes ranks and chooses on
 * the search's summaries; explainWarmRoute then tells a chosen route in words
 * from the full records of its persons.
 *
 * Score = introducer warmth × product of the tie strengths (tie-strength.ts),
 * rounded by roundProduct. Ranking: score descending, then fewer hops, then
 * introducer id, then the path's person ids, so equal inputs give one order.
 *
 * Diversity: a list of five variants of one route is of no use to a manager.
 * Paths are chosen in rounds: round r offers each introducer's r-th best path
 * (round 1 their best). Within a round, paths whose first step from the
 * prospect (the person next to the prospect) is not yet used by a chosen path
 * are taken first, in rank order; then the round's others, in rank order.
 * Choosing stops at `first`; the chosen paths are listed in rank order. So a
 * second path of one introducer appears only when fewer than `first`
 * introducers can reach the prospect.
 *
 * Paths never visit a person twice, never pass through a person who is not
 * passable (opted out of introductions), and have at most maxHops ties. The
 * search walks back from the prospect, pruned by each person's hop distance to
 * the nearest introducer; it stops after MAX_PATH_VISITS extensions and then
 * says `complete: false`.
 */

export const MAX_PATH_VISITS = 200_000;

export interface WarmPathsQuery {
  prospectId: string;
  /** Who may introduce, with their warmth. */
  introducers: ReadonlyMap<string, Warmth>;
  maxHops: number;
  first: number;
  passable: (person: PathPerson) => boolean;
}

/** A chosen path, before it is explained. */
export interface WarmRoute {
  introducerId: string;
  /** Person ids from the introducer to the prospect. */
  ids: string[];
  score: number;
  /** The person the path reaches the prospect through. */
  firstStepId: string;
}

export interface WarmRoutes {
  routes: WarmRoute[];
  /** False when the search stopped at MAX_PATH_VISITS: better paths may exist. */
  complete: boolean;
}

export interface WarmPath {
  score: number;
  hops: number;
  introducer: PersonRecord;
  warmth: number;
  /** From the introducer to the prospect. */
  steps: PathStep[];
  weakestLink: PathStep;
  /** The warmth factors, then one factor per step. */
  explanation: ScoreFactor[];
}

const DAY_MS = 86_400_000;

/**
 * A person's warmth as an introducer on `asOf` (introducerWarmth), counting
 * whole days since their last contact (a contact stamped later counts as today).
 * Introducers are ACTIVE clients, whose facts a search reads; without them
 * every input counts as unknown.
 */
export function warmthOf(person: PathPerson, asOf: Date): Warmth {
  const { satisfaction = null, lastContactAt = null, referralsBrought = 0 } = person.client ?? {};
  const daysSinceContact =
    lastContactAt === null ? null : Math.max(0, Math.floor((asOf.getTime() - lastContactAt.getTime()) / DAY_MS));
  return introducerWarmth({ status: person.status, satisfaction, daysSinceContact, referralsBrought });
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byRank(a: WarmRoute, b: WarmRoute): number {
  return (
    b.score - a.score ||
    a.ids.length - b.ids.length ||
    compareIds(a.introducerId, b.introducerId) ||
    compareIds(a.ids.join('\u0000'), b.ids.join('\u0000'))
  );
}

/** Hops from each passable person to the nearest introducer, within maxHops, not through the prospect. */
function distancesToIntroducers(graph: Neighbourhood, query: WarmPathsQuery): Map<string, number> {
  const distance = new Map<string, number>();
  let layer = [...query.introducers.keys()];
  for (const id of layer) distance.set(id, 0);
  for (let hops = 1; hops < query.maxHops && layer.length > 0; hops++) {
    const next: string[] = [];
    for (const id of layer) {
      for (const otherId of graph.ties(id).keys()) {
        if (distance.has(otherId) || otherId === query.prospectId || !query.passable(graph.person(otherId))) continue;
        distance.set(otherId, hops);
        next.push(otherId);
      }
    }
    layer = next;
  }
  return distance;
}

/** Every simple path from an introducer to the prospect, keeping each introducer's best `first`. */
function findWarmRoutes(graph: Neighbourhood, query: WarmPathsQuery): { byIntroducer: Map<string, WarmRoute[]>; complete: boolean } {
  const distance = distancesToIntroducers(graph, query);
  const byIntroducer = new Map<string, WarmRoute[]>();
  const walk = [query.prospectId];
  const onWalk = new Set(walk);
  let visits = 0;

  const keep = (introducerId: string, product: number): void => {
    const ids = [...walk].reverse();
    const candidate = { introducerId, ids, score: roundProduct(query.introducers.get(introducerId)!.value * product), firstStepId: walk[1] };
    const kept = byIntroducer.get(introducerId) ?? [];
    kept.push(candidate);
    kept.sort(byRank);
    byIntroducer.set(introducerId, kept.slice(0, query.first));
  };

  const extend = (id: string, product: number): boolean => {
    for (const [otherId, tie] of graph.ties(id)) {
      const remaining = distance.get(otherId);
      if (onWalk.has(otherId) || remaining === undefined || walk.length + remaining > query.maxHops) continue;
      if (++visits > MAX_PATH_VISITS) return false;
      const reached = product * tie.strength;
      walk.push(otherId);
      onWalk.add(otherId);
      if (query.introducers.has(otherId)) keep(otherId, reached);
      const finished = walk.length > query.maxHops || extend(otherId, reached);
      walk.pop();
      onWalk.delete(otherId);
      if (!finished) return false;
    }
    return true;
  };

  const complete = extend(query.prospectId, 1);
  return { byIntroducer, complete };
}

/** The diversity rule above: rounds of each introducer's next-best path, new first steps first. */
function chooseDiverse(byIntroducer: Map<string, WarmRoute[]>, first: number): WarmRoute[] {
  const chosen: WarmRoute[] = [];
  const usedFirstSteps = new Set<string>();
  const deepest = Math.max(0, ...[...byIntroducer.values()].map((kept) => kept.length));
  for (let round = 0; round < deepest && chosen.length < first; round++) {
    const offered = [...byIntroducer.values()].flatMap((kept) => kept.slice(round, round + 1)).sort(byRank);
    const fresh = offered.filter((candidate) => {
      if (usedFirstSteps.has(candidate.firstStepId)) return false;
      usedFirstSteps.add(candidate.firstStepId);
      return true;
    });
    const rest = offered.filter((candidate) => !fresh.includes(candidate));
    chosen.push(...[...fresh, ...rest].slice(0, first - chosen.length));
  }
  return chosen.sort(byRank);
}

/**
 * The best `first` routes to the prospect, by the ranking and diversity rules above.
 * @example bestWarmRoutes(graph, { prospectId: 'P9', introducers: new Map([['P1', warmth]]), maxHops: 4, first: 5, passable })
 */
export function bestWarmRoutes(graph: Neighbourhood, query: WarmPathsQuery): WarmRoutes {
  const { byIntroducer, complete } = findWarmRoutes(graph, query);
  return { routes: chooseDiverse(byIntroducer, query.first), complete };
}

/**
 * A chosen route told in words: steps from the introducer to the prospect
 * with their records, the weakest link, and the score's factors (the warmth
 * parts, then one per step), the introducer called `introducerLabel` (e.g.
 * "your client 王军").
 */
export function explainWarmRoute(
  graph: Neighbourhood,
  route: WarmRoute,
  warmth: Warmth,
  records: PersonRecords,
  introducerLabel: string,
): WarmPath {
  const steps = pathSteps(graph, route.ids, records, (person) =>
    person.id === route.introducerId ? `${introducerLabel} ${person.name}` : person.name,
  );
  return {
    score: route.score,
    hops: steps.length,
    introducer: steps[0].from,
    warmth: warmth.value,
    steps,
    weakestLink: weakestStep(steps),
    explanation: [...warmth.factors, ...steps.map((step) => step.factor)],
  };
}
