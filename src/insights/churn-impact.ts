import type { DerivedFigures } from '../auth/derived-figures';
import type { Database } from '../db/database';
import { findPeopleTies } from '../db/people-ties';
import { ChurnRoute, churnRoutes, ChurnTotals, churnTotals } from '../domain/churn-exposure';
import { Disclosure, pathShown } from '../domain/disclosure';
import { exploreNeighbourhood } from '../domain/neighbourhood-search';
import { Neighbourhood, searchStart } from '../domain/people-neighbourhood';
import type { PersonRecord } from '../domain/records';

export interface ChurnImpactRecord extends ChurnTotals {
  person: PersonRecord;
  maxHops: number;
  /** True when a frontier was cut to FRONTIER_CAP persons: some clients may be missing. */
  truncated: boolean;
  /** The clients at risk, in order, to be explained (explainChurn) when asked for. */
  routes: ChurnRoute[];
  graph: Neighbourhood;
  /** Clients left out because the viewer may not see them or a tie on the way, or pooled into aumAtRisk. */
  disclosure: Disclosure;
}

/**
 * churnImpact (docs/rules.md#churn-impact): reads the person's neighbourhood out to maxHops
 * ties (at most maxHops round trips, src/domain/neighbourhood-search.ts) and
 * scores the exposure of every ACTIVE client in it (src/domain/churn-exposure.ts).
 * Any person may carry the risk along a path, including those who opted out
 * of introductions: the opt-out is about being asked, not about being known.
 */
export async function findChurnImpact(db: Database, figures: DerivedFigures, person: PersonRecord, maxHops: number): Promise<ChurnImpactRecord> {
  const { graph, capped } = await exploreNeighbourhood((ids, filter) => findPeopleTies(db, ids, filter, true), {
    start: searchStart(person),
    ends: null,
    maxHops,
    passable: () => true,
  });
  const routes = churnRoutes(graph, person.id, maxHops);
  const shown = await shownRoutes(figures, routes);
  return { person, maxHops, truncated: capped, routes: shown, graph, ...churnTotals(shown), disclosure: { withheld: routes.length - shown.length, pooled: 0 } };
}

/**
 * The routes this viewer may see: to a client whose figures they see, along
 * ties they see. The rest are left out of the totals too, however many:
 * figures over ties never pool (src/domain/disclosure.ts), as the viewer
 * chooses whom a prospect of their own is tied to, and how strongly. The
 * clients of the routes shown are audited as behind the totals.
 */
export async function shownRoutes(figures: DerivedFigures, routes: readonly ChurnRoute[]): Promise<ChurnRoute[]> {
  const [figuresShown, tiesShown] = await Promise.all([
    figures.shown(routes.map((route) => route.clientId), 'aum'),
    figures.shown(routes.flatMap((route) => route.ids), 'family'),
  ]);
  const shown = routes.filter((route) => figuresShown.has(route.clientId) && pathShown(route.ids, tiesShown));
  figures.contributed(shown.map((route) => route.clientId));
  return shown;
}
