import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { findCrossSellNeighbourhood } from '../../db/cross-sell';
import { crossSell } from '../../domain/cross-sell';
import { rankedFirst } from '../ranked-first';
import { seenCrossSellNeighbourhood } from '../seen-records';
import { CrossSell } from '../types/cross-sell.type';

const DEFAULT_OPPORTUNITIES = 5;
const MAX_OPPORTUNITIES = 20;

@Resolver(() => CrossSell)
export class CrossSellResolver {
  @Query(() => CrossSell, {
    nullable: true,
    description:
      'Products a person does not hold and may be offered, ranked by who close to them holds them and what their employer uses with us; ' +
      'products above their risk profile are listed as excluded, never offered. Null for an unknown person.',
  })
  async crossSellOpportunities(
    @Arg('personId', () => ID, { description: 'The client.' }) personId: string,
    @Ctx() { db, loaders, people, figures }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_OPPORTUNITIES, description: 'How many opportunities, 1–20.' })
    first?: number,
  ) {
    const size = rankedFirst(first, DEFAULT_OPPORTUNITIES, MAX_OPPORTUNITIES);
    const neighbourhood = await findCrossSellNeighbourhood(db, personId);
    if (!neighbourhood) return null;
    for (const person of [neighbourhood.client, ...neighbourhood.neighbours.map((n) => n.person)]) {
      loaders.personById.prime(person.id, person);
    }
    const seen = await seenCrossSellNeighbourhood(people, figures, neighbourhood);
    return { ...crossSell(seen.neighbourhood, size), disclosure: seen.disclosure };
  }
}
