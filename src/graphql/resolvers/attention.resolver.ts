import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AttentionEntryRecord, findAttentionList } from '../../insights/attention-list';
import type { ConnectionValue } from '../connection';
import { rankedPage, rankedWindow } from '../ranked-page';
import { AttentionEntry, AttentionEntryConnection } from '../types/attention.type';

/** The deepest rank listed: a manager works down a list of calls, never a thousand of them. */
export const ATTENTION_LIMITS = { defaultSize: 10, maxSize: 100, maxRank: 1000 };

@Resolver(() => AttentionEntry)
export class AttentionResolver {
  @Query(() => AttentionEntryConnection, {
    nullable: true,
    description:
      "Whom to call today: the manager's ACTIVE and DORMANT clients whose contact is overdue (by tier: DIAMOND/PLATINUM 30 days, " +
      'GOLD 60, others 90) or whose satisfaction is falling or low, ranked by value at risk (own AUM, connected clients at risk, ' +
      'referral value) × urgency, best first (ties: longest without contact, then id), each with its reasons. ' +
      `Paged by rank, to rank ${ATTENTION_LIMITS.maxRank} at most; totalCount counts the whole list (every client is scored to rank any). ` +
      'Null for an unknown member of staff.',
  })
  async attentionList(
    @Arg('staffId', () => ID, { description: 'The manager whose clients to rank.' }) staffId: string,
    @Ctx() { db, figures }: Context,
    @Arg('first', () => Int, { defaultValue: ATTENTION_LIMITS.defaultSize, description: `How many clients to return, 1–${ATTENTION_LIMITS.maxSize} (default ${ATTENTION_LIMITS.defaultSize}).` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of an entry (`endCursor` of a page) to continue after.' })
    after?: string | null,
  ): Promise<ConnectionValue<AttentionEntryRecord> | null> {
    const window = rankedWindow(first, after, ATTENTION_LIMITS);
    const list = await findAttentionList(db, figures, staffId, window, new Date());
    return list && rankedPage(window, list.entries, () => Promise.resolve(list.total));
  }
}
