import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { upsertRechecks } from '../../auth/operation-rules';
import { scopeHouseholdFilter } from '../../auth/scopes';
import { addHouseholdMember, countHouseholds, findHouseholdsPage, removeHouseholdMember, upsertHousehold } from '../../db/households';
import type { HouseholdRecord } from '../../domain/records';
import { AddHouseholdMemberInput, HouseholdFilter, RemoveHouseholdMemberInput, UpsertHouseholdInput } from '../inputs/household.input';
import { NOT_PRESENT_RULE, payloadOf, succeeded, toPayload } from '../payload';
import { Household, HouseholdConnection, HouseholdMemberConnection } from '../types/household.type';
import { ConnectionArgs, decodeCursor, isIdCursor, listConnection, pageWindow, toConnection } from '../connection';

const UpsertHouseholdPayload = payloadOf('UpsertHouseholdPayload', 'household', () => Household, 'The household as stored.');
const AddHouseholdMemberPayload = payloadOf(
  'AddHouseholdMemberPayload',
  'household',
  () => Household,
  'The household the person joined.',
);
const RemoveHouseholdMemberPayload = payloadOf('RemoveHouseholdMemberPayload', 'household', () => Household, 'The household the person left.');

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household, { nullable: true, description: 'One household by id; null if there is none.' })
  household(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.householdById.load(id);
  }

  @Query(() => HouseholdConnection, {
    description: "Households matching the filter, in id order, each shown as household(id:) shows it (names follow their head's access).",
  })
  async households(
    @Ctx() { db, viewer }: Context,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
    @Arg('filter', () => HouseholdFilter, { nullable: true, description: 'Which households; omitted, all of them.' }) filter?: HouseholdFilter,
  ) {
    const window = pageWindow(paging, (cursor, field) => decodeCursor(cursor, isIdCursor, field));
    const scoped = scopeHouseholdFilter(viewer, filter ?? {});
    const page = await findHouseholdsPage(db, scoped, window);
    return toConnection(page, window, (h) => h.id, () => countHouseholds(db, scoped));
  }

  @Mutation(() => UpsertHouseholdPayload, { description: 'Creates a household, or updates one by id.' })
  async upsertHousehold(@Arg('input', () => UpsertHouseholdInput) input: UpsertHouseholdInput, @Ctx() { db, viewer }: Context) {
    return succeeded('household', await upsertHousehold(db, input, viewer.staffId, upsertRechecks(viewer).household));
  }

  @Mutation(() => AddHouseholdMemberPayload, { description: 'Puts a person in a household (leaving any other).' })
  async addHouseholdMember(@Arg('input', () => AddHouseholdMemberInput) input: AddHouseholdMemberInput, @Ctx() { db }: Context) {
    return toPayload('household', await addHouseholdMember(db, input.householdId, input.personId, input.role));
  }

  @Mutation(() => RemoveHouseholdMemberPayload, {
    description: `Takes a person out of a household (undoes addHouseholdMember); the household stays. ${NOT_PRESENT_RULE}`,
  })
  async removeHouseholdMember(@Arg('input', () => RemoveHouseholdMemberInput) input: RemoveHouseholdMemberInput, @Ctx() { db }: Context) {
    return toPayload('household', await removeHouseholdMember(db, input.householdId, input.personId));
  }

  @FieldResolver(() => HouseholdMemberConnection, {
    description: "The members, with their roles, in order of the member's id; empty unless the viewer sees the ties of one member at least.",
  })
  async members(@Root() household: HouseholdRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders, people }: Context) {
    return listConnection(await loaders.membersOfHousehold.load(household.id), paging, (member) => [people.shownId(member.person.id)]);
  }
}
