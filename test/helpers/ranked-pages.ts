import type { GraphQLResponse } from './test-api';

/** One page of a ranked list as the API answers it. */
export interface RankedConnection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface Walk<T> {
  /** Every node, page after page. */
  nodes: T[];
  pages: number;
  /** totalCount as each page gave it. */
  totalCounts: number[];
}

/** The selection that reads a ranked connection, with `node` selecting `fields`. */
export const rankedSelection = (fields: string): string =>
  `edges { cursor node { ${fields} } } pageInfo { hasNextPage hasPreviousPage endCursor } totalCount`;

/**
 * Reads a ranked list from its first page to its last, each page from the
 * last one's `endCursor`, until a page says no other follows.
 */
export async function walkRanked<T>(page: (after: string | null) => Promise<RankedConnection<T>>): Promise<Walk<T>> {
  const walk: Walk<T> = { nodes: [], pages: 0, totalCounts: [] };
  let after: string | null = null;
  for (;;) {
    const current = await page(after);
    walk.pages += 1;
    walk.nodes.push(...current.edges.map((edge) => edge.node));
    walk.totalCounts.push(current.totalCount);
    expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!current.pageInfo.hasNextPage) return walk;
    expect(current.pageInfo.endCursor).toBe(current.edges[current.edges.length - 1].cursor);
    after = current.pageInfo.endCursor;
    if (walk.pages > 1000) throw new Error('the list never ends');
  }
}

/** A well-formed cursor for `rank` (ranked lists' cursors hold the rank of their entry). */
export const rankCursor = (rank: number): string => Buffer.from(JSON.stringify({ rank }), 'utf8').toString('base64url');

/** A cursor the API gives out for another kind of list (persons in id order). */
export const idCursor = (id: string): string => Buffer.from(JSON.stringify(id), 'utf8').toString('base64url');

/** The first error's code, field and message, e.g. ['BAD_USER_INPUT', 'after', 'after: is past rank 1000, …']. */
export const firstError = (result: GraphQLResponse): [unknown, unknown, string | undefined] => {
  const [error] = result.errors ?? [];
  return [error?.extensions?.code, error?.extensions?.field, error?.message];
};
