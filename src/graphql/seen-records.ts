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
 * whose holdings they may not see left out, however many: the viewer chooses
 * who is tied to a prospect of their own (src/domain/disclosure.ts).
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
  const withheld = neighbours.filter((neighbour) => !holdingsShown.has(neighbour.person.id) && neighbour.productIds.length > 0);
  figures.contributed(neighbours.map((neighbour) => neighbour.person.id).filter((id) => holdingsShown.has(id)));
  return {
    neighbourhood: {
      ...neighbourhood,
      neighbours: neighbours.map((neighbour, i) => ({
        ...neighbour,
        person: persons[i],
        productIds: holdingsShown.has(neighbour.person.id) ? neighbour.productIds : [],
      })),
    },
    disclosure: { withheld: withheld.length, pooled: 0 },
  };
}

/**
 * An organization's prospect neighbourhood as the viewer may learn it: every
 * employee and client named as they may see them; a tie between a prospect
 * and a client only when the viewer sees either one's ties; the clients among
 * the employees counted only when the viewer sees their ties, since being a
 * client is not theirs to know, and employments are the viewer's to add
 * (src/domain/disclosure.ts).
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
  const countedClients = neighbourhood.activeEmployees.filter((employee) => tiesShown.has(employee.id));
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
