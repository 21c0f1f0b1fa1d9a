import { ChurnRoute, churnRoutes } from './churn-exposure';
import { ExpandTies, FRONTIER_CAP } from './neighbourhood-search';
import { Neighbourhood, PathPerson } from './people-neighbourhood';

/**
 * churnImpact's routes (src/domain/churn-exposure.ts) for many persons at
 * once — every client of a manager — from one shared read of their
 * neighbourhoods: a hop for all of them per round, so round trips grow with
 * maxHops and ⌈frontier ÷ FRONTIER_CAP⌉, not with the number of persons.
 * Rounds before the last read every tie; the last reads only ties to ACTIVE
 * clients, the only persons a path of maxHops ties can end at and be counted
 * (as churnImpact's search does). Nothing is cut: a wide frontier is read in
 * FRONTIER_CAP-sized statements, so every person's routes are what
 * churnImpact(maxHops) finds for them alone (when its capped search is not truncated).
 *
 * `persons` must carry their client facts (an ACTIVE person's AUM), as they
 * may be at risk from one another. `expand` reads ties, one round trip a
 * call (src/db/people-ties.ts in the API).
 * @example churnTotals((await knockOnRisks(expand, clients, 1)).get('L')!) // { aumAtRisk: '887037.03', count: 2 }
 */
export async function knockOnRisks(
  expand: ExpandTies,
  persons: readonly PathPerson[],
  maxHops: number,
  chunkSize = FRONTIER_CAP,
): Promise<Map<string, ChurnRoute[]>> {
  const graph = new Neighbourhood();
  for (const person of persons) graph.addPerson(person);
  let frontier = persons.map((person) => person.id);
  const seen = new Set(frontier);
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop++) {
    const last = hop === maxHops;
    const unread = frontier.filter((id) => !graph.isExpanded(id));
    const chunks = Array.from({ length: Math.ceil(unread.length / chunkSize) }, (_, i) => unread.slice(i * chunkSize, (i + 1) * chunkSize));
    const read = await Promise.all(chunks.map((ids) => expand(ids, last ? 'ACTIVE' : null)));
    // Added in chunk order, so the first reading of a person is always the same one.
    chunks.forEach((ids, i) => graph.addExpansion(ids, read[i], !last));
    frontier = frontier.flatMap((id) => [...graph.ties(id).keys()].filter((other) => !seen.has(other) && seen.add(other)));
  }
  return new Map(persons.map((person) => [person.id, churnRoutes(graph, person.id, maxHops)]));
}
