import { loadSettings } from '../../../src/config';

describe('settings', () => {
  it('has working defaults for the two-command start', () => {
    const settings = loadSettings({});
    expect(settings).toMatchObject({ PORT: 4000, NEO4J_BOLT_PORT: 7687, DEMO_DATA: true, NEO4J_DATABASE: 'neo4j' });
    expect(settings.NEO4J_URI).toBeUndefined();
    expect(settings.NEO4J_DATA_DIR).toMatch(/\.neo4j-data$/);
  });

  it('reads DEMO_DATA=false and a routing URI', () => {
    expect(loadSettings({ DEMO_DATA: 'false', NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toMatchObject({
      DEMO_DATA: false,
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
    });
  });

  it('names each bad setting', () => {
    expect(() => loadSettings({ PORT: 'http', NEO4J_URI: 'http://x', DEMO_DATA: 'maybe' })).toThrow(
      /PORT: .*\n.*NEO4J_URI: a bolt:\/\/, neo4j:\/\/, bolt\+s:\/\/ or neo4j\+s:\/\/ URI\n.*DEMO_DATA/,
    );
  });
});
