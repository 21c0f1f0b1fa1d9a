import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../errors';
import type { PersonViews } from '../auth/person-views';
import type { Page } from '../domain/records';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in a list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether this page was asked for with a cursor, so pages precede it.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
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

    @Field(() => Int, { description: 'How many records match the filter in all pages.' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return Connection;
}

/** Checks `first` (1 to MAX_PAGE_SIZE), naming the field when it is out of range. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput('first', `must be an integer from 1 to ${MAX_PAGE_SIZE}; got ${size}.`);
  }
  return size;
}

export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor; anything else is a clear BAD_USER_INPUT on `after`. */
export function decodeCursor<T>(cursor: string | null | undefined, isValid: (value: unknown) => value is T): T | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // Falls through to the error below: the cursor was not one of ours.
  }
  throw notOurCursor();
}

function notOurCursor() {
  return badInput('after', 'is not a cursor this API gave out; pass an `endCursor` from a previous page.');
}

export const isIdCursor = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * Cursors of lists of persons in id order hold the id as the viewer is
 * shown it (`PersonViews.shownId`), so an analyst's cursor holds a token,
 * never a real id; this gives back the real id to continue after.
 */
export function decodePersonCursor(cursor: string | null | undefined, people: Pick<PersonViews, 'personIdFrom'>): string | null {
  const shown = decodeCursor(cursor, isIdCursor);
  if (shown === null) return null;
  const personId = people.personIdFrom(shown);
  if (personId === null) throw notOurCursor();
  return personId;
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

/** Builds the connection value for a page read after `afterCursor`. */
export function toConnection<T>(
  page: Page<T>,
  afterCursor: string | null | undefined,
  cursorOf: (item: T) => unknown,
  countTotal: () => Promise<number>,
): ConnectionValue<T> {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(afterCursor),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    // A first page with no page after it holds every match, so it is its own count: no statement.
    countTotal: !afterCursor && !page.hasNextPage ? () => Promise.resolve(page.items.length) : countTotal,
  };
}
