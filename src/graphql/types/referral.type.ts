import { Node } from './node.type';
import { createUnionType, Field, ID, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ReferralChannel, ReferralStatus, ReferrerKind, RewardStatus } from '../../domain/model';
import type { OrganizationRecord, PersonRecord, ReferralRecord, StaffRecord } from '../../domain/records';
import { connectionOf } from '../connection';
import { Organization } from './organization.type';
import { Person } from './person.type';
import { Staff } from './staff.type';

export const Referrer = createUnionType({
  name: 'Referrer',
  description: 'Who made a referral: a client, a member of staff or an organization.',
  types: () => [Person, Staff, Organization] as const,
  // Records are plain objects; each kind has a field the others lack.
  resolveType: (value: PersonRecord | StaffRecord | OrganizationRecord) => {
    if ('role' in value) return Staff;
    if ('isClient' in value) return Organization;
    return Person;
  },
});

@ObjectType({ implements: Node, description: 'A referral: someone introduced a person to the bank. It moves through a lifecycle.' })
export class Referral implements ReferralRecord {
  @Field(() => ID, { description: "The referral's id." })
  id!: string;

  @Field(() => ReferralStatus, { description: 'Where the referral is in its lifecycle.' })
  status!: ReferralStatus;

  @Field(() => ReferralChannel, { description: 'How the referral reached the bank.' })
  channel!: ReferralChannel;

  @Field(() => String, { nullable: true, description: 'Free-text note from whoever recorded it.' })
  note!: string | null;

  @Field({ description: "True for the referee's first converted referral: the one credited with winning them." })
  attributed!: boolean;

  @Field(() => RewardStatus, { description: 'The incentive owed to referrer and referee.' })
  rewardStatus!: RewardStatus;

  @Field(() => ReferrerKind, { description: 'Which kind of node the referrer is.' })
  referrerKind!: ReferrerKind;

  referrerId!: string;
  refereeId!: string;
  assignedStaffId!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the referral was recorded.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When it last changed.' })
  updatedAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the referee was first contacted.' })
  contactedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the referee was qualified (money, authority, need).' })
  qualifiedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the referee became a client.' })
  convertedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the referral was declined or expired.' })
  closedAt!: Date | null;
}

export const ReferralConnection = connectionOf(Referral, 'Referral', 'referral');
