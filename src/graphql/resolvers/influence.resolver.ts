import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { centralityStore } from '../../db/centralities';
import { InfluenceMetric } from '../../domain/influence-centres';
import { findInfluenceCentres, MAX_INFLUENCE_RANK } from '../../insights/influence-ranking';
import { refreshCentralities } from '../../insights/refresh-insights';
import { succeeded } from '../payload';
import { rankedPage, rankedWindow } from '../ranked-page';
import { InfluenceCentres, RefreshInsightsPayload } from '../types/influence.type';

const INFLUENCE_LIMITS = { defaultSize: 10, maxSize: 100, maxRank: MAX_INFLUENCE_RANK };

@Resolver(() => InfluenceCentres)
export class InfluenceResolver {
  @Query(() => InfluenceCentres, {
    nullable: true,
    description:
      'Centres of influence (影响力中心): the people whose word brings others, ranked by a referral metric computed ' +
      `live or by a centrality stored by refreshInsights. \`first\` and \`after\` page \`entries\`, to rank ${INFLUENCE_LIMITS.maxRank} at most.`,
  })
  async influenceCentres(
    @Arg('metric', () => InfluenceMetric, { description: 'What the persons are ranked by.' }) metric: InfluenceMetric,
    @Ctx() { db, figures }: Context,
    @Arg('first', () => Int, {
      defaultValue: INFLUENCE_LIMITS.defaultSize,
      description: `How many entries the page holds, 1–${INFLUENCE_LIMITS.maxSize} (default ${INFLUENCE_LIMITS.defaultSize}).`,
    })
    first: number,
    @Arg('branchId', () => ID, {
      nullable: true,
      description: 'Only clients whose manager is based at this branch; the whole bank when omitted.',
    })
    branchId?: string | null,
    @Arg('after', () => String, { nullable: true, description: "Cursor of an entry (`entries`' `endCursor`) to continue after." })
    after?: string | null,
  ) {
    const window = rankedWindow(first, after, INFLUENCE_LIMITS);
    const { entries, countRanked, ...centres } = await findInfluenceCentres(db, figures, metric, window, branchId ?? null);
    return { ...centres, entries: rankedPage(window, entries, countRanked) };
  }

  @Mutation(() => RefreshInsightsPayload, {
    description:
      'Recomputes PageRank and betweenness over the whole people graph and stores them on every person. ' +
      'Betweenness is sampled (1,000 pivots) above 10,000 persons; the run says so.',
  })
  async refreshInsights(@Ctx() { db }: Context) {
    return succeeded('run', await refreshCentralities(centralityStore(db)));
  }
}
