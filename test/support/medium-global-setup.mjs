// jest globalSetup for medium tests: fresh migrated database, unique QUEUE_PREFIX (see test-env.mjs).
import { setupMedium } from './test-env.mjs';

export default setupMedium;
