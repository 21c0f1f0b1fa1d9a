import type { Database } from './db/database';
import { createLoaders, Loaders } from './loaders/create-loaders';

/** What every resolver gets for one request. */
export interface Context {
  db: Database;
  loaders: Loaders;
  requestId: string;
}

export function createContext(db: Database, requestId: string): Context {
  return { db, loaders: createLoaders(db), requestId };
}
