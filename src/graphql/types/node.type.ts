import { Field, ID, InterfaceType } from 'type-graphql';

/** The entity types a `node(id:)` can answer, by their GraphQL names. */
export const NODE_TYPES = ['Person', 'Organization', 'Household', 'Staff', 'Branch', 'Product', 'Referral', 'Interaction'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * Which type each record handed out by `node`/`nodes` is: records are plain
 * objects, so the resolver that found them remembers what it looked up.
 */
const typeOfRecord = new WeakMap<object, NodeType>();

export function asNode<T extends object>(record: T, type: NodeType): T {
  typeOfRecord.set(record, type);
  return record;
}

@InterfaceType({
  description:
    'An object with an id (Relay Global Object Identification): any of them can be fetched again with `node(id:)`. ' +
    'Ids are the bank’s own numbers where it gave them.',
  resolveType: (record: object) => typeOfRecord.get(record),
})
export abstract class Node {
  @Field(() => ID, { description: 'The id, as the viewer is shown it (analysts: a pseudonymous token for persons).' })
  id!: string;
}
