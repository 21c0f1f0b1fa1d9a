import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { findCrossSellNeighbourhood } from '../../db/cross-sell';
import { crossSell } from '../../domain/cross-sell';
import { rankedPage, rankedWindow } from '../ranked-page';
import { seenCrossSellNeighbourhood } from '../seen-records';
import { CrossSell } from '../types/cross-sell.type';

/** Five pages of the largest size: a client is offered a few products, never a shelf. */
const CROSS_SELL_LIMITS = { defaultSize: 5, maxSize: 20, maxRank: 100 };

@Resolver(() => CrossSell)
export class CrossSellResolver {
  @Query(() => CrossSell, {
    nullable: true,
    description:
      'Products a person does not hold and may be offered, ranked by who close to them holds them and what their employer uses with us; ' +
      'products above their risk profile are listed as excluded, never offered. ' +
      `\`first\` and \`after\` page \`opportunities\`, to rank ${CROSS_SELL_LIMITS.maxRank} at most. Null for an unknown person.`,
  })
  async crossSellOpportunities(
    @Arg('personId', () => ID, { description: 'The client.' }) personId: string,
    @Ctx() { db, loaders, people, figures }: Context,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: CROSS_SELL_LIMITS.defaultSize,
      description: `How many opportunities the page holds, 1–${CROSS_SELL_LIMITS.maxSize}.`,
    })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: "Cursor of an opportunity (`opportunities`' `endCursor`) to continue after." })
    after?: string | null,
  ) {
    const window = rankedWindow(first, after, CROSS_SELL_LIMITS);
    const neighbourhood = await findCrossSellNeighbourhood(db, personId);
    if (!neighbourhood) return null;
    for (const person of [neighbourhood.client, ...neighbourhood.neighbours.map((n) => n.person)]) {
      loaders.personById.prime(person.id, person);
    }
    const seen = await seenCrossSellNeighbourhood(people, figures, neighbourhood);
    const { opportunities, ...offer } = crossSell(seen.neighbourhood);
    const listed = opportunities.slice(window.offset, window.offset + window.take);
    return { ...offer, opportunities: rankedPage(window, listed, () => Promise.resolve(opportunities.length)), disclosure: seen.disclosure };
  }
}
