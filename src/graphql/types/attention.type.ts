import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AttentionReasonKind } from '../../domain/attention';
import type { PersonRecord } from '../../domain/records';
import type { AttentionEntryRecord } from '../../insights/attention-list';
import { connectionOf } from '../connection';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { Person } from './person.type';
import { ScoreFactor } from './score-factor.type';

registerEnumType(AttentionReasonKind, {
  name: 'AttentionReasonKind',
  description: 'Why a client is on the attention list: the first four make a call due, the others raise the stakes.',
  valuesConfig: {
    NEVER_CONTACTED: { description: 'No contact was ever recorded.' },
    OVERDUE_CONTACT: { description: "Longer since the last contact than the client's tier expects." },
    SATISFACTION_FALLING: { description: 'The newest satisfaction assessment is below the one before.' },
    LOW_SATISFACTION: { description: 'Satisfaction as last assessed is below 6/10.' },
    INFLUENTIAL_REFERRER: { description: 'The client brought others to the bank (attributed referrals).' },
    WELL_CONNECTED: { description: "Stored PageRank at least twice the average person's." },
    KNOCK_ON_RISK: { description: 'Connected ACTIVE clients may follow the client out (churnImpact).' },
  },
});

@ObjectType({ description: 'A figure behind a reason, e.g. { name: "days", value: 97 }.' })
export class AttentionFigure {
  @Field({ description: 'Stable machine name, e.g. "days", "expectedDays", "from", "to", "clients".' })
  name!: string;

  @Field(() => Float, { description: 'The figure (a count, days or points; money is in `amount`).' })
  value!: number;
}

@ObjectType({ description: 'One reason a client is on the list, ready to show.' })
export class AttentionReason {
  @Field(() => AttentionReasonKind, { description: 'What kind of reason.' })
  kind!: AttentionReasonKind;

  @Field({ description: 'The reason in words, e.g. "not contacted for 97 days (GOLD clients every 60)".' })
  message!: string;

  @Field(() => [AttentionFigure], { description: 'The figures behind the message.' })
  figures!: AttentionFigure[];

  @Field(() => DecimalScalar, { nullable: true, description: 'The money behind the reason in CNY, when it is about money.' })
  amount!: string | null;
}

@ObjectType({ description: 'A client who needs a call, and why.' })
export class AttentionEntry implements AttentionEntryRecord {
  @Field(() => Int, { description: 'Position on the list, from 1.' })
  rank!: number;

  @Field(() => Person, { description: 'The client.' })
  person!: PersonRecord;

  id!: string;

  @Field(() => Float, { description: 'Value at risk × connectedness × urgency, in CNY (see factors).' })
  score!: number;

  @Field(() => Int, { nullable: true, description: 'Whole days since the last contact; null when never contacted.' })
  daysSinceContact!: number | null;

  @Field(() => Int, { description: "Days between contacts the client's tier expects (DIAMOND/PLATINUM 30, GOLD 60, others 90)." })
  expectedContactDays!: number;

  @Field(() => DecimalScalar, { description: "Own AUM + connected clients' AUM × exposure (churnImpact with maxHops 1: the clients tied directly), in CNY." })
  aumAtRisk!: string;

  @Field(() => DecimalScalar, { description: 'aumAtRisk + referral value (AUM of the clients brought, halved per generation), in CNY.' })
  valueAtRisk!: string;

  @Field(() => [AttentionReason], { description: 'Why the client is listed: what makes the call due first, then what raises the stakes.' })
  reasons!: AttentionReason[];

  @Field(() => [ScoreFactor], { description: 'The parts of the score: aum, knockOnAum, referralValue, connectedness, overdue, satisfaction.' })
  factors!: ScoreFactor[];
}

export const AttentionEntryConnection = connectionOf(AttentionEntry, 'AttentionEntry', 'attention entry');
