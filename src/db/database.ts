import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j, { Driver, isRetriableError, ManagedTransaction, Neo4jError, Record as Neo4jRecord } from 'neo4j-driver';
import { AppError, badInput } from '../errors';
import { CircuitBreaker, databaseUnavailable, ProbeResult } from './circuit-breaker';

export type Params = Record<string, unknown>;
export type RecordMapper<T> = (record: Neo4jRecord) => T;

/** A write transaction's view: statements run inside one transaction, all or nothing. */
export interface WriteScope {
  run<T>(query: string, params: Params, map: RecordMapper<T>): Promise<T[]>;
}

/** Work to do at the end of a write transaction, inside it, knowing what the write returned. */
export type BeforeCommit = (scope: WriteScope, result: unknown) => Promise<void>;

/**
 * The only door to Neo4j. Reads run in read mode and writes in managed write
 * transactions (so a cluster routes them); transient errors are retried, so
 * the work passed in must be idempotent. Counts the statements it sends,
 * which tests use to prove resolvers are N+1-free.
 */
export class Database {
  private statements = 0;
  private readonly beforeCommit = new AsyncLocalStorage<BeforeCommit>();
  /** Fails calls fast while the server is gone; see circuit-breaker.ts. One per server: shared with separatelyCounted(). */
  private breaker = new CircuitBreaker(() => this.probe());

  constructor(
    readonly driver: Driver,
    private readonly database: string,
  ) {}

  /** The same database with a count of its own: background work (the audit log) must not show in requests' counts. */
  separatelyCounted(): Database {
    const twin = new Database(this.driver, this.database);
    twin.breaker = this.breaker;
    return twin;
  }

  /** Statements sent since this Database was made: each is a round trip. */
  get roundTrips(): number {
    return this.statements;
  }

  /**
   * One statement as an auto-commit read: RUN and PULL in one network round
   * trip, where a managed transaction adds BEGIN and COMMIT (a second round
   * trip, about 1 ms a read here; bench/FIXES.md §8). The driver does not
   * retry auto-commit statements, so transient errors are retried here, as
   * executeRead would; a read changes nothing, so a retry is always safe.
   */
  async read<T>(query: string, params: Params, map: RecordMapper<T>): Promise<T[]> {
    return this.breaker.call(async (ensureUp) => {
      for (let attempt = 1; ; attempt += 1) {
        const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
        try {
          ensureUp();
          this.statements += 1;
          const { records } = await session.run(query, params);
          return records.map(map);
        } catch (error) {
          if (attempt < READ_ATTEMPTS && isRetriableError(error) && !isUnavailable(error)) {
            await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS * attempt));
            continue;
          }
          throw translateError(error);
        } finally {
          await session.close();
        }
      }
    });
  }

  /**
   * Runs `task` so that every write transaction it starts also runs `hook`
   * before committing (the audit line of a mutation: written with it, or not at all).
   */
  withBeforeCommit<T>(hook: BeforeCommit, task: () => T): T {
    return this.beforeCommit.run(hook, task);
  }

  /**
   * Runs `task` with no before-commit hook: the bulk batches of one operation
   * whose audit line commits with its last write (refreshInsights' scores).
   */
  withoutBeforeCommit<T>(task: () => T): T {
    return this.beforeCommit.exit(task);
  }

  /** Runs `work` in one write transaction: every statement commits, or none does. */
  async write<T>(work: (scope: WriteScope) => Promise<T>): Promise<T> {
    return this.breaker.call(async (ensureUp) => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      const hook = this.beforeCommit.getStore();
      try {
        return await session.executeWrite(async (tx) => {
          ensureUp();
          const scope: WriteScope = { run: (query, params, map) => this.runIn(tx, query, params, map) };
          const result = await work(scope);
          if (hook) await hook(scope, result);
          return result;
        });
      } catch (error) {
        throw translateError(error);
      } finally {
        await session.close();
      }
    });
  }

  /** True when the server answers a trivial read; used by /ready. False at once while the breaker is open. */
  async isReachable(): Promise<boolean> {
    return this.breaker.check();
  }

  /** Stops probing for the server and closes the driver. */
  async close(): Promise<void> {
    this.breaker.close();
    await this.driver.close();
  }

  /** One auto-commit `RETURN 1`: no driver retries, and at most PROBE_TIMEOUT_MS. */
  private async probe(): Promise<ProbeResult> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<ProbeResult>((resolve) => {
      timer = setTimeout(() => resolve('unknown'), PROBE_TIMEOUT_MS);
    });
    const answered = session.run('RETURN 1').then(
      (): ProbeResult => 'up',
      (error: unknown): ProbeResult => (isUnavailable(error) ? 'down' : 'unknown'),
    );
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
      void answered.finally(() => session.close().catch(() => undefined));
    }
  }

  private async runIn<T>(tx: ManagedTransaction, query: string, params: Params, map: RecordMapper<T>): Promise<T[]> {
    this.statements += 1;
    const result = await tx.run(query, params);
    return result.records.map(map);
  }
}

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Transient read failures (e.g. a cluster member leaving) are tried again this many times in all, after 50, 100 … ms. */
const READ_ATTEMPTS = 3;
const READ_RETRY_DELAY_MS = 50;

/** Longer than the driver's connectionTimeout, so an unreachable server is found `down`, not `unknown`. */
const PROBE_TIMEOUT_MS = 4_000;

const isUnavailable = (error: unknown): boolean => error instanceof Neo4jError && unavailableCodes.has(error.code);

/** Neo4j errors become ours here and only here. */
function translateError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (isEntityIdTaken(error)) {
    const refusal = badInput('input.id', 'is already the id of another kind of record; ids are unique across all types.');
    uniqueIdRefusals.add(refusal);
    return refusal;
  }
  return isUnavailable(error) ? databaseUnavailable() : error;
}

const UNIQUE_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** The refusals translateError made of a unique-id violation, so metUniqueId still knows them. */
const uniqueIdRefusals = new WeakSet<AppError>();

/** A write that would give a second record an id another kind of record has (cypher/migrations/0007-entity-ids.cypher). */
function isEntityIdTaken(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === UNIQUE_VIOLATION && error.message.includes('`Entity`');
}

/**
 * True when a write failed on a unique id, as the driver reported it or as
 * the BAD_USER_INPUT it became: two creates with one id that took different
 * locks meet there, and the one refused may run again to find the id taken
 * by its own kind (an ID_CONFLICT) or by another (the same BAD_USER_INPUT).
 */
export function metUniqueId(error: unknown): boolean {
  return (error instanceof Neo4jError && error.code === UNIQUE_VIOLATION) || (error instanceof AppError && uniqueIdRefusals.has(error));
}
