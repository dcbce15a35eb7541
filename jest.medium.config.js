// Medium tests: `**/*.medium-spec.ts`, one service's code in-process against a real PostgreSQL and Redis.
// The global setup makes a fresh migrated database per run (see test/support/medium-global-setup.mjs).
const { jestConfig } = require('./test/support/jest-base');

module.exports = jestConfig({
  displayName: 'medium',
  testMatch: ['<rootDir>/{libs,apps,test}/**/*.medium-spec.ts'],
  globalSetup: '<rootDir>/test/support/medium-global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  maxWorkers: 1,
  testTimeout: 30000,
});
