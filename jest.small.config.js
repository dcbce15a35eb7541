// Small tests: `**/*.spec.ts` under libs/ and apps/, pure code, no PostgreSQL/Redis/network.
const { jestConfig } = require('./test/support/jest-base');

module.exports = jestConfig({
  displayName: 'small',
  testMatch: ['<rootDir>/{libs,apps}/**/*.spec.ts'],
  maxWorkers: 2,
});
