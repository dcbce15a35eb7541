// Small tests: `**/*.spec.ts` under libs/, apps/ and tools/, pure code, no PostgreSQL/Redis/network.
const { jestConfig } = require('./test/support/jest-base');

module.exports = jestConfig({
  displayName: 'small',
  testMatch: ['<rootDir>/{libs,apps,tools}/**/*.spec.ts'],
  maxWorkers: 2,
});
