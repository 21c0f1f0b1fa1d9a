import neo4j, { DateTime, Date as Neo4jDate, Integer } from 'neo4j-driver';
import type { Page, PageWindow } from '../domain/records';

/**
 * Conversions from what the driver returns. Integers arrive as
 * neo4j.Integer (64-bit); we convert each one deliberately.
 */
/**
 * The page from rows read in `window`'s direction with one extra row: a
 * backward read comes newest-to-oldest in reading order, so it is turned back
 * into list order here.
 */
export function pageOf<T>(rows: T[], window: Pick<PageWindow<unknown>, 'direction' | 'size'>): Page<T> {
  const items = rows.slice(0, window.size);
  return { items: window.direction === 'forward' ? items : items.reverse(), hasMore: rows.length > window.size };
}

export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  return typeof value === 'number' ? value : Number(value);
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

export function toDate(value: unknown): Date {
  if (neo4j.isDateTime(value)) return dateTimeToDate(value as DateTime<number | Integer>);
  if (value instanceof Date) return value;
  return new Date(String(value));
}

/**
 * A zoned DateTime by arithmetic: formatting it as ISO text and parsing that
 * back took about 40 µs a value, a visible share of a single read (bench/FIXES.md §8).
 * Without an offset, and for years before 100 (Date.UTC's 19xx rule), it takes the text route as before.
 */
function dateTimeToDate(value: DateTime<number | Integer>): Date {
  const year = toNumber(value.year);
  if (value.timeZoneOffsetSeconds === undefined || year < 100) return new Date(value.toString());
  const utcMs = Date.UTC(year, toNumber(value.month) - 1, toNumber(value.day), toNumber(value.hour), toNumber(value.minute), toNumber(value.second));
  return new Date(utcMs - toNumber(value.timeZoneOffsetSeconds) * 1000 + Math.floor(toNumber(value.nanosecond) / 1e6));
}

export function toNullableDate(value: unknown): Date | null {
  return value === null || value === undefined ? null : toDate(value);
}

/** A calendar day as "YYYY-MM-DD". */
export function toDay(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isDate(value)) return (value as Neo4jDate).toString();
  return String(value);
}

export function toStringOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** LIMIT and SKIP must be integers on the wire, not floats. */
export function int(value: number): Integer {
  return neo4j.int(value);
}

export function toNeo4jDateTime(value: Date): DateTime<number> {
  return neo4j.types.DateTime.fromStandardDate(value) as DateTime<number>;
}

/** "YYYY-MM-DD" → a Neo4j date. */
export function toNeo4jDate(day: string): Neo4jDate<number> {
  const [year, month, date] = day.split('-').map(Number);
  return new neo4j.types.Date(year, month, date);
}

/** Drops undefined entries, so `SET n += $props` keeps what the caller left out. */
export function definedOnly(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
}

/** A row's fields by name: a driver Record, or a map with the same keys (e.g. one a COLLECT subquery returned). */
export interface Fields {
  get(key: string): unknown;
}

export function fieldsOf(map: Record<string, unknown>): Fields {
  return { get: (key) => map[key] };
}
