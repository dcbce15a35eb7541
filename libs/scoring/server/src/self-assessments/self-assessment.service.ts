import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller, Role, badInput, conflict, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertUnitInScope, isReportFrozen, lockUnitForWrite, publishEvent, recordAudit } from '@qcdc/shared/db';
import { SaveReview, SaveSelfAssessment, bandWithVetoes, scoreSelfAssessment, totalsOf } from '@qcdc/scoring/domain';
import { RubricRepository, RubricRow } from '../rubrics/rubric.repository';
import { RecordsRepository } from '../records/records.repository';
import { PeriodRow, SelfAssessmentRepository, SelfAssessmentRow } from './self-assessment.repository';

const WRITERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD'];
export const READERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD', 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];
const REVIEWERS: Role[] = ['BLOC_REVIEWER', 'PROVINCE_COMMITTEE'];

/** What the audit log keeps of a self-assessment: the total, the band and each criterion's points, comment and evidence. */
const auditedAssessment = (a: SelfAssessmentRow) => ({
  unitId: a.unitId,
  periodId: a.periodId,
  total: a.total,
  band: a.band,
  vetoes: a.vetoes.map((v) => v.code),
  scores: Object.fromEntries(
    a.scores.map((s) => [s.criterionId, { points: s.points, comment: s.comment ?? null, evidence: s.evidence.map((e) => e.activityId ?? e.evidenceFileId) }]),
  ),
});
const auditedReview = (a: SelfAssessmentRow) => ({
  reviewVersion: a.reviewVersion,
  scores: Object.fromEntries(
    a.scores.filter((s) => s.reviewerPoints !== null).map((s) => [s.criterionId, { points: s.reviewerPoints, comment: s.reviewerComment }]),
  ),
});

const stale = (currentVersion: number, what: { vi: string; en: string }) =>
  conflict(
    `${what.vi} vừa được người khác lưu. Vui lòng tải lại để xem bản mới nhất rồi sửa tiếp; thay đổi của bạn chưa được lưu.`,
    `Someone else has just saved ${what.en}. Reload to see the latest version, then edit again; your changes were not saved.`,
    { field: 'expectedVersion', reason: 'VERSION_MISMATCH', currentVersion },
  );

/** A unit's self-score against the province's published rubric for the period's year, and its reviewers' scores. */
@Injectable()
export class SelfAssessmentService {
  constructor(
    private readonly db: TenantDb,
    private readonly assessments: SelfAssessmentRepository,
    private readonly rubrics: RubricRepository,
    private readonly records: RecordsRepository,
  ) {}

  find(caller: Caller, unitId: string, periodId: string): Promise<SelfAssessmentRow | null> {
    return this.db.transaction(async (em) => {
      await assertUnitInScope(em, caller, unitId, READERS);
      return this.assessments.find(em, unitId, periodId);
    });
  }

  /**
   * Saves the self-score of every criterion, with its evidence, if nobody saved since `expectedVersion`
   * (CONFLICT VERSION_MISMATCH with the current version otherwise, decided by the write itself), and while the
   * unit's report of the period is not frozen.
   */
  save(caller: Caller, input: SaveSelfAssessment): Promise<SelfAssessmentRow> {
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.unitId, WRITERS);
        const period = await this.openPeriod(em, input.periodId);
        const rubric = await this.publishedRubric(em, period.year);
        await lockUnitForWrite(em, input.unitId);
        if (await isReportFrozen(em, input.unitId, input.periodId)) {
          throw conflict(
            'Báo cáo kỳ này đã nộp nên không sửa được bảng tự chấm điểm đến khi báo cáo được trả lại.',
            'This period’s report is submitted: the self-assessment cannot change until the report is returned.',
            { reason: 'REPORT_FROZEN' },
          );
        }
        scoreSelfAssessment(scoredCriteria(rubric), input.scores, rubric.bands);
        await this.assertEvidence(em, input);
        const codeOf = new Map(rubric.criteria.map((c) => [c.id, c.code]));
        const { total } = totalsOf(rubric.criteria, Object.fromEntries(input.scores.map((s) => [codeOf.get(s.criterionId) as string, s.points])));
        const records = await this.records.periodRecords(em, input.unitId, input.periodId);
        const { band, vetoes } = bandWithVetoes(total, rubric.vetoes, records?.measures ?? {}, rubric.bands);

