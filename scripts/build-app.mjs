#!/usr/bin/env node
// Builds one backend entry point to plain JavaScript that `node` runs without a compiler at run time.
//   node scripts/build-app.mjs <entry.ts> --out <dir> [--asset <file>]...
// Every Nx `build` target of a backend app calls this (apps/<name>/project.json); Nx caches the result.
//
// What it does: follows the imports from the entry (relative ones and the @qcdc/... aliases of
// tsconfig.base.json; packages stay in node_modules), compiles each file with swc to CommonJS, and writes
// it to <dir> under its path in the repository, so the layout of the sources is kept:
//   apps/gateway/src/main.ts           ->  dist/apps/gateway/apps/gateway/src/main.js
//   libs/shared/config/src/config.ts   ->  dist/apps/gateway/libs/shared/config/src/config.js
// swc rewrites each alias to a relative path, which stays right because the layout is kept. Assets are
// copied the same way (apps/gateway/supergraph.graphql sits where `join(__dirname, '..')` looks for it).
// <dir>/main.js is the stable entry: `node --enable-source-maps <dir>/main.js`.
//
// Why swc and not esbuild or tsc: NestJS reads constructor types through emitDecoratorMetadata, which
// esbuild does not emit; tsc does, but leaves the aliases unresolved and takes seconds per app. swc
// compiles with the same settings the tests use (test/support/jest-base.js). Type errors are the
// typecheck step's job (tsc --noEmit), not the build's.
import swc from '@swc/core';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSIONS = ['.ts', '.tsx'];

function usage(message) {
  console.error(`${message}\nusage: node scripts/build-app.mjs <entry.ts> --out <dir> [--asset <file>]...`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { entry: null, out: null, assets: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') options.out = argv[++i];
    else if (arg === '--asset') options.assets.push(argv[++i]);
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else if (options.entry) usage(`one entry only (got ${options.entry} and ${arg})`);
    else options.entry = arg;
  }
  if (!options.entry || !options.out) usage('an entry and --out are required');
  return options;
}

/** The `paths` of tsconfig.base.json, as absolute files: { "@qcdc/shared/config": "/…/index.ts" }. */
function readAliases() {
  const file = path.join(ROOT, 'tsconfig.base.json');
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(`cannot read ${file}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  const paths = config.compilerOptions?.paths ?? {};
  for (const alias of Object.keys(paths)) {
    if (alias.includes('*')) throw new Error(`tsconfig.base.json: wildcard alias ${alias} is not supported by the build`);
  }
  return { paths, files: Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [alias, path.join(ROOT, target)])) };
}

/** The source file an import names, or null for a package in node_modules. */
function resolveImport(specifier, fromFile, aliasFiles) {
  if (specifier in aliasFiles) return aliasFiles[specifier];
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  const found = candidates.find((c) => EXTENSIONS.includes(path.extname(c)) && fs.existsSync(c));
  if (found) return found;
  // A relative import of a non-TypeScript file (JSON, say) would be left behind in the output.
  throw new Error(`${path.relative(ROOT, fromFile)}: cannot resolve "${specifier}" to a .ts file`);
}

/** Every source file reachable from the entry through relative and alias imports. */
function collectSources(entry, aliasFiles) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      const target = resolveImport(fileName, file, aliasFiles);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen].sort();
}

/** swc settings: the same as the jest transform (legacy decorators with metadata, no define semantics). */
function swcOptions(file, outFile, paths) {
  return {
    filename: file,
    swcrc: false,
    configFile: false,
    sourceMaps: true,
    sourceFileName: path.relative(path.dirname(outFile), file),
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: file.endsWith('.tsx') },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: ROOT,
      paths,
    },
    module: { type: 'commonjs' },
  };
}

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * The packages the compiled code requires at run time must be production dependencies: the production
 * image installs only those (`npm ci --omit=dev`), so a devDependency would fail there and nowhere else.
 * Type-only imports are gone by now, which is why this reads the output and not the sources.
 */
function assertProductionDependencies(requiredBy) {
  const { dependencies = {} } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const problems = [...requiredBy]
    .filter(([pkg]) => !(pkg in dependencies))
    .map(([pkg, file]) => `${path.relative(ROOT, file)} requires "${pkg}", which is not in package.json "dependencies"`);
  if (problems.length) {
    throw new Error(`${problems.join('\n')}\n(the production image installs dependencies only: move it there)`);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const entry = path.resolve(ROOT, options.entry);
  const outDir = path.resolve(ROOT, options.out);
  if (!fs.existsSync(entry)) usage(`no such entry: ${options.entry}`);
  if (!outDir.startsWith(path.join(ROOT, 'dist') + path.sep)) usage(`--out must be under dist/ (got ${options.out})`);

  const aliases = readAliases();
  const sources = collectSources(entry, aliases.files);
  const outputOf = (file) => path.join(outDir, path.relative(ROOT, file)).replace(/\.tsx?$/, '.js');

  fs.rmSync(outDir, { recursive: true, force: true });
  const requiredBy = new Map(); // package -> first file that requires it
  await Promise.all(
    sources.map(async (file) => {
      const outFile = outputOf(file);
      const { code, map } = await swc.transformFile(file, swcOptions(file, outFile, aliases.paths));
      for (const [, specifier] of code.matchAll(/\brequire\("([^"]+)"\)/g)) {
        if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(packageOf(specifier))) continue;
        if (!requiredBy.has(packageOf(specifier))) requiredBy.set(packageOf(specifier), file);
      }
      fs.mkdirSync(path.dirname(outFile), { recursive: true });
      fs.writeFileSync(outFile, `${code}\n//# sourceMappingURL=${path.basename(outFile)}.map\n`);
      fs.writeFileSync(`${outFile}.map`, map);
    }),
  );
  assertProductionDependencies(requiredBy);
  for (const asset of options.assets) {
    const from = path.resolve(ROOT, asset);
    if (!fs.existsSync(from)) usage(`no such asset: ${asset}`);
    const to = path.join(outDir, path.relative(ROOT, from));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  }
  // main.js runs the entry as the main module, exactly as `node <entry>` would (so `require.main === module`
  // holds there, which the tools' scripts check), from a path that does not depend on the layout.
  const entryOut = path.relative(outDir, outputOf(entry));
  fs.writeFileSync(
    path.join(outDir, 'main.js'),
    [
      `// Built from ${path.relative(ROOT, entry)} by scripts/build-app.mjs. Run: node --enable-source-maps main.js`,
      `process.argv[1] = require('node:path').join(__dirname, ${JSON.stringify(entryOut)});`,
      `require('node:module').runMain();`,
      '',
    ].join('\n'),
  );
  console.log(
    `built ${path.relative(ROOT, entry)} -> ${path.relative(ROOT, outDir)}/main.js ` +
      `(${sources.length} files, ${options.assets.length} assets, ${Date.now() - started} ms)`,
  );
}

main().catch((err) => {
  console.error(`build failed: ${err.message}`);
  process.exit(1);
});
