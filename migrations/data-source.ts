import { DataSource } from 'typeorm';
import { Foundation1764291600000 } from './1764291600000-foundation';
import { EventsAndAudit1764900000000 } from './1764900000000-events-and-audit';
import { AppClock1765100000000 } from './1765100000000-app-clock';
import { IdempotencyKeys1765400000000 } from './1765400000000-idempotency-keys';
import { OrgTreeHistory1765500000000 } from './1765500000000-org-tree-history';
import { Invitations1765600000000 } from './1765600000000-invitations';
import { Sessions1765700000000 } from './1765700000000-sessions';
import { UnitProfiles1765800000000 } from './1765800000000-unit-profiles';
import { SplitAndReportingLines1766000000000 } from './1766000000000-split-and-reporting-lines';
import { Imports1765900000000 } from './1765900000000-imports';
import { UnitTypes1766100000000 } from './1766100000000-unit-types';
import { UnitsExpected1766200000000 } from './1766200000000-units-expected';
import { ActivitiesByKind1766300000000 } from './1766300000000-activities-by-kind';
import { EvidenceFiles1766400000000 } from './1766400000000-evidence-files';
import { RubricsAndReviews1766500000000 } from './1766500000000-rubrics-and-reviews';
import { ReportStatuses1766600000000 } from './1766600000000-report-statuses';
import { ReportDrafts1766700000000 } from './1766700000000-report-drafts';
import { ReportingCalendars1766800000000 } from './1766800000000-reporting-calendars';
import { RollupCells1766900000000 } from './1766900000000-rollup-cells';
import { DashboardReads1766950000000 } from './1766950000000-dashboard-reads';
import { Reminders1767000000000 } from './1767000000000-reminders';
import { UnitsWithFigures1767100000000 } from './1767100000000-units-with-figures';
import { UnitReminderDirectory1767200000000 } from './1767200000000-unit-reminder-directory';

/** Migrations, in order. Listed explicitly so a forgotten import is a compile error, not a skipped step. */
export const MIGRATIONS = [
  Foundation1764291600000,
  EventsAndAudit1764900000000,
  AppClock1765100000000,
  IdempotencyKeys1765400000000,
  OrgTreeHistory1765500000000,
  Invitations1765600000000,
  Sessions1765700000000,
  UnitProfiles1765800000000,
  SplitAndReportingLines1766000000000,
  Imports1765900000000,
  UnitTypes1766100000000,
  UnitsExpected1766200000000,
  ActivitiesByKind1766300000000,
  EvidenceFiles1766400000000,
  RubricsAndReviews1766500000000,
  ReportStatuses1766600000000,
  ReportDrafts1766700000000,
  ReportingCalendars1766800000000,
  RollupCells1766900000000,
  DashboardReads1766950000000,
  Reminders1767000000000,
  UnitsWithFigures1767100000000,
  UnitReminderDirectory1767200000000,
];

/** The owner connection: migrations run as the owner of every table, never as a service role. */
export function migrationDataSource(databaseUrl: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    migrationsTableName: 'qcdc_migrations',
    migrationsTransactionMode: 'each',
    logging: ['error'],
  });
}

/** Applies every pending migration; returns the names applied. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const ds = await migrationDataSource(databaseUrl).initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
