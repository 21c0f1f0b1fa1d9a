/**
 * Two projects. `unit` (test/unit) is pure logic and needs no database:
 * `npm run test:unit`. `integration` (test/integration and the browser
 * tests in test/e2e) shares one Neo4j for the whole run, started by its
 * global setup (test/global-setup.ts, or NEO4J_URI when set); each suite
 * keeps to its own data (test/helpers). Jest runs a project's global setup
 * only when a test of that project is selected, so the unit tests alone
 * never start Neo4j. `npm test` runs both.
 */
const common = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  setupFiles: ['reflect-metadata'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/test/unit'] },
    {
      ...common,
      displayName: 'integration',
      roots: ['<rootDir>/test/integration', '<rootDir>/test/e2e'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
  testTimeout: 60000,
  maxWorkers: 2,
};
