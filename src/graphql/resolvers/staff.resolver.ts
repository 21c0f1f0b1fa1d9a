import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { scopeManagerMoves } from '../../auth/scopes';
import { assignManager, countStaff, findAllBranches, findStaffPage, unassignManager, upsertBranch, upsertStaff } from '../../db/staff';
import type { BranchRecord, StaffRecord } from '../../domain/records';
import { AssignManagerInput, StaffFilter, UnassignManagerInput, UpsertBranchInput, UpsertStaffInput } from '../inputs/staff.input';
import { NOT_PRESENT_RULE, payloadOf, succeeded, toPayload } from '../payload';
import { Branch, Staff, StaffConnection } from '../types/staff.type';
import { ConnectionArgs, decodeCursor, isIdCursor, listConnection, pageWindow, toConnection } from '../connection';

const UpsertStaffPayload = payloadOf('UpsertStaffPayload', 'staff', () => Staff, 'The staff member as stored.');
const UpsertBranchPayload = payloadOf('UpsertBranchPayload', 'branch', () => Branch, 'The branch as stored.');
const AssignManagerPayload = payloadOf('AssignManagerPayload', 'manager', () => Staff, "The client's manager now.");
const UnassignManagerPayload = payloadOf('UnassignManagerPayload', 'manager', () => Staff, 'The member of staff who no longer manages the client.');

@Resolver(() => Staff)
export class StaffResolver {
  @Query(() => Staff, { nullable: true, description: 'One member of staff by id; null if there is none.' })
  staff(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.staffById.load(id);
  }

  @Query(() => StaffConnection, {
    description:
      'Members of staff matching the filter, in id order. Named `staffMembers` because `staff` reads as one member or many ' +
      'and is already the root for one member by id.',
  })
  async staffMembers(
    @Ctx() { db }: Context,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
    @Arg('filter', () => StaffFilter, { nullable: true, description: 'Which members of staff; omitted, all of them.' }) filter?: StaffFilter,
  ) {
    const window = pageWindow(paging, (cursor, field) => decodeCursor(cursor, isIdCursor, field));
    const page = await findStaffPage(db, filter ?? {}, window);
    return toConnection(page, window, (s) => s.id, () => countStaff(db, filter ?? {}));
  }

  @Mutation(() => UpsertStaffPayload, { description: 'Creates a member of staff, or updates one by id.' })
  async upsertStaff(@Arg('input', () => UpsertStaffInput) input: UpsertStaffInput, @Ctx() { db }: Context) {
    return toPayload('staff', await upsertStaff(db, input));
  }

  @Mutation(() => AssignManagerPayload, { description: "Makes a member of staff a client's one manager." })
  async assignManager(@Arg('input', () => AssignManagerInput) input: AssignManagerInput, @Ctx() { db, viewer }: Context) {
    return toPayload('manager', await assignManager(db, input.clientKind, input.clientId, input.staffId, scopeManagerMoves(viewer)));
  }

  @Mutation(() => UnassignManagerPayload, {
    description: `Ends a member of staff's management of a client (undoes assignManager); the client has no manager until one is assigned. ${NOT_PRESENT_RULE}`,
  })
  async unassignManager(@Arg('input', () => UnassignManagerInput) input: UnassignManagerInput, @Ctx() { db, viewer }: Context) {
    return toPayload('manager', await unassignManager(db, input.clientKind, input.clientId, input.staffId, scopeManagerMoves(viewer)));
  }

  @FieldResolver(() => Branch, { nullable: true, description: 'The branch they are based at.' })
  branch(@Root() staff: StaffRecord, @Ctx() { loaders }: Context) {
    return staff.branchId ? loaders.branchById.load(staff.branchId) : null;
  }

  @FieldResolver(() => Int, { description: 'How many persons they manage; list them with persons(filter: { managerId }).' })
  clientCount(@Root() staff: StaffRecord, @Ctx() { loaders }: Context) {
    return loaders.clientCountOfStaff.load(staff.id);
  }
}

@Resolver(() => Branch)
export class BranchResolver {
  @Query(() => Branch, { nullable: true, description: 'One branch by id; null if there is none.' })
  branch(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.branchById.load(id);
  }

  @Query(() => [Branch], { description: 'All branches, in id order (a bank has tens, not thousands).' })
  branches(@Ctx() { db }: Context) {
    return findAllBranches(db);
  }

  @Mutation(() => UpsertBranchPayload, { description: 'Creates a branch, or updates one by id.' })
  async upsertBranch(@Arg('input', () => UpsertBranchInput) input: UpsertBranchInput, @Ctx() { db }: Context) {
    return succeeded('branch', await upsertBranch(db, input));
  }

  @FieldResolver(() => StaffConnection, { description: 'Staff based at the branch, in id order.' })
  async staff(@Root() branch: BranchRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders }: Context) {
    const staff = (await loaders.staffOfBranch.load(branch.id)).map((row) => row.staff);
    return listConnection(staff, paging, (member) => [member.id]);
  }
}
