import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { PersonRecord } from '../../domain/records';
import { Person } from './person.type';
import { ScoreFactor } from './score-factor.type';

@ObjectType({ description: 'An employee of an organization who is not an ACTIVE client yet, with their ties to our clients.' })
export class EmployeeProspect {
  @Field(() => Person, { description: 'The employee: a PROSPECT, or a DORMANT or CHURNED client to win back.' })
  person!: PersonRecord;

  @Field({ description: 'Whether the employee is a key person at the organization.' })
  keyPerson!: boolean;

  @Field(() => Float, { description: 'Σ over distinct ACTIVE clients tied to the employee of the strongest tie; higher is warmer.' })
  score!: number;

  @Field(() => Int, { description: 'How many distinct ACTIVE clients the employee is tied to.' })
  activeClientTies!: number;

  @Field(() => [ScoreFactor], {
    description: 'The parts of the score, e.g. "5 colleagues at 华东制造 are clients", "sibling 王芳 is a client".',
  })
  explanation!: ScoreFactor[];
}
