import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AttentionEntryRecord, findAttentionList } from '../../insights/attention-list';
import { rankedFirst } from '../ranked-first';
import { AttentionEntry } from '../types/attention.type';

@Resolver(() => AttentionEntry)
export class AttentionResolver {
  @Query(() => [AttentionEntry], {
    nullable: true,
    description:
      "Whom to call today: the manager's ACTIVE and DORMANT clients whose contact is overdue (by tier: DIAMOND/PLATINUM 30 days, " +
      'GOLD 60, others 90) or whose satisfaction is falling or low, ranked by value at risk (own AUM, connected clients at risk, ' +
      'referral value) × urgency, best first, each with its reasons. Null for an unknown member of staff.',
  })
  async attentionList(
    @Arg('staffId', () => ID, { description: 'The manager whose clients to rank.' }) staffId: string,
    @Ctx() { db, figures }: Context,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many clients to return, 1–100 (default 10).' }) first: number,
  ): Promise<AttentionEntryRecord[] | null> {
    return findAttentionList(db, figures, staffId, rankedFirst(first, 10, 100), new Date());
  }
}
