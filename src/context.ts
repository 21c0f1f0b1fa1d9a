import { AuditTrail } from './audit/audit-trail';
import { DerivedFigures } from './auth/derived-figures';
import { PersonViews } from './auth/person-views';
import type { Database } from './db/database';
import type { DisclosureRule } from './domain/disclosure';
import type { Viewer } from './domain/viewer';
import { createLoaders, Loaders } from './loaders/create-loaders';
import type { Logger } from './logger';

/** What every resolver gets for one request. */
export interface Context {
  db: Database;
  loaders: Loaders;
  requestId: string;
  /** The request's logger: its bindings show on the request's log line (src/request-log.ts). */
  log: Logger;
  /** Who is asking, from the verified token. */
  viewer: Viewer;
  /** What the viewer may see of each person. */
  people: PersonViews;
  /** What this request read and wrote, for the audit trail. */
  audit: AuditTrail;
  /** Sums and counts over persons, as the disclosure rule lets this viewer learn them. */
  figures: DerivedFigures;
}

export function createContext(db: Database, requestId: string, log: Logger, viewer: Viewer, pseudonymKey: string, disclosure: DisclosureRule): Context {
  const loaders = createLoaders(db);
  const people = new PersonViews(viewer, loaders, pseudonymKey);
  const audit = new AuditTrail(viewer, requestId);
  return { db, loaders, requestId, log, viewer, people, audit, figures: new DerivedFigures(viewer, loaders, audit, disclosure) };
}
