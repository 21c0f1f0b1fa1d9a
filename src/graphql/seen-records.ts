import type { PersonViews } from '../auth/person-views';
import type { CrossSellNeighbourhood } from '../domain/cross-sell';
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

/** A cross-sell neighbourhood whose neighbours are named as the viewer may see them (the evidence names them). */
export async function seenCrossSellNeighbourhood(people: PersonViews, neighbourhood: CrossSellNeighbourhood): Promise<CrossSellNeighbourhood> {
  const persons = await people.asSeen(neighbourhood.neighbours.map((neighbour) => neighbour.person));
  return { ...neighbourhood, neighbours: neighbourhood.neighbours.map((neighbour, i) => ({ ...neighbour, person: persons[i] })) };
}

/** An organization's prospect neighbourhood with every employee and client named as the viewer may see them. */
export async function seenProspectNeighbourhood(people: PersonViews, neighbourhood: ProspectNeighbourhood): Promise<ProspectNeighbourhood> {
  const [activeEmployees, candidates] = await Promise.all([
    people.asSeen(neighbourhood.activeEmployees),
    people.asSeen(neighbourhood.candidates.map((candidate) => candidate.person)),
  ]);
  const clients = new Map(
    neighbourhood.candidates.flatMap((candidate) => candidate.clientTies.map((tie) => [tie.clientId, { id: tie.clientId, name: tie.clientName }] as const)),
  );
  const clientNames = new Map((await people.asSeen([...clients.values()])).map((client) => [client.id, client.name]));
  return {
    ...neighbourhood,
    activeEmployees,
    candidates: neighbourhood.candidates.map((candidate, i) => ({
      ...candidate,
      person: candidates[i],
      clientTies: candidate.clientTies.map((tie) => ({ ...tie, clientName: clientNames.get(tie.clientId) ?? tie.clientName })),
    })),
  };
}
