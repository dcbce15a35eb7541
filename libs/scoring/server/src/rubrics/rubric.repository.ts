import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ActivityKindCode,
  BandThresholds,
  ContentGroup,
  CriterionDefinition,
  RubricStatus,
  ScoringMethod,
  VetoRule,
} from '@qcdc/scoring/domain';
import { appNow, currentTenant, execute, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';

/** A criterion of a rubric, as scoring keeps it. */
export interface CriterionRow extends CriterionDefinition {
  id: string;
}

/** A province's rubric for a year, with its criteria in order. */
export interface RubricRow {
  id: string;
  year: number;
  name: string;
  status: RubricStatus;
  version: number;
  publishedAt: Date | null;
  bands: BandThresholds;
  vetoes: VetoRule[];
  criteria: CriterionRow[];
  /** The points of the top-level criteria added up (sub-criteria count through their parent). */
  maxTotal: number;
}

/** What a rubric is made of, for an insert or a draft's save. */
export interface RubricContent {
  name: string;
  bands: BandThresholds;
  vetoes: readonly VetoRule[];
  criteria: readonly CriterionDefinition[];
}

const RUBRIC_COLUMNS = ['id', 'year', 'name', 'status', 'version', 'published_at as publishedAt', 'bands', 'vetoes'] as const;
type RubricHead = Omit<RubricRow, 'criteria' | 'maxTotal'>;

/** Rubrics and their criteria in the current tenant. */
@Injectable()
export class RubricRepository {
  async findByYear(em: EntityManager, year: number): Promise<RubricRow | null> {
    const rubric = await firstOf(em, qb.selectFrom('scoring.rubrics').select(RUBRIC_COLUMNS).where('year', '=', year));
    return rubric ? this.withCriteria(em, rubric as unknown as RubricHead) : null;
  }

  /** The rubric, its row locked for the rest of the transaction when `lock` (a draft's save or publication). */
  async findById(em: EntityManager, id: string, lock = false): Promise<RubricRow | null> {
    let query = qb.selectFrom('scoring.rubrics').select(RUBRIC_COLUMNS).where('id', '=', id);
    if (lock) query = query.forUpdate();
    const rubric = await firstOf(em, query);
    return rubric ? this.withCriteria(em, rubric as unknown as RubricHead) : null;
  }

  /** Inserts a rubric with its criteria; returns null when the year already has one. */
  async insert(em: EntityManager, year: number, status: RubricStatus, content: RubricContent, userId: string): Promise<string | null> {
    const rubric = await firstOf(
      em,
      qb
        .insertInto('scoring.rubrics')
        .values({
          tenant_id: currentTenant(),
          year,
          name: content.name,
          status,
          published_at: status === 'PUBLISHED' ? appNow() : null,
          bands: JSON.stringify(content.bands),
          vetoes: JSON.stringify(content.vetoes),
          updated_at: appNow(),
          updated_by: userId,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'year']).doNothing())
        .returning('id'),
    );
    if (!rubric) return null;
    await this.insertCriteria(em, rubric.id, content.criteria);
    return rubric.id;
  }

  /**
   * Replaces a draft's content when it is still a draft at the expected version; false otherwise (the caller
   * reads the rubric again to say why).
   */
  async replaceDraft(em: EntityManager, id: string, expectedVersion: number, content: RubricContent, userId: string): Promise<boolean> {
    const updated = await execute(
      em,
      qb
        .updateTable('scoring.rubrics')
        .set({
          name: content.name,
          bands: JSON.stringify(content.bands),
          vetoes: JSON.stringify(content.vetoes),
          version: sql<number>`version + 1`,
          updated_at: appNow(),
          updated_by: userId,
        })
        .where('id', '=', id)
        .where('status', '=', 'DRAFT')
        .where('version', '=', expectedVersion),
    );
    if (updated === 0) return false;
    await execute(em, qb.deleteFrom('scoring.criteria').where('rubric_id', '=', id));
    await this.insertCriteria(em, id, content.criteria);
    return true;
  }

  /** Publishes a draft at the expected version; false when it is no longer that draft. */
  async publish(em: EntityManager, id: string, expectedVersion: number, userId: string): Promise<boolean> {
    const updated = await execute(
      em,
      qb
        .updateTable('scoring.rubrics')
        .set({ status: 'PUBLISHED', published_at: appNow(), version: sql<number>`version + 1`, updated_at: appNow(), updated_by: userId })
        .where('id', '=', id)
        .where('status', '=', 'DRAFT')
        .where('version', '=', expectedVersion),
    );
    return updated > 0;
  }

  /** The criterion codes of the year's published rubric, null when the year has none. */
  async publishedCodes(em: EntityManager, year: number): Promise<string[] | null> {
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('scoring.rubrics as r')
        .leftJoin('scoring.criteria as c', (join) => join.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.rubric_id', '=', 'r.id'))
        .select('c.code')
        .where('r.year', '=', year)
        .where('r.status', '=', 'PUBLISHED'),
    );
    return rows.length === 0 ? null : rows.flatMap((r) => (r.code === null ? [] : [r.code]));
  }

  private async insertCriteria(em: EntityManager, rubricId: string, criteria: readonly CriterionDefinition[]): Promise<void> {
    if (criteria.length === 0) return;
    await execute(
      em,
      qb.insertInto('scoring.criteria').values(
        criteria.map((c, ord) => ({
          tenant_id: currentTenant(),
          rubric_id: rubricId,
          code: c.code,
          title: c.title,
          content_group: c.contentGroup,
          parent_code: c.parentCode,
          max_points: c.maxPoints,
          method: c.method.kind,
          method_params: JSON.stringify(c.method),
          activity_kinds: sql<string[]>`${[...c.activityKinds]}::text[]`,
          evidence_hint: c.evidenceHint,
          legal_reference: c.legalReference,
          previous_code: c.previousCode,
          sort_order: ord,
        })),
      ),
    );
  }

  private async withCriteria(em: EntityManager, rubric: RubricHead): Promise<RubricRow> {
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('scoring.criteria')
        .select([
          'id',
          'code',
          'title',
          'content_group as contentGroup',
          'parent_code as parentCode',
          'max_points as maxPoints',
          'method_params as method',
          'activity_kinds as activityKinds',
          'evidence_hint as evidenceHint',
          'legal_reference as legalReference',
          'previous_code as previousCode',
        ])
        .where('rubric_id', '=', rubric.id)
        .orderBy('sort_order'),
    );
    const criteria: CriterionRow[] = rows.map((c) => ({
      ...c,
      contentGroup: c.contentGroup as ContentGroup,
      maxPoints: Number(c.maxPoints),
      method: c.method as unknown as ScoringMethod,
      activityKinds: c.activityKinds as ActivityKindCode[],
      evidenceHint: c.evidenceHint ?? '',
    }));
    const maxTotal = criteria.filter((c) => c.parentCode === null).reduce((sum, c) => sum + c.maxPoints, 0);
    return {
      ...rubric,
      bands: rubric.bands as unknown as BandThresholds,
      vetoes: rubric.vetoes as unknown as VetoRule[],
      criteria,
      maxTotal: Math.round(maxTotal * 100) / 100,
    };
  }
}
