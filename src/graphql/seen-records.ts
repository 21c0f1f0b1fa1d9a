import type { DerivedFigures } from '../auth/derived-figures';
import type { PersonViews } from '../auth/person-views';
import type { CrossSellNeighbourhood } from '../domain/cross-sell';
import type { Disclosure } from '../domain/disclosure';
import type { ProspectNeighbourhood } from '../domain/employee-prospects';
import type { PersonRecord } from '../domain/records';
import type { PersonRecords } from '../domain/tie-path';
import type { Loaders } from '../loaders/create-loaders';

/**
 * The full records of the persons on result paths, through `personById`: one
 * batched round trip for all of them (none for those already loaded, like the
 * prospect), cached for nested person fields. Path searches read summaries
 * only, so each of their round trips stays small. Records come as the viewer
 * may see them, so the words that explain a path name no one they may not see.
 */
export async function loadPathRecords(loaders: Loaders, people: PersonViews, ids: readonly string[]): Promise<PersonRecords> {
  const loaded = await loaders.personById.loadMany([...new Set(ids)]);
  const found = loaded.filter((person): person is PersonRecord => Boolean(person) && !(person instanceof Error));
  return new Map((await people.asSeen(found)).map((person) => [person.id, person] as const));
}

/**
 * A cross-sell neighbourhood as the viewer may learn it: neighbours named as
 * they may see them (the evidence names them), and the holdings of those
 * whose holdings they may not see left out, or counted per product only when
 * enough of them hold it (src/domain/disclosure.ts).
 */
export async function seenCrossSellNeighbourhood(
  people: PersonViews,
  figures: DerivedFigures,
  neighbourhood: CrossSellNeighbourhood,
): Promise<{ neighbourhood: CrossSellNeighbourhood; disclosure: Disclosure }> {
  const neighbours = neighbourhood.neighbours;
  const [persons, holdingsShown] = await Promise.all([
    people.asSeen(neighbours.map((neighbour) => neighbour.person)),
    figures.shown(neighbours.map((neighbour) => neighbour.person.id), 'holdings'),
  ]);
  const hiddenHolders = new Map<string, string[]>();
  for (const { person, productIds } of neighbours) {
    if (holdingsShown.has(person.id)) continue;
    for (const productId of productIds) hiddenHolders.set(productId, [...(hiddenHolders.get(productId) ?? []), person.id]);
  }
  const pooledHolders = new Map<string, number>();
  const pooledIds = new Set<string>();
  const withheldIds = new Set<string>();
  for (const [productId, holders] of hiddenHolders) {
    const pooled = figures.pool(holders).pooled > 0;
    if (pooled) pooledHolders.set(productId, holders.length);
    for (const id of holders) (pooled ? pooledIds : withheldIds).add(id);
  }
  figures.contributed([...neighbours.map((n) => n.person.id).filter((id) => holdingsShown.has(id)), ...pooledIds]);
  return {
    neighbourhood: {
      ...neighbourhood,
      neighbours: neighbours.map((neighbour, i) => ({
        ...neighbour,
        person: persons[i],
        productIds: holdingsShown.has(neighbour.person.id) ? neighbour.productIds : [],
      })),
      pooledHolders,
    },
    disclosure: { withheld: withheldIds.size, pooled: pooledIds.size },
  };
}

/**
 * An organization's prospect neighbourhood as the viewer may learn it: every
 * employee and client named as they may see them; a tie between a prospect
 * and a client only when the viewer sees either one's ties; the clients among
 * the employees whose ties they may not see counted only when enough of them
 * are pooled (src/domain/disclosure.ts), since being a client is not theirs to know.
 */
export async function seenProspectNeighbourhood(
  people: PersonViews,
  figures: DerivedFigures,
  neighbourhood: ProspectNeighbourhood,
): Promise<ProspectNeighbourhood> {
  const tiesShown = await figures.shown(
    [
      ...neighbourhood.activeEmployees.map((employee) => employee.id),
      ...neighbourhood.candidates.flatMap((candidate) => [candidate.person.id, ...candidate.clientTies.map((tie) => tie.clientId)]),
    ],
    'family',
  );
  const hiddenClients = neighbourhood.activeEmployees.filter((employee) => !tiesShown.has(employee.id));
  const pooled = figures.pool(hiddenClients.map((employee) => employee.id)).pooled > 0;
  const countedClients = pooled ? neighbourhood.activeEmployees : neighbourhood.activeEmployees.filter((employee) => tiesShown.has(employee.id));
  const candidateTies = neighbourhood.candidates.map((candidate) =>
    candidate.clientTies.filter((tie) => tiesShown.has(candidate.person.id) || tiesShown.has(tie.clientId)),
  );
  const [activeEmployees, candidates] = await Promise.all([
    people.asSeen(countedClients),
    people.asSeen(neighbourhood.candidates.map((candidate) => candidate.person)),
  ]);
  const clients = new Map(candidateTies.flat().map((tie) => [tie.clientId, { id: tie.clientId, name: tie.clientName }] as const));
  const clientNames = new Map((await people.asSeen([...clients.values()])).map((client) => [client.id, client.name]));
  figures.contributed([...countedClients.map((employee) => employee.id), ...clients.keys()]);
  return {
    ...neighbourhood,
    activeEmployees,
    candidates: neighbourhood.candidates.map((candidate, i) => ({
      ...candidate,
      person: candidates[i],
      clientTies: candidateTies[i].map((tie) => ({ ...tie, clientName: clientNames.get(tie.clientId) ?? tie.clientName })),
    })),
  };
}
