// The generated types in src/gql/ must be what the app's documents and the committed supergraph give today:
// a stale folder (a document or the schema changed without `npm run codegen`) fails here, and so does a
// document the schema does not allow (codegen refuses it, naming the file, line and field).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const WORKSPACE = path.resolve(__dirname, '../..');
const CODEGEN = path.join(WORKSPACE, 'node_modules/.bin/graphql-codegen');

it('src/gql/ is up to date with the documents and apps/gateway/supergraph.graphql (else run `npm run codegen`)', () => {
  const run = spawnSync(CODEGEN, ['--config', 'apps/web/codegen.ts', '--check', '--errors-only'], {
    cwd: WORKSPACE,
    // Under NODE_ENV=test (jest sets it) codegen keeps its errors to itself.
    env: { ...process.env, NODE_ENV: 'development', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  // What went wrong, without codegen's progress lines.
  const output = `${run.stdout}${run.stderr}${run.error ?? ''}`
    .split('\n')
    .filter((line) => line.trim() && !/^\s*[❯✔]/.test(line))
    .join('\n');
  expect(run.status === 0 ? '' : output).toBe('');
  // --check does not notice a file codegen no longer writes.
  expect(fs.readdirSync(path.join(__dirname, 'src/gql')).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts']);
}, 60_000);
