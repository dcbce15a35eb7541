/* Applies the pending migrations to DATABASE_URL (the owner's connection). Usage: npm run migrate */
import { loadConfig } from '@qcdc/shared/config';
import { migrate } from './data-source';

async function main(): Promise<void> {
  const { databaseUrl } = loadConfig('worker');
  const applied = await migrate(databaseUrl);
  const where = new URL(databaseUrl);
  console.log(
    applied.length
      ? `migrated ${where.host}${where.pathname}: ${applied.join(', ')}`
      : `${where.host}${where.pathname} is up to date`,
  );
}

main().catch((error) => {
  console.error(`migration failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
