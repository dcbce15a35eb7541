import { describe, expect, it } from '@jest/globals';
import { chooseBenches, type Bench } from './bench';
import { brokenRows, median, renderSection, replaceSection, type BenchReport, type RunInfo } from './report';

const RUN: RunInfo = {
  date: '2026-06-20',
  command: 'npm run bench -- first-screen',
  machine: '2 cores (Test CPU), 8.0 GB RAM, Linux 6.1, Node v20.20.2',
  cores: '2 cores',
};
const BENCH = { name: 'first-screen', title: 'First screen on a slow line', about: 'What it measures.' };
const REPORT: BenchReport = {
  rows: [
    { what: 'Sign-in screen usable, median of 3', budget: '≤ 5.00 s', result: '4.40 s', withinBudget: true },
    { what: 'Sign-in screen usable, slowest of 3', budget: '≤ 5.00 s', result: '5.10 s', withinBudget: false },
    { what: 'Unit screen | after sign-in', result: '2.20 s' },
  ],
  details: 'The waterfall.',
};

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([4.5, 4.2, 4.9])).toBe(4.5);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([1, 4, 2, 3])).toBe(2.5);
  });

  it('of nothing is an error', () => {
    expect(() => median([])).toThrow();
  });
});

describe('a bench report', () => {
  it('is broken by the rows over their budget only', () => {
    expect(brokenRows(REPORT).map((r) => r.what)).toEqual(['Sign-in screen usable, slowest of 3']);
  });

  it('renders as a section with the table, the verdicts, the date, the machine and the command', () => {
    const section = renderSection(BENCH, REPORT, RUN);
    expect(section).toContain('## First screen on a slow line');
    expect(section).toContain('| Sign-in screen usable, median of 3 | ≤ 5.00 s | 4.40 s | within budget | 2026-06-20 | 2 cores |');
    expect(section).toContain('| Sign-in screen usable, slowest of 3 | ≤ 5.00 s | 5.10 s | **over budget** | 2026-06-20 | 2 cores |');
    expect(section).toContain('| Unit screen \\| after sign-in | — | 2.20 s | for information | 2026-06-20 | 2 cores |');
    expect(section).toContain('The waterfall.');
    expect(section).toContain('Measured on 2026-06-20 with `npm run bench -- first-screen` on 2 cores (Test CPU)');
  });
});

describe('docs/PERFORMANCE.md', () => {
  const section = (result: string) => renderSection(BENCH, { rows: [{ what: 'x', result }] }, RUN);
  const doc = `# Performance\n\nHow to read this page.\n\n${section('old')}\n\n## Written by hand\n\nStays.\n`;

  it('gets a new bench’s section at its end', () => {
    const added = replaceSection('# Performance\n\nHow to read this page.\n', 'first-screen', section('new'));
    expect(added).toBe(`# Performance\n\nHow to read this page.\n\n${section('new')}\n`);
  });

  it('has a bench’s section replaced in place, the rest kept', () => {
    const replaced = replaceSection(doc, 'first-screen', section('new'));
    expect(replaced).toBe(`# Performance\n\nHow to read this page.\n\n${section('new')}\n\n## Written by hand\n\nStays.\n`);
    expect(replaced).not.toContain('| old |');
  });

  it('keeps the sections of other benches', () => {
    const other = renderSection({ ...BENCH, name: 'initial-bundle' }, { rows: [{ what: 'y', result: 'kept' }] }, RUN);
    const replaced = replaceSection(`${doc}\n${other}\n`, 'first-screen', section('new'));
    expect(replaced).toContain(other);
  });

  it('refuses to guess when a section lost a marker', () => {
    const broken = doc.replace('<!-- /bench:first-screen -->', '');
    expect(() => replaceSection(broken, 'first-screen', section('new'))).toThrow('lost a marker');
  });
});

describe('choosing benches', () => {
  const bench = (name: string): Bench => ({ name, title: name, about: '', run: () => Promise.resolve({ rows: [] }) });
  const all = [bench('initial-bundle'), bench('first-screen'), bench('dashboard')];

  it('runs every bench when none is named', () => {
    expect(chooseBenches([], all).map((b) => b.name)).toEqual(['initial-bundle', 'first-screen', 'dashboard']);
  });

  it('runs the named ones in the registry’s order', () => {
    expect(chooseBenches(['dashboard', 'initial-bundle'], all).map((b) => b.name)).toEqual(['initial-bundle', 'dashboard']);
  });

  it('refuses a name it does not know, saying which exist', () => {
    expect(() => chooseBenches(['first-sceen'], all)).toThrow('no bench named "first-sceen"; benches: initial-bundle, first-screen, dashboard');
  });
});
