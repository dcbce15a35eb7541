import { MigrationInterface, QueryRunner } from 'typeorm';

/** The schemas whose tables record times: every default `now()` there becomes `qcdc.now()`. */
const SCHEMAS = ['tenancy', 'activities', 'scoring', 'reports', 'rollups', 'audit', 'events'];

/**
 * One clock in the database too: `qcdc.now()` is the application's "now" for the transaction (the
 * transaction-local setting `qcdc.now`, which TenantDb sets from the injected Clock when it opens the
 * transaction), or PostgreSQL's `now()` where nobody set it (the relay, an owner's session). Every column
 * default of `now()` in the service schemas becomes `qcdc.now()`, so the times a person reads (saved at,
 * submitted at, figures updated at, an audit entry's time) agree with the rules that use the Clock, in
 * production (both are the real time) and in tests (both are the test clock).
 */
export class AppClock1765100000000 implements MigrationInterface {
  name = 'AppClock1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION qcdc.now() RETURNS timestamptz LANGUAGE sql STABLE AS $$
        SELECT coalesce(nullif(current_setting('qcdc.now', true), '')::timestamptz, now())
      $$;
      GRANT EXECUTE ON FUNCTION qcdc.now() TO PUBLIC;
    `);
    await db.query(
      `DO $$
       DECLARE c record;
       BEGIN
         FOR c IN SELECT table_schema, table_name, column_name FROM information_schema.columns
                   WHERE table_schema = ANY($1) AND column_default = 'now()'
                     AND table_name IN (SELECT table_name FROM information_schema.tables
                                         WHERE table_schema = columns.table_schema AND table_type = 'BASE TABLE')
         LOOP
           EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I SET DEFAULT qcdc.now()', c.table_schema, c.table_name, c.column_name);
         END LOOP;
       END $$`.replace('$1', `ARRAY[${SCHEMAS.map((s) => `'${s}'`).join(', ')}]`),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DO $$
       DECLARE c record;
       BEGIN
         FOR c IN SELECT table_schema, table_name, column_name FROM information_schema.columns
                   WHERE table_schema = ANY(ARRAY[${SCHEMAS.map((s) => `'${s}'`).join(', ')}]) AND column_default = 'qcdc.now()'
         LOOP
           EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I SET DEFAULT now()', c.table_schema, c.table_name, c.column_name);
         END LOOP;
       END $$`,
    );
    await db.query(`DROP FUNCTION qcdc.now()`);
  }
}
