import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_CLOCK_START } from './clock';

describe('the test clock', () => {
  it('starts at the same instant in the jest set-up (plain JavaScript) and in the tests', () => {
    const setup = readFileSync(join(__dirname, '../../../../test/support/test-env.mjs'), 'utf8');
    expect(setup).toContain(`TEST_CLOCK_START = '${TEST_CLOCK_START}'`);
  });
});
