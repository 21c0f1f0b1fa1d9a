import type { Page, PageWindow } from '../domain/records';
import { cypher } from './cypher';
import type { Database } from './database';
import { Fields, int, pageOf, toNumber } from './values';

/**
 * The statements of a root list read in id order (organizations, staffMembers,
 * households), each binding its records to `n`: anchors that each start from
 * an index, the filter every anchor shares, the return clause of a page, and
 * the unfiltered count.
 */
export interface IdListQueries<A extends string> {
  anchors: Record<A, string>;
  filter: string;
  pageReturn: string;
  countAll: string;
}

const pageTails = { forward: cypher('id-list-page-tail'), backward: cypher('id-list-page-tail-backward') };
const countTail = cypher('id-list-count-tail');

/**
 * One page from `anchor`, read either way from the window's cursor with one
 * extra row to know whether more lie beyond. `params` are the filter's (every
 * one the filter names, null when not given).
 */
export async function findIdListPage<A extends string, T>(
  db: Database,
  queries: IdListQueries<A>,
  anchor: A,
  params: Record<string, unknown>,
  window: PageWindow<string>,
  toRow: (row: Fields) => T,
): Promise<Page<T>> {
  const forward = window.direction === 'forward';
  const query = `${queries.anchors[anchor]}${queries.filter}\n${pageTails[window.direction]}\n${queries.pageReturn}`;
  const rows = await db.read(query, { ...params, after: forward ? window.cursor : null, before: forward ? null : window.cursor, limit: int(window.size + 1) }, toRow);
  // The return clause gives the page in id order either way; pageOf takes a backward read nearest first.
  return pageOf(forward ? rows : rows.reverse(), window);
}

/** Counts what the filter matches from the same anchor as the page; with no filter at all, from the count store. */
export async function countIdList<A extends string>(db: Database, queries: IdListQueries<A>, anchor: A, params: Record<string, unknown>): Promise<number> {
  const unfiltered = Object.values(params).every((value) => value === null);
  const query = unfiltered ? queries.countAll : `${queries.anchors[anchor]}${queries.filter}\n${countTail}`;
  const [total] = await db.read(query, { ...params, after: null }, (r) => toNumber(r.get('total')));
  return total;
}
