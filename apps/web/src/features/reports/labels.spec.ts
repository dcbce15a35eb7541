// The report screens' catalogues stay complete: the same keys in both languages with the same values to fill
// in, every plural form each language needs, and every label used by the report screens.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { en } from '../../shared/i18n/en';
import { vi } from '../../shared/i18n/vi';
import { reportsEn } from './labels.en';
import { reportsVi } from './labels.vi';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, '');
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

function shape(catalogue: Record<string, string>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, text] of Object.entries(catalogue)) result[baseKey(key)] = [...new Set([...(result[baseKey(key)] ?? []), ...variables(text)])].sort();
  return result;
}

describe('the reports catalogues', () => {
  it('have the same keys in both languages, each filling in the same values', () => {
    expect(shape(reportsEn)).toEqual(shape(reportsVi));
  });

  it.each([
    ['vi', reportsVi],
    ['en', reportsEn],
  ] as const)('%s: no empty label, every plural form the language needs', (lang, catalogue) => {
    expect(Object.entries(catalogue).filter(([, text]) => !text.trim())).toEqual([]);
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plurals = new Set(Object.keys(catalogue).filter((k) => PLURAL.test(k)).map(baseKey));
    const missing = [...plurals].flatMap((key) => needed.filter((form) => !(`${key}_${form}` in catalogue)).map((f) => `${key}_${f}`));
    expect(missing).toEqual([]);
  });

  it('do not repeat a label of the app’s shared catalogue', () => {
    expect(Object.keys(reportsVi).filter((key) => key in vi)).toEqual([]);
    expect(Object.keys(reportsEn).filter((key) => key in en)).toEqual([]);
  });

  it('are all used by the report screens', () => {
    const code = fs
      .readdirSync(__dirname)
      .filter((name) => /\.tsx?$/.test(name) && !name.includes('.spec.') && !name.startsWith('labels.'))
      .map((name) => fs.readFileSync(path.join(__dirname, name), 'utf8'))
      .join('\n');
    const prefixes = [...code.matchAll(/`(\w+_)\$\{/g)].map((m) => m[1]);
    const unused = Object.keys(reportsVi)
      .map(baseKey)
      .filter((key) => !code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});
