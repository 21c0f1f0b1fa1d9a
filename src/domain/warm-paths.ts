import type { ScoreFactor } from './explain';
import type { Neighbourhood, PathPerson } from './people-neighbourhood';
import type { PersonRecord } from './records';
import { roundProduct } from './score';
import { Reach, strongestReach } from './strongest-paths';
import { PathStep, pathSteps, PersonRecords, weakestStep } from './tie-path';
import { introducerWarmth, Warmth } from './tie-strength';

/**
 * Warm introductions (docs/rules.md#warm-introductions): the best simple paths from introducers to
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
 * Choosing stops at `first`; the chosen paths are listed in the order they
 * were chosen, so the paths chosen for a smaller `first` begin the list for
 * a larger one (pages of the list follow one another). So a second path of
 * one introducer appears only when fewer than `first` introducers can reach
 * the prospect, and after every introducer's first.
 *
 * Paths never visit a person twice, never pass through a person who is not
 * passable (opted out of introductions), and have at most maxHops ties. The
 * search walks back from the prospect, pruned by each person's hop distance to
 * the nearest introducer; it stops after MAX_PATH_VISITS extensions and then
 * says `complete: false`. worthExpanding bounds the search's last round.
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

interface Candidates {
  /** Each introducer's best `first` routes, in rank order. */
  byIntroducer: Map<string, WarmRoute[]>;
  /** False when the walk stopped at MAX_PATH_VISITS. */
  complete: boolean;
}

/**
 * Every simple path from an introducer to the prospect scoring at least
 * `floor`, keeping each introducer's best `first`. Walks back from the
 * prospect; a walk is cut when even the strongest way on from its end
 * (`onward`: to an introducer, times their warmth) cannot reach `floor`.
 */
