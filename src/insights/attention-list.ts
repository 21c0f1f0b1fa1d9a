import type { DerivedFigures } from '../auth/derived-figures';
import { findAttentionClients } from '../db/attention';
import { findCentralityRun } from '../db/centralities';
import type { Database } from '../db/database';
import { findInfluenceOfPersons } from '../db/influence';
import { findPeopleTies } from '../db/people-ties';
import { AttentionScore, daysSince, KNOCK_ON_HOPS, rankAttention } from '../domain/attention';
import { ChurnRoute, ChurnTotals, churnTotals } from '../domain/churn-exposure';
import { knockOnRisks } from '../domain/knock-on-risk';
import { PersonStatus } from '../domain/model';
import type { PathPerson } from '../domain/people-neighbourhood';
import type { PersonRecord, RankSlice } from '../domain/records';
import type { DepthLevel } from '../domain/referral-influence';
import { shownRoutes } from './churn-impact';
import { discloseInfluence } from './disclosed-influence';

export interface AttentionEntryRecord extends AttentionScore {
  rank: number;
  person: PersonRecord;
}

export interface AttentionListRecord {
  /** The entries of the slice asked for, with their ranks in the whole list. */
  entries: AttentionEntryRecord[];
  /** How many clients the whole list holds. */
  total: number;
}

/**
 * attentionList (docs/rules.md#attention-list): reads a manager's book, then what scores each
 * client (src/domain/attention.ts) for the whole book at once, so the round
 * trips do not grow with the number of clients:
 * 1. the clients and their newest satisfaction assessments (from the Staff id);
 * 2. their referral forests and stored centralities (influenceCentres' read), and
 *    the last centrality run (for the average PageRank), side by side;
 * 3. their knock-on risk: KNOCK_ON_HOPS rounds of the people graph for all of
 *    them (src/domain/knock-on-risk.ts), one statement per 1,500 persons a round.
 * Days since contact are counted to `asOf`. Every client is scored to rank
 * any of them, so the whole list's size comes at no cost; only the entries
 * of `slice` are returned. Null when there is no such member of staff.
 */
export async function findAttentionList(
  db: Database,
  figures: DerivedFigures,
  staffId: string,
  slice: RankSlice,
  asOf: Date,
): Promise<AttentionListRecord | null> {
  const clients = await findAttentionClients(db, staffId);
  if (clients === null) return null;
  const ids = clients.map((client) => client.person.id);
  const [influence, run] = ids.length > 0 ? await Promise.all([findInfluenceOfPersons(db, ids), findCentralityRun(db)]) : [[], null];
  const forests = await discloseInfluence(figures, influence);
  const routes = await knockOnRisks(
    (tieIds, filter) => findPeopleTies(db, tieIds, filter, true),
    clients.map((client) => asPathPerson(client.person, forests.get(client.person.id)?.levels ?? [])),
    KNOCK_ON_HOPS,
  );
  const knockOn = await disclosedKnockOn(figures, routes);
  const influenceById = new Map(influence.map((row) => [row.person.id, row]));
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
        referrals: forests.get(person.id)?.levels ?? [],
        relativePagerank: row && row.pagerank !== null && run ? row.pagerank * run.persons : null,
        knockOn: knockOn.get(person.id)!,
      };
    }),
  );
  const entries = ranked
    .slice(slice.offset, slice.offset + slice.take)
    .map((scored, index) => ({ ...scored, rank: slice.offset + index + 1, person: personById.get(scored.id)! }));
  return { entries, total: ranked.length };
}

/**
 * Each client's knock-on totals as the viewer may learn them: the connected
 * clients they may see only, since the viewer may tie their own client to
 * anyone (figures over ties never pool: src/domain/disclosure.ts).
 */
async function disclosedKnockOn(figures: DerivedFigures, routesByClient: Map<string, ChurnRoute[]>): Promise<Map<string, ChurnTotals>> {
  const allRoutes = [...routesByClient.values()].flat();
  const shown = new Set(await shownRoutes(figures, allRoutes));
  return new Map(
    [...routesByClient].map(([clientId, routes]) => {
      return [clientId, churnTotals(routes.filter((route) => shown.has(route)))] as const;
    }),
  );
}

/** A client as the people-graph search sees them; an ACTIVE client's facts make them countable as at risk. */
function asPathPerson(person: PersonRecord, levels: readonly DepthLevel[]): PathPerson {
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
            referralsBrought: levels.find((level) => level.depth === 1)?.count ?? 0,
          }
        : null,
  };
}
