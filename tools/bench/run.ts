// Runs the chosen benches (all when none is named), prints each report, and rewrites each one's section of
// docs/PERFORMANCE.md. Called by scripts/bench.mjs, which owns the processes and the clock.
import fs from 'node:fs';
import path from 'node:path';
import { chooseBenches, type Bench, type BenchContext } from './bench';
import { BENCHES } from './benches';
import { brokenRows, markdownTable, renderSection, replaceSection, type RunInfo } from './report';

/** The benches `names` asks for (every one for none), in the order of tools/bench/benches.ts. */
export const benchesNamed = (names: readonly string[]): Bench[] => chooseBenches(names, BENCHES);

const DOC = 'docs/PERFORMANCE.md';

/** Runs the benches; resolves true when every one ran and met its budgets. */
export async function runBenches(benches: readonly Bench[], ctx: BenchContext, run: RunInfo): Promise<boolean> {
  const docFile = path.join(ctx.root, DOC);
  let allWithin = true;
  for (const bench of benches) {
    ctx.log(`\n== ${bench.name}: ${bench.title}`);
    try {
      const report = await bench.run(ctx);
      ctx.log(markdownTable(['What', 'Budget', 'Result'], report.rows.map((r) => [r.what, r.budget ?? '—', r.result])));
      const broken = brokenRows(report);
      if (broken.length) {
        allWithin = false;
        ctx.log(`OVER BUDGET: ${broken.map((r) => `${r.what}: ${r.result} (budget ${r.budget})`).join('; ')}`);
      }
      const doc = fs.existsSync(docFile) ? fs.readFileSync(docFile, 'utf8') : '# Performance\n';
      fs.writeFileSync(docFile, replaceSection(doc, bench.name, renderSection(bench, report, run)));
      ctx.log(`written to ${DOC}`);
    } catch (err) {
      // Its section keeps the last numbers measured; the run fails.
      allWithin = false;
      ctx.log(`FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  return allWithin;
}
