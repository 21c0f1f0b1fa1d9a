import type { ColleagueCount } from '../domain/expected-rows';
import { fromCents } from '../domain/money';
import type { PersonStatus } from '../domain/model';
import type { NeighbourRow, PathPerson, TieFilter } from '../domain/people-neighbourhood';
import { PersonTie, strongestTie } from '../domain/neighbour-ties';
import { cypher } from './cypher';
import type { Database } from './database';
import { neighbourParams, StoredTie, toPersonTie, withPersonNeighbours } from './neighbour-ties';
import { toNullableNumber, toNumber } from './values';

const tiesQuery = withPersonNeighbours(cypher('people-ties-by-person-ids'));

/** A `summary` map of people-ties-by-person-ids or introducers-by-staff. */
export function toPathPerson(summary: Record<string, unknown>): PathPerson {
  const client = summary.client as Record<string, unknown> | null;
  return {
    id: String(summary.id),
    status: summary.status as PersonStatus,
    introductionsOptOut: summary.introductionsOptOut === true,
    client: client && {
      satisfaction: toNullableNumber(client.satisfaction),
      lastContactAt: client.lastContactAt === null ? null : new Date(toNumber(client.lastContactAt)),
      aum: fromCents(client.aumCents as number),
      referralsBrought: toNumber(client.referralsBrought),
    },
  };
}

/** One row of the query: a tie to `to` from each of `fromIds`. */
interface TieRow {
  fromIds: string[];
  to: PathPerson;
  tie: PersonTie;
  organizationName: string | null;
  /** COLLEAGUE rows: how many colleagues `to` has at the organization. */
  colleagues: number | null;
}

export interface PeopleTies {
  rows: NeighbourRow[];
  /** For each person met as a colleague, their colleague count there (see expected-rows.ts). */
  colleagueCounts: ColleagueCount[];
}

/**
 * The people-graph ties of each person in `ids` (those `filter` keeps), in
 * one statement: the expansion step of src/domain/neighbourhood-search.ts.
 * Two people tied in several ways get one row, with the strongest tie. The
 * query sends a colleague once per organization with the members tied to
 * them, and their own colleague count there (`colleagueCounts`, for
 * expected-rows.ts). `clientFacts`: whether to read an ACTIVE client's facts
 * (warmth inputs, AUM) — not needed when the caller has them already.
 */
export async function readPeopleTies(db: Database, ids: readonly string[], filter: TieFilter, clientFacts: boolean): Promise<PeopleTies> {
  const rows = await db.read(
    tiesQuery,
    {
      ids,
      reaching: filter === null || filter === 'ACTIVE' ? null : [...filter],
      reachingActive: filter === 'ACTIVE',
      clientFacts,
      // Colleague ties are read per organization in the query itself.
      ...neighbourParams(false),
    },
    (r): TieRow => {
      const tie = r.get('tie') as StoredTie & { colleagues?: unknown };
      return {
        fromIds: r.get('fromIds'),
        to: toPathPerson(r.get('summary')),
        tie: toPersonTie(tie),
        organizationName: r.get('organizationName'),
        colleagues: tie.colleagues === undefined ? null : toNumber(tie.colleagues),
      };
    },
  );
  const pairs = new Map<string, { fromId: string; row: TieRow }[]>();
  const colleagueCounts: ColleagueCount[] = [];
  for (const row of rows) {
    const { to, tie, colleagues } = row;
    if (colleagues !== null) colleagueCounts.push({ personId: to.id, organizationId: tie.organizationId!, colleagues });
    for (const fromId of row.fromIds) {
      const key = `${fromId}\u0000${to.id}`;
      const pair = pairs.get(key);
      if (pair) pair.push({ fromId, row });
      else pairs.set(key, [{ fromId, row }]);
    }
  }
  const deduplicated = [...pairs.values()].map((pair) => {
    const strongest = strongestTie(pair.map(({ row }) => row.tie));
    const { fromId, row } = pair.find((tied) => tied.row.tie === strongest.tie)!;
    return { fromId, to: row.to, tie: { ...strongest, organizationName: row.organizationName } };
  });
  return { rows: deduplicated, colleagueCounts };
}

/** readPeopleTies, the rows alone. */
export async function findPeopleTies(
  db: Database,
  ids: readonly string[],
  filter: TieFilter,
  clientFacts: boolean,
): Promise<NeighbourRow[]> {
  return (await readPeopleTies(db, ids, filter, clientFacts)).rows;
}
