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

// Until recordActivity replaces recordBriefing: a briefing's fields read from and written to its facts.
const BRIEFING_COLUMNS = [
  'id',
  'unit_id as unitId',
  'kind',
  'occurred_on as occurredOn',
  sql<string>`facts->>'topic'`.as('topic'),
  sql<string | null>`facts->>'documents'`.as('documents'),
  sql<number | null>`(facts->>'present')::int`.as('present'),
  sql<number | null>`(facts->>'eligible')::int`.as('eligible'),
] as const;

const activities = () => qb.selectFrom('activities.activities').select(BRIEFING_COLUMNS).where('deleted_at', 'is', null);

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
          facts: JSON.stringify({ topic: b.topic, documents: b.documents, sessions: 1, present: b.present, eligible: b.eligible, countUnit: null }),
          figures: JSON.stringify({ sessions: 1, present: b.present, eligible: b.eligible }),
          summary: `01 cuộc, có ${String(b.present ?? 0).padStart(2, '0')}/${String(b.eligible ?? 0).padStart(2, '0')} người dự`,
          recorded_by: b.recordedBy,
        })
        .returning(BRIEFING_COLUMNS),
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
