import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { centralityStore } from '../../db/centralities';
import { InfluenceMetric } from '../../domain/influence-centres';
import { findInfluenceCentres } from '../../insights/influence-ranking';
import { refreshCentralities } from '../../insights/refresh-insights';
import { pageSize } from '../connection';
import { succeeded } from '../payload';
import { InfluenceCentres, RefreshInsightsPayload } from '../types/influence.type';

@Resolver(() => InfluenceCentres)
export class InfluenceResolver {
  @Query(() => InfluenceCentres, {
    nullable: true,
    description:
      'Centres of influence (影响力中心): the people whose word brings others, ranked by a referral metric computed ' +
      'live or by a centrality stored by refreshInsights.',
  })
  influenceCentres(
    @Arg('metric', () => InfluenceMetric) metric: InfluenceMetric,
    @Ctx() { db, figures }: Context,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many to return, 1–100 (default 10).' }) first: number,
    @Arg('branchId', () => ID, {
      nullable: true,
      description: 'Only clients whose manager is based at this branch; the whole bank when omitted.',
    })
    branchId?: string | null,
  ) {
    return findInfluenceCentres(db, figures, metric, pageSize(first), branchId ?? null);
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
