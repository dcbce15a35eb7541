import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { currentTenant, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';

/** An activity as the activities service keeps it. */
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

const activities = () =>
  qb
    .selectFrom('activities.activities')
    .select(['id', 'unit_id as unitId', 'kind', 'occurred_on as occurredOn', 'topic', 'documents', 'present', 'eligible']);

/** The activities of the current tenant. */
@Injectable()
export class ActivityRepository {
  async insertBriefing(
    em: EntityManager,
    b: Omit<ActivityRow, 'id' | 'kind'> & { recordedBy: string },
  ): Promise<ActivityRow> {
    const inserted = await firstOf(
      em,
      qb
        .insertInto('activities.activities')
        .values({
          tenant_id: currentTenant(),
          unit_id: b.unitId,
          kind: 'BRIEFING',
          occurred_on: b.occurredOn,
          topic: b.topic,
          documents: b.documents,
          present: b.present,
          eligible: b.eligible,
          recorded_by: b.recordedBy,
        })
        .returning(['id', 'unit_id as unitId', 'kind', 'occurred_on as occurredOn', 'topic', 'documents', 'present', 'eligible']),
    );
    return inserted as ActivityRow;
  }

  listByUnitAndYear(em: EntityManager, unitId: string, year: number): Promise<ActivityRow[]> {
    return rowsOf(
      em,
      activities()
        .where('unit_id', '=', unitId)
        .where('occurred_on', '>=', sql<string>`make_date(${year}, 1, 1)`)
        .where('occurred_on', '<', sql<string>`make_date(${year + 1}, 1, 1)`)
        .orderBy('occurred_on')
        .orderBy('created_at'),
    );
  }
}
