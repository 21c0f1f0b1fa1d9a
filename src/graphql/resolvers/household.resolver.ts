import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { upsertRechecks } from '../../auth/operation-rules';
import { addHouseholdMember, upsertHousehold } from '../../db/households';
import type { HouseholdRecord } from '../../domain/records';
import { AddHouseholdMemberInput, UpsertHouseholdInput } from '../inputs/household.input';
import { payloadOf, succeeded, toPayload } from '../payload';
import { Household, HouseholdMemberConnection } from '../types/household.type';
import { ConnectionArgs, listConnection } from '../connection';

const UpsertHouseholdPayload = payloadOf('UpsertHouseholdPayload', 'household', () => Household, 'The household as stored.');
const AddHouseholdMemberPayload = payloadOf(
  'AddHouseholdMemberPayload',
  'household',
  () => Household,
  'The household the person joined.',
);

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household, { nullable: true, description: 'One household by id; null if there is none.' })
  household(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.householdById.load(id);
  }

  @Mutation(() => UpsertHouseholdPayload, { description: 'Creates a household, or updates one by id.' })
  async upsertHousehold(@Arg('input', () => UpsertHouseholdInput) input: UpsertHouseholdInput, @Ctx() { db, viewer }: Context) {
    return succeeded('household', await upsertHousehold(db, input, viewer.staffId, upsertRechecks(viewer).household));
  }

  @Mutation(() => AddHouseholdMemberPayload, { description: 'Puts a person in a household (leaving any other).' })
  async addHouseholdMember(@Arg('input', () => AddHouseholdMemberInput) input: AddHouseholdMemberInput, @Ctx() { db }: Context) {
    return toPayload('household', await addHouseholdMember(db, input.householdId, input.personId, input.role));
  }

  @FieldResolver(() => HouseholdMemberConnection, {
    description: "The members, with their roles, in order of the member's id; empty unless the viewer sees the ties of one member at least.",
  })
  async members(@Root() household: HouseholdRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders, people }: Context) {
    return listConnection(await loaders.membersOfHousehold.load(household.id), paging, (member) => [people.shownId(member.person.id)]);
  }
}
