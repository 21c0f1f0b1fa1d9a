import type { AuditAction, AuditEvent } from '../audit/audit-trail';
import type { Page, PageWindow } from '../domain/records';
import { cypher } from './cypher';
import type { Database, WriteScope } from './database';
import { int, pageOf, toDate, toNumber } from './values';

const queries = {
  record: cypher('audit-events-record'),
  matchAll: cypher('audit-events-match-all'),
  matchByStaff: cypher('audit-events-match-by-staff'),
  filter: cypher('audit-events-filter'),
  pageTail: cypher('audit-events-page-tail'),
  pageTailBackward: cypher('audit-events-page-tail-backward'),
  countTail: cypher('audit-events-count-tail'),
};

export interface AuditFilter {
  staffId?: string | null;
  targetId?: string | null;
  action?: AuditAction | null;
  since?: Date | null;
  until?: Date | null;
}

export interface AuditCursor {
  at: string;
  id: string;
}

const toRow = (event: AuditEvent) => ({ ...event, at: event.at.toISOString() });

/** Appends events inside a write transaction already open (a write's own audit line). */
export async function recordAuditEventsIn(scope: WriteScope, events: readonly AuditEvent[]): Promise<void> {
  await scope.run(queries.record, { events: events.map(toRow) }, () => null);
}

/** Appends events in a transaction of their own (the batched audit of reads). */
export function recordAuditEvents(db: Database, events: readonly AuditEvent[]): Promise<void> {
  return db.write((scope) => recordAuditEventsIn(scope, events));
}

function anchorFor(filter: AuditFilter): string {
  return `${filter.staffId ? queries.matchByStaff : queries.matchAll}\n${queries.filter}`;
}

function filterParams(filter: AuditFilter): Record<string, unknown> {
  return {
    staffId: filter.staffId ?? null,
    targetId: filter.targetId ?? null,
    action: filter.action ?? null,
    since: (filter.since ?? new Date(0)).toISOString(),
    until: (filter.until ?? new Date(Date.now() + 86_400_000)).toISOString(),
  };
}

/** One page, newest first, starting from the staff member's index when the filter names one. */
export async function findAuditEvents(
  db: Database,
  filter: AuditFilter,
  window: PageWindow<AuditCursor>,
): Promise<Page<AuditEvent>> {
  const forward = window.direction === 'forward';
  const [at, id] = [window.cursor?.at ?? null, window.cursor?.id ?? null];
  const rows = await db.read(
    `${anchorFor(filter)}\n${forward ? queries.pageTail : queries.pageTailBackward}`,
    forward
      ? { ...filterParams(filter), afterAt: at, afterId: id, limit: int(window.size + 1) }
      : { ...filterParams(filter), beforeAt: at, beforeId: id, limit: int(window.size + 1) },
    (r) => toAuditEvent(r.get('e').properties),
  );
  return pageOf(rows, window);
}

export async function countAuditEvents(db: Database, filter: AuditFilter): Promise<number> {
  const [total] = await db.read(`${anchorFor(filter)}\n${queries.countTail}`, filterParams(filter), (r) => toNumber(r.get('total')));
  return total;
}

function toAuditEvent(p: Record<string, unknown>): AuditEvent {
  return {
    id: String(p.id),
    at: toDate(p.at),
    staffId: String(p.staffId),
    role: String(p.role),
    action: p.action as AuditAction,
    operation: String(p.operation),
    targetIds: (p.targetIds as string[] | null) ?? [],
    requestId: String(p.requestId),
  };
}
