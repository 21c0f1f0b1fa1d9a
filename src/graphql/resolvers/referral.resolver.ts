import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { scopeReferralFilter } from '../../auth/scopes';
import type { Context } from '../../context';
import {
  advanceReferral,
  countReferrals,
  createReferral,
  findReferralsPage,
  settleReferralReward,
} from '../../db/referrals';
import type { ReferralRecord } from '../../domain/records';
import { allowedTransitions } from '../../domain/referral-lifecycle';
import { OrderDirection, ReferralStatus } from '../../domain/model';
import { ConnectionArgs, decodeCursor, isTimeCursor, pageWindow, toConnection } from '../connection';
import { AdvanceReferralInput, CreateReferralInput, ReferralFilter, ReferralOrder, SettleReferralRewardInput } from '../inputs/referral.input';
import { payloadOf, toPayload } from '../payload';
import { loadReferrer } from './referral-forest.resolver';
import { Person } from '../types/person.type';
import { Referral, ReferralConnection, Referrer } from '../types/referral.type';
import { Staff } from '../types/staff.type';

const CreateReferralPayload = payloadOf('CreateReferralPayload', 'referral', () => Referral, 'The referral as stored.');
const AdvanceReferralPayload = payloadOf('AdvanceReferralPayload', 'referral', () => Referral, 'The referral after the step.');
const SettleReferralRewardPayload = payloadOf(
  'SettleReferralRewardPayload',
  'referral',
  () => Referral,
  'The referral with its reward paid.',
);

const isReferralCursor = isTimeCursor('createdAt');

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => Referral, { nullable: true, description: 'One referral by id; null if there is none.' })
  referral(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.referralById.load(id);
  }

  @Query(() => ReferralConnection, { description: 'Referrals matching the filter, newest first (or as orderBy says), a page at a time.' })
  async referrals(
    @Ctx() { db, viewer }: Context,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter?: ReferralFilter,
    @Arg('orderBy', () => ReferralOrder, { nullable: true, description: 'How to sort; newest first when omitted.' }) orderBy?: ReferralOrder,
  ) {
    const window = pageWindow(paging, (cursor, field) => decodeCursor(cursor, isReferralCursor, field));
    const scoped = scopeReferralFilter(viewer, filter ?? {});
    const page = await findReferralsPage(db, scoped, window, orderBy?.direction === OrderDirection.ASC);
    return toConnection(
      page,
      window,
      (r) => ({ createdAt: r.createdAt.toISOString(), id: r.id }),
      () => countReferrals(db, scoped),
    );
  }

  @Mutation(() => CreateReferralPayload, { description: 'Records a NEW referral after checking the referral rules.' })
  async createReferral(@Arg('input', () => CreateReferralInput) input: CreateReferralInput, @Ctx() { db, viewer }: Context) {
    return toPayload(
      'referral',
      await createReferral(db, {
        ...input,
        assignedStaffId: input.assignedStaffId ?? null,
        note: input.note ?? null,
        createdBy: viewer.staffId,
      }),
    );
  }

  @Mutation(() => AdvanceReferralPayload, {
    description: 'Moves a referral one lifecycle step. CONVERTED makes the referee an ACTIVE client.',
  })
  async advanceReferral(@Arg('input', () => AdvanceReferralInput) input: AdvanceReferralInput, @Ctx() { db }: Context) {
    return toPayload('referral', await advanceReferral(db, input.id, input.to));
  }

  @Mutation(() => SettleReferralRewardPayload, { description: "Marks a converted referral's incentive as paid." })
  async settleReferralReward(@Arg('input', () => SettleReferralRewardInput) input: SettleReferralRewardInput, @Ctx() { db }: Context) {
    return toPayload('referral', await settleReferralReward(db, input.id));
  }

  @FieldResolver(() => Referrer, { nullable: true, description: 'Who made the referral.' })
  referrer(@Root() referral: ReferralRecord, @Ctx() { loaders }: Context) {
    return loadReferrer(loaders, { kind: referral.referrerKind, id: referral.referrerId });
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person referred.' })
  referee(@Root() referral: ReferralRecord, @Ctx() { loaders }: Context) {
    return loaders.personById.load(referral.refereeId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The member of staff following it up.' })
  assignedStaff(@Root() referral: ReferralRecord, @Ctx() { loaders }: Context) {
    return referral.assignedStaffId ? loaders.staffById.load(referral.assignedStaffId) : null;
  }

  @FieldResolver(() => [ReferralStatus], { description: 'The statuses it may move to next; empty once closed.' })
  nextStatuses(@Root() referral: ReferralRecord) {
    return allowedTransitions(referral.status);
  }
}
