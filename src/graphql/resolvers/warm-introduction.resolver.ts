import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { scopeIntroducers } from '../../auth/scopes';
import type { Context } from '../../context';
import { setIntroductionsOptOut } from '../../db/introductions';
import { findWarmIntroductions } from '../../insights/warm-introductions';
import { checkMaxHops, checkRange, MAX_HOPS } from '../path-args';
import { payloadOf, toPayload } from '../payload';
import { Person } from '../types/person.type';
import { WarmIntroduction } from '../types/warm-introduction.type';
import { loadPathRecords } from '../seen-records';

export const MAX_INTRODUCTIONS = 20;
const DEFAULT_HOPS = 4;
const DEFAULT_INTRODUCTIONS = 5;

const SetIntroductionsOptOutPayload = payloadOf(
  'SetIntroductionsOptOutPayload',
  'person',
  () => Person,
  'The person, with introductionsOptOut as now stored.',
);

@Resolver()
export class WarmIntroductionResolver {
  @Query(() => [WarmIntroduction], {
    nullable: true,
    description:
      'Ranked warm paths to a prospect from the ACTIVE clients of a member of staff (or of the bank), ' +
      'by introducer warmth × tie strengths; at most one path per introducer before any second, and ' +
      'opted-out persons are never introducers nor steps. Empty when no path exists; null for an unknown prospect or member of staff.',
  })
  async warmIntroductions(
    @Arg('prospectId', () => ID, { description: 'The person to be introduced to (any status; may have opted out).' }) prospectId: string,
    @Ctx() { db, loaders, people, viewer }: Context,
    @Arg('fromStaffId', () => ID, { nullable: true, description: "Whose clients may introduce; omitted: any of the bank's ACTIVE clients." })
    fromStaffId?: string | null,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: DEFAULT_HOPS, description: `The most ties on a path, 1–${MAX_HOPS}.` })
    maxHops?: number | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_INTRODUCTIONS, description: `How many paths, 1–${MAX_INTRODUCTIONS}.` })
    first?: number | null,
  ): Promise<WarmIntroduction[] | null> {
    const hops = checkMaxHops(maxHops ?? DEFAULT_HOPS);
    const count = checkRange('first', first ?? DEFAULT_INTRODUCTIONS, 1, MAX_INTRODUCTIONS);
    const prospect = await loaders.personById.load(prospectId);
    if (!prospect) return null;
    const found = await findWarmIntroductions(
      db,
      { prospect, fromStaffId: scopeIntroducers(viewer, fromStaffId ?? null), maxHops: hops, first: count, asOf: new Date() },
      (ids) => loadPathRecords(loaders, people, ids),
    );
    return found && found.paths.map((path) => ({ ...path, searchTruncated: found.truncated }));
  }

  @Mutation(() => SetIntroductionsOptOutPayload, {
    description: 'Records whether a person may be asked to introduce others (or be a step on an introduction path).',
  })
  async setIntroductionsOptOut(
    @Arg('personId', () => ID, { description: 'The person.' }) personId: string,
    @Arg('optOut', { description: 'True: never use this person to introduce anyone.' }) optOut: boolean,
    @Ctx() { db }: Context,
  ) {
    return toPayload('person', await setIntroductionsOptOut(db, personId, optOut));
  }
}