function findCandidates(
  graph: Neighbourhood,
  query: WarmPathsQuery,
  distance: ReadonlyMap<string, number>,
  onward: ReadonlyMap<string, Reach>,
  floor: number,
): Candidates {
  const byIntroducer = new Map<string, WarmRoute[]>();
  const walk = [query.prospectId];
  const onWalk = new Set(walk);
  let visits = 0;

  const keep = (introducerId: string, product: number): void => {
    const score = roundProduct(query.introducers.get(introducerId)!.value * product);
    const kept = byIntroducer.get(introducerId) ?? [];
    const worst = kept[query.first - 1];
    // Most walks end below an introducer's kept paths: leave them before building anything.
    if (worst && (score < worst.score || (score === worst.score && walk.length > worst.ids.length))) return;
    kept.push({ introducerId, ids: [...walk].reverse(), score, firstStepId: walk[1] });
    kept.sort(byRank);
    byIntroducer.set(introducerId, kept.slice(0, query.first));
  };

  const extend = (id: string, product: number): boolean => {
    for (const [otherId, tie] of graph.ties(id)) {
      const remaining = distance.get(otherId);
      if (onWalk.has(otherId) || remaining === undefined || walk.length + remaining > query.maxHops) continue;
      const reached = product * tie.strength;
      // Bounds and scores are rounded alike to 1e-9; the margin keeps a path scoring exactly the floor.
      if (reached * (onward.get(otherId)?.product ?? 0) + 1e-9 < floor) continue;
      if (++visits > MAX_PATH_VISITS) return false;
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

/** Of `offered` (in rank order), those whose first step is not in `used`, marking theirs used. */
function withNewFirstSteps(offered: readonly WarmRoute[], used: Set<string>): WarmRoute[] {
  return offered.filter((route) => {
    if (used.has(route.firstStepId)) return false;
    used.add(route.firstStepId);
    return true;
  });
}

/** The diversity rule above: rounds of each introducer's next-best path, new first steps first. */
function chooseDiverse(byIntroducer: Map<string, WarmRoute[]>, first: number): WarmRoute[] {
  const chosen: WarmRoute[] = [];
  const usedFirstSteps = new Set<string>();
  const deepest = Math.max(0, ...[...byIntroducer.values()].map((kept) => kept.length));
  for (let round = 0; round < deepest && chosen.length < first; round++) {
    const offered = [...byIntroducer.values()].flatMap((kept) => kept.slice(round, round + 1)).sort(byRank);
    const fresh = withNewFirstSteps(offered, usedFirstSteps);
    const rest = offered.filter((route) => !fresh.includes(route));
    chosen.push(...[...fresh, ...rest].slice(0, first - chosen.length));
  }
  return chosen;
}

/**
 * The score a path missing from `candidates` must reach to change the
 * choice, or 0 while any could. Round 1 of chooseDiverse takes the
 * introducers' best paths with new first steps (F), then the others (R), in
 * rank order. A path scoring below all of F cannot take a first step from F,
 * so it is chosen only if it takes a new first step or ranks within the
 * places R fills: once F fills all `first` places, or F uses every possible
 * first step (the prospect's passable neighbours) and R the remaining places,
 * a path scoring below the last of those changes nothing (nor does it improve
 * their introducers' best).
 */
function scoreToChange(graph: Neighbourhood, query: WarmPathsQuery, { byIntroducer, complete }: Candidates): number {
  if (!complete || !graph.isExpanded(query.prospectId)) return 0;
  const best = [...byIntroducer.values()].map((kept) => kept[0]).sort(byRank);
  const fresh = withNewFirstSteps(best, new Set());
  if (fresh.length >= query.first) return fresh[query.first - 1].score;
  const firstSteps = [...graph.ties(query.prospectId).keys()].filter((id) => query.passable(graph.person(id)));
  const rest = best.filter((route) => !fresh.includes(route));
  const places = query.first - fresh.length;
  if (fresh.length < firstSteps.length || rest.length < places) return 0;
  return Math.min(fresh[fresh.length - 1]?.score ?? 1, rest[places - 1].score);
}

/** The strongest way from each person to an introducer, times the introducer's warmth, over at most maxHops − 1 ties. */
function strongestFromIntroducers(graph: Neighbourhood, query: WarmPathsQuery) {
  const warmths = new Map([...query.introducers].map(([id, warmth]) => [id, warmth.value]));
  return strongestReach(graph, warmths, query.maxHops - 1).at(-1)!;
}

/** Walks are first cut at these scores; a lower floor is tried only when a higher one could hide a path that counts. */
const FLOORS = [0.1, 0.01, 0];

/**
 * The candidates that decide the choice, with scoreToChange. Found first with
 * walks cut below a floor: they then hold every path scoring at least the
 * floor, so when scoreToChange reaches the floor, the paths left out change
 * nothing; otherwise the next, lower floor is tried.
 */
function decidingCandidates(
  graph: Neighbourhood,
  query: WarmPathsQuery,
  onward: ReadonlyMap<string, Reach> = strongestFromIntroducers(graph, query),
): Candidates & { threshold: number } {
  const distance = distancesToIntroducers(graph, query);
  for (const floor of FLOORS) {
    const candidates = findCandidates(graph, query, distance, onward, floor);
    const threshold = scoreToChange(graph, query, candidates);
    if (floor === 0 || !candidates.complete || threshold >= floor) return { ...candidates, threshold };
  }
  throw new Error('unreachable: the last floor is 0');
}

/**
 * The best `first` routes to the prospect, by the ranking and diversity rules above.
 * @example bestWarmRoutes(graph, { prospectId: 'P9', introducers: new Map([['P1', warmth]]), maxHops: 4, first: 5, passable })
 */
export function bestWarmRoutes(graph: Neighbourhood, query: WarmPathsQuery): WarmRoutes {
  const { byIntroducer, complete } = decidingCandidates(graph, query);
  return { routes: chooseDiverse(byIntroducer, query.first), complete };
}

/**
 * Branch and bound for a search's last round (neighbourhood-search.ts): the
 * persons of `frontier` through whom a path could still be chosen. A path to
 * be found through frontier person u scores at most the strongest product
 * from u's side to u (from the prospect; or from an introducer, times their
 * warmth) times the strongest from the other side to a person the round may
 * reach (`reaching`; 1 when any ACTIVE client may end the path), each over at
 * most maxHops − 1 known ties: persons below scoreToChange are dropped.
 * Paths the round finds may lower that score (a better path of one introducer
 * can take another's first step), so the search asks again after the round.
 */
export function worthExpanding(
  graph: Neighbourhood,
  query: WarmPathsQuery,
  frontier: string[],
  fromStart: boolean,
  reaching: ReadonlySet<string> | null,
): string[] {
  // One pass serves both the candidates' cut and the bound below.
  const fromIntroducers = strongestFromIntroducers(graph, query);
  const { threshold } = decidingCandidates(graph, query, fromIntroducers);
  if (threshold === 0) return frontier;
  const fromProspect = () => strongestReach(graph, new Map([[query.prospectId, 1]]), query.maxHops - 1).at(-1)!;
  const near = fromStart ? fromProspect() : fromIntroducers;
  let farBest = 1;
  if (reaching !== null) {
    const far = fromStart ? fromIntroducers : fromProspect();
    farBest = Math.max(0, ...[...reaching].map((id) => far.get(id)?.product ?? 0));
  }
  return frontier.filter((id) => (near.get(id)?.product ?? 0) * farBest + 1e-9 >= threshold);
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
