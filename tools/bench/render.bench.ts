// Rendering official documents to DOCX in-process (no stack): a unit's yearly report and a province's
// consolidated report (the domain's builder) listing 5,000 units, each in both formats, the median of several runs after a warm-up.
import { renderDocx, sampleConsolidatedReport, sampleUnitReport } from '@qcdc/reports/documents';
import { DOCUMENT_FORMATS, type OfficialDocument } from '@qcdc/reports/domain';
import type { Bench } from './bench';
import { median, seconds } from './report';

/** Issue 10: a unit report in ≤ 100 ms, the consolidated report for 5,000 units in ≤ 5 s. */
const UNIT_BUDGET_MS = 100;
const CONSOLIDATED_BUDGET_MS = 5_000;
const UNITS = 5_000;

async function timed(doc: OfficialDocument, runs: number): Promise<{ ms: number; bytes: number }> {
  let bytes = (await renderDocx(doc)).length; // warm-up: module loading and the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    bytes = (await renderDocx(doc)).length;
    times.push(performance.now() - started);
  }
  return { ms: median(times), bytes };
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

export const renderBench: Bench = {
  name: 'render',
  title: 'Rendering official documents (DOCX)',
  about: [
    'The `renderDocx` of `@qcdc/reports/documents`, in-process, on the sample documents of that lib: a unit\'s yearly',
    'report in the 2006 structure (about 45 headings, paragraphs and bullets, the header, Nơi nhận and the signature)',
    `and a province's consolidated report as the reports domain builds it (buildProvinceReportDocument) at its longest:`,
    `${UNITS.toLocaleString('en')} units expected and none submitted yet, so it lists all of them (a table of ${UNITS.toLocaleString('en')} rows, 4 columns).`,
    'Each is rendered in both formats; the median of 9 runs (unit) or 3 runs (consolidated) after one warm-up. The',
    'DOCX → PDF conversion (LibreOffice) is not included: it is a separate process of about a second per document.',
  ].join('\n'),

  async run(ctx) {
    const rows = [];
    const sizes: string[] = [];
    for (const format of DOCUMENT_FORMATS) {
      const unit = await timed(sampleUnitReport(format), 9);
      ctx.log(`${format} unit report: ${ms(unit.ms)}`);
      rows.push({ what: `Unit report, ${format} format`, result: ms(unit.ms), budget: `≤ ${ms(UNIT_BUDGET_MS)}`, withinBudget: unit.ms <= UNIT_BUDGET_MS });
      const consolidated = await timed(sampleConsolidatedReport(format, UNITS), 3);
      ctx.log(`${format} consolidated report: ${seconds(consolidated.ms)}`);
      rows.push({
        what: `Consolidated report, ${UNITS.toLocaleString('en')} units, ${format} format`,
        result: seconds(consolidated.ms),
        budget: `≤ ${seconds(CONSOLIDATED_BUDGET_MS)}`,
        withinBudget: consolidated.ms <= CONSOLIDATED_BUDGET_MS,
      });
      sizes.push(`${format}: ${(unit.bytes / 1000).toFixed(1)} kB and ${(consolidated.bytes / 1e6).toFixed(2)} MB`);
    }
    return { rows, details: `DOCX sizes (unit, consolidated): ${sizes.join('; ')}.` };
  },
};
