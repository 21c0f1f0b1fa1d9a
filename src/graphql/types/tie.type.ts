import { Field, Float, ObjectType } from 'type-graphql';
import { AcquaintanceKind, FamilyKind } from '../../domain/model';
import type { PersonRecord } from '../../domain/records';
import { Person } from './person.type';
import { connectionOf } from '../connection';

@ObjectType({ description: 'A family tie, seen from the person it hangs from.' })
export class FamilyTie {
  @Field(() => FamilyKind, { description: 'What the relative is to the person, e.g. SPOUSE, PARENT.' })
  kind!: FamilyKind;

  @Field(() => Person, { description: 'The relative.' })
  relative!: PersonRecord;
}

@ObjectType({ description: 'An acquaintance tie between two people.' })
export class Acquaintance {
  @Field(() => AcquaintanceKind, { description: 'How they know each other.' })
  kind!: AcquaintanceKind;

  @Field(() => Float, { description: 'Tie strength in (0, 1]: 1 is a close friend whose word counts.' })
  strength!: number;

  @Field(() => Person, { description: 'The other person.' })
  person!: PersonRecord;
}

@ObjectType({ description: 'The two people a relate mutation tied together.' })
export class TiedPair {
  @Field(() => Person, { description: 'The person named first in the input.' })
  person!: PersonRecord;

  @Field(() => Person, { description: 'The other person.' })
  other!: PersonRecord;
}

export const FamilyTieConnection = connectionOf(FamilyTie, 'FamilyTie', 'family tie');
export const AcquaintanceConnection = connectionOf(Acquaintance, 'Acquaintance', 'acquaintance');
