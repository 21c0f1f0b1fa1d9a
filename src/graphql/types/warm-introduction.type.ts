import { Field, Float, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../connection';
import { FRONTIER_CAP } from '../../domain/neighbourhood-search';
import type { PersonRecord } from '../../domain/records';
import { MAX_PATH_VISITS } from '../../domain/warm-paths';
import { Person } from './person.type';
import { ScoreFactor } from './score-factor.type';
import { TieStep } from './tie-step.type';

@ObjectType({
  description:
    'A warm introduction: a path of ties from an introducer (a client) to a prospect. ' +
    'score = introducer warmth × product of tie strengths.',
})
export class WarmIntroduction {
  @Field(() => Float, { description: 'Introducer warmth × the product of the tie strengths, in (0, 1]; higher is warmer.' })
  score!: number;

  @Field(() => Int, { description: 'Number of ties on the path; fewer hops rank first among equal scores.' })
  hops!: number;

  @Field(() => Person, { description: 'The client who would make the introduction: the first person on the path.' })
  introducer!: PersonRecord;

  @Field(() => Float, {
    description: 'How readily the introducer opens a door, in (0, 1]: satisfaction × contact recency × past referrals × status.',
  })
  warmth!: number;

  @Field(() => [TieStep], { description: 'The ties from the introducer to the prospect, in order.' })
  steps!: TieStep[];

  @Field(() => TieStep, { description: 'The step with the lowest strength: where the path is most likely to break.' })
  weakestLink!: TieStep;

  @Field(() => [ScoreFactor], { description: 'The factors of the score: the warmth parts, then one per step.' })
  explanation!: ScoreFactor[];

  @Field({
    description:
      `True when the search hit a cap (${FRONTIER_CAP} persons per frontier, ${MAX_PATH_VISITS} path extensions), ` +
      'so a better path may exist; the same on every path of one answer.',
  })
  searchTruncated!: boolean;
}

export const WarmIntroductionConnection = connectionOf(WarmIntroduction, 'WarmIntroduction', 'warm introduction');
