import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { explainChurn } from '../../domain/churn-exposure';
import { ChurnImpactRecord, findChurnImpact } from '../../insights/churn-impact';
import { checkMaxHops, MAX_HOPS } from '../path-args';
import { ChurnExposedClientConnection, ChurnImpact } from '../types/churn-impact.type';
import { ConnectionArgs, listConnection, withNodes } from '../connection';
import { loadPathRecords } from '../seen-records';

const DEFAULT_HOPS = 2;

@Resolver(() => ChurnImpact)
export class ChurnImpactResolver {
  @Query(() => ChurnImpact, {
    nullable: true,
    description:
      'The ACTIVE clients within maxHops ties of a person, each exposed by the product of tie strengths along the strongest path, ' +
      'and aumAtRisk = Σ AUM × exposure. Clients the viewer may not see, or reached through a tie they may not see, are not listed ' +
      'and are left out of aumAtRisk (see disclosure). Null for an unknown person.',
  })
  async churnImpact(
    @Arg('personId', () => ID, { description: 'The person whose departure is considered.' }) personId: string,
    @Ctx() { db, loaders, figures }: Context,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: DEFAULT_HOPS, description: `The most ties on a path to a client, 1–${MAX_HOPS}.` })
    maxHops?: number | null,
  ): Promise<ChurnImpactRecord | null> {
    const hops = checkMaxHops(maxHops ?? DEFAULT_HOPS);
    const person = await loaders.personById.load(personId);
    return person && findChurnImpact(db, figures, person, hops);
  }

  /** Explained only when asked for, and only the page: totals need no more than the search read. */
  @FieldResolver(() => ChurnExposedClientConnection, {
    description: 'The ACTIVE clients within maxHops, by aumAtRisk descending, then fewer hops, then id.',
  })
  async clients(@Root() impact: ChurnImpactRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders, people }: Context) {
    const ranked = impact.routes.map((route, rank) => ({ route, rank }));
    const page = listConnection(ranked, paging, (entry) => [entry.rank]);
    const routes = page.edges.map((edge) => edge.node.route);
    const records = await loadPathRecords(loaders, people, routes.flatMap((route) => route.ids));
    return withNodes(page, explainChurn(impact.graph, routes, records));
  }
}
