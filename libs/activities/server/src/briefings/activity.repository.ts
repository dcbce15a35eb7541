import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface ActivityRow {
  id: string;
  unitId: string;
  kind: string;
  occurredOn: string;
  topic: string;
  documents: string | null;
  present: number | null;
  eligible: number | null;
}

const COLUMNS = `id, unit_id AS "unitId", kind, to_char(occurred_on, 'YYYY-MM-DD') AS "occurredOn", topic, documents,
                 present, eligible`;

/** The activities of the current tenant. */
@Injectable()
export class ActivityRepository {
  async insertBriefing(
    em: EntityManager,
    b: Omit<ActivityRow, 'id' | 'kind'> & { recordedBy: string },
  ): Promise<ActivityRow> {
    const rows = await em.query(
      `INSERT INTO activities.activities (tenant_id, unit_id, kind, occurred_on, topic, documents, present, eligible,
                                          recorded_by)
       VALUES (qcdc.current_tenant(), $1, 'BRIEFING', $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [b.unitId, b.occurredOn, b.topic, b.documents, b.present, b.eligible, b.recordedBy],
    );
    return rows[0];
  }

  listByUnitAndYear(em: EntityManager, unitId: string, year: number): Promise<ActivityRow[]> {
    return em.query(
      `SELECT ${COLUMNS} FROM activities.activities
        WHERE unit_id = $1 AND occurred_on >= make_date($2, 1, 1) AND occurred_on < make_date($2 + 1, 1, 1)
        ORDER BY occurred_on, created_at`,
      [unitId, year],
    );
  }
}
