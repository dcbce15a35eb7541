import { Client } from 'pg';

/** An activity as the activities service stores it: its kind's facts, the figures and the summary derived from them. */
export interface ActivityFixture {
  unitId: string;
  kind: string;
  occurredOn: string;
  figures: Record<string, number>;
  facts?: Record<string, unknown>;
  summary?: string;
}

/**
 * Inserts activities as the owner, in the shape `recordActivity` stores (CONTRACT.md of issue 9), for tests
 * of what reads them (scoring's measures, flags and evidence). The one place to switch to `recordActivity`
 * through the gateway. Answers the ids in order.
 */
export async function insertActivities(owner: Client, tenantId: string, recordedBy: string, activities: readonly ActivityFixture[]): Promise<string[]> {
  const ids: string[] = [];
  for (const a of activities) {
    const { rows } = await owner.query<{ id: string }>(
      `INSERT INTO activities.activities (tenant_id, unit_id, kind, occurred_on, facts, figures, summary, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [tenantId, a.unitId, a.kind, a.occurredOn, a.facts ?? a.figures, a.figures, a.summary ?? `${a.kind} ${a.occurredOn}`, recordedBy],
    );
    ids.push(rows[0].id);
  }
  return ids;
}

/** Soft-deletes an activity as the owner, as `deleteActivity` does. */
export async function deleteActivityRow(owner: Client, tenantId: string, id: string, by: string): Promise<void> {
  await owner.query(
    `UPDATE activities.activities SET deleted_at = now(), deleted_by = $3, deletion_reason = 'Nhập trùng' WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id, by],
  );
}
