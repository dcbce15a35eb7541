// What the benches share to say what they measured: the row of a result, the arithmetic of repeated runs,
// and docs/PERFORMANCE.md, where each bench owns one section that its run rewrites. Pure.

/** One measured quantity. `budget` absent: reported for information, nothing to break. */
export interface BenchRow {
  what: string;
  result: string;
  budget?: string;
  withinBudget?: boolean;
}

export interface BenchReport {
  rows: BenchRow[];
  /** Markdown after the table: the details a person needs to see why the numbers are what they are. */
  details?: string;
}

/** Where and when a run happened, and the command that made it (so anyone can make it again). */
export interface RunInfo {
  /** YYYY-MM-DD. */
  date: string;
  command: string;
  /** "2 cores (AMD EPYC 7B13), 7.8 GB RAM, Linux 6.1, Node v20.20.2". */
  machine: string;
  /** The part of `machine` that fits a table cell: "2 cores". */
  cores: string;
}

export const brokenRows = (report: BenchReport): BenchRow[] => report.rows.filter((row) => row.withinBudget === false);

export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('the median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Bytes in kB of 1,000 bytes, as vite prints them: "143.2 kB". */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Milliseconds in seconds: "3.42 s". */
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function verdict(row: BenchRow): string {
  if (row.withinBudget === undefined) return 'for information';
  return row.withinBudget ? 'within budget' : '**over budget**';
}

const START = (name: string) => `<!-- bench:${name} (written by \`npm run bench\`; edits here are lost) -->`;
const END = (name: string) => `<!-- /bench:${name} -->`;

/** A bench's section of docs/PERFORMANCE.md: heading, what it measures, the table, the details, the run. */
export function renderSection(bench: { name: string; title: string; about: string }, report: BenchReport, run: RunInfo): string {
  const table = markdownTable(
    ['What', 'Budget', 'Result', 'Verdict', 'Date', 'Machine'],
    report.rows.map((row) => [row.what, row.budget ?? '—', row.result, verdict(row), run.date, run.cores]),
  );
  return [
    START(bench.name),
    `## ${bench.title}`,
    '',
    bench.about,
    '',
    table,
    ...(report.details ? ['', report.details] : []),
    '',
    `Measured on ${run.date} with \`${run.command}\` on ${run.machine}.`,
    END(bench.name),
  ].join('\n');
}

/** `doc` with the section of bench `name` replaced by `section`, or with `section` added at its end. */
export function replaceSection(doc: string, name: string, section: string): string {
  const start = doc.indexOf(START(name));
  const end = doc.indexOf(END(name));
  if (start >= 0 && end > start) return doc.slice(0, start) + section + doc.slice(end + END(name).length);
  if (start >= 0 || end >= 0) throw new Error(`the section of bench "${name}" in docs/PERFORMANCE.md has lost a marker`);
  return `${doc.trimEnd()}\n\n${section}\n`;
}
