import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { badInput } from '../../errors';
import { loadNodes } from '../../loaders/load-nodes';
import { MAX_PAGE_SIZE } from '../connection';
import { asNode, Node, NodeType } from '../types/node.type';

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its id (Relay refetching): a person, organization, household, member of staff, branch, product, referral or ' +
      "interaction; null if there is none, and for an interaction whose person's contact history the viewer may not see.",
  })
  async node(@Arg('id', () => ID, { description: 'An id as this API handed it out.' }) id: string, @Ctx() { db, loaders, people }: Context) {
    const [found] = await loadNodes(db, { loaders, people }, [id], (record, type) => asNode(record, type as NodeType));
    return found;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by id, in the order asked, null where there is none; at most ${MAX_PAGE_SIZE} ids.`,
  })
  nodes(@Arg('ids', () => [ID], { description: 'Ids as this API handed them out.' }) ids: string[], @Ctx() { db, loaders, people }: Context) {
    if (ids.length > MAX_PAGE_SIZE) throw badInput('ids', `must name at most ${MAX_PAGE_SIZE} ids; got ${ids.length}.`);
    return loadNodes(db, { loaders, people }, ids, (record, type) => asNode(record, type as NodeType));
  }
}
