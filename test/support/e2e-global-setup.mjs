// jest globalSetup for e2e tests: fresh database and every backend process (no web app) on test ports.
import { setupStack } from './test-env.mjs';

export default () => setupStack({ web: false, kind: 'e2e' });
