import { Activity } from './activity.types';
import { ActivityRow } from './activity.repository';
import { ACTIVITY_TYPES } from './kinds';

/** An activity as the API shows it: an object of its kind's type, with its facts as fields and its unit as a reference. */
export function toActivity(row: ActivityRow): Activity {
  const common: Activity = {
    id: row.id,
    unitId: row.unitId,
    unit: { id: row.unitId },
    kind: row.kind,
    occurredOn: row.occurredOn,
    summary: row.summary,
    facts: row.facts,
    figures: { ...row.figures },
    version: row.version,
    recordedAt: row.recordedAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
    deletionReason: row.deletionReason,
  };
  return Object.assign(new ACTIVITY_TYPES[row.kind](), row.facts, common);
}
