// The initial bundle: what a first visit downloads before the app can show a screen, compressed as the server
// sends it, against the budget of 250 kB; and what each screen behind sign-in adds when first opened.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bench } from './bench';
import { initialLoad, lazyRoutes, type Manifest } from './initial-load';
import { kB, markdownTable } from './report';

const BUDGET_BYTES = 250_000;

/**
 * The compression the web is served with: nginx in production (infra/web.nginx.conf: `gzip_comp_level 6`,
 * `gzip_min_length 1024`) and vite preview in the tests and `npm start` (@polka/compression: zlib's default
 * level, which is 6, from 1024 bytes).
 */
const GZIP = { level: 6, minLength: 1024 };

/** The bytes of the body the server sends for a file: gzipped, unless it is too small to be worth it. */
export function bytesSent(file: Buffer): number {
  return file.length < GZIP.minLength ? file.length : gzipSync(file, { level: GZIP.level }).length;
}

export const initialBundle: Bench = {
  name: 'initial-bundle',
  title: 'Initial bundle',
  about: [
    'What the first visit of any address downloads before the app can show a screen: `index.html`, every file it',
    'refers to (the entry script, its stylesheet, module preloads, a service worker’s registration script) and every',
    'chunk the entry imports statically, transitively, with their CSS (read from the build manifest,',
    '`apps/web/dist/.vite/manifest.json`). Each file counts as the server sends it, gzipped at level 6 from 1,024',
    'bytes up, as nginx (`infra/web.nginx.conf`) and vite preview do, and the sizes are summed; 1 kB = 1,000 bytes.',
    'The screens behind sign-in, and the English catalogue, are loaded when first needed: the second table shows',
    'what each adds to the initial load.',
  ].join('\n'),

  async run(ctx) {
    await ctx.buildWeb();
    const dist = path.join(ctx.root, 'apps/web/dist');
    const manifestFile = path.join(dist, '.vite/manifest.json');
    if (!fs.existsSync(manifestFile)) {
      throw new Error(`${path.relative(ctx.root, manifestFile)} is missing: keep build.manifest on in apps/web/vite.config.mts`);
    }
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
    const initial = initialLoad(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'), manifest);

    const weighed = new Map<string, { raw: number; sent: number }>();
    const weigh = (file: string) => {
      const known = weighed.get(file);
      if (known) return known;
      const full = path.join(dist, file);
      if (!fs.existsSync(full)) throw new Error(`index.html or the manifest refers to ${file}, which the build did not write`);
      const bytes = fs.readFileSync(full);
      const weight = { raw: bytes.length, sent: bytesSent(bytes) };
      weighed.set(file, weight);
      return weight;
    };
    const sentFor = (files: readonly string[]) => files.reduce((sum, file) => sum + weigh(file).sent, 0);

    const total = sentFor(initial);
    const scripts = sentFor(initial.filter((file) => file.endsWith('.js')));
    const routes = lazyRoutes(manifest, initial);

    const initialTable = markdownTable(
      ['Initial file', 'Size', 'Sent (gzipped)'],
      initial.map((file) => [`\`${file}\``, kB(weigh(file).raw), kB(weigh(file).sent)]),
    );
    const routeTable = markdownTable(
      ['Loaded when first needed', 'Files it adds', 'Sent (gzipped)'],
      routes.map((route) => [`\`${route.src}\``, route.files.map((f) => `\`${path.basename(f)}\``).join(', '), kB(sentFor(route.files))]),
    );
    return {
      rows: [
        { what: 'Initial load, gzipped', budget: `≤ ${kB(BUDGET_BYTES)}`, result: kB(total), withinBudget: total <= BUDGET_BYTES },
        { what: 'of which JavaScript', result: kB(scripts) },
      ],
      details: `${initialTable}\n\n${routeTable}`,
    };
  },
};