        const before = await this.assessments.find(em, input.unitId, input.periodId);
        const id = await this.assessments.saveHead(
          em,
          input.unitId,
          input.periodId,
          input.expectedVersion,
          { rubricId: rubric.id, total, band, vetoes },
          caller.userId,
        );
        if (!id) {
          throw stale(await this.assessments.currentVersion(em, input.unitId, input.periodId), {
            vi: 'Bảng tự chấm điểm',
            en: 'this self-assessment',
          });
        }
        const scores = input.scores.map((s) => ({ ...s, comment: s.comment ?? null, evidence: distinct(s.evidence) }));
        await this.assessments.replaceScores(em, id, scores);
        const after = (await this.assessments.find(em, input.unitId, input.periodId)) as SelfAssessmentRow;
        await recordAudit(em, 'scoring', {
          by: caller,
          as: WRITERS,
          within: input.unitId,
          action: 'self-assessment.save',
          objectId: after.id,
          before: before && auditedAssessment(before),
          after: auditedAssessment(after),
        });
        return after;
      },
      { write: true },
    );
  }

  /**
   * A reviewer's points and remarks per criterion (the bloc's reviewer or the committee), once the unit's report
   * is submitted, kept beside the self-score and never over it.
   */
  saveReview(caller: Caller, input: SaveReview): Promise<SelfAssessmentRow> {
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.unitId, REVIEWERS);
        const assessment = await this.assessments.find(em, input.unitId, input.periodId);
        if (!assessment) {
          throw notFound('Đơn vị chưa tự chấm điểm kỳ này nên chưa thể thẩm định.', 'The unit has not scored itself for this period yet: there is nothing to review.', {
            field: 'periodId',
          });
        }
        if (!assessment.frozen) {
          throw conflict(
            'Đơn vị chưa nộp báo cáo kỳ này; chỉ thẩm định sau khi báo cáo được nộp.',
            'The unit has not submitted this period’s report; review it once it is submitted.',
            { reason: 'REPORT_NOT_SUBMITTED' },
          );
        }
        const rubric = (await this.rubrics.findById(em, assessment.rubricId)) as RubricRow;
        const { total } = scoreSelfAssessment(scoredCriteria(rubric), input.scores, rubric.bands);
        if (!(await this.assessments.bumpReviewVersion(em, assessment.id, input.expectedVersion))) {
          const current = await this.assessments.find(em, input.unitId, input.periodId);
          throw stale(current?.reviewVersion ?? 0, { vi: 'Điểm thẩm định', en: 'this review' });
        }
        await this.assessments.replaceReview(
          em,
          assessment.id,
          input.scores.map((s) => ({ ...s, comment: s.comment ?? null })),
          caller.userId,
        );
        const after = (await this.assessments.find(em, input.unitId, input.periodId)) as SelfAssessmentRow;
        // The re-score is the unit's standing score from now on (the roll-ups), banded as the self-score is.
        const records = await this.records.periodRecords(em, input.unitId, input.periodId);
        const { band } = bandWithVetoes(total, rubric.vetoes, records?.measures ?? {}, rubric.bands);
        const codeOf = new Map(rubric.criteria.map((c) => [c.id, c.code]));
        await publishEvent(em, 'scoring', 'score.reviewed', {
          unitId: input.unitId,
          periodId: input.periodId,
          reviewedAt: (await this.assessments.reviewedAt(em, assessment.id)).toISOString(),
          scoreTotal: total,
          band,
          criteria: Object.fromEntries(input.scores.map((e) => [codeOf.get(e.criterionId) as string, e.points])),
        });
        await recordAudit(em, 'scoring', {
          by: caller,
          as: REVIEWERS,
          within: input.unitId,
          action: 'self-assessment.review',
          objectId: after.id,
          before: auditedReview(assessment),
          after: auditedReview(after),
        });
        return after;
      },
      { write: true },
    );
  }

  /** The period, which must be open for scores to change. */
  private async openPeriod(em: EntityManager, periodId: string): Promise<PeriodRow> {
    const period = await this.assessments.findPeriod(em, periodId);
    if (!period) throw notFound('Không tìm thấy kỳ báo cáo.', 'The reporting period does not exist.', { field: 'periodId' });
    if (period.status !== 'OPEN') {
      throw badInput('Kỳ báo cáo đã đóng, không thể chấm điểm.', 'The reporting period is closed: scores can no longer change.', { field: 'periodId' });
    }
    return period;
  }

  async publishedRubric(em: EntityManager, year: number): Promise<RubricRow> {
    const rubric = await this.rubrics.findByYear(em, year);
    if (!rubric || rubric.status !== 'PUBLISHED') {
      throw badInput(
        `Tỉnh chưa ban hành bộ tiêu chí năm ${year}. Vui lòng liên hệ Ban chỉ đạo tỉnh.`,
        `The province has not published a rubric for ${year} yet. Contact the provincial committee.`,
        { field: 'periodId', reason: 'NO_PUBLISHED_RUBRIC' },
      );
    }
    return rubric;
  }

  /** Every linked activity or file must be the unit's own: an activity not deleted, a file not removed. */
  private async assertEvidence(em: EntityManager, input: SaveSelfAssessment): Promise<void> {
    const links = input.scores.flatMap((s) => s.evidence);
    const found = await this.records.evidenceDates(em, input.unitId, links);
    const activity = links.find((l) => l.activityId !== null && !found.activities.has(l.activityId));
    if (activity) {
      throw notFound(
        'Không tìm thấy hoạt động được gắn làm minh chứng trong số hoạt động của đơn vị (có thể đã bị xoá). Vui lòng tải lại trang.',
        'A linked activity is not one of the unit’s activities (it may have been deleted). Reload the page.',
        { field: 'evidence', activityId: activity.activityId },
      );
    }
    const file = links.find((l) => l.evidenceFileId !== null && !found.files.has(l.evidenceFileId));
    if (file) {
      throw notFound(
        'Không tìm thấy tệp minh chứng được gắn trong số tệp của đơn vị (có thể đã bị gỡ). Vui lòng tải lại trang.',
        'A linked evidence file is not one of the unit’s files (it may have been removed). Reload the page.',
        { field: 'evidence', evidenceFileId: file.evidenceFileId },
      );
    }
  }
}

/** The rubric's criteria as the scores are checked against them (a parent takes no points of its own). */
function scoredCriteria(rubric: RubricRow) {
  const parents = new Set(rubric.criteria.map((c) => c.parentCode));
  return rubric.criteria.map((c) => ({ criterionId: c.id, code: c.code, maxPoints: c.maxPoints, hasSubCriteria: parents.has(c.code) }));
}

/** The links, each once. */
function distinct<T extends { activityId: string | null; evidenceFileId: string | null }>(links: readonly T[]): T[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.activityId}|${l.evidenceFileId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
