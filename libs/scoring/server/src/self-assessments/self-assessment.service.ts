import { Injectable } from '@nestjs/common';
import { Caller, Role, badInput, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertUnitInScope, recordAudit } from '@qcdc/shared/db';
import { SaveSelfAssessment, scoreSelfAssessment } from '@qcdc/scoring/domain';
import { RubricRepository } from '../rubrics/rubric.repository';
import { SelfAssessmentRepository, SelfAssessmentRow } from './self-assessment.repository';

const WRITERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD'];

/** What the audit log keeps of a self-assessment: the total, the band and each criterion's points and comment. */
const auditedAssessment = (a: SelfAssessmentRow) => ({
  unitId: a.unitId,
  periodId: a.periodId,
  total: a.total,
  band: a.band,
  scores: Object.fromEntries(a.scores.map((s) => [s.criterionId, { points: s.points, comment: s.comment ?? null }])),
});
const READERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD', 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];

/** A unit's self-score against the province's rubric for the period's year. */
@Injectable()
export class SelfAssessmentService {
  constructor(
    private readonly db: TenantDb,
    private readonly assessments: SelfAssessmentRepository,
    private readonly rubrics: RubricRepository,
  ) {}

  find(caller: Caller, unitId: string, periodId: string): Promise<SelfAssessmentRow | null> {
    return this.db.transaction(async (em) => {
      await assertUnitInScope(em, caller, unitId, READERS);
      return this.assessments.find(em, unitId, periodId);
    });
  }

  save(caller: Caller, input: SaveSelfAssessment): Promise<SelfAssessmentRow> {
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.unitId, WRITERS);
        const period = await this.assessments.findPeriod(em, input.periodId);
        if (!period) throw notFound('Không tìm thấy kỳ báo cáo.', 'The reporting period does not exist.', { field: 'periodId' });
        if (period.status !== 'OPEN') {
          throw badInput('Kỳ báo cáo đã đóng, không thể chấm điểm.', 'The reporting period is closed.', { field: 'periodId' });
        }
        const rubric = await this.rubrics.findByYear(em, period.year);
        if (!rubric) {
          throw badInput(
            `Tỉnh chưa ban hành bộ tiêu chí năm ${period.year}. Vui lòng liên hệ Ban chỉ đạo tỉnh.`,
            `The province has no rubric for ${period.year} yet. Contact the provincial committee.`,
          );
        }
        const { total, band } = scoreSelfAssessment(
          rubric.criteria.map((c) => ({ criterionId: c.id, code: c.code, maxPoints: c.maxPoints })),
          input.scores,
        );
        const before = await this.assessments.find(em, input.unitId, input.periodId);
        await this.assessments.save(
          em,
          { unitId: input.unitId, periodId: input.periodId, rubricId: rubric.id, total, band, userId: caller.userId },
          input.scores,
        );
        const after = (await this.assessments.find(em, input.unitId, input.periodId)) as SelfAssessmentRow;
        await recordAudit(em, 'scoring', {
          by: caller, as: WRITERS, within: input.unitId, action: 'self-assessment.save', objectId: after.id,
          before: before && auditedAssessment(before), after: auditedAssessment(after),
        });
        return after;
      },
      { write: true },
    );
  }
}
