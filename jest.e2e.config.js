// End-to-end tests: `test/e2e/**/*.e2e-spec.ts`, all backend processes running, called through the gateway.
const { jestConfig } = require('./test/support/jest-base');

module.exports = jestConfig({
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/e2e-global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  maxWorkers: 1,
  testTimeout: 60000,
});
