import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Band, BoardKind } from '@qcdc/shared/contracts';
import { currentTenant, firstOf, qb, rowsOf } from '@qcdc/shared/db';
import type { ReportRecord, ReportSelfScore, ReportUnitProfile } from '@qcdc/reports/domain';

/** The unit a report is about, as the roll-ups' directory names it, and its province. */
export interface ReportUnit {
  code: string;
  name: string;
  blocName: string | null;
  provinceName: string;
}

/** The self-score with every criterion of the period's rubric, blank ones included (null points). */
export interface SelfScoreSheet extends ReportSelfScore {
  band: Band;
  leafCriteria: { code: string; title: string }[];
  scores: Record<string, number | null>;
}

/**
 * What a unit's report is built from, read from the other services' read models: the records
 * (activities.activity_directory), the profile (tenancy.unit_profile_directory), the self-score
 * (scoring.self_score_directory, scoring.assessment_totals) and the unit (rollups.unit_directory_view).
 */
@Injectable()
export class DocumentSourcesRepository {
  async unit(em: EntityManager, unitId: string): Promise<ReportUnit | null> {
    const row = await firstOf(
      em,
      qb.selectFrom('rollups.unit_directory_view').select(['code', 'name', 'bloc_name as blocName']).where('unit_id', '=', unitId),
    );
    const province = await firstOf(em, qb.selectFrom('tenancy.tenant_directory').select('name').where('id', '=', currentTenant()));
    return row && { code: row.code ?? '', name: row.name ?? '', blocName: row.blocName, provinceName: province?.name ?? '' };
  }

  /** The unit's records dated in the window, oldest first. */
  async records(em: EntityManager, unitId: string, windowStart: string, windowEnd: string): Promise<ReportRecord[]> {
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('activities.activity_directory')
        .select(['id', 'kind', 'occurred_on as occurredOn', 'summary', 'figures', 'facts'])
        .where('unit_id', '=', unitId)
        .where('occurred_on', '>=', windowStart)
        .where('occurred_on', '<=', windowEnd)
        .orderBy('occurred_on')
        .orderBy('id'),
    );
    return rows.map((r) => ({
      id: r.id ?? '',
      kind: r.kind ?? '',
      occurredOn: String(r.occurredOn),
      summary: r.summary ?? '',
      figures: (r.figures ?? {}) as Record<string, number>,
      facts: (r.facts ?? {}) as Record<string, unknown>,
    }));
  }

  async profile(em: EntityManager, unitId: string, periodId: string): Promise<ReportUnitProfile> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('tenancy.unit_profile_directory')
        .select(['staff_count as staffCount', 'party_members as partyMembers', 'union_members as unionMembers', 'boards'])
        .where('unit_id', '=', unitId)
        .where('period_id', '=', periodId),
    );
    if (!row) return { staffCount: null, partyMembers: null, unionMembers: null, boards: [] };
    const boards = (row.boards ?? []) as { kind: BoardKind; members: number; termFrom: number | null; termTo: number | null }[];
    return { staffCount: row.staffCount, partyMembers: row.partyMembers, unionMembers: row.unionMembers, boards };
  }

  /** Null when the unit has not self-scored the period. */
  async selfScore(em: EntityManager, unitId: string, periodId: string): Promise<SelfScoreSheet | null> {
    const total = await firstOf(
      em,
      qb.selectFrom('scoring.assessment_totals').select(['total', 'band']).where('unit_id', '=', unitId).where('period_id', '=', periodId),
    );
    if (!total || total.total === null) return null;
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('scoring.self_score_directory')
        .select(['code', 'title', 'max_points as maxPoints', 'parent_code as parentCode', 'points'])
        .where('unit_id', '=', unitId)
        .where('period_id', '=', periodId)
        .orderBy('sort_order'),
    );
    const parents = new Set(rows.map((r) => r.parentCode).filter(Boolean));
    const criteria = rows.map((r) => ({
      code: r.code ?? '',
      title: r.title ?? '',
      maxPoints: Number(r.maxPoints),
      points: r.points === null ? null : Number(r.points),
    }));
    const leaves = criteria.filter((c) => !parents.has(c.code));
    return {
      total: Number(total.total),
      band: total.band as Band,
      criteria,
      leafCriteria: leaves.map(({ code, title }) => ({ code, title })),
      scores: Object.fromEntries(leaves.map((c) => [c.code, c.points])),
    };
  }
}
