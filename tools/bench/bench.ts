// A bench: one measurement of speed or size against its budget, run by `npm run bench` (scripts/bench.mjs),
// which gives it what it needs to run (BenchContext) and writes its report into docs/PERFORMANCE.md.
import type { BenchReport } from './report';

/** The running stack (database migrated, the demo province seeded): where the browser goes. */
export interface Stack {
  webUrl: string;
  gatewayUrl: string;
}

export interface BenchContext {
  /** The repository's root directory. */
  root: string;
  /** Builds the web app to apps/web/dist (through Nx: unchanged, it comes from the cache). */
  buildWeb(): Promise<void>;
  /**
   * Every process, started as the browser tests start them, on a fresh database with the demo province
   * (tools/seed/demo.ts); started once, for the first bench that asks, and stopped after the last bench.
   */
  stack(): Promise<Stack>;
  /** A line of progress on the console. */
  log(line: string): void;
}

export interface Bench {
  /** What `npm run bench -- <name>` runs. */
  name: string;
  /** The heading of its section in docs/PERFORMANCE.md. */
  title: string;
  /** Markdown under the heading: what is measured, how, and where the budget comes from. */
  about: string;
  run(ctx: BenchContext): Promise<BenchReport>;
}

/** The benches `names` asks for, in the registry's order; all of them for no names. */
export function chooseBenches(names: readonly string[], benches: readonly Bench[]): Bench[] {
  const unknown = names.filter((name) => !benches.some((b) => b.name === name));
  if (unknown.length) {
    throw new Error(`no bench named ${unknown.map((n) => `"${n}"`).join(', ')}; benches: ${benches.map((b) => b.name).join(', ')}`);
  }
  return names.length ? benches.filter((b) => names.includes(b.name)) : [...benches];
}
