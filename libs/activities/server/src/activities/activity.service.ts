import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CLOCK } from '@qcdc/shared/config';
import { Caller, Clock, Role, conflict, forbidden, notFound, vietnamToday } from '@qcdc/shared/contracts';
import { TenantDb, assertUnitInScope, hasRole, publishEvent, recordAudit } from '@qcdc/shared/db';
import {
  ActivitiesFilter,
  type ActivityKind,
  CorrectActivity,
  DeleteActivity,
  RecordActivity,
  assertInOpenPeriod,
  assertNotInFuture,
  checkFacts,
  figuresOf,
  reportFrozen,
  summaryOf,
} from '@qcdc/activities/domain';
import { ActivityContent, ActivityRepository, ActivityRow } from './activity.repository';

const RECORDERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD'];
const READERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD', 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];

/** What the audit log keeps of an activity. */
const audited = (a: Pick<ActivityRow, 'occurredOn' | 'facts'>) => ({ occurredOn: a.occurredOn, facts: a.facts });

const eventOf = (a: ActivityRow) => ({ activityId: a.id, unitId: a.unitId, kind: a.kind, occurredOn: a.occurredOn });

/**
 * Recording what a unit did, of every kind: its recorders (reporter, head) write, readers see the units
 * within their subtrees. A date must lie in an open period's window and in none whose report the unit has
 * submitted; corrections and deletions carry the version they started from.
 */
@Injectable()
export class ActivityService {
  constructor(
    private readonly db: TenantDb,
    private readonly activities: ActivityRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  record(caller: Caller, input: RecordActivity): Promise<ActivityRow> {
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.unitId, RECORDERS);
        const content = await this.checkedContent(em, input.unitId, input.kind, input.occurredOn, input.facts);
        const row = await this.activities.insert(em, { ...content, unitId: input.unitId, kind: input.kind, recordedBy: caller.userId });
        await recordAudit(em, 'activities', {
          by: caller, as: RECORDERS, within: row.unitId, action: 'activity.record', objectId: row.id,
          after: { unitId: row.unitId, kind: row.kind, ...audited(row) },
        });
        await publishEvent(em, 'activities', 'activity.recorded', { ...eventOf(row), figures: row.figures });
        return row;
      },
      { write: true },
    );
  }

  correct(caller: Caller, input: CorrectActivity): Promise<ActivityRow> {
    return this.db.transaction(
      async (em) => {
        const before = await this.editable(em, caller, input.id, input.expectedVersion);
        const content = await this.checkedContent(em, before.unitId, before.kind, input.occurredOn, input.facts, before.occurredOn);
        const row = await this.activities.correct(em, before.id, input.expectedVersion, { ...content, by: caller.userId });
        if (!row) throw await this.staleOrDeleted(em, before.id);
        await recordAudit(em, 'activities', {
          by: caller, as: RECORDERS, within: row.unitId, action: 'activity.correct', objectId: row.id,
          before: audited(before), after: audited(row),
        });
        await publishEvent(em, 'activities', 'activity.corrected', { ...eventOf(row), figures: row.figures });
        return row;
      },
      { write: true },
    );
  }

  delete(caller: Caller, input: DeleteActivity): Promise<ActivityRow> {
    return this.db.transaction(
      async (em) => {
        const before = await this.editable(em, caller, input.id, input.expectedVersion);
        await this.assertNotFrozen(em, before.unitId, [before.occurredOn]);
        const row = await this.activities.softDelete(em, before.id, input.expectedVersion, { reason: input.reason, by: caller.userId });
        if (!row) throw await this.staleOrDeleted(em, before.id);
        await recordAudit(em, 'activities', {
          by: caller, as: RECORDERS, within: row.unitId, action: 'activity.delete', objectId: row.id,
          before: audited(before), after: { deletionReason: row.deletionReason },
        });
        await publishEvent(em, 'activities', 'activity.deleted', eventOf(row));
        return row;
      },
      { write: true },
    );
  }

  /** A unit's activities dated inside the period's data window. */
  list(caller: Caller, filter: ActivitiesFilter): Promise<ActivityRow[]> {
    return this.db.transaction(async (em) => {
      await assertUnitInScope(em, caller, filter.unitId, READERS);
      const period = await this.activities.findPeriod(em, filter.periodId);
      if (!period) throw notFound('Không tìm thấy kỳ báo cáo này.', 'This reporting period does not exist.', { field: 'periodId' });
      return this.activities.listByUnit(em, filter.unitId, { from: period.windowStart, to: period.windowEnd }, filter);
    });
  }

  /**
   * The facts checked by the kind (BAD_USER_INPUT on "facts.<name>"), the date not in the future, inside an
   * open period, and neither it nor the date it replaces in the window of a report the unit has submitted.
   */
  private async checkedContent(
    em: EntityManager,
    unitId: string,
    kind: ActivityKind,
    occurredOn: string,
    input: Record<string, unknown>,
    previousDate?: string,
  ): Promise<ActivityContent> {
    const facts = checkFacts(kind, input, { occurredOn });
    assertNotInFuture(occurredOn, vietnamToday(this.clock.now()));
    assertInOpenPeriod(occurredOn, await this.activities.openPeriods(em));
    await this.assertNotFrozen(em, unitId, previousDate && previousDate !== occurredOn ? [previousDate, occurredOn] : [occurredOn]);
    return { occurredOn, facts: facts as Record<string, unknown>, figures: figuresOf(kind, facts), summary: summaryOf(kind, facts) };
  }

  private async assertNotFrozen(em: EntityManager, unitId: string, dates: string[]): Promise<void> {
    const [frozen] = await this.activities.frozenPeriodsHolding(em, unitId, dates);
    if (frozen) throw reportFrozen(frozen);
  }

  /** The activity a recorder in scope may change: not deleted, and at the version the caller read. */
  private async editable(em: EntityManager, caller: Caller, id: string, expectedVersion: number): Promise<ActivityRow> {
    // A role that never records is refused before the id is looked at (it would tell what exists).
    if (!hasRole(caller, RECORDERS)) throw forbidden();
    const row = await this.activities.find(em, id);
    if (!row) throw notFound('Không tìm thấy hoạt động này. Vui lòng tải lại trang.', 'This activity does not exist. Reload the page.', { field: 'id' });
    await assertUnitInScope(em, caller, row.unitId, RECORDERS);
    if (row.deletedAt) throw deleted();
    if (row.version !== expectedVersion) throw versionMismatch(row.version);
    return row;
  }

  /** Why a guarded update matched nothing: deleted meanwhile, or corrected by someone else. */
  private async staleOrDeleted(em: EntityManager, id: string) {
    const now = await this.activities.find(em, id);
    return now?.deletedAt ? deleted() : versionMismatch(now?.version ?? 0);
  }
}

const deleted = () =>
  conflict(
    'Hoạt động này đã bị xóa nên không thể sửa hay xóa lại. Vui lòng tải lại danh sách.',
    'This activity has been deleted; it cannot be corrected or deleted again. Reload the list.',
    { reason: 'DELETED' },
  );

const versionMismatch = (currentVersion: number) =>
  conflict(
    'Hoạt động này vừa được người khác sửa. Vui lòng tải lại để xem nội dung mới nhất rồi sửa lại.',
    'Someone else has just changed this activity. Reload it to see the latest version, then make your change again.',
    { reason: 'VERSION_MISMATCH', currentVersion },
  );
