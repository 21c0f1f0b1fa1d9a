import { ViewerScopedPersistedQueries } from '../../../src/graphql/persisted-queries';

describe('persisted queries cache', () => {
  it('finds a document only for the viewer who registered it', async () => {
    const cache = new ViewerScopedPersistedQueries();
    await cache.runAs('alice', () => cache.set('apq:h1', '{ a }'));
    expect(await cache.runAs('alice', () => cache.get('apq:h1'))).toBe('{ a }');
    expect(await cache.runAs('bob', () => cache.get('apq:h1'))).toBeUndefined();
    await cache.runAs('bob', () => cache.set('apq:h1', '{ b }'));
    expect(await cache.runAs('alice', () => cache.get('apq:h1'))).toBe('{ a }');
    expect(await cache.runAs('bob', () => cache.delete('apq:h1'))).toBe(true);
    expect(await cache.runAs('alice', () => cache.get('apq:h1'))).toBe('{ a }');
  });

  it('keeps and finds nothing without a viewer, even inside a viewer’s scope', async () => {
    const cache = new ViewerScopedPersistedQueries();
    await cache.set('apq:h1', '{ a }');
    await cache.runAs(undefined, () => cache.set('apq:h2', '{ b }'));
    expect(await cache.runAs('alice', () => cache.runAs(undefined, () => cache.get('apq:h1')))).toBeUndefined();
    for (const staffId of ['alice', '', 'undefined']) {
      expect(await cache.runAs(staffId, () => Promise.all([cache.get('apq:h1'), cache.get('apq:h2')]))).toEqual([undefined, undefined]);
    }
  });

  it('keeps viewers apart whatever their ids contain', async () => {
    const cache = new ViewerScopedPersistedQueries();
    await cache.runAs('a","apq:', () => cache.set('h', '{ a }'));
    expect(await cache.runAs('a', () => cache.get('apq:","h'))).toBeUndefined();
    expect(await cache.runAs('a', () => cache.get('","apq:h'))).toBeUndefined();
  });

  it('follows the viewer through awaits and timers', async () => {
    const cache = new ViewerScopedPersistedQueries();
    await cache.runAs('alice', async () => {
      await new Promise((resolve) => setImmediate(resolve));
      await cache.set('apq:h1', '{ a }');
    });
    expect(await cache.runAs('alice', () => cache.get('apq:h1'))).toBe('{ a }');
  });

  it('is bounded: the least recently used documents go first', async () => {
    // Each entry counts its text and its key (about 45 characters here): three fit, four do not.
    const cache = new ViewerScopedPersistedQueries(150);
    await cache.runAs('alice', async () => {
      for (const hash of ['h1', 'h2', 'h3']) await cache.set(hash, 'x'.repeat(30));
      await cache.get('h1');
      await cache.set('h4', 'x'.repeat(30));
      expect(await Promise.all(['h1', 'h2', 'h3', 'h4'].map((hash) => cache.get(hash)))).toEqual(['x'.repeat(30), undefined, 'x'.repeat(30), 'x'.repeat(30)]);
    });
  });

  it('forgets a document after the TTL Apollo gives, in seconds, and keeps one given none', async () => {
    const cache = new ViewerScopedPersistedQueries();
    await cache.runAs('alice', () => Promise.all([cache.set('short', '{ a }', { ttl: 2 }), cache.set('kept', '{ b }', { ttl: null })]));
    // lru-cache reads its own clock, which jest's fake timers do not reach: wait for real.
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await wait(100);
    expect(await cache.runAs('alice', () => cache.get('short'))).toBe('{ a }');
    await wait(2_000);
    expect(await cache.runAs('alice', () => Promise.all([cache.get('short'), cache.get('kept')]))).toEqual([undefined, '{ b }']);
  });
});
