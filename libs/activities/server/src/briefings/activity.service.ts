import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@qcdc/shared/config';
import { Caller, Clock, Role, vietnamToday } from '@qcdc/shared/contracts';
import { TenantDb, assertUnitInScope, recordAudit } from '@qcdc/shared/db';
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

  /** The input's shape is checked at the edge (recordBriefingInput); here, what needs today or both counts. */
  recordBriefing(caller: Caller, input: RecordBriefing): Promise<ActivityRow> {
    assertNotInFuture(input.occurredOn, vietnamToday(this.clock.now()));
    assertAttendance(input);
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.unitId, RECORDERS);
        const row = await this.activities.insertBriefing(em, {
          unitId: input.unitId,
          occurredOn: input.occurredOn,
          topic: input.topic,
          documents: input.documents,
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
      await assertUnitInScope(em, caller, unitId, READERS);
      return this.activities.listByUnitAndYear(em, unitId, year);
    });
  }
}
