import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContentGroup, CriterionDefinition } from '@qcdc/scoring/domain';
import { currentTenant, firstOf, qb, rowsOf } from '@qcdc/shared/db';

/** A criterion of a rubric, as scoring keeps it. */
export interface CriterionRow {
  id: string;
  code: string;
  title: string;
  contentGroup: ContentGroup;
  maxPoints: number;
  evidenceHint: string | null;
  legalReference: string | null;
}

/** A province's rubric for a year, with its criteria in order. */
export interface RubricRow {
  id: string;
  year: number;
  name: string;
  criteria: CriterionRow[];
  maxTotal: number;
}

/** Rubrics and their criteria in the current tenant. */
@Injectable()
export class RubricRepository {
  async findByYear(em: EntityManager, year: number): Promise<RubricRow | null> {
    const rubric = await firstOf(em, qb.selectFrom('scoring.rubrics').select(['id', 'year', 'name']).where('year', '=', year));
    return rubric ? this.withCriteria(em, rubric) : null;
  }

  async findById(em: EntityManager, id: string): Promise<RubricRow | null> {
    const rubric = await firstOf(em, qb.selectFrom('scoring.rubrics').select(['id', 'year', 'name']).where('id', '=', id));
    return rubric ? this.withCriteria(em, rubric) : null;
  }

  /** Inserts a rubric with its criteria; returns null when the year already has one. */
  async insert(em: EntityManager, year: number, name: string, criteria: readonly CriterionDefinition[]): Promise<string | null> {
    const rubric = await firstOf(
      em,
      qb
        .insertInto('scoring.rubrics')
        .values({ tenant_id: currentTenant(), year, name })
        .onConflict((oc) => oc.columns(['tenant_id', 'year']).doNothing())
        .returning('id'),
    );
    if (!rubric) return null;
    await rowsOf(
      em,
      qb.insertInto('scoring.criteria').values(
        criteria.map((c, ord) => ({
          tenant_id: currentTenant(),
          rubric_id: rubric.id,
          code: c.code,
          title: c.title,
          content_group: c.contentGroup,
          max_points: c.maxPoints,
          evidence_hint: c.evidenceHint,
          legal_reference: c.legalReference,
          sort_order: ord,
        })),
      ),
    );
    return rubric.id;
  }

  private async withCriteria(em: EntityManager, rubric: { id: string; year: number; name: string }): Promise<RubricRow> {
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('scoring.criteria')
        .select([
          'id',
          'code',
          'title',
          'content_group as contentGroup',
          'max_points as maxPoints',
          'evidence_hint as evidenceHint',
          'legal_reference as legalReference',
        ])
        .where('rubric_id', '=', rubric.id)
        .orderBy('sort_order'),
    );
    const criteria = rows.map((c) => ({ ...c, contentGroup: c.contentGroup as ContentGroup, maxPoints: Number(c.maxPoints) }));
    return { ...rubric, criteria, maxTotal: criteria.reduce((sum, c) => sum + c.maxPoints, 0) };
  }
}
