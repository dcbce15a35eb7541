import { Activity } from './activity.types';
import { ActivityRow } from './activity.repository';

/** An activity as the API shows it: its kind's facts as fields beside the common ones, its unit as a reference. */
export const toActivity = (row: ActivityRow): Activity => ({
  ...row.facts,
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
});
