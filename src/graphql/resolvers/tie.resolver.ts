import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { relateAcquaintance, relateFamily } from '../../db/ties';
import { RelateAcquaintanceInput, RelateFamilyInput } from '../inputs/tie.input';
import { payloadOf, toPayload } from '../payload';
import { TiedPair } from '../types/tie.type';

const RelateFamilyPayload = payloadOf('RelateFamilyPayload', 'pair', () => TiedPair, 'The person and the relative.');
const RelateAcquaintancePayload = payloadOf(
  'RelateAcquaintancePayload',
  'pair',
  () => TiedPair,
  'The person and the acquaintance.',
);

@Resolver()
export class TieResolver {
  @Mutation(() => RelateFamilyPayload, { description: 'Records a family tie (idempotent, either way round).' })
  async relateFamily(@Arg('input', () => RelateFamilyInput) input: RelateFamilyInput, @Ctx() { db }: Context) {
    return toPayload('pair', await relateFamily(db, input.personId, input.relativeId, input.kind));
  }

  @Mutation(() => RelateAcquaintancePayload, { description: 'Records an acquaintance tie with its strength (idempotent).' })
  async relateAcquaintance(@Arg('input', () => RelateAcquaintanceInput) input: RelateAcquaintanceInput, @Ctx() { db }: Context) {
    return toPayload('pair', await relateAcquaintance(db, input.personId, input.acquaintanceId, input.kind, input.strength));
  }
}
