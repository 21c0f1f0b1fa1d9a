import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FRONTIER_CAP } from '../../domain/neighbourhood-search';
import type { PersonRecord } from '../../domain/records';
import { DecimalScalar } from '../scalars/decimal.scalar';
import { Disclosure } from './disclosure.type';
import { Person } from './person.type';
import { ScoreFactor } from './score-factor.type';
import { TieStep } from './tie-step.type';
import { connectionOf } from '../connection';

@ObjectType({ description: 'An ACTIVE client who may follow a person out of the bank, and how much of their AUM is at risk.' })
export class ChurnExposedClient {
  @Field(() => Person, { description: 'The client at risk.' })
  client!: PersonRecord;

  @Field(() => Float, { description: 'Product of tie strengths along the strongest path from the person, in (0, 1].' })
  exposure!: number;

  @Field(() => DecimalScalar, { nullable: true, description: "The client's assets under management, in CNY; null when the client is masked to the viewer." })
  aum!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'aum × exposure, rounded half-up to fen; null when the client is masked to the viewer.' })
  aumAtRisk!: string;

  @Field(() => Int, { description: 'Number of ties on the strongest path (the fewest among equally strong paths).' })
  hops!: number;

  @Field(() => [TieStep], { description: 'The strongest path, from the person to the client.' })
  steps!: TieStep[];

  @Field(() => [ScoreFactor], { description: 'The factors of the exposure: one per step.' })
  explanation!: ScoreFactor[];
}

@ObjectType({ description: 'Who else the bank may lose if it loses this person ("losing one may take a string of others").' })
export class ChurnImpact {
  @Field(() => Person, { description: 'The person whose departure is considered.' })
  person!: PersonRecord;

  @Field(() => Int, { description: 'The most ties a path to a client may have.' })
  maxHops!: number;

  @Field(() => Int, { description: 'How many clients are listed.' })
  count!: number;

  @Field(() => DecimalScalar, {
    description: 'Σ aumAtRisk of the listed clients (AUM × exposure, each rounded to fen); clients not listed are never counted, as the viewer may choose who is tied to whom.',
  })
  aumAtRisk!: string;

  @Field(() => Disclosure, { description: 'Clients at risk that the viewer may not see, or only through a tie they may not see: left out (never pooled).' })
  disclosure!: Disclosure;

  @Field({ description: `True when a frontier hit its cap (${FRONTIER_CAP} persons per round), so some clients may be missing.` })
  truncated!: boolean;
}

export const ChurnExposedClientConnection = connectionOf(ChurnExposedClient, 'ChurnExposedClient', 'exposed client');
