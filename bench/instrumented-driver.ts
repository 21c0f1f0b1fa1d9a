import type { Driver, ManagedTransaction, Session, Transaction } from 'neo4j-driver';

/** One statement a server sent to Neo4j, kept so it can be replayed under PROFILE. */
export interface SentStatement {
  query: string;
  params: Record<string, unknown>;
}

/** A recorded statement with when it was sent and when its last record arrived (performance.now()). */
export interface TimedStatement extends SentStatement {
  startedAt: number;
  endedAt: number;
}

/** Milliseconds during which at least one of the statements was in flight: the request's time spent waiting on Neo4j. */
export function wallTimeInDatabase(statements: readonly TimedStatement[]): number {
  const intervals = [...statements].sort((a, b) => a.startedAt - b.startedAt);
  let total = 0;
  let end = -Infinity;
  for (const { startedAt, endedAt } of intervals) {
    if (startedAt > end) {
      total += endedAt - startedAt;
      end = endedAt;
    } else if (endedAt > end) {
      total += endedAt - end;
      end = endedAt;
    }
  }
  return Math.round(total * 100) / 100;
}

/**
 * Counts and (when asked) records every statement sent through a driver,
 * whoever sends it: our Database, @neo4j/graphql's Executor or the plain
 * resolvers. All three open sessions and run statements in transactions,
 * so wrapping `session()` and the transactions it hands out sees them all,
 * and the three servers are counted the same way.
 */
export class StatementRecorder {
  statements = 0;
  private recording: TimedStatement[] | null = null;

  /** Starts keeping the statements sent from now on (one request at a time). */
  startRecording(): void {
    this.recording = [];
  }

  stopRecording(): TimedStatement[] {
    const recorded = this.recording ?? [];
    this.recording = null;
    return recorded;
  }

  /** Counts a statement; while recording, keeps it and times it until its result is complete. */
  run<R extends PromiseLike<unknown>>(query: string, params: unknown, send: () => R): R {
    this.statements += 1;
    const startedAt = performance.now();
    const result = send();
    if (this.recording) {
      const statement: TimedStatement = { query, params: (params ?? {}) as Record<string, unknown>, startedAt, endedAt: Number.NaN };
      this.recording.push(statement);
      // Awaiting a Result buffers its records once; the caller's own await gets the same promise.
      const finish = () => {
        statement.endedAt = performance.now();
      };
      result.then(finish, finish);
    }
    return result;
  }
}

type Run = (query: string, params?: unknown, config?: unknown) => PromiseLike<unknown>;

function instrumentTransaction<T extends ManagedTransaction | Transaction>(tx: T, recorder: StatementRecorder): T {
  return new Proxy(tx, {
    get(target, property) {
      if (property === 'run') {
        return (query: string, params?: unknown, config?: unknown) =>
          recorder.run(query, params, () => (target.run as Run).call(target, query, params, config));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function instrumentSession(session: Session, recorder: StatementRecorder): Session {
  return new Proxy(session, {
    get(target, property) {
      // Writes are left out: the audit trail's background batches are no request's round trips,
      // and PROFILE replays statements in read transactions.
      if (property === 'executeRead') {
        return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
          (target[property] as (w: (tx: ManagedTransaction) => unknown, c?: unknown) => unknown).call(
            target,
            (tx: ManagedTransaction) => work(instrumentTransaction(tx, recorder)),
            config,
          );
      }
      if (property === 'beginTransaction') {
        return (config?: unknown) => instrumentTransaction((target.beginTransaction as (c?: unknown) => Transaction).call(target, config), recorder);
      }
      if (property === 'run') {
        return (query: string, params?: unknown, config?: unknown) =>
          recorder.run(query, params, () => (target.run as Run).call(target, query, params, config));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The same driver, with every session it opens reporting its statements to `recorder`. */
export function instrumentDriver(driver: Driver, recorder: StatementRecorder): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'session') {
        return (config?: Parameters<Driver['session']>[0]) => instrumentSession(target.session(config), recorder);
      }
      if (property === 'executeQuery') {
        return (query: string, params?: unknown, config?: unknown) =>
          recorder.run(query, params, () => (target.executeQuery as (q: string, p?: unknown, c?: unknown) => Promise<unknown>).call(target, query, params, config));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
