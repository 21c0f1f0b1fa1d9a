import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { relateAcquaintance, relateFamily, removeAcquaintance, removeFamilyTie } from '../../db/ties';
import { RelateAcquaintanceInput, RelateFamilyInput, RemoveAcquaintanceInput, RemoveFamilyTieInput } from '../inputs/tie.input';
import { NOT_PRESENT_RULE, payloadOf, toPayload } from '../payload';
import { TiedPair } from '../types/tie.type';

const RelateFamilyPayload = payloadOf('RelateFamilyPayload', 'pair', () => TiedPair, 'The person and the relative.');
const RelateAcquaintancePayload = payloadOf(
  'RelateAcquaintancePayload',
  'pair',
  () => TiedPair,
  'The person and the acquaintance.',
);
const RemoveFamilyTiePayload = payloadOf('RemoveFamilyTiePayload', 'pair', () => TiedPair, 'The person and the former relative.');
const RemoveAcquaintancePayload = payloadOf(
  'RemoveAcquaintancePayload',
  'pair',
  () => TiedPair,
  'The person and the former acquaintance.',
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

  @Mutation(() => RemoveFamilyTiePayload, {
    description: `Ends the family tie between two people, whatever its kind (undoes relateFamily, either way round). ${NOT_PRESENT_RULE}`,
  })
  async removeFamilyTie(@Arg('input', () => RemoveFamilyTieInput) input: RemoveFamilyTieInput, @Ctx() { db }: Context) {
    return toPayload('pair', await removeFamilyTie(db, input.personId, input.relativeId));
  }

  @Mutation(() => RemoveAcquaintancePayload, {
    description: `Ends the acquaintance tie between two people (undoes relateAcquaintance, either way round). ${NOT_PRESENT_RULE}`,
  })
  async removeAcquaintance(@Arg('input', () => RemoveAcquaintanceInput) input: RemoveAcquaintanceInput, @Ctx() { db }: Context) {
    return toPayload('pair', await removeAcquaintance(db, input.personId, input.acquaintanceId));
  }
}
