import { randomUUID } from 'node:crypto';
import type { Viewer } from '../domain/viewer';

export enum AuditAction {
  /** Full personal records were read. */
  READ = 'READ',
  /** A mutation changed the graph. */
  WRITE = 'WRITE',
  /** A derived figure (a sum, a count of holders, a ranking's value) was shown: the persons whose figures went into it. */
  DERIVED = 'DERIVED',
}

/** One line of the audit trail: who did what, when, to which ids. */
export interface AuditEvent {
  id: string;
  at: Date;
  staffId: string;
  role: string;
  action: AuditAction;
  /** The GraphQL operation (reads) or mutation field (writes). */
  operation: string;
  targetIds: string[];
  requestId: string;
}

/** At most this many ids per event: a page of 100 persons with their ties fits. */
const MAX_TARGET_IDS = 500;

/**
 * What one request did that the audit trail must show: the persons whose
 * full records it read, and the write it is making.
 */
export class AuditTrail {
  private readonly personsRead = new Set<string>();
  private readonly personsDerivedFrom = new Set<string>();

  constructor(
    private readonly viewer: Viewer,
    private readonly requestId: string,
  ) {}

  sawFullRecord(personId: string): void {
    if (this.personsRead.size < MAX_TARGET_IDS) this.personsRead.add(personId);
  }

  /** Persons whose figures went into a derived figure that the answer shows. */
  derivedFrom(personIds: Iterable<string>): void {
    for (const id of personIds) {
      if (this.personsDerivedFrom.size >= MAX_TARGET_IDS) return;
      this.personsDerivedFrom.add(id);
    }
  }

  /** The reads to record once the response is ready: full records read, and figures derived; none when neither happened. */
  readEvents(operation: string | null): AuditEvent[] {
    const name = operation ?? 'anonymous operation';
    return [
      ...(this.personsRead.size > 0 ? [this.event(AuditAction.READ, name, [...this.personsRead])] : []),
      ...(this.personsDerivedFrom.size > 0 ? [this.event(AuditAction.DERIVED, name, [...this.personsDerivedFrom])] : []),
    ];
  }

  /** The write to record in the write's own transaction: ids named in the arguments and returned by the write. */
  writeEvent(mutation: string, args: unknown, result: unknown): AuditEvent {
    return this.event(AuditAction.WRITE, mutation, [...new Set([...idsIn(args), ...idsIn(result)])].slice(0, MAX_TARGET_IDS));
  }

  private event(action: AuditAction, operation: string, targetIds: string[]): AuditEvent {
    const { staffId, role } = this.viewer;
    return { id: randomUUID(), at: new Date(), staffId, role, action, operation, targetIds, requestId: this.requestId };
  }
}

/** Every string under a key named `id` or ending in `Id`, at any depth. */
export function idsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'id' || key.endsWith('Id') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => idsIn(item, key));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => idsIn(v, k));
  }
  return [];
}
