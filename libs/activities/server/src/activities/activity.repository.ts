import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { PeriodKind } from '@qcdc/shared/contracts';
import { appNow, currentTenant, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';
import type { ActivityKind, Figures } from '@qcdc/activities/domain';

/** An activity as the activities service keeps it: common columns, the kind's facts and what derives from them. */
export interface ActivityRow {
  id: string;
  unitId: string;
  kind: ActivityKind;
  occurredOn: string;
  facts: Record<string, unknown>;
  figures: Figures;
  summary: string;
  version: number;
  recordedAt: Date;
  updatedAt: Date | null;
  deletedAt: Date | null;
  deletionReason: string | null;
}

/** A reporting period of the province as the reports service publishes it (reports.period_directory). */
export interface PeriodWindowRow {
  id: string;
  year: number;
  kind: PeriodKind;
  windowStart: string;
  windowEnd: string;
  status: 'OPEN' | 'CLOSED';
}

/** What is written of a kind's facts: the facts checked by its schema, and what derives from them. */
export interface ActivityContent {
  occurredOn: string;
  facts: Record<string, unknown>;
  figures: Figures;
  summary: string;
}

const COLUMNS = [
  'id',
  'unit_id as unitId',
  'kind',
  'occurred_on as occurredOn',
  'facts',
  'figures',
  'summary',
  'version',
  'created_at as recordedAt',
  'updated_at as updatedAt',
  'deleted_at as deletedAt',
  'deletion_reason as deletionReason',
] as const;

const asRow = (row: unknown) => row as ActivityRow;

/** The activities of the current tenant, and the reports service's periods and report statuses they depend on. */
@Injectable()
export class ActivityRepository {
  async insert(em: EntityManager, a: ActivityContent & { unitId: string; kind: ActivityKind; recordedBy: string }): Promise<ActivityRow> {
    const row = await firstOf(
      em,
      qb
        .insertInto('activities.activities')
        .values({
          tenant_id: currentTenant(),
          unit_id: a.unitId,
          kind: a.kind,
          occurred_on: a.occurredOn,
          facts: JSON.stringify(a.facts),
          figures: JSON.stringify(a.figures),
          summary: a.summary,
          recorded_by: a.recordedBy,
        })
        .returning(COLUMNS),
    );
    return asRow(row);
  }

  /** Any activity of the tenant by id, deleted or not; null for none (or another province's). */
  async find(em: EntityManager, id: string): Promise<ActivityRow | null> {
    const row = await firstOf(em, qb.selectFrom('activities.activities').select(COLUMNS).where('id', '=', id));
    return row && asRow(row);
  }

  /**
   * A correction, applied only if the activity is still at the version the caller read and not deleted: one
   * statement, so of two concurrent corrections from the same version exactly one matches (the other waits
   * for the row, then finds the version moved). Null when it did not match.
   */
  async correct(em: EntityManager, id: string, expectedVersion: number, c: ActivityContent & { by: string }): Promise<ActivityRow | null> {
    const row = await firstOf(
      em,
      qb
        .updateTable('activities.activities')
        .set({
          occurred_on: c.occurredOn,
          facts: JSON.stringify(c.facts),
          figures: JSON.stringify(c.figures),
          summary: c.summary,
          version: sql<number>`version + 1`,
          updated_at: appNow(),
          updated_by: c.by,
        })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .where('deleted_at', 'is', null)
        .returning(COLUMNS),
    );
    return row && asRow(row);
  }

  /** A soft delete with its reason, under the same condition as a correction. */
  async softDelete(em: EntityManager, id: string, expectedVersion: number, d: { reason: string; by: string }): Promise<ActivityRow | null> {
    const row = await firstOf(
      em,
      qb
        .updateTable('activities.activities')
        .set({
          version: sql<number>`version + 1`,
          deleted_at: appNow(),
          deleted_by: d.by,
          deletion_reason: d.reason,
        })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .where('deleted_at', 'is', null)
        .returning(COLUMNS),
    );
    return row && asRow(row);
  }

  /** A unit's activities dated inside [from, to], in date order. */
  async listByUnit(
    em: EntityManager,
    unitId: string,
    window: { from: string; to: string },
    filter: { kind: ActivityKind | null; includeDeleted: boolean },
  ): Promise<ActivityRow[]> {
    let query = qb
      .selectFrom('activities.activities')
      .select(COLUMNS)
      .where('unit_id', '=', unitId)
      .where('occurred_on', '>=', window.from)
      .where('occurred_on', '<=', window.to);
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (!filter.includeDeleted) query = query.where('deleted_at', 'is', null);
    return (await rowsOf(em, query.orderBy('occurred_on').orderBy('created_at').orderBy('id'))).map(asRow);
  }

  async findPeriod(em: EntityManager, periodId: string): Promise<PeriodWindowRow | null> {
    const row = await firstOf(em, periods().where('id', '=', periodId));
    return row as PeriodWindowRow | null;
  }

  /** The province's open periods, oldest window first. */
  async openPeriods(em: EntityManager): Promise<PeriodWindowRow[]> {
    return (await rowsOf(em, periods().where('status', '=', 'OPEN').orderBy('window_start').orderBy('kind'))) as PeriodWindowRow[];
  }

  /** The periods whose window holds one of the dates and for which the unit's report is frozen (submitted or further on). */
  async frozenPeriodsHolding(em: EntityManager, unitId: string, dates: readonly string[]): Promise<PeriodWindowRow[]> {
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('reports.report_directory as r')
        .innerJoin('reports.period_directory as p', 'p.id', 'r.period_id')
        .select(['p.id', 'p.year', 'p.kind', 'p.window_start as windowStart', 'p.window_end as windowEnd', 'p.status'])
        .where('r.unit_id', '=', unitId)
        .where('r.frozen', '=', true)
        .where((eb) => eb.or(dates.map((date) => eb.and([eb('p.window_start', '<=', date), eb('p.window_end', '>=', date)]))))
        .orderBy('p.window_start'),
    );
    return rows as PeriodWindowRow[];
  }
}

const periods = () =>
  qb
    .selectFrom('reports.period_directory')
    .select(['id', 'year', 'kind', 'window_start as windowStart', 'window_end as windowEnd', 'status']);
