import { IsOptional, MaxLength } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { OrderDirection, ReferralChannel, ReferralOrderField, ReferralStatus, ReferrerKind } from '../../domain/model';
import { IsEntityId } from '../rules';

@InputType({ description: 'A new referral. Retrying with the same id and ends returns the referral already made and changes nothing.' })
export class CreateReferralInput {
  @Field(() => ID, {
    description: 'Your own id, e.g. the recommendation form number; required, so that a retry after a lost answer cannot make a second referral.',
  })
  @IsEntityId()
  id!: string;

  @Field(() => ReferrerKind, { defaultValue: ReferrerKind.PERSON, description: 'Which kind of node the referrer is.' })
  referrerKind!: ReferrerKind;

  @Field(() => ID, { description: 'Who referred: a client, a member of staff or an organization.' })
  @IsEntityId()
  referrerId!: string;

  @Field(() => ID, { description: 'The person referred: a prospect or a lapsed client.' })
  @IsEntityId()
  refereeId!: string;

  @Field(() => ReferralChannel, { description: 'How the referral reached the bank.' })
  channel!: ReferralChannel;

  @Field(() => ID, { nullable: true, description: 'The member of staff who follows it up.' })
  @IsOptional()
  @IsEntityId()
  assignedStaffId?: string;

  @Field({ nullable: true, description: 'Free-text note.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}

@InputType({ description: 'Moves a referral to its next status.' })
export class AdvanceReferralInput {
  @Field(() => ID, { description: 'The referral.' })
  @IsEntityId()
  id!: string;

  @Field(() => ReferralStatus, { description: 'The status to move to; only lifecycle steps are allowed.' })
  to!: ReferralStatus;
}

@InputType({ description: "Pays a converted referral's reward." })
export class SettleReferralRewardInput {
  @Field(() => ID, { description: 'The referral; its reward must be PENDING.' })
  @IsEntityId()
  id!: string;
}

@InputType({ description: 'Which referrals to list; all given conditions must hold.' })
export class ReferralFilter {
  @Field(() => ReferralStatus, { nullable: true, description: 'Only referrals in this status.' })
  status?: ReferralStatus;

  @Field(() => ID, { nullable: true, description: 'Only referrals assigned to this member of staff.' })
  @IsOptional()
  @IsEntityId()
  assignedStaffId?: string;

  @Field(() => ID, { nullable: true, description: 'Only referrals made by this person, staff member or organization.' })
  @IsOptional()
  @IsEntityId()
  referrerId?: string;

  @Field(() => ID, { nullable: true, description: 'Only referrals of this person.' })
  @IsOptional()
  @IsEntityId()
  refereeId?: string;

  @Field(() => ReferralChannel, { nullable: true, description: 'Only referrals that came through this channel.' })
  channel?: ReferralChannel;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only referrals created at or after this time.' })
  @IsOptional()
  createdFrom?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only referrals created before this time.' })
  @IsOptional()
  createdBefore?: Date;
}

@InputType({ description: 'How to sort referrals; ties are broken by id, in the same direction.' })
export class ReferralOrder {
  @Field(() => ReferralOrderField, { defaultValue: ReferralOrderField.CREATED_AT, description: 'What to sort by.' })
  field!: ReferralOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC, description: 'Newest first (the default) or oldest first.' })
  direction!: OrderDirection;
}
