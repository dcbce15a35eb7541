import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@qcdc/shared/config';
import { Caller, Clock, Role, assertCalendarDate, optionalText, requiredText, vietnamToday } from '@qcdc/shared/contracts';
import { TenantDb, asUuid, assertUnitInScope, recordAudit } from '@qcdc/shared/db';
import { RecordBriefing, assertAttendance, assertNotInFuture } from '@qcdc/activities/domain';
import { ActivityRepository, ActivityRow } from './activity.repository';

const RECORDERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD'];
const READERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD', 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];

/** Recording what a unit did; readers see the units within their subtrees. */
@Injectable()
export class ActivityService {
  constructor(
    private readonly db: TenantDb,
    private readonly activities: ActivityRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  recordBriefing(caller: Caller, input: RecordBriefing): Promise<ActivityRow> {
    const topic = requiredText(input.topic, { field: 'topic', label: { vi: 'nội dung hội nghị', en: 'what was briefed' }, max: 500 });
    const documents = optionalText(input.documents, {
      field: 'documents',
      label: { vi: 'văn bản quán triệt', en: 'the documents briefed' },
      max: 2000,
    });
    assertCalendarDate(input.occurredOn);
    assertNotInFuture(input.occurredOn, vietnamToday(this.clock.now()));
    assertAttendance(input);
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, asUuid(input.unitId), RECORDERS);
        const row = await this.activities.insertBriefing(em, {
          unitId: input.unitId,
          occurredOn: input.occurredOn,
          topic,
          documents,
          present: input.present,
          eligible: input.eligible,
          recordedBy: caller.userId,
        });
        const { id, kind: _kind, ...after } = row;
        await recordAudit(em, 'activities', { by: caller, as: RECORDERS, within: row.unitId, action: 'activity.record-briefing', objectId: id, after });
        return row;
      },
      { write: true },
    );
  }

  list(caller: Caller, unitId: string, year: number): Promise<ActivityRow[]> {
    return this.db.transaction(async (em) => {
      await assertUnitInScope(em, caller, asUuid(unitId), READERS);
      return this.activities.listByUnitAndYear(em, unitId, year);
    });
  }
}
