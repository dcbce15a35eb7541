import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appNow, currentTenant, execute, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';
import { QuietHours, ReminderMessageKind } from '@qcdc/reports/domain';

export interface NotificationRow {
  id: string;
  kind: ReminderMessageKind;
  title: string;
  body: string;
  periodId: string;
  unitId: string | null;
  milestone: string;
  createdAt: Date;
  readAt: Date | null;
}

/** The reports service's side of the reminders: schedules, a person's notifications and preferences (as `qcdc_reports`). */
@Injectable()
export class RemindersApiRepository {
  async schedule(em: EntityManager, periodId: string): Promise<{ offsets: number[]; updatedAt: Date } | null> {
    const r = await firstOf(em, qb.selectFrom('reminders.schedules').select(['offsets', 'updated_at']).where('period_id', '=', periodId));
    return r && { offsets: r.offsets, updatedAt: r.updated_at };
  }

  async saveSchedule(em: EntityManager, periodId: string, offsets: number[], userId: string): Promise<void> {
    await execute(
      em,
      qb
        .insertInto('reminders.schedules')
        .values({ tenant_id: currentTenant(), period_id: periodId, offsets, updated_by: userId })
        .onConflict((oc) => oc.columns(['tenant_id', 'period_id']).doUpdateSet({ offsets, updated_by: userId, updated_at: appNow() })),
    );
  }

  async notifications(em: EntityManager, userId: string, unreadOnly: boolean, limit: number): Promise<NotificationRow[]> {
    let query = qb
      .selectFrom('reminders.notifications')
      .select(['id', 'kind', 'title', 'body', 'period_id as periodId', 'unit_id as unitId', 'milestone', 'created_at as createdAt', 'read_at as readAt'])
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit);
    if (unreadOnly) query = query.where('read_at', 'is', null);
    return (await rowsOf(em, query)).map((r) => ({ ...r, kind: r.kind as ReminderMessageKind }));
  }

  async unreadCount(em: EntityManager, userId: string): Promise<number> {
    const r = await firstOf(
      em,
      qb.selectFrom('reminders.notifications').select(sql<number>`count(*)::int`.as('n')).where('user_id', '=', userId).where('read_at', 'is', null),
    );
    return r?.n ?? 0;
  }

  /** Which of `ids` are the person's own. */
  async ownIds(em: EntityManager, userId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await rowsOf(em, qb.selectFrom('reminders.notifications').select('id').where('user_id', '=', userId).where('id', 'in', ids as string[]));
    return new Set(rows.map((r) => r.id));
  }

  async markRead(em: EntityManager, userId: string, ids: readonly string[] | 'all'): Promise<void> {
    let query = qb.updateTable('reminders.notifications').set({ read_at: appNow() }).where('user_id', '=', userId).where('read_at', 'is', null);
    if (ids !== 'all') {
      if (ids.length === 0) return;
      query = query.where('id', 'in', ids as string[]);
    }
    await execute(em, query);
  }

  async preferences(em: EntityManager, userId: string): Promise<{ quiet: QuietHours | null; optOut: boolean }> {
    const r = await firstOf(em, qb.selectFrom('reminders.preferences').select(['quiet_start', 'quiet_end', 'opt_out']).where('user_id', '=', userId));
    return {
      quiet: r && r.quiet_start !== null && r.quiet_end !== null ? { start: r.quiet_start, end: r.quiet_end } : null,
      optOut: r?.opt_out ?? false,
    };
  }

  async savePreferences(em: EntityManager, userId: string, quiet: QuietHours | null, optOut: boolean): Promise<void> {
    const values = { quiet_start: quiet?.start ?? null, quiet_end: quiet?.end ?? null, opt_out: optOut };
    await execute(
      em,
      qb
        .insertInto('reminders.preferences')
        .values({ tenant_id: currentTenant(), user_id: userId, ...values })
        .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doUpdateSet({ ...values, updated_at: appNow() })),
    );
  }
}
