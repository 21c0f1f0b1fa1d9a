import { Disclosure } from './disclosure.type';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ReferralHopRecord, ReferrerRef } from '../../db/referral-forest';
import type { PersonRecord } from '../../domain/records';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { Person } from './person.type';
import { connectionOf } from '../connection';

/**
 * Chains and trees of attributed referrals (docs/rules.md#referral-chains-and-trees). The Referrer,
 * Referral and Person at their ends are resolved by
 * src/graphql/resolvers/referral-forest.resolver.ts through loaders.
 */

@ObjectType({ description: 'One attributed referral on a chain: who introduced whom, and the referral credited with it.' })
export class ReferralHop implements ReferralHopRecord {
  referralId!: string;
  referrer!: ReferrerRef;
  refereeId!: string;
}

@ObjectType({
  description:
    'How a person came to the bank: the attributed referrals from the original source down to the person. ' +
    'A person nobody introduced has a chain of length 0 whose root is the person.',
})
export class ReferralChain {
  personId!: string;
  root!: ReferrerRef;

  @Field(() => [ReferralHop], { description: 'The attributed referrals, from the root down to the person.' })
  hops!: ReferralHopRecord[];

  @Field(() => Int, { description: 'Number of hops: 0 when nobody introduced the person, 1 when introduced by the root.' })
  length!: number;
}

@ObjectType({ description: 'Someone reached through attributed referrals below the root of a tree.' })
export class ReferralTreeMember {
  @Field(() => Person, { description: 'The person reached.' })
  person!: PersonRecord;

  @Field(() => Int, { description: 'Generations below the root: 1 = introduced by the root directly.' })
  depth!: number;

  referralId!: string;
}

@ObjectType({ description: 'The people of a referral tree at one depth.' })
export class ReferralTreeLevel {
  @Field(() => Int, { description: 'Generations below the root, from 1.' })
  depth!: number;

  @Field(() => Int, { description: 'How many people are at this depth.' })
  count!: number;

  @Field(() => DecimalScalar, { description: 'Their assets under management summed, in CNY.' })
  aum!: string;
}

@ObjectType({ description: 'Everyone a source brought to the bank through attributed referrals, down to maxDepth generations.' })
export class ReferralTree {
  root!: ReferrerRef;

  @Field(() => Int, { description: 'The deepest generation included.' })
  maxDepth!: number;

  /** Paged by ReferralTreeResolver.descendants. */
  descendants!: ReferralTreeMember[];

  @Field(() => Int, { description: 'How many people were reached, at any depth up to maxDepth: those listed, plus those pooled (see disclosure).' })
  size!: number;

  @Field(() => DecimalScalar, { description: "Σ of the descendants' assets under management, in CNY, hidden ones pooled and rounded (see disclosure)." })
  totalAum!: string;

  @Field(() => [ReferralTreeLevel], {
    description: 'Counts and AUM per depth, shallowest first; only depths with anyone to show. Hidden descendants count at a depth only when enough are pooled there.',
  })
  byDepth!: ReferralTreeLevel[];

  @Field(() => Disclosure, { description: 'Descendants the viewer may not see: left out of the list and the totals, or pooled into them.' })
  disclosure!: Disclosure;

  @Field(() => Int, { description: 'Referrals the root made, whatever became of them (not only attributed ones).' })
  directReferrals!: number;

  @Field(() => Int, { description: 'How many of those referrals converted.' })
  directConversions!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'directConversions ÷ directReferrals, from 0 to 1; null when the root made no referral.',
  })
  directConversionRate!: number | null;
}

export const ReferralTreeMemberConnection = connectionOf(ReferralTreeMember, 'ReferralTreeMember', 'referral tree member');
