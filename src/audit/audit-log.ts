import type { Database } from '../db/database';
import { recordAuditEvents } from '../db/audit';
import type { Logger } from '../logger';
import type { AuditEvent } from './audit-trail';

/** Events kept while Neo4j is unreachable; beyond it the oldest are dropped, and the log says so. */
const MAX_PENDING = 50_000;

/**
 * The audit of reads, written in batches: a read must not wait for a write
 * transaction, so its line is committed within `flushMs` (writes are audited
 * in their own transaction instead). Stopping flushes what is pending.
 */
export class AuditLog {
  private pending: AuditEvent[] = [];
  private flushing: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    flushMs: number,
  ) {
    this.timer = setInterval(() => void this.flush(), flushMs);
    this.timer.unref();
  }

  record(event: AuditEvent): void {
    this.pending.push(event);
    if (this.pending.length > MAX_PENDING) {
      const dropped = this.pending.splice(0, this.pending.length - MAX_PENDING);
      this.logger.error({ dropped: dropped.length }, 'audit backlog full: oldest read events dropped');
    }
  }

  /** Writes what is pending; a failed batch goes back to the front of the queue for the next try. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.length === 0) return Promise.resolve();
    const batch = this.pending;
    this.pending = [];
    this.flushing = recordAuditEvents(this.db, batch)
      .catch((error: unknown) => {
        this.pending = [...batch, ...this.pending];
        this.logger.warn({ err: error, events: batch.length }, 'audit flush failed; will retry');
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    // The first call may only join a flush already under way; the second writes what was queued meanwhile.
    await this.flush();
    await this.flush();
  }
}
