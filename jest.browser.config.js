// Browser tests: `test/browser/**/*.browser-spec.ts`, all processes plus the built web app, driven with
// playwright-core in Debian's chromium (see test/support/browser.ts).
const { jestConfig } = require('./test/support/jest-base');

module.exports = jestConfig({
  displayName: 'browser',
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  globalSetup: '<rootDir>/test/support/browser-global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  maxWorkers: 1,
  testTimeout: 60000,
});
