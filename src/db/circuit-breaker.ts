import { AppError, ErrorCode } from '../errors';

/** What a probe of the server found; `unknown` (e.g. it timed out behind busy connections) changes nothing. */
export type ProbeResult = 'up' | 'down' | 'unknown';

export interface CircuitBreakerTimings {
  /** A call still running makes the breaker probe the server every this often. */
  slowCallMs: number;
  /** While open, the server is probed this often until it answers. */
  retryEveryMs: number;
}

export const databaseUnavailable = (): AppError =>
  new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unavailable; try again shortly.');

/**
 * Fails fast while the database is gone, instead of letting each request
 * sit in the driver's retries. Closed: calls run; a call still running
 * after `slowCallMs` (and every `slowCallMs` after), or one failing as
 * unavailable, starts a probe. A probe that finds the server gone opens the
 * breaker: calls in flight and new ones fail at once with
 * SERVICE_UNAVAILABLE, and a probe every `retryEveryMs` closes it again as
 * soon as the server answers — no restart needed.
 */
export class CircuitBreaker {
  private down = false;
  /** Counts outages, so work begun before one never runs after it (see `call`). */
  private outages = 0;
  /** How to fail each call in flight at once when an outage begins. */
  private readonly inFlight = new Set<(error: AppError) => void>();
  private probing: Promise<ProbeResult> | null = null;
  private closed = false;

  constructor(
    private readonly probe: () => Promise<ProbeResult>,
    private readonly timings: CircuitBreakerTimings = { slowCallMs: 1_000, retryEveryMs: 500 },
  ) {}

  get isOpen(): boolean {
    return this.down;
  }

  /**
   * Runs `work` unless the breaker is open. `work` gets `ensureUp`, to call
   * at the start of each transaction attempt: once an outage has been
   * reported to the caller, a driver retry of the same work never applies it.
   */
  async call<T>(work: (ensureUp: () => void) => Promise<T>): Promise<T> {
    if (this.down) throw databaseUnavailable();
    const generation = this.outages;
    const ensureUp = (): void => {
      if (this.outages !== generation) throw databaseUnavailable();
    };
    let abandon!: (error: AppError) => void;
    const abandoned = new Promise<never>((_, reject) => {
      abandon = reject;
    });
    this.inFlight.add(abandon);
    // Every slow call keeps asking: a server that went away after one probe is still found.
    const watchdog = setInterval(() => void this.check(), this.timings.slowCallMs);
    try {
      return await Promise.race([work(ensureUp), abandoned]);
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === ErrorCode.SERVICE_UNAVAILABLE) void this.check();
      throw error;
    } finally {
      this.inFlight.delete(abandon);
      clearInterval(watchdog);
    }
  }

  /** Probes now (one probe at a time); true when the server answered. Opens the breaker if it is gone. */
  async check(): Promise<boolean> {
    if (this.down) return false;
    this.probing ??= this.probe().finally(() => {
      this.probing = null;
    });
    const result = await this.probing;
    if (result === 'down') this.open();
    return result === 'up';
  }

  /** Stops probing, e.g. when the driver closes. */
  close(): void {
    this.closed = true;
  }

  private open(): void {
    if (this.down || this.closed) return;
    this.down = true;
    this.outages += 1;
    for (const abandon of this.inFlight) abandon(databaseUnavailable());
    this.inFlight.clear();
    void this.recover();
  }

  private async recover(): Promise<void> {
    while (!this.closed) {
      await new Promise((resolve) => setTimeout(resolve, this.timings.retryEveryMs).unref());
      if ((await this.probe()) === 'up') {
        this.down = false;
        return;
      }
    }
  }
}
