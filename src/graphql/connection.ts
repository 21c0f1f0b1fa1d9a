import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../errors';
import type { PersonViews } from '../auth/person-views';
import type { Page, PageWindow } from '../domain/records';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in a list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether another page follows this one (reading backwards: whether it was read from a cursor).' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether a page precedes this one (reading forwards: whether it was read from a cursor).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; pass it as `before` (with `last`) for the previous page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** What a connection resolver returns; `totalCount` is only counted when asked for. */
export interface ConnectionValue<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/**
 * Makes the Relay connection and edge types for a node type, e.g.
 * `PersonConnection { edges { cursor node } pageInfo totalCount }`.
 */
export function connectionOf<T extends object>(nodeType: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${description} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this edge; pass it as `after` to continue from here.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${description}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${description} records (Relay cursor connection).` })
  class Connection {
    @Field(() => [Edge], { description: 'The records of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to get them.' })
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: 'How many records the list holds in all pages (those matching the filter, where it takes one).' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return Connection;
}

/**
 * The four Relay paging arguments: `first`/`after` read forwards, `last`/`before`
 * backwards (the list's last records, or those just before a cursor).
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size reading forwards, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after (reading forwards).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size reading backwards, 1–${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to read back from (reading backwards).' })
  before?: string | null;
}

/**
 * Checks the paging arguments, one direction per request, each error naming
 * its field, and decodes the cursor with `decode` (which refuses cursors that
 * are not ours).
 * @example pageWindow({ last: 5 }, decode) // { direction: 'backward', size: 5, cursor: null }
 */
export function pageWindow<C>(args: ConnectionArgs, decode: (cursor: string | null | undefined, field: string) => C | null): PageWindow<C> {
  const backward = args.last != null || args.before != null;
  if (backward && args.first != null) {
    throw badInput(args.last != null ? 'last' : 'before', 'cannot be combined with `first`; read one way per request.');
  }
  if (backward && args.after != null) throw badInput('before', 'cannot be combined with `after`; read one way per request.');
  const field = backward ? 'before' : 'after';
  const size = checkedSize(backward ? 'last' : 'first', backward ? args.last : args.first);
  return { direction: backward ? 'backward' : 'forward', size, cursor: decode(backward ? args.before : args.after, field) };
}

/** Checks a page or list size (1 to `max`, `defaultSize` when absent), naming `field` when it is out of range. */
export function checkedSize(field: string, given: number | null | undefined, defaultSize = DEFAULT_PAGE_SIZE, max = MAX_PAGE_SIZE): number {
  const size = given ?? defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw badInput(field, `must be an integer from 1 to ${max}; got ${size}.`);
  }
  return size;
}

export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor; anything else is a clear BAD_USER_INPUT on `after`. */
export function decodeCursor<T>(cursor: string | null | undefined, isValid: (value: unknown) => value is T, field = 'after'): T | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // Falls through to the error below: the cursor was not one of ours.
  }
  throw notOurCursor(field);
}

function notOurCursor(field: string) {
  return badInput(field, 'is not a cursor this API gave out; pass a `startCursor` or `endCursor` from a previous page.');
}

export const isIdCursor = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * Cursors of lists of persons in id order hold the id as the viewer is
 * shown it (`PersonViews.shownId`), so an analyst's cursor holds a token,
 * never a real id; this gives back the real id to continue after.
 */
export function decodePersonCursor(cursor: string | null | undefined, people: Pick<PersonViews, 'personIdFrom'>, field = 'after'): string | null {
  const shown = decodeCursor(cursor, isIdCursor, field);
  if (shown === null) return null;
  const personId = people.personIdFrom(shown);
  if (personId === null) throw notOurCursor(field);
  return personId;
}

const isOrderedCursor = (value: unknown): value is [string | number, string] =>
  Array.isArray(value) && value.length === 2 && (typeof value[0] === 'string' || Number.isSafeInteger(value[0])) && isIdCursor(value[1]);

/**
 * Cursors of sorted lists of persons hold the sort key and the id as shown
 * (an id as key too, when sorting by id), as decodePersonCursor does.
 */
export function decodeOrderedPersonCursor(
  cursor: string | null | undefined,
  people: Pick<PersonViews, 'personIdFrom'>,
  field: string,
  keyIsId: boolean,
): { key: string | number; id: string } | null {
  const value = decodeCursor(cursor, isOrderedCursor, field);
  if (value === null) return null;
  const id = people.personIdFrom(value[1]);
  const key = keyIsId && typeof value[0] === 'string' ? people.personIdFrom(value[0]) : value[0];
  if (id === null || key === null) throw notOurCursor(field);
  return { key, id };
}

/** The cursor of a newest-first list: the last row's time (ISO 8601) under `timeKey`, and its id. */
export function isTimeCursor<K extends string>(timeKey: K) {
  return (value: unknown): value is Record<K, string> & { id: string } => {
    const cursor = value as Record<string, unknown> | null;
    return (
      typeof cursor === 'object' &&
      cursor !== null &&
      typeof cursor[timeKey] === 'string' &&
      !Number.isNaN(Date.parse(cursor[timeKey] as string)) &&
      typeof cursor.id === 'string'
    );
  };
}

/** Builds the connection value for a page read in `window`'s direction, from its cursor if it had one. */
export function toConnection<T>(
  page: Page<T>,
  window: Pick<PageWindow<unknown>, 'direction' | 'cursor'>,
  cursorOf: (item: T) => unknown,
  countTotal: () => Promise<number>,
): ConnectionValue<T> {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  const fromCursor = window.cursor !== null;
  const forward = window.direction === 'forward';
  return {
    edges,
    pageInfo: {
      hasNextPage: forward ? page.hasMore : fromCursor,
      hasPreviousPage: forward ? fromCursor : page.hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    // A page read from an end with nothing beyond it holds every match, so it is its own count: no statement.
    countTotal: !fromCursor && !page.hasMore ? () => Promise.resolve(page.items.length) : countTotal,
  };
}

/** Where a record sits in a list read whole: its values compared in turn, numbers as numbers, strings by code unit. */
export type ListKey = readonly (string | number)[];

const isListKey = (value: unknown): value is ListKey =>
  Array.isArray(value) && value.length > 0 && value.every((part) => typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part)));

function compareKeys(a: ListKey, b: ListKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * A page of a list that is read whole for every parent at once (one batched
 * statement for a page of parents, see src/loaders): a person's ties or
 * holdings, a household's members, a branch's staff, a computed ranking.
 * `keyOf` orders the list and positions the cursors, so a page goes on after
 * the record it ended with even when records were added or removed since;
 * `totalCount` is the list's length and costs no statement.
 * @example listConnection(ties, { first: 2 }, (tie) => [-tie.strength, tie.personId])
 */
export function listConnection<T>(items: readonly T[], args: ConnectionArgs, keyOf: (item: T) => ListKey): ConnectionValue<T> {
  const keyed = items.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => compareKeys(a.key, b.key));
  const window = pageWindow(args, (cursor, field) => {
    const key = decodeCursor(cursor, isListKey, field);
    const shape = keyed[0]?.key;
    if (key && shape && (key.length !== shape.length || key.some((part, i) => typeof part !== typeof shape[i]))) throw notOurCursor(field);
    return key;
  });
  const cursor = window.cursor;
  const firstAtOrAfter = (strictly: boolean) => {
    if (!cursor) return window.direction === 'forward' ? 0 : keyed.length;
    const index = keyed.findIndex((row) => compareKeys(row.key, cursor) > (strictly ? 0 : -1));
    return index === -1 ? keyed.length : index;
  };
  let rows: typeof keyed;
  let hasMore: boolean;
  if (window.direction === 'forward') {
    const start = firstAtOrAfter(true);
    rows = keyed.slice(start, start + window.size);
    hasMore = start + window.size < keyed.length;
  } else {
    const end = firstAtOrAfter(false);
    const start = Math.max(0, end - window.size);
    rows = keyed.slice(start, end);
    hasMore = start > 0;
  }
  const keys = new Map(rows.map((row) => [row.item, row.key] as const));
  return toConnection({ items: rows.map((row) => row.item), hasMore }, window, (item) => keys.get(item), () => Promise.resolve(keyed.length));
}

/** The same page with its nodes replaced one for one (a page of search results, explained only once paged). */
export function withNodes<T, U>(page: ConnectionValue<T>, nodes: readonly U[]): ConnectionValue<U> {
  return { ...page, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index] })) };
}
