import { Field, Float, ObjectType } from 'type-graphql';
import type { ScoreFactor as ScoreFactorRecord } from '../../domain/explain';

@ObjectType({ description: 'One part of a score, so a front end can show why a result ranks where it does.' })
export class ScoreFactor implements ScoreFactorRecord {
  @Field({ description: 'Stable machine name of the factor, e.g. "satisfaction" or "tie:SPOUSE".' })
  name!: string;

  @Field(() => Float, { description: 'The value the factor contributed, as it entered the score.' })
  value!: number;

  @Field({ description: 'The factor in words, e.g. "satisfied 9/10, contacted 12 days ago".' })
  explanation!: string;
}
