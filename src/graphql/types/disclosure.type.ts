import { Field, Int, ObjectType } from 'type-graphql';
import type { Disclosure as DisclosureRecord } from '../../domain/disclosure';

@ObjectType({
  description:
    'What an answer left out or pooled under the disclosure rule: figures of persons the viewer may not see are left out, except ' +
    'referral-tree figures, where they count once enough of them (DISCLOSURE_MIN_POOL, default 5) stand behind one, rounded to two significant figures.',
})
export class Disclosure implements DisclosureRecord {
  @Field(() => Int, { description: 'Persons the viewer may not see whose part was left out of the figures and lists (too few to pool).' })
  withheld!: number;

  @Field(() => Int, { description: 'Persons the viewer may not see whose part is included in the figures, pooled and rounded; never listed.' })
  pooled!: number;
}
