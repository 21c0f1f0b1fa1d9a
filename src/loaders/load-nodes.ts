import type { PersonViews } from '../auth/person-views';
import type { Database } from '../db/database';
import { findNodeTypes } from '../db/nodes';
import { isFieldShown } from '../domain/person-access';
import type { Loaders } from './create-loaders';

/** What finding a node reads with: the request's loaders, and what the viewer may see of persons. */
export interface NodeLookup {
  loaders: Loaders;
  people: Pick<PersonViews, 'accessTo'>;
}

type NodeLoader = (lookup: NodeLookup, id: string) => Promise<object | null>;

/** Each entity type's own loader, so a node is the same record, guarded the same way, as its typed root field gives. */
const loaderOf: Record<string, NodeLoader> = {
  Person: ({ loaders }, id) => loaders.personById.load(id),
  Organization: ({ loaders }, id) => loaders.organizationById.load(id),
  Household: ({ loaders }, id) => loaders.householdById.load(id),
  Staff: ({ loaders }, id) => loaders.staffById.load(id),
  Branch: ({ loaders }, id) => loaders.branchById.load(id),
  Product: ({ loaders }, id) => loaders.productById.load(id),
  Referral: ({ loaders }, id) => loaders.referralById.load(id),
  // An interaction has no root field: it is read as part of its person's contact history, so it is
  // shown to whoever may see that history (Person.interactions, src/graphql/guard-schema.ts).
  Interaction: async ({ loaders, people }, id) => {
    const interaction = await loaders.interactionById.load(id);
    const person = interaction && (await loaders.personById.load(interaction.personId));
    return person && isFieldShown(await people.accessTo(person), 'interactions') ? interaction : null;
  },
};

/**
 * The records with these ids, in order (null where none): one statement finds
 * each id's type, then each type's loader batches its ids. `tag` receives each
 * record with its type name, for the Node interface to resolve.
 */
export async function loadNodes<T>(
  db: Database,
  lookup: NodeLookup,
  ids: readonly string[],
  tag: (record: object, type: string) => T,
): Promise<(T | null)[]> {
  const types = await findNodeTypes(db, ids);
  return Promise.all(
    ids.map(async (id) => {
      const type = types.get(id)?.[0];
      const record = type === undefined ? null : await loaderOf[type](lookup, id);
      return record === null || type === undefined ? null : tag(record, type);
    }),
  );
}
