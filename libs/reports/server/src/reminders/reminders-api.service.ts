import { Injectable } from '@nestjs/common';
import { Caller, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, recordAudit } from '@qcdc/shared/db';
import {
  DEFAULT_REMINDER_OFFSETS,
  NotificationPreferencesInput,
  SaveReminderSchedule,
  assertQuietHours,
  assertReminderOffsets,
  isMandatory,
  milestoneName,
  reminderMilestones,
  timeOfDay,
} from '@qcdc/reports/domain';
import { ReportingPeriod } from '../graphql-types';
import { PeriodRepository, PeriodRow } from '../periods/period.repository';
import { toReportingPeriod } from '../to-graphql';
import { NotificationRow, RemindersApiRepository } from './reminders-api.repository';

/** Who sets a period's reminder schedule: the province admin and the committee. */
const SCHEDULE_EDITORS = ['PROVINCE_ADMIN', 'PROVINCE_COMMITTEE'] as const;

export interface ReminderScheduleView {
  periodId: string;
  period: ReportingPeriod;
  offsets: number[];
  isDefault: boolean;
  milestones: { offset: number; name: string; on: string; kind: 'REMINDER' | 'ESCALATION'; optional: boolean }[];
  updatedAt: Date | null;
}

export interface PreferencesView {
  quietStart: string | null;
  quietEnd: string | null;
  optOut: boolean;
}

const periodNotFound = () =>
  notFound('Không tìm thấy kỳ báo cáo. Vui lòng tải lại trang.', 'There is no such reporting period. Reload the page.', { field: 'periodId' });

/**
 * The reminders in the reports API: a period's schedule (the province admin and the committee read and
 * set it), and each person's own notifications and preferences (a person reaches only their own: every
 * query is by the caller's user id, in the caller's province).
 */
@Injectable()
export class RemindersApiService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: RemindersApiRepository,
    private readonly periods: PeriodRepository,
  ) {}

  private view(period: PeriodRow, saved: { offsets: number[]; updatedAt: Date } | null): ReminderScheduleView {
    const offsets = saved?.offsets ?? [...DEFAULT_REMINDER_OFFSETS];
    const milestones = reminderMilestones(period, offsets);
    return {
      periodId: period.id,
      period: toReportingPeriod(period),
      offsets,
      isDefault: saved === null,
      milestones: milestones.map((m) => ({ ...m, name: milestoneName(m.offset), optional: !isMandatory(m.kind, m.offset) })),
      updatedAt: saved?.updatedAt ?? null,
    };
  }

  schedule(caller: Caller, periodId: string): Promise<ReminderScheduleView> {
    assertRole(caller, SCHEDULE_EDITORS);
    return this.db.transaction(async (em) => {
      const period = await this.periods.findById(em, periodId);
      if (!period) throw periodNotFound();
      return this.view(period, await this.repo.schedule(em, periodId));
    });
  }

  saveSchedule(caller: Caller, input: SaveReminderSchedule): Promise<ReminderScheduleView> {
    assertRole(caller, SCHEDULE_EDITORS);
    return this.db.transaction(
      async (em) => {
        const period = await this.periods.findById(em, input.periodId);
        if (!period) throw periodNotFound();
        assertReminderOffsets(period, input.offsets);
        const offsets = [...input.offsets].sort((a, b) => a - b);
        const before = await this.repo.schedule(em, period.id);
        await this.repo.saveSchedule(em, period.id, offsets, caller.userId);
        await recordAudit(em, 'reports', {
          by: caller, as: SCHEDULE_EDITORS, action: 'reporting-period.save-reminders', objectId: period.id,
          before: { offsets: before?.offsets ?? null }, after: { offsets },
        });
        return this.view(period, await this.repo.schedule(em, period.id));
      },
      { write: true },
    );
  }

  notifications(caller: Caller, unreadOnly: boolean, limit: number): Promise<NotificationRow[]> {
    return this.db.transaction((em) => this.repo.notifications(em, caller.userId, unreadOnly, limit));
  }

  unreadCount(caller: Caller): Promise<number> {
    return this.db.transaction((em) => this.repo.unreadCount(em, caller.userId));
  }

  /** Marks some of the caller's notifications read, or all; an id that is not theirs is not found (and nothing is marked). Answers the unread count. */
  markRead(caller: Caller, ids: string[], all: boolean): Promise<number> {
    return this.db.transaction(
      async (em) => {
        const own = await this.repo.ownIds(em, caller.userId, ids);
        const foreign = ids.find((id) => !own.has(id));
        if (foreign) {
          throw notFound('Không tìm thấy thông báo này. Vui lòng tải lại trang.', 'There is no such notification. Reload the page.', { field: 'ids', id: foreign });
        }
        await this.repo.markRead(em, caller.userId, all ? 'all' : ids);
        return this.repo.unreadCount(em, caller.userId);
      },
      { write: true },
    );
  }

  preferences(caller: Caller): Promise<PreferencesView> {
    return this.db.transaction(async (em) => toPreferences(await this.repo.preferences(em, caller.userId)));
  }

  savePreferences(caller: Caller, input: NotificationPreferencesInput): Promise<PreferencesView> {
    const quiet = assertQuietHours(input.quietStart, input.quietEnd);
    return this.db.transaction(
      async (em) => {
        await this.repo.savePreferences(em, caller.userId, quiet, input.optOut);
        return toPreferences(await this.repo.preferences(em, caller.userId));
      },
      { write: true },
    );
  }
}

function toPreferences(p: { quiet: { start: number; end: number } | null; optOut: boolean }): PreferencesView {
  return { quietStart: p.quiet ? timeOfDay(p.quiet.start) : null, quietEnd: p.quiet ? timeOfDay(p.quiet.end) : null, optOut: p.optOut };
}
