// The two catalogues stay complete: every key in Vietnamese has its English twin and the other way round,
// with the same values to fill in, and each plural key has every form its language needs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { en } from './en';
import { vi } from './vi';

const CATALOGUES: Record<'vi' | 'en', Record<string, string>> = { vi, en };
// i18next's plural suffixes ("units_one", "units_other").
const PLURAL = /_(zero|one|two|few|many|other)$/;

const baseKey = (key: string) => key.replace(PLURAL, '');
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

/** Each key without its plural suffix, with the values it fills in (over all its plural forms). */
function shape(catalogue: Record<string, string>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, text] of Object.entries(catalogue)) {
    const vars = new Set([...(result[baseKey(key)] ?? []), ...variables(text)]);
    result[baseKey(key)] = [...vars].sort();
  }
  return result;
}

describe('the vi and en catalogues', () => {
  it('have the same keys, each filling in the same values', () => {
    expect(shape(en)).toEqual(shape(vi));
  });

  it.each(Object.entries(CATALOGUES))('%s: no empty label', (_lang, catalogue) => {
    expect(Object.entries(catalogue).filter(([, text]) => !text.trim())).toEqual([]);
  });

  it.each(Object.entries(CATALOGUES))('%s: every plural key has the forms the language needs', (lang, catalogue) => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plurals = new Set(Object.keys(catalogue).filter((k) => PLURAL.test(k)).map(baseKey));
    const missing = [...plurals].flatMap((key) => needed.filter((form) => !(`${key}_${form}` in catalogue)).map((f) => `${key}_${f}`));
    expect(missing).toEqual([]);
    // A plural key is plural in both languages (Vietnamese has one form: "_other").
    expect([...plurals].filter((key) => key in catalogue)).toEqual([]);
  });

  it('write the values the i18next way, {{name}}', () => {
    const single = Object.entries({ ...vi, ...en }).filter(([, text]) => /(^|[^{])\{\w+\}/.test(text));
    expect(single).toEqual([]);
  });
});

describe('the labels', () => {
  it('are all used by the app (a key is named in the code, or built from a prefix such as `role_${role}`)', () => {
    const SRC = path.resolve(__dirname, '../..');
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (file !== __dirname && entry.name !== 'gql') walk(file);
        } else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.spec.')) {
          sources.push(fs.readFileSync(file, 'utf8'));
        }
      }
    };
    walk(SRC);
    const code = sources.join('\n');
    const prefixes = [
      ...[...code.matchAll(/`(\w+_)\$\{/g)].map((m) => m[1]),
      ...[...code.matchAll(/knownKey\('(\w+)'/g)].map((m) => `${m[1]}_`),
    ];
    const unused = Object.keys(vi)
      .map(baseKey)
      .filter((key) => !code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});
