import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { currentTenant, execute, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';

export interface OpenPeriod {
  id: string;
  year: number;
  kind: string;
  dueOn: string;
  graceDays: number;
  windowStart: string;
  windowEnd: string;
  /** The province's offsets for the period; null: the default schedule. */
  offsets: number[] | null;
}

export interface RosterUnit {
  unitId: string;
  code: string;
  name: string;
  blocId: string | null;
  blocName: string | null;
}

export interface Contact {
  userId: string;
  displayName: string;
  email: string | null;
  role: string;
  quiet: { start: number; end: number } | null;
  optOut: boolean;
}

export interface SentKey {
  periodId: string;
  /** The unit's id, or 'DIGEST'. */
  subject: string;
  recipientId: string;
  milestone: string;
  channel: 'EMAIL' | 'IN_APP';
}

export interface NewNotification {
  userId: string;
  periodId: string;
  unitId: string | null;
  kind: 'REMINDER' | 'ESCALATION' | 'DIGEST';
  milestone: string;
  title: string;
  body: string;
}

const submittedReport = (periodId: string) =>
  qb
    .selectFrom('reports.report_directory as r')
    .select(sql<number>`1`.as('one'))
    .where('r.period_id', '=', periodId)
    .where('r.frozen', '=', true);

/** The worker's SQL: open periods, the units still owing a report, the people to write to, the sent-log. */
@Injectable()
export class ReminderRepository {
  async openPeriods(em: EntityManager): Promise<OpenPeriod[]> {
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('reports.period_directory as p')
        .leftJoin('reminders.schedules as s', (j) => j.onRef('s.tenant_id', '=', 'p.tenant_id').onRef('s.period_id', '=', 'p.id'))
        .select(['p.id', 'p.year', 'p.kind', 'p.due_on', 'p.grace_days', 'p.window_start', 'p.window_end', 's.offsets'])
        .where('p.status', '=', 'OPEN')
        .orderBy('p.due_on'),
    );
    return rows.map((r) => ({
      id: r.id as string,
      year: r.year as number,
      kind: r.kind as string,
      dueOn: r.due_on as string,
      graceDays: r.grace_days as number,
      windowStart: r.window_start as string,
      windowEnd: r.window_end as string,
      offsets: r.offsets ?? null,
    }));
  }

  async period(em: EntityManager, periodId: string): Promise<OpenPeriod | null> {
    return (await this.openPeriods(em)).find((p) => p.id === periodId) ?? null;
  }

  /** The units the period expects (rollups.expected_for) that have no submitted report, by code. */
  async unitsNotSubmitted(em: EntityManager, period: OpenPeriod): Promise<RosterUnit[]> {
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('reminders.unit_roster as u')
        .select(['u.unit_id', 'u.code', 'u.name', 'u.bloc_id', 'u.bloc_name'])
        .where(sql<boolean>`rollups.expected_for(u.expected_from, u.closed_on, ${period.windowStart}::date, ${period.windowEnd}::date)`)
        .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM reports.report_directory r WHERE r.period_id = ${period.id} AND r.unit_id = u.unit_id AND r.frozen)`)
        .orderBy('u.code'),
    );
    return rows.map((r) => ({ unitId: r.unit_id as string, code: r.code as string, name: r.name as string, blocId: r.bloc_id, blocName: r.bloc_name }));
  }

  async unit(em: EntityManager, unitId: string): Promise<RosterUnit | null> {
    const r = await firstOf(em, qb.selectFrom('reminders.unit_roster').select(['unit_id', 'code', 'name', 'bloc_id', 'bloc_name']).where('unit_id', '=', unitId));
    return r && { unitId: r.unit_id as string, code: r.code as string, name: r.name as string, blocId: r.bloc_id, blocName: r.bloc_name };
  }

  /** Whether the unit has a submitted report for the period (read in the sending transaction). */
  async hasSubmitted(em: EntityManager, periodId: string, unitId: string): Promise<boolean> {
    return (await firstOf(em, submittedReport(periodId).where('r.unit_id', '=', unitId))) !== null;
  }

  /** The people of some roles at some org units (the unit's reporters and head, its bloc's reviewers, the committee), with their preferences. */
  async contacts(em: EntityManager, roles: readonly string[], orgUnitIds: readonly string[] | null): Promise<Contact[]> {
    let query = qb
      .selectFrom('reminders.people as p')
      .leftJoin('reminders.preferences as f', (j) => j.onRef('f.tenant_id', '=', 'p.tenant_id').onRef('f.user_id', '=', 'p.user_id'))
      .select(['p.user_id', 'p.display_name', 'p.email', 'p.role', 'f.quiet_start', 'f.quiet_end', 'f.opt_out'])
      .where('p.role', 'in', roles as string[])
      .orderBy('p.user_id')
      .orderBy('p.role');
    if (orgUnitIds) {
      if (orgUnitIds.length === 0) return [];
      query = query.where('p.org_unit_id', 'in', orgUnitIds as string[]);
    }
    const seen = new Set<string>();
    const contacts: Contact[] = [];
    for (const r of await rowsOf(em, query)) {
      if (seen.has(r.user_id as string)) continue; // a reporter who is also the head gets one message
      seen.add(r.user_id as string);
      contacts.push({
        userId: r.user_id as string,
        displayName: r.display_name as string,
        email: r.email,
        role: r.role as string,
        quiet: r.quiet_start === null || r.quiet_end === null ? null : { start: r.quiet_start, end: r.quiet_end },
        optOut: r.opt_out ?? false,
      });
    }
    return contacts;
  }

  /** The units among `unitIds` whose reporters and head have no email address at all. */
  async unitsWithoutEmail(em: EntityManager, unitIds: readonly string[]): Promise<Set<string>> {
    if (unitIds.length === 0) return new Set();
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('reminders.people')
        .select('org_unit_id')
        .where('role', 'in', ['UNIT_REPORTER', 'UNIT_HEAD'])
        .where('org_unit_id', 'in', unitIds as string[])
        .where('email', 'is not', null)
        .groupBy('org_unit_id'),
    );
    const reachable = new Set(rows.map((r) => r.org_unit_id as string));
    return new Set(unitIds.filter((id) => !reachable.has(id)));
  }

  /** Claims a sent-log row; false when it was there already (the message went out before). */
  async claim(em: EntityManager, key: SentKey, address: string | null): Promise<boolean> {
    const inserted = await execute(
      em,
      qb
        .insertInto('reminders.sent_log')
        .values({
          tenant_id: currentTenant(),
          period_id: key.periodId,
          subject: key.subject,
          recipient_id: key.recipientId,
          milestone: key.milestone,
          channel: key.channel,
          address,
        })
        .onConflict((oc) => oc.doNothing()),
    );
    return inserted > 0;
  }

  async notify(em: EntityManager, n: NewNotification): Promise<void> {
    await execute(
      em,
      qb.insertInto('reminders.notifications').values({
        tenant_id: currentTenant(),
        user_id: n.userId,
        period_id: n.periodId,
        unit_id: n.unitId,
        kind: n.kind,
        milestone: n.milestone,
        title: n.title,
        body: n.body,
      }),
    );
  }

  /** A unit submitted: its unread reminders of the period are no longer news. */
  async markUnitRemindersRead(em: EntityManager, periodId: string, unitId: string): Promise<number> {
    return execute(
      em,
      qb
        .updateTable('reminders.notifications')
        .set({ read_at: sql`qcdc.now()` })
        .where('period_id', '=', periodId)
        .where('unit_id', '=', unitId)
        .where('read_at', 'is', null),
    );
  }

  async provinceName(em: EntityManager): Promise<string> {
    const r = await firstOf(em, qb.selectFrom('tenancy.tenant_directory').select('name').where('id', '=', currentTenant()));
    return r?.name ?? '';
  }
}
