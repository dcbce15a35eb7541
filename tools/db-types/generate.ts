/*
 * Regenerates libs/shared/db/src/database.generated.ts, the row types of every table and read model, from a
 * database migrated from scratch. Usage: npm run db:types (commit the result; a medium test fails on drift).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate } from '../../migrations/data-source';

export const GENERATED_TYPES = join(__dirname, '../../libs/shared/db/src/database.generated.ts');
export const SCHEMAS = ['tenancy', 'activities', 'scoring', 'reports', 'rollups', 'audit', 'events', 'mail', 'reminders'];

/** The kysely-codegen command for a migrated database; `verify` checks the committed file instead. */
export function codegenArgs(databaseUrl: string, verify = false): string[] {
  return [
    '--dialect', 'postgres',
    '--url', databaseUrl,
    '--date-parser', 'string',
    '--numeric-parser', 'string',
    '--include-pattern', `{${SCHEMAS.join(',')}}.*`,
    '--out-file', GENERATED_TYPES,
    '--log-level', 'error',
    ...(verify ? ['--verify'] : []),
  ];
}

export const CODEGEN = join(__dirname, '../../node_modules/.bin/kysely-codegen');

async function main(): Promise<void> {
  // A tool: it reads its one setting straight from the environment, like the migrations' runner's default.
  const owner = new URL(process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/qcdc');
  const scratch = `qcdc_types_${process.pid}`;
  const admin = new Client({ connectionString: owner.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    const url = new URL(owner.toString());
    url.pathname = `/${scratch}`;
    await migrate(url.toString());
    execFileSync(CODEGEN, codegenArgs(url.toString()), { stdio: 'inherit' });
    console.log(`wrote ${GENERATED_TYPES}`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`db:types failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
