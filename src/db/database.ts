import neo4j, { Driver, ManagedTransaction, Neo4jError, Record as Neo4jRecord } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors';

export type Params = Record<string, unknown>;
export type RecordMapper<T> = (record: Neo4jRecord) => T;

/** A write transaction's view: statements run inside one transaction, all or nothing. */
export interface WriteScope {
  run<T>(query: string, params: Params, map: RecordMapper<T>): Promise<T[]>;
}

/**
 * The only door to Neo4j. Reads run in read transactions and writes in write
 * transactions (so a cluster routes them), both managed, so transient errors
 * are retried: the work passed in must therefore be idempotent. Counts the
 * statements it sends, which tests use to prove resolvers are N+1-free.
 */
export class Database {
  private statements = 0;

  constructor(
    readonly driver: Driver,
    private readonly database: string,
  ) {}

  /** Statements sent since this Database was made: each is a round trip. */
  get roundTrips(): number {
    return this.statements;
  }

  async read<T>(query: string, params: Params, map: RecordMapper<T>): Promise<T[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => this.runIn(tx, query, params, map));
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: every statement commits, or none does. */
  async write<T>(work: (scope: WriteScope) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) =>
        work({ run: (query, params, map) => this.runIn(tx, query, params, map) }),
      );
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** True when the server answers a trivial read; used by /ready. */
  async isReachable(): Promise<boolean> {
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.database, routing: neo4j.routing.READ });
      return true;
    } catch {
      return false;
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

/** Neo4j errors become ours here and only here. */
function translateError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError && unavailableCodes.has(error.code)) {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unavailable; try again shortly.');
  }
  return error;
}
