import { findAttentionClients } from '../db/attention';
import { findCentralityRun } from '../db/centralities';
import type { Database } from '../db/database';
import { findInfluenceOfPersons, InfluenceRow } from '../db/influence';
import { findPeopleTies } from '../db/people-ties';
import { AttentionScore, daysSince, KNOCK_ON_HOPS, rankAttention } from '../domain/attention';
import { knockOnRisks } from '../domain/knock-on-risk';
import { PersonStatus } from '../domain/model';
import type { PathPerson } from '../domain/people-neighbourhood';
import type { PersonRecord } from '../domain/records';

export interface AttentionEntryRecord extends AttentionScore {
  rank: number;
  person: PersonRecord;
}

/**
 * attentionList (issue 7): reads a manager's book, then what scores each
 * client (src/domain/attention.ts) for the whole book at once, so the round
 * trips do not grow with the number of clients:
 * 1. the clients and their newest satisfaction assessments (from the Staff id);
 * 2. their referral forests and stored centralities (influenceCentres' read), and
 *    the last centrality run (for the average PageRank), side by side;
 * 3. their knock-on risk: KNOCK_ON_HOPS rounds of the people graph for all of
 *    them (src/domain/knock-on-risk.ts), one statement per 1,500 persons a round.
 * Days since contact are counted to `asOf`. Null when there is no such member of staff.
 */
export async function findAttentionList(db: Database, staffId: string, first: number, asOf: Date): Promise<AttentionEntryRecord[] | null> {
  const clients = await findAttentionClients(db, staffId);
  if (clients === null) return null;
  const ids = clients.map((client) => client.person.id);
  const [influence, run] = ids.length > 0 ? await Promise.all([findInfluenceOfPersons(db, ids), findCentralityRun(db)]) : [[], null];
  const influenceById = new Map(influence.map((row) => [row.person.id, row]));
  const knockOn = await knockOnRisks(
    (tieIds, filter) => findPeopleTies(db, tieIds, filter, true),
    clients.map((client) => asPathPerson(client.person, influenceById.get(client.person.id))),
    KNOCK_ON_HOPS,
  );
  const personById = new Map(clients.map((client) => [client.person.id, client.person]));
  const ranked = rankAttention(
    clients.map(({ person, assessed }) => {
      const row = influenceById.get(person.id);
      return {
        id: person.id,
        tier: person.tier,
        aum: person.aum,
        daysSinceContact: daysSince(person.lastContactAt, asOf),
        satisfaction: person.satisfaction,
        assessed,
        referrals: row?.levels ?? [],
        relativePagerank: row && row.pagerank !== null && run ? row.pagerank * run.persons : null,
        knockOn: knockOn.get(person.id)!,
      };
    }),
    first,
  );
  return ranked.map((scored, index) => ({ ...scored, rank: index + 1, person: personById.get(scored.id)! }));
}

/** A client as the people-graph search sees them; an ACTIVE client's facts make them countable as at risk. */
function asPathPerson(person: PersonRecord, influence: InfluenceRow | undefined): PathPerson {
  return {
    id: person.id,
    status: person.status,
    introductionsOptOut: person.introductionsOptOut,
    client:
      person.status === PersonStatus.ACTIVE
        ? {
            satisfaction: person.satisfaction,
            lastContactAt: person.lastContactAt,
            aum: person.aum,
            referralsBrought: influence?.levels.find((level) => level.depth === 1)?.count ?? 0,
          }
        : null,
  };
}
