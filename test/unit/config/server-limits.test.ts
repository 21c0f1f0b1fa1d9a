import { loadSettings, serverLimitsOf } from '../../../src/config';

/** Production keeps these secrets: set JWT_SECRET and PSEUDONYM_KEY so NODE_ENV=production loads. */
const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PSEUDONYM_KEY: 'y'.repeat(16) };

describe('server limits', () => {
  it('default to generous limits, with introspection and the landing page on outside production', () => {
    expect(serverLimitsOf(loadSettings({}))).toEqual({
      rateLimitPerMinute: 1200,
      queryMaxCost: 100_000,
      queryMaxDepth: 16,
      introspection: true,
      landingPage: true,
      corsOrigins: [],
    });
  });

  it('switch introspection and the landing page off with NODE_ENV=production, unless set', () => {
    expect(serverLimitsOf(loadSettings(production))).toMatchObject({ introspection: false, landingPage: false });
    expect(serverLimitsOf(loadSettings({ ...production, GRAPHQL_INTROSPECTION: 'true' }))).toMatchObject({ introspection: true, landingPage: false });
    expect(serverLimitsOf(loadSettings({ GRAPHQL_LANDING_PAGE: 'false' }))).toMatchObject({ introspection: true, landingPage: false });
  });

  it('read the limits, 0 switching the rate limit off, and name a bad one', () => {
    expect(serverLimitsOf(loadSettings({ RATE_LIMIT_PER_MINUTE: '0', QUERY_MAX_COST: '5000', QUERY_MAX_DEPTH: '8' }))).toMatchObject({
      rateLimitPerMinute: 0,
      queryMaxCost: 5000,
      queryMaxDepth: 8,
    });
    expect(() => loadSettings({ QUERY_MAX_DEPTH: '1', GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(/QUERY_MAX_DEPTH: .*\n.*GRAPHQL_INTROSPECTION/);
  });

  it('read the CORS origins, trimmed and without blanks, and name one that browsers would never send', () => {
    expect(serverLimitsOf(loadSettings({ CORS_ORIGINS: ' https://app.example.com, ,http://localhost:5173,' })).corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    expect(serverLimitsOf(loadSettings({ CORS_ORIGINS: ',' })).corsOrigins).toEqual([]);
    for (const origin of ['https://app.example.com/', 'https://App.example.com', 'https://app.example.com/app', '*', 'app.example.com', 'ftp://files.example.com', 'https://app.example.com:443']) {
      expect(() => loadSettings({ CORS_ORIGINS: `https://ok.example.com,${origin}` })).toThrow(`CORS_ORIGINS.1: "${origin}" is not an origin`);
    }
  });
});
