import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read model for the committee's submissions dashboard (reports service): the last reminder about each unit
 * in a period, from the reminders' sent-log (a unit's reminder, or its escalation to the bloc, in-app or by
 * email): which milestone and when. Filtered by qcdc.current_tenant(), like every read model.
 */
export class UnitReminderDirectory1767200000000 implements MigrationInterface {
  name = 'UnitReminderDirectory1767200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE VIEW reminders.unit_reminder_directory AS
        SELECT DISTINCT ON (tenant_id, period_id, subject) tenant_id, period_id, subject AS unit_id, milestone, sent_at
          FROM reminders.sent_log
         WHERE tenant_id = qcdc.current_tenant() AND subject <> 'DIGEST'
         ORDER BY tenant_id, period_id, subject, sent_at DESC, milestone DESC;
      GRANT SELECT ON reminders.unit_reminder_directory TO qcdc_reports;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW reminders.unit_reminder_directory;`);
  }
}
