import { CircuitBreaker, ProbeResult } from '../../../src/db/circuit-breaker';
import { AppError } from '../../../src/errors';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const never = () => new Promise<never>(() => undefined);
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: AppError) => String(error.extensions.code));

describe('the circuit breaker', () => {
  let server: ProbeResult;
  let probes: number;
  let breaker: CircuitBreaker;
  beforeEach(() => {
    server = 'up';
    probes = 0;
    breaker = new CircuitBreaker(
      async () => {
        probes += 1;
        return server;
      },
      { slowCallMs: 20, retryEveryMs: 20 },
    );
  });
  afterEach(() => breaker.close());

  it('runs calls while the server is up, probing only for slow ones', async () => {
    expect(await breaker.call(async () => 'answer')).toBe('answer');
    expect(probes).toBe(0);
    expect(await breaker.call(async () => sleep(70).then(() => 'slow'))).toBe('slow');
    expect(probes).toBeGreaterThanOrEqual(2);
    expect(breaker.isOpen).toBe(false);
  });

  it('fails a hanging call and every new one at once when a probe finds the server gone, then closes when it answers', async () => {
    let retry: (() => void) | undefined;
    const hanging = codeOf(breaker.call((ensureUp) => ((retry = ensureUp), never())));
    server = 'down';
    const startedAt = Date.now();
    expect(await hanging).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - startedAt).toBeLessThan(500);
    expect(breaker.isOpen).toBe(true);
    expect(await codeOf(breaker.call(async () => 'never runs'))).toBe('SERVICE_UNAVAILABLE');
    expect(await breaker.check()).toBe(false);

    server = 'up';
    await sleep(60);
    expect(breaker.isOpen).toBe(false);
    expect(await breaker.call(async () => 'back')).toBe('back');
    // A driver retry of work begun before the outage must not apply it.
    expect(() => retry!()).toThrow('The graph database is unavailable; try again shortly.');
  });

  it('changes nothing when a probe cannot tell, e.g. it timed out behind busy connections', async () => {
    server = 'unknown';
    expect(await breaker.call(async () => sleep(50).then(() => 'done'))).toBe('done');
    expect(breaker.isOpen).toBe(false);
  });
});
