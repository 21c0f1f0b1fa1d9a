import { AsyncLocalStorage } from 'node:async_hooks';
import type { PersistedQueryOptions } from '@apollo/server';
import { LRUCache } from 'lru-cache';

type KeyValueCache = NonNullable<PersistedQueryOptions['cache']>;
type SetOptions = Parameters<KeyValueCache['set']>[2];

/** Characters of document text kept over all viewers, about Apollo's own bounded default; the least recently used go first. */
export const PERSISTED_QUERY_CHARS = 30 * 1024 * 1024;

/**
 * The automatic persisted queries cache, one shelf per viewer. Apollo's
 * default cache is shared: a viewer sending a hash alone would learn from
 * the answer (PERSISTED_QUERY_NOT_FOUND or data) whether someone else had
 * sent that document. Here a document registered by one staff member is
 * found only by them. Apollo hands the cache nothing but the key, so the
 * viewer comes from `runAs`, around the rest of the request; outside it
 * (no authenticated viewer) nothing is kept or found, and the client sends
 * the text, as a client without persisted queries would.
 */
export class ViewerScopedPersistedQueries implements KeyValueCache {
  private readonly viewer = new AsyncLocalStorage<string>();
  private readonly documents: LRUCache<string, string>;

  constructor(maxChars: number = PERSISTED_QUERY_CHARS) {
    this.documents = new LRUCache<string, string>({ maxSize: maxChars, sizeCalculation: (value, key) => value.length + key.length });
  }

  /** Runs `work` (and all it awaits) as the staff member `staffId`; undefined for a request without a viewer. */
  runAs<T>(staffId: string | undefined, work: () => T): T {
    return staffId === undefined ? this.viewer.exit(work) : this.viewer.run(staffId, work);
  }

  async get(key: string): Promise<string | undefined> {
    const scoped = this.scoped(key);
    return scoped === undefined ? undefined : this.documents.get(scoped);
  }

  async set(key: string, value: string, options?: SetOptions): Promise<void> {
    const scoped = this.scoped(key);
    if (scoped === undefined) return;
    // Apollo's TTL is in seconds, lru-cache's in ms; none given, the document stays until evicted.
    this.documents.set(scoped, value, options?.ttl ? { ttl: options.ttl * 1000 } : {});
  }

  async delete(key: string): Promise<boolean> {
    const scoped = this.scoped(key);
    return scoped === undefined ? false : this.documents.delete(scoped);
  }

  /** Staff ids are free text: a JSON pair cannot make one viewer's key out of another's. */
  private scoped(key: string): string | undefined {
    const staffId = this.viewer.getStore();
    return staffId === undefined ? undefined : JSON.stringify([staffId, key]);
  }
}
