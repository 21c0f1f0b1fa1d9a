import type { Database } from '../db/database';
import { findIntroducersOfStaff } from '../db/introductions';
import { readPeopleTies } from '../db/people-ties';
import { FanOut } from '../domain/expected-rows';
import { PersonStatus } from '../domain/model';
import { exploreNeighbourhood } from '../domain/neighbourhood-search';
import { Neighbourhood, PathPerson, searchStart, TieFilter } from '../domain/people-neighbourhood';
import type { PersonRecord, RankSlice } from '../domain/records';
import type { PersonRecords } from '../domain/tie-path';
import type { Warmth } from '../domain/tie-strength';
import { bestWarmRoutes, explainWarmRoute, WarmPath, WarmPathsQuery, warmthOf, worthExpanding } from '../domain/warm-paths';

export interface WarmIntroductionsRequest {
  prospect: PersonRecord;
  /** Whose clients may introduce; null: any ACTIVE client of the bank. */
  fromStaffId: string | null;
  maxHops: number;
  /** Which of the ranked paths to explain: the search chooses `offset` + `take`. */
  slice: RankSlice;
  asOf: Date;
}

export interface WarmIntroductionsRecord {
  /** The paths of the slice, in the order chosen. */
  paths: WarmPath[];
  /** How many paths were chosen in all, up to `offset` + `take`. */
  chosen: number;
  /** True when a frontier or path cap cut the search short (better paths may exist). */
  truncated: boolean;
}

/** Opted-out persons are never introducers nor steps; the prospect is the target and may have opted out. */
const mayIntroduce = (person: PathPerson): boolean => !person.introductionsOptOut;

/**
 * warmIntroductions (docs/rules.md#warm-introductions). With a staff member, a bidirectional
 * search between the prospect and the staff's introducers (their ACTIVE
 * clients who have not opted out); without one, a search out from the
 * prospect in which any ACTIVE client who has not opted out may introduce.
 * Round trips: the introducers (with a staff member), at most maxHops + 1
 * expansions (src/domain/neighbourhood-search.ts; each round expands the
 * side expected to read fewer rows, src/domain/expected-rows.ts), and `readRecords` of the
 * persons on the slice's paths: searches read summaries only, so each
 * expansion stays small, and results show persons whole.
 */
export async function findWarmIntroductions(
  db: Database,
  request: WarmIntroductionsRequest,
  readRecords: (ids: string[]) => Promise<PersonRecords>,
): Promise<WarmIntroductionsRecord | null> {
  const { prospect, fromStaffId, maxHops, slice, asOf } = request;
  const first = slice.offset + slice.take;
  let ends: PathPerson[] | null = null;
  if (fromStaffId !== null) {
    const introducers = await findIntroducersOfStaff(db, fromStaffId);
    if (!introducers) return null;
    ends = introducers.filter((person) => person.id !== prospect.id);
  }
  // The introducers with their warmth: the staff's clients, or the ACTIVE clients read so far.
  const queryIn = (graph: Neighbourhood): WarmPathsQuery => {
    const introducers =
      ends ??
      [...graph.persons()].filter((person) => person.status === PersonStatus.ACTIVE && mayIntroduce(person) && person.id !== prospect.id);
    const warmths = new Map<string, Warmth>(introducers.map((person) => [person.id, warmthOf(person, asOf)]));
    return { prospectId: prospect.id, introducers: warmths, maxHops, first, passable: mayIntroduce };
  };
  // With a staff member, introducers and their facts come from findIntroducersOfStaff.
  const clientFacts = ends === null;
  // The colleague counts each expansion reads cost the persons it meets (expected-rows.ts).
  const fanOut = new FanOut();
  const expand = async (ids: string[], filter: TieFilter) => {
    const { rows, colleagueCounts } = await readPeopleTies(db, ids, filter, clientFacts);
    fanOut.note(colleagueCounts);
    return rows;
  };
  const { graph, capped } = await exploreNeighbourhood(expand, {
    start: searchStart(prospect),
    ends,
    maxHops,
    passable: mayIntroduce,
    worthExpanding: (known, frontier, fromStart, reaching) => worthExpanding(known, queryIn(known), frontier, fromStart, reaching),
    expectedRows: (ids) => fanOut.expectedRows(ids),
  });
  const query = queryIn(graph);
  const { routes, complete } = bestWarmRoutes(graph, query);
  const listed = routes.slice(slice.offset);
  const records = await readRecords(listed.flatMap((route) => route.ids));
  const label = fromStaffId === null ? 'client' : 'your client';
  return {
    paths: listed.map((route) => explainWarmRoute(graph, route, query.introducers.get(route.introducerId)!, records, label)),
    chosen: routes.length,
    truncated: capped || !complete,
  };
}
