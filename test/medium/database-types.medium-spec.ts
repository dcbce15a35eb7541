import { execFileSync } from 'node:child_process';
import { loadConfig } from '@qcdc/shared/config';
import { CODEGEN, GENERATED_TYPES, codegenArgs } from '../../tools/db-types/generate';

/** The committed row types are what the migrations make: a new column or table without `npm run db:types` fails. */
describe('generated database types', () => {
  it('match the migrated schema', () => {
    const databaseUrl = loadConfig('worker').databaseUrl;
    let output = '';
    try {
      output = execFileSync(CODEGEN, codegenArgs(databaseUrl, true), { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      throw new Error(`${GENERATED_TYPES} is stale: run \`npm run db:types\` and commit it.\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
    expect(output).not.toMatch(/out of date|differ/i);
  });
});
