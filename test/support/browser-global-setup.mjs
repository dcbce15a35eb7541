// jest globalSetup for browser tests: like e2e, plus the built web app served by vite preview.
import { setupStack } from './test-env.mjs';

export default () => setupStack({ web: true, kind: 'browser' });
