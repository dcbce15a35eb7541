// jest globalTeardown for medium, e2e and browser: stops the processes, drops the test database, deletes
// the queue keys and stops any throwaway server the setup started (the cleanups test-env.mjs registered).
import { teardown } from './test-env.mjs';

export default teardown;
