import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CriterionDefinition } from '@qcdc/scoring/domain';
import { Criterion, Rubric } from '../graphql-types';

/** Rubrics and their criteria in the current tenant. */
@Injectable()
export class RubricRepository {
  async findByYear(em: EntityManager, year: number): Promise<Rubric | null> {
    const [rubric] = await em.query(`SELECT id, year, name FROM scoring.rubrics WHERE year = $1`, [year]);
    if (!rubric) return null;
    return this.withCriteria(em, rubric);
  }

  async findById(em: EntityManager, id: string): Promise<Rubric | null> {
    const [rubric] = await em.query(`SELECT id, year, name FROM scoring.rubrics WHERE id = $1`, [id]);
    return rubric ? this.withCriteria(em, rubric) : null;
  }

  /** Inserts a rubric with its criteria; returns null when the year already has one. */
  async insert(em: EntityManager, year: number, name: string, criteria: readonly CriterionDefinition[]): Promise<string | null> {
    const rows = await em.query(
      `INSERT INTO scoring.rubrics (tenant_id, year, name) VALUES (qcdc.current_tenant(), $1, $2)
       ON CONFLICT (tenant_id, year) DO NOTHING RETURNING id`,
      [year, name],
    );
    if (rows.length === 0) return null;
    await em.query(
      `INSERT INTO scoring.criteria (tenant_id, rubric_id, code, title, content_group, max_points, evidence_hint,
                                     legal_reference, sort_order)
       SELECT qcdc.current_tenant(), $1, c.code, c.title, c.content_group, c.max_points, c.evidence_hint,
              c.legal_reference, c.ord
         FROM jsonb_to_recordset($2::jsonb) AS c(code text, title text, content_group text, max_points numeric,
                                                 evidence_hint text, legal_reference text, ord int)`,
      [
        rows[0].id,
        JSON.stringify(
          criteria.map((c, ord) => ({
            code: c.code,
            title: c.title,
            content_group: c.contentGroup,
            max_points: c.maxPoints,
            evidence_hint: c.evidenceHint,
            legal_reference: c.legalReference,
            ord,
          })),
        ),
      ],
    );
    return rows[0].id;
  }

  private async withCriteria(em: EntityManager, rubric: Omit<Rubric, 'criteria' | 'maxTotal'>): Promise<Rubric> {
    const criteria: Criterion[] = (
      await em.query(
        `SELECT id, code, title, content_group AS "contentGroup", max_points AS "maxPoints",
                evidence_hint AS "evidenceHint", legal_reference AS "legalReference"
           FROM scoring.criteria WHERE rubric_id = $1 ORDER BY sort_order`,
        [rubric.id],
      )
    ).map((c: Criterion) => ({ ...c, maxPoints: Number(c.maxPoints) }));
    return { ...rubric, criteria, maxTotal: criteria.reduce((sum, c) => sum + c.maxPoints, 0) };
  }
}
