import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { scopeIntroducers } from '../../auth/scopes';
import type { Context } from '../../context';
import { setIntroductionsOptOut } from '../../db/introductions';
import { findWarmIntroductions } from '../../insights/warm-introductions';
import type { RankSlice } from '../../domain/records';
import type { ConnectionValue } from '../connection';
import { checkMaxHops, MAX_HOPS } from '../path-args';
import { SetIntroductionsOptOutInput } from '../inputs/person.input';
import { payloadOf, toPayload } from '../payload';
import { Person } from '../types/person.type';
import { rankedPage, rankedWindow } from '../ranked-page';
import { WarmIntroduction, WarmIntroductionConnection } from '../types/warm-introduction.type';
import { loadPathRecords } from '../seen-records';

export const MAX_INTRODUCTIONS = 20;
const DEFAULT_HOPS = 4;
/** Five pages of the largest size: past that, paths are variants of those listed. */
const INTRODUCTION_LIMITS = { defaultSize: 5, maxSize: MAX_INTRODUCTIONS, maxRank: 5 * MAX_INTRODUCTIONS };

const SetIntroductionsOptOutPayload = payloadOf(
  'SetIntroductionsOptOutPayload',
  'person',
  () => Person,
  'The person, with introductionsOptOut as now stored.',
);

@Resolver()
export class WarmIntroductionResolver {
  @Query(() => WarmIntroductionConnection, {
    nullable: true,
    description:
      'Ranked warm paths to a prospect from the ACTIVE clients of a member of staff (or of the bank), ' +
      'by introducer warmth × tie strengths; at most one path per introducer before any second, listed in the order chosen, and ' +
      'opted-out persons are never introducers nor steps. Paged by rank, to rank ' +
      `${INTRODUCTION_LIMITS.maxRank} at most; each page continues the last unless the search hit a cap (searchTruncated). ` +
      'totalCount is known only by choosing every path to that rank: asked for, it runs that search once more unless this page ended the list. ' +
      'Empty when no path exists; null for an unknown prospect or member of staff.',
  })
  async warmIntroductions(
    @Arg('prospectId', () => ID, { description: 'The person to be introduced to (any status; may have opted out).' }) prospectId: string,
    @Ctx() { db, loaders, people, viewer }: Context,
    @Arg('fromStaffId', () => ID, { nullable: true, description: "Whose clients may introduce; omitted: any of the bank's ACTIVE clients." })
    fromStaffId?: string | null,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: DEFAULT_HOPS, description: `The most ties on a path, 1–${MAX_HOPS}.` })
    maxHops?: number | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: INTRODUCTION_LIMITS.defaultSize,
      description: `How many paths the page holds, 1–${INTRODUCTION_LIMITS.maxSize}.`,
    })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of a path (`endCursor` of a page) to continue after.' })
    after?: string | null,
  ): Promise<ConnectionValue<WarmIntroduction> | null> {
    const hops = checkMaxHops(maxHops ?? DEFAULT_HOPS);
    const window = rankedWindow(first, after, INTRODUCTION_LIMITS);
    const prospect = await loaders.personById.load(prospectId);
    if (!prospect) return null;
    const asOf = new Date();
    const search = (slice: RankSlice) =>
      findWarmIntroductions(
        db,
        { prospect, fromStaffId: scopeIntroducers(viewer, fromStaffId ?? null), maxHops: hops, slice, asOf },
        (ids) => loadPathRecords(loaders, people, ids),
      );
    const found = await search(window);
    if (!found) return null;
    const ended = found.chosen < window.offset + window.take;
    // Asked for the count past the page: choose to the deepest rank, explaining none of the paths.
    const countTotal = async () => (ended ? found.chosen : ((await search({ offset: INTRODUCTION_LIMITS.maxRank, take: 0 }))?.chosen ?? 0));
    return rankedPage(
      window,
      found.paths.map((path) => ({ ...path, searchTruncated: found.truncated })),
      countTotal,
    );
  }

  @Mutation(() => SetIntroductionsOptOutPayload, {
    description: 'Records whether a person may be asked to introduce others (or be a step on an introduction path).',
  })
  async setIntroductionsOptOut(@Arg('input', () => SetIntroductionsOptOutInput) input: SetIntroductionsOptOutInput, @Ctx() { db }: Context) {
    return toPayload('person', await setIntroductionsOptOut(db, input.personId, input.introductionsOptOut));
  }
}
