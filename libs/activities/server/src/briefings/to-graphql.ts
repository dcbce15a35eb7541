import { attendanceText } from '@qcdc/activities/domain';
import { Activity } from './activity.types';
import { ActivityRow } from './activity.repository';

/** An activity as the API shows it: its unit as a reference, its attendance as reports write it ("15/16"). */
export const toActivity = (row: ActivityRow): Activity => ({
  id: row.id,
  unitId: row.unitId,
  unit: { id: row.unitId },
  kind: row.kind,
  occurredOn: row.occurredOn,
  topic: row.topic,
  documents: row.documents,
  present: row.present,
  eligible: row.eligible,
  attendance:
    row.present !== null && row.eligible !== null ? attendanceText({ present: row.present, eligible: row.eligible }) : null,
});
