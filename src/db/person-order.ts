import neo4j from 'neo4j-driver';
import { OrderDirection, PersonOrderField } from '../domain/model';
import type { PageWindow } from '../domain/records';
import { cypher } from './cypher';

/** A sort of persons; ascending by id is the id anchors' own order (src/db/persons.ts). */
export interface PersonOrder {
  field: PersonOrderField;
  direction: OrderDirection;
}

/** Where an ordered page ends: the order key as the statement returned it, and the id. */
export interface PersonOrderCursor {
  key: string | number;
  id: string;
}

/** Never contacted counts as contacted at the epoch: longest waiting, first in ascending order. */
const NEVER = "datetime('1970-01-01T00:00:00Z')";

interface OrderKey {
  /** The sort expression over `p`. */
  expression: string;
  /** The cursor's key as a parameter expression, comparable with `expression`. */
  param: string;
  /** What the cursor keeps of the key: a time as text, to the nanosecond. */
  cursor: string;
  /** Whether an index hands persons over in this order (the key is never null). */
  indexed: boolean;
  toParam(key: string | number): unknown;
}

const time = (expression: string, indexed: boolean): OrderKey => ({
  expression,
  param: 'datetime($orderKey)',
  cursor: `toString(${expression})`,
  indexed,
  toParam: (key) => String(key),
});

/** The closed table the ordered statements are filled from: no text here comes from a request. */
const orderKeys: Record<PersonOrderField, OrderKey> = {
  [PersonOrderField.ID]: { expression: 'p.id', param: '$orderKey', cursor: 'p.id', indexed: true, toParam: String },
  [PersonOrderField.NAME]: { expression: 'p.name', param: '$orderKey', cursor: 'p.name', indexed: true, toParam: String },
  [PersonOrderField.AUM]: { expression: 'p.aumCents', param: '$orderKey', cursor: 'p.aumCents', indexed: true, toParam: (key) => neo4j.int(key) },
  [PersonOrderField.CREATED_AT]: time('p.createdAt', true),
  [PersonOrderField.LAST_CONTACT]: time(`coalesce(p.lastContactAt, ${NEVER})`, false),
};

const templates = {
  match: cypher('persons-match-ordered'),
  tail: cypher('persons-page-tail-ordered'),
  pageReturn: cypher('persons-page-return-ordered'),
};

/** The order a page is read in: the order asked, turned round when reading backwards. */
function readsAscending(order: PersonOrder, window: Pick<PageWindow<unknown>, 'direction'>): boolean {
  return (order.direction === OrderDirection.ASC) === (window.direction === 'forward');
}

/**
 * The statement parts of an ordered page: the unfiltered anchor (an index
 * scan in the key's order, or null where no index gives it), the tail past
 * the cursor and the return, each filled from the closed table above.
 */
export function orderedParts(order: PersonOrder, window: PageWindow<PersonOrderCursor>) {
  const key = orderKeys[order.field];
  const ascending = readsAscending(order, window);
  const fill = (template: string) =>
    template
      .replaceAll('ORDER_START', window.cursor ? `${ascending ? '>=' : '<='} ${key.param}` : 'IS NOT NULL')
      .replaceAll('ORDER_KEY', key.expression)
      .replaceAll('ORDER_PARAM', key.param)
      .replaceAll('ORDER_CURSOR', key.cursor)
      .replaceAll('ORDER_DIRECTION', ascending ? 'ASC' : 'DESC')
      .replaceAll('PAST', ascending ? '>' : '<');
  return {
    match: key.indexed ? fill(templates.match) : null,
    tail: fill(templates.tail),
    pageReturn: fill(templates.pageReturn),
    params: { orderKey: window.cursor ? key.toParam(window.cursor.key) : null, orderId: window.cursor?.id ?? null },
  };
}
