import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { AcquaintanceKind, FamilyKind } from '../../domain/model';
import type { PersonRecord } from '../../domain/records';
import type { PathStep } from '../../domain/tie-path';
import { TieKind } from '../../domain/tie-strength';
import { Person } from './person.type';

registerEnumType(TieKind, {
  name: 'TieKind',
  description: 'A kind of tie in the people graph; default strengths are in src/domain/tie-strength.ts.',
  valuesConfig: {
    FAMILY: { description: 'A family relationship (spouse 0.95, parent or child 0.9, sibling 0.8, relative 0.6).' },
    ACQUAINTANCE: { description: 'People who know each other (KNOWS), with the strength recorded on the tie.' },
    HOUSEHOLD: { description: 'Members of the same household (0.85).' },
    COLLEAGUE: { description: 'Colleagues: with a key person 0.5, peers in a small organization 0.35.' },
    REFERRAL: { description: 'One brought the other to the bank: an attributed referral (0.7).' },
  },
});

/** What a step's `kind` may be: a family kind or an acquaintance kind. */
export const TieDetail = { ...FamilyKind, ...AcquaintanceKind };

registerEnumType(TieDetail, {
  name: 'TieDetail',
  description: 'What the next person on a path is to the previous one: a family kind (FAMILY ties) or an acquaintance kind (ACQUAINTANCE ties).',
});

@ObjectType({ description: 'One tie along a path through the people graph, from one person to the next.' })
export class TieStep implements Omit<PathStep, 'factor'> {
  @Field(() => Person, { description: 'The person the step leaves.' })
  from!: PersonRecord;

  @Field(() => Person, { description: 'The person the step reaches.' })
  to!: PersonRecord;

  @Field(() => TieKind, { description: 'The kind of tie: the strongest of the ties between the two.' })
  tie!: TieKind;

  @Field(() => TieDetail, { nullable: true, description: 'What `to` is to `from` for FAMILY and ACQUAINTANCE ties, e.g. SPOUSE; null otherwise.' })
  kind!: FamilyKind | AcquaintanceKind | null;

  @Field(() => Float, { description: 'Strength of the tie in (0, 1].' })
  strength!: number;

  @Field({ description: 'The step in words, e.g. "spouse of your client 王军".' })
  explanation!: string;
}
