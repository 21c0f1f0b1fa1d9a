import { AuditTrail } from './audit/audit-trail';
import { PersonViews } from './auth/person-views';
import type { Database } from './db/database';
import type { Viewer } from './domain/viewer';
import { createLoaders, Loaders } from './loaders/create-loaders';

/** What every resolver gets for one request. */
export interface Context {
  db: Database;
  loaders: Loaders;
  requestId: string;
  /** Who is asking, from the verified token. */
  viewer: Viewer;
  /** What the viewer may see of each person. */
  people: PersonViews;
  /** What this request read and wrote, for the audit trail. */
  audit: AuditTrail;
}

export function createContext(db: Database, requestId: string, viewer: Viewer, pseudonymKey: string): Context {
  const loaders = createLoaders(db);
  return {
    db,
    loaders,
    requestId,
    viewer,
    people: new PersonViews(viewer, loaders, pseudonymKey),
    audit: new AuditTrail(viewer, requestId),
  };
}
