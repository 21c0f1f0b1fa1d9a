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

interface TieRow {
  fromId: string;
  to: PathPerson;
  tie: PersonTie;
  organizationName: string | null;
}

/**
 * The people-graph ties of each person in `ids` (those `filter` keeps), in
 * one statement: the expansion step of src/domain/neighbourhood-search.ts.
 * Two people tied in several ways get one row, with the strongest tie.
 * `clientFacts`: whether to read an ACTIVE client's facts (warmth inputs,
 * AUM) — not needed when the caller has them already.
 */
export async function findPeopleTies(
  db: Database,
  ids: readonly string[],
  filter: TieFilter,
  clientFacts: boolean,
): Promise<NeighbourRow[]> {
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
    (r): TieRow => ({
      fromId: r.get('fromId'),
      to: toPathPerson(r.get('summary')),
      tie: toPersonTie(r.get('tie') as StoredTie),
      organizationName: r.get('organizationName'),
    }),
  );
  const pairs = new Map<string, TieRow[]>();
  for (const row of rows) {
    const key = `${row.fromId}\u0000${row.to.id}`;
    const pair = pairs.get(key);
    if (pair) pair.push(row);
    else pairs.set(key, [row]);
  }
  return [...pairs.values()].map((pair) => {
    const strongest = strongestTie(pair.map((row) => row.tie));
    const chosen = pair.find((row) => row.tie === strongest.tie)!;
    return { fromId: chosen.fromId, to: chosen.to, tie: { ...strongest, organizationName: chosen.organizationName } };
  });
}
