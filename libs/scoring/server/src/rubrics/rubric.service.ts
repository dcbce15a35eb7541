import { Injectable } from '@nestjs/common';
import { Caller, Role, badInput, conflict, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, recordAudit } from '@qcdc/shared/db';
import {
  DEFAULT_BAND_THRESHOLDS,
  DEFAULT_RUBRIC,
  DEFAULT_VETO_RULES,
  RubricProblem,
  SaveRubricDraft,
  assertDraftKeepable,
  bandThresholdsOf,
  carriedForward,
  criterionOf,
  rubricProblems,
  vetoRuleOf,
} from '@qcdc/scoring/domain';
import { EntityManager } from 'typeorm';
import { RubricContent, RubricRepository, RubricRow } from './rubric.repository';

const ADMIN: Role[] = ['PROVINCE_ADMIN'];

/** A rubric with what keeps it from being published (none once it is). */
export interface RubricView extends RubricRow {
  problems: RubricProblem[];
}

const defaultName = (year: number) => `Bộ tiêu chí đánh giá thực hiện dân chủ ở cơ sở năm ${year}`;

/** What the audit log keeps of a rubric. */
const audited = (r: RubricRow) => ({
  year: r.year,
  name: r.name,
  status: r.status,
  bands: r.bands,
  vetoes: r.vetoes.map((v) => v.code),
  criteria: Object.fromEntries(r.criteria.map((c) => [c.code, { maxPoints: c.maxPoints, method: c.method.kind, parentCode: c.parentCode }])),
});

/**
 * The province's rubric per year: adopted from the default as it stands, or drafted (from last year's or the
 * default), edited and published by the province admin. A published rubric never changes.
 */
@Injectable()
export class RubricService {
  constructor(
    private readonly db: TenantDb,
    private readonly rubrics: RubricRepository,
  ) {}

  byYear(year: number): Promise<RubricView | null> {
    return this.db.transaction(async (em) => {
      const rubric = await this.rubrics.findByYear(em, year);
      return rubric && this.withProblems(em, rubric);
    });
  }

  /**
   * Province admin: takes the default 100-point rubric for a year, published at once with the default bands; a
   * second call returns the existing one. It brings no veto rules, as before drafts existed: a band capped by a
   * rule the admin never saw would surprise the units. The default rules come with a draft (createDraft), where
   * the admin sees and edits them before publishing.
   */
  adoptDefault(caller: Caller, year: number): Promise<RubricView> {
    assertRole(caller, ADMIN);
    return this.db.transaction(
      async (em) => {
        const content: RubricContent = { name: defaultName(year), bands: DEFAULT_BAND_THRESHOLDS, vetoes: [], criteria: DEFAULT_RUBRIC };
        const id = await this.rubrics.insert(em, year, 'PUBLISHED', content, caller.userId);
        const after = { year, name: content.name, criteria: DEFAULT_RUBRIC.length };
        if (id) await recordAudit(em, 'scoring', { by: caller, as: ADMIN, action: 'rubric.adopt-default', objectId: id, after });
        return this.withProblems(em, (await this.rubrics.findByYear(em, year)) as RubricRow);
      },
      { write: true },
    );
  }

  /**
   * Province admin: a draft for a year without a rubric, copied from `copyFromYear`'s rubric (each criterion
   * continuing itself) or else from the default rubric.
   */
  createDraft(caller: Caller, year: number, copyFromYear: number | null): Promise<RubricView> {
    assertRole(caller, ADMIN);
    return this.db.transaction(
      async (em) => {
        let content: RubricContent = { name: defaultName(year), bands: DEFAULT_BAND_THRESHOLDS, vetoes: DEFAULT_VETO_RULES, criteria: DEFAULT_RUBRIC };
        if (copyFromYear !== null) {
          const source = await this.rubrics.findByYear(em, copyFromYear);
          if (!source) {
            throw notFound(
              `Năm ${copyFromYear} chưa có bộ tiêu chí để sao chép. Hãy chọn năm khác hoặc dùng bộ tiêu chí mặc định.`,
              `${copyFromYear} has no rubric to copy. Choose another year or start from the default rubric.`,
              { field: 'copyFromYear', reason: 'NO_RUBRIC' },
            );
          }
          content = { name: defaultName(year), bands: source.bands, vetoes: source.vetoes, criteria: source.criteria.map(carriedForward) };
        }
        const id = await this.rubrics.insert(em, year, 'DRAFT', content, caller.userId);
        if (!id) {
          throw conflict(
            `Năm ${year} đã có bộ tiêu chí. Hãy mở bộ tiêu chí đó để sửa (nếu còn là dự thảo).`,
            `${year} already has a rubric. Open it to edit it (while it is a draft).`,
            { field: 'year', reason: 'RUBRIC_EXISTS' },
          );
        }
        const created = (await this.rubrics.findById(em, id)) as RubricRow;
        await recordAudit(em, 'scoring', { by: caller, as: ADMIN, action: 'rubric.create-draft', objectId: id, after: { ...audited(created), copyFromYear } });
        return this.withProblems(em, created);
      },
      { write: true },
    );
  }

