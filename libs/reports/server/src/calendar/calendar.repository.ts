import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { currentTenant, firstOf, qb } from '@qcdc/shared/db';
import { CalendarRule } from '@qcdc/reports/domain';

/** The province's saved calendar. */
export interface SavedCalendar {
  rules: CalendarRule[];
  updatedAt: Date;
}

/** The reporting calendar of the current tenant: one row, or none until the admin saves one. */
@Injectable()
export class CalendarRepository {
  async find(em: EntityManager): Promise<SavedCalendar | null> {
    const row = await firstOf(em, qb.selectFrom('reports.reporting_calendars').select(['rules', 'updated_at as updatedAt']));
    return row ? { rules: row.rules as unknown as CalendarRule[], updatedAt: row.updatedAt } : null;
  }

  /** Saves the rules, locking the row first so that concurrent saves apply one after the other. */
  async save(em: EntityManager, rules: readonly CalendarRule[], by: string, at: Date): Promise<SavedCalendar> {
    const json = JSON.stringify(rules);
    const row = await firstOf(
      em,
      qb
        .insertInto('reports.reporting_calendars')
        .values({ tenant_id: currentTenant(), rules: json, updated_at: at, updated_by: by })
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ rules: json, updated_at: at, updated_by: by }))
        .returning(['rules', 'updated_at as updatedAt']),
    );
    const saved = row as NonNullable<typeof row>;
    return { rules: saved.rules as unknown as CalendarRule[], updatedAt: saved.updatedAt };
  }
}
