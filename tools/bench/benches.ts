// Every bench `npm run bench` knows, in the order it runs them. A new bench is a file exporting a Bench,
// added here; its section of docs/PERFORMANCE.md appears on its first run.
import type { Bench } from './bench';
import { firstScreen } from './first-screen.bench';
import { freshnessBench } from './freshness.bench';
import { importBench } from './import.bench';
import { initialBundle } from './initial-bundle.bench';
import { overviewBench } from './overview.bench';
import { renderBench } from './render.bench';

export const BENCHES: readonly Bench[] = [initialBundle, firstScreen, importBench, renderBench, freshnessBench, overviewBench];