  /** Province admin: replaces a draft's criteria, bands and veto rules, at the version the admin edited. */
  saveDraft(caller: Caller, input: SaveRubricDraft): Promise<RubricView> {
    assertRole(caller, ADMIN);
    const content: RubricContent = {
      name: input.name,
      bands: bandThresholdsOf(input.bands),
      vetoes: input.vetoes.map(vetoRuleOf),
      criteria: input.criteria.map(criterionOf),
    };
    assertDraftKeepable(content.criteria);
    return this.db.transaction(
      async (em) => {
        const before = await this.editableDraft(em, input.id, input.expectedVersion);
        await this.rubrics.replaceDraft(em, input.id, input.expectedVersion, content, caller.userId);
        const after = (await this.rubrics.findById(em, input.id)) as RubricRow;
        await recordAudit(em, 'scoring', { by: caller, as: ADMIN, action: 'rubric.save-draft', objectId: after.id, before: audited(before), after: audited(after) });
        return this.withProblems(em, after);
      },
      { write: true },
    );
  }

  /** Province admin: publishes a draft that has no problem left; from then on it never changes. */
  publish(caller: Caller, id: string, expectedVersion: number): Promise<RubricView> {
    assertRole(caller, ADMIN);
    return this.db.transaction(
      async (em) => {
        const draft = await this.editableDraft(em, id, expectedVersion);
        const problems = await this.problemsOf(em, draft);
        if (problems.length > 0) {
          throw badInput(
            `Bộ tiêu chí còn ${problems.length} vấn đề cần sửa trước khi ban hành: ${problems.map((p) => p.vi).join(' ')}`,
            `The rubric has ${problems.length} problem(s) to fix before it is published: ${problems.map((p) => p.en).join(' ')}`,
            { reason: 'RUBRIC_PROBLEMS', problems: problems.map((p) => ({ code: p.code, criterionCode: p.criterionCode, message: p.vi, messageEn: p.en })) },
          );
        }
        await this.rubrics.publish(em, id, expectedVersion, caller.userId);
        const after = (await this.rubrics.findById(em, id)) as RubricRow;
        await recordAudit(em, 'scoring', { by: caller, as: ADMIN, action: 'rubric.publish', objectId: id, before: { status: draft.status }, after: { status: after.status, version: after.version } });
        return { ...after, problems: [] };
      },
      { write: true },
    );
  }

  /** The draft, locked, when it is still a draft at the expected version; the reason it cannot be edited otherwise. */
  private async editableDraft(em: EntityManager, id: string, expectedVersion: number): Promise<RubricRow> {
    const rubric = await this.rubrics.findById(em, id, true);
    if (!rubric) throw notFound('Không tìm thấy bộ tiêu chí này. Vui lòng tải lại trang.', 'There is no such rubric. Reload the page.', { field: 'id' });
    if (rubric.status === 'PUBLISHED') {
      throw conflict(
        `Bộ tiêu chí năm ${rubric.year} đã ban hành nên không sửa được. Thay đổi sẽ áp dụng từ bộ tiêu chí năm sau.`,
        `The ${rubric.year} rubric is published and cannot change. Make the change in next year’s draft.`,
        { field: 'id', reason: 'RUBRIC_PUBLISHED' },
      );
    }
    if (rubric.version !== expectedVersion) {
      throw conflict(
        'Bộ tiêu chí vừa được người khác sửa. Vui lòng tải lại để xem bản mới nhất rồi sửa tiếp.',
        'Someone else has just changed this rubric. Reload to see the latest version, then edit again.',
        { field: 'expectedVersion', reason: 'VERSION_MISMATCH', currentVersion: rubric.version },
      );
    }
    return rubric;
  }

  private async withProblems(em: EntityManager, rubric: RubricRow): Promise<RubricView> {
    return { ...rubric, problems: rubric.status === 'PUBLISHED' ? [] : await this.problemsOf(em, rubric) };
  }

  /** The draft's problems, its criteria's previous codes checked against last year's published rubric. */
  private async problemsOf(em: EntityManager, rubric: RubricRow): Promise<RubricProblem[]> {
    const previousYearCodes = await this.rubrics.publishedCodes(em, rubric.year - 1);
    return rubricProblems({ criteria: rubric.criteria, vetoRules: rubric.vetoes, previousYearCodes });
  }
}
