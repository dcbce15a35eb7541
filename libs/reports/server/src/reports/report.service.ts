import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CLOCK } from '@qcdc/shared/config';
import { Caller, Clock, Role, badInput, conflict, forbidden, notFound, vietnamToday } from '@qcdc/shared/contracts';
import {
  TenantDb,
  lockUnitForSubmission,
  lockUnitForWrite,
  publishEvent,
  recordAudit,
  rolesOverUnit,
} from '@qcdc/shared/db';
import {
  type OfficialDocument,
  type ReportAction,
  type ReportDraftFields,
  type ReportHeader,
  type ReportStatus,
  type ReportTemplateCode,
  type SaveReportDraft,
  type SubmissionProblem,
  type SubmitReport,
  REPORT_TEMPLATES,
  REPORT_TEMPLATE_CODES,
  buildReportDocument,
  canonicalJson,
  defaultTemplateCode,
  diffDocuments,
  fileStem,
  isFrozen,
  isLate,
  nextStatus,
  proposedHeader,
  submissionError,
  submissionProblems,
  templateSections,
} from '@qcdc/reports/domain';
import { PeriodRepository, PeriodRow } from '../periods/period.repository';
import { DocumentSourcesRepository, SelfScoreSheet } from './document-sources.repository';
import { RenderJobRepository, RenderJobRow } from '../rendering/render-job.repository';
import { ReportRepository, ReportRow, SnapshotContent, SnapshotRow } from './report.repository';

const EDITORS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD'];
const READERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD', 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];
const REVIEWERS: Role[] = ['BLOC_REVIEWER', 'PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];

/** The draft as it stands with unsaved edits applied: what a preview shows and a submission freezes. */
interface Draft {
  templateCode: ReportTemplateCode;
  prose: Record<string, string>;
  placements: Record<string, string>;
  header: ReportHeader;
}

/** Everything a report's document is built from, the document, and what stands before its submission. */
export interface Compiled {
  content: SnapshotContent;
  contentHash: string;
  problems: SubmissionProblem[];
  selfScore: SelfScoreSheet | null;
  draft: Draft;
}

export interface ReportPreview extends Compiled {
  report: ReportRow | null;
}

export interface ReportWithRoles {
  report: ReportRow;
  roles: Role[];
}

/** Who reads no unit's reports anywhere (the platform admin) is refused before any report or unit is looked up. */
function assertReads(caller: Caller): void {
  if (!caller.memberships.some((m) => READERS.includes(m.role))) throw forbidden();
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Section texts without the blank ones; keys the template does not have are refused. */
function cleanProse(templateCode: ReportTemplateCode, prose: Record<string, string | null>): Record<string, string> {
  const keys = new Set(templateSections(REPORT_TEMPLATES[templateCode]).map((s) => s.key));
  const unknown = Object.keys(prose).find((key) => !keys.has(key));
  if (unknown) {
    throw badInput(
      `Mẫu báo cáo không có mục "${unknown}". Vui lòng tải lại trang để dùng đúng mẫu.`,
      `The report template has no section "${unknown}". Reload the page to use the right template.`,
      { field: 'prose', reason: 'UNKNOWN_SECTION', section: unknown },
    );
  }
  return Object.fromEntries(Object.entries(prose).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())));
}

function cleanPlacements(templateCode: ReportTemplateCode, placements: Record<string, string>): Record<string, string> {
  const keys = new Set(templateSections(REPORT_TEMPLATES[templateCode]).map((s) => s.key));
  const wrong = Object.values(placements).find((key) => !keys.has(key));
  if (wrong) {
    throw badInput(
      `Mẫu báo cáo không có mục "${wrong}" để xếp hoạt động vào. Vui lòng chọn lại mục.`,
      `The report template has no section "${wrong}" to place a record in. Choose the section again.`,
      { field: 'placements', reason: 'UNKNOWN_SECTION', section: wrong },
    );
  }
  return placements;
}

/**
 * A unit's report for a period: its draft (template, prose, header), the document compiled from the unit's
 * records, and the workflow (domain `nextStatus`): the head submits, the bloc reviews, the bloc or the
 * committee approves or returns with a reason, the head resubmits. Each submission freezes a snapshot with
 * the hash of its content; each transition is recorded in the report's history, audited, and published as
 * an event (roll-ups, reminders, rendering) in the same transaction.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly db: TenantDb,
    private readonly reports: ReportRepository,
    private readonly periods: PeriodRepository,
    private readonly sources: DocumentSourcesRepository,
    private readonly renders: RenderJobRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The report structures (static), read in a transaction like every operation: it checks the caller's session. */
  templates(): Promise<readonly ReportTemplateCode[]> {
    return this.db.transaction(async () => REPORT_TEMPLATE_CODES);
  }

  find(caller: Caller, unitId: string, periodId: string): Promise<ReportWithRoles | null> {
    return this.db.transaction(async (em) => {
      const roles = await this.readerRoles(em, caller, unitId);
      const report = await this.reports.find(em, unitId, periodId);
      return report && { report, roles };
    });
  }

  /** The document as it would compile now, with the person's unsaved edits; a frozen report shows what it froze. */
  preview(caller: Caller, unitId: string, periodId: string, edits: ReportDraftFields | null): Promise<ReportPreview & { roles: Role[] }> {
    return this.db.transaction(async (em) => {
      const roles = await this.readerRoles(em, caller, unitId);
      const period = await this.period(em, periodId);
      const report = await this.reports.find(em, unitId, periodId);
      if (report && isFrozen(report.status) && report.snapshotId) {
        const snapshot = await this.reports.snapshotById(em, report.snapshotId);
        if (snapshot) {
          const { content, contentHash } = snapshot;
          const header = content['header'] as ReportHeader;
          const draft = { templateCode: report.templateCode, prose: report.prose, placements: report.placements, header };
          return { report, roles, content, contentHash, problems: [], selfScore: null, draft };
        }
      }
      const compiled = await this.compile(em, unitId, period, this.applyEdits(report, edits, await this.proposal(em, unitId, period, report, edits)));
      return { report, roles, ...compiled };
    });
  }

  /** Saves the draft's edits; `expectedVersion` is the version read (0 before the first save). */
  saveDraft(caller: Caller, input: SaveReportDraft): Promise<ReportWithRoles> {
    return this.db.transaction(
      async (em) => {
        const roles = await this.readerRoles(em, caller, input.unitId);
        if (!roles.some((r) => EDITORS.includes(r))) throw forbidden();
        // A submission in flight (exclusive lock) finishes first; this save then finds the report frozen.
        await lockUnitForWrite(em, input.unitId);
        const period = await this.period(em, input.periodId);
        const report = await this.reports.find(em, input.unitId, input.periodId);
        if (report && isFrozen(report.status)) throw this.frozen(report.status);
        if ((report?.version ?? 0) !== input.expectedVersion) throw this.versionMismatch(report?.version ?? 0);
        const draft = this.applyEdits(report, input, await this.proposal(em, input.unitId, period, report, input));
        const write = { unitId: input.unitId, periodId: input.periodId, ...draft, userId: caller.userId, at: this.clock.now() };
        const saved = report
          ? await this.reports.updateDraft(em, report.id, input.expectedVersion, write)
          : await this.reports.insertDraft(em, write);
        if (!saved) throw this.versionMismatch(input.expectedVersion + 1);
        // Draft saves are work in progress (the editor saves as the person types): the audit log records the
        // transitions, where a version is frozen, rather than every keystroke's save.
        return { report: saved, roles };
      },
      { write: true },
    );
  }

  /**
   * The head signs and submits (or resubmits after a return). Idempotent: a report already submitted with
   * the same content is returned as it is, so two tabs submitting at once leave one submission. Takes the
   * unit's lock alone: writes of its records in flight commit first, later ones find the report frozen.
   */
  submit(caller: Caller, input: SubmitReport): Promise<ReportWithRoles> {
    return this.db.transaction(
      async (em) => {
        const roles = await this.readerRoles(em, caller, input.unitId);
        await lockUnitForSubmission(em, input.unitId);
        const period = await this.period(em, input.periodId);
        const report = await this.reports.find(em, input.unitId, input.periodId);
        const status: ReportStatus = report?.status ?? 'DRAFT';
        if (report && isFrozen(status) && report.snapshotId && roles.includes('UNIT_HEAD')) return { report, roles };
        const action: ReportAction = status === 'RETURNED' ? 'RESUBMIT' : 'SUBMIT';
        const to = nextStatus(status, action, roles);
        if (period.status !== 'OPEN') throw this.periodClosed(period);
        const draft = this.applyEdits(report, null, await this.proposal(em, input.unitId, period, report, null));
        const compiled = await this.compile(em, input.unitId, period, draft);
        if (!compiled.selfScore) {
          throw badInput(
            'Đơn vị chưa tự chấm điểm cho kỳ này. Vui lòng chấm điểm và lưu trước khi gửi.',
            'The unit has not self-scored this period. Score and save before submitting.',
            { field: 'selfAssessment', reason: 'NOT_SCORED' },
          );
        }
        const incomplete = submissionError(compiled.problems);
        if (incomplete) throw incomplete;
        const write = { unitId: input.unitId, periodId: input.periodId, ...draft, userId: caller.userId, at: this.clock.now() };
        const current = report ?? (await this.reports.insertDraft(em, write));
        if (!current) throw this.versionMismatch(0);
        const submittedAt = this.clock.now();
        const late = isLate(submittedAt, period.dueOn, period.graceDays);
        const previous = await this.reports.snapshotsOf(em, current.id);
        const number = (previous[0]?.number ?? 0) + 1;
        const { total, band } = compiled.selfScore;
        const snapshot = await this.reports.insertSnapshot(em, {
          reportId: current.id,
          number,
          content: compiled.content,
          contentHash: compiled.contentHash,
          submittedAt,
          submittedBy: caller.userId,
          late,
          total,
          band,
        });
        const moved = await this.reports.transition(em, current.id, status, to, {
          submittedAt,
          submittedBy: caller.userId,
          late,
          scoreTotal: total,
          band,
          snapshotId: snapshot.id,
        });
        if (!moved) throw this.outdated();
        await this.reports.insertHistory(em, { reportId: current.id, action, from: status, to, snapshotId: snapshot.id, reason: null, userId: caller.userId, at: submittedAt });
        const { id: renderJobId } = await this.renders.insert(em, {
          subject: 'UNIT_REPORT',
          reportId: current.id,
          snapshotId: snapshot.id,
          periodId: period.id,
          document: compiled.content.document,
          fileStem: this.fileStemOf(compiled, period, `v${number}`),
          requestedBy: caller.userId,
          requestedAt: submittedAt,
        });
        const submitted = {
          reportId: current.id,
          unitId: current.unitId,
          periodId: current.periodId,
          submittedAt: submittedAt.toISOString(),
          late,
          scoreTotal: total,
          band,
          snapshotId: snapshot.id,
          number,
          renderJobId,
          // The points the snapshot froze, per criterion: the roll-ups' per-criterion averages.
          criteria: Object.fromEntries(compiled.selfScore.criteria.filter((c) => c.points !== null).map((c) => [c.code, c.points as number])),
        };
        await publishEvent(em, 'reports', 'report.submitted', submitted);
        await recordAudit(em, 'reports', {
          by: caller,
          as: ['UNIT_HEAD'],
          within: current.unitId,
          action: action === 'RESUBMIT' ? 'report.resubmit' : 'report.submit',
          objectId: current.id,
          before: { status },
          after: { status: to, ...submitted, contentHash: compiled.contentHash },
        });
        return { report: moved, roles };
      },
      { write: true },
    );
  }

  review(caller: Caller, reportId: string): Promise<ReportWithRoles> {
    return this.decide(caller, reportId, 'REVIEW', null);
  }

  approve(caller: Caller, reportId: string): Promise<ReportWithRoles> {
    return this.decide(caller, reportId, 'APPROVE', null);
  }

  return(caller: Caller, reportId: string, reason: string | null): Promise<ReportWithRoles> {
    return this.decide(caller, reportId, 'RETURN', reason);
  }

  /** Asks the worker to render the draft as it stands; a frozen report's submitted version is rendered already. */
  requestRender(caller: Caller, unitId: string, periodId: string): Promise<RenderJobRow> {
    return this.db.transaction(
      async (em) => {
        await this.readerRoles(em, caller, unitId);
        const period = await this.period(em, periodId);
        const report = await this.reports.find(em, unitId, periodId);
        if (report && isFrozen(report.status) && report.snapshotId) {
          const latest = await this.renders.latestForReport(em, report.id);
          if (latest?.snapshotId === report.snapshotId) return latest;
        }
        const draft = this.applyEdits(report, null, await this.proposal(em, unitId, period, report, null));
        const compiled = await this.compile(em, unitId, period, draft);
        // The same draft asked again (a second click): its job, not a second rendering.
        const again = report && (await this.renders.reusable(em, await this.renders.latestForReport(em, report.id), compiled.content.document));
        if (again) return again;
        const reportId = report?.id ?? (await this.ensureReport(em, caller, unitId, periodId, draft)).id;
        const job = await this.renders.insert(em, {
          subject: 'UNIT_REPORT',
          reportId,
          snapshotId: null,
          periodId,
          document: compiled.content.document,
          fileStem: this.fileStemOf(compiled, period, 'ban-nhap'),
          requestedBy: caller.userId,
          requestedAt: this.clock.now(),
        });
        await publishEvent(em, 'reports', 'report.compile-requested', { renderJobId: job.id, subject: 'UNIT_REPORT', periodId, reportId });
        return job;
      },
      { write: true },
    );
  }

  /** Two submitted versions side by side. */
  diff(caller: Caller, reportId: string, from: number, to: number) {
    assertReads(caller);
    return this.db.transaction(async (em) => {
      const report = await this.reports.findById(em, reportId);
      if (!report) throw this.noReport();
      await this.readerRoles(em, caller, report.unitId);
      const [before, after] = await Promise.all([this.reports.snapshotByNumber(em, reportId, from), this.reports.snapshotByNumber(em, reportId, to)]);
      if (!before || !after) {
        throw notFound(
          `Báo cáo chưa có lần gửi thứ ${before ? to : from}. Vui lòng chọn lại phiên bản để so sánh.`,
          `The report has no submission number ${before ? to : from}. Choose the versions again.`,
          { field: before ? 'to' : 'from' },
        );
      }
      return diffDocuments(before.content.document, after.content.document);
    });
  }

  /** The reports of a period a reviewer sees: the bloc's units, or the whole province for the committee. */
  queue(caller: Caller, periodId: string, statuses: readonly ReportStatus[] | null) {
    const roots = caller.memberships.filter((m) => REVIEWERS.includes(m.role) && m.orgUnitId).map((m) => m.orgUnitId as string);
    if (roots.length === 0) throw forbidden();
    return this.db.transaction(async (em) => {
      const period = await this.period(em, periodId);
      const rows = await this.reports.queue(em, periodId, statuses?.length ? statuses : ['SUBMITTED', 'REVIEWED'], roots);
      return Promise.all(rows.map(async (row) => ({ ...row, roles: await rolesOverUnit(em, caller, row.unitId), dueOn: period.dueOn })));
    });
  }

  snapshots(caller: Caller, report: Pick<ReportRow, 'id' | 'unitId'>): Promise<SnapshotRow[]> {
    return this.db.transaction(async (em) => {
      await this.readerRoles(em, caller, report.unitId);
      return this.reports.snapshotsOf(em, report.id);
    });
  }

  history(caller: Caller, report: Pick<ReportRow, 'id' | 'unitId'>) {
    return this.db.transaction(async (em) => {
      await this.readerRoles(em, caller, report.unitId);
      const [history, snapshots] = await Promise.all([this.reports.historyOf(em, report.id), this.reports.snapshotsOf(em, report.id)]);
      const numbers = new Map(snapshots.map((s) => [s.id, s.number]));
      return history.map((h) => ({ ...h, snapshotNumber: h.snapshotId ? (numbers.get(h.snapshotId) ?? null) : null }));
    });
  }

  latestRenderJob(caller: Caller, report: Pick<ReportRow, 'id' | 'unitId'>): Promise<RenderJobRow | null> {
    return this.db.transaction(async (em) => {
      await this.readerRoles(em, caller, report.unitId);
      return this.renders.latestForReport(em, report.id);
    });
  }

  // ---- the workflow's decisions

  private decide(caller: Caller, reportId: string, action: 'REVIEW' | 'APPROVE' | 'RETURN', reason: string | null): Promise<ReportWithRoles> {
    assertReads(caller);
    return this.db.transaction(
      async (em) => {
        const report = await this.reports.findById(em, reportId);
        if (!report) throw this.noReport();
        const roles = await this.readerRoles(em, caller, report.unitId);
        const to = nextStatus(report.status, action, roles, { reason });
        const at = this.clock.now();
        const by = caller.userId;
        const moved = await this.reports.transition(em, report.id, report.status, to, {
          ...(action === 'REVIEW' && { reviewedAt: at, reviewedBy: by }),
          ...(action === 'APPROVE' && { approvedAt: at, approvedBy: by }),
          ...(action === 'RETURN' && { returnedAt: at, returnedBy: by, returnReason: reason?.trim() }),
        });
        if (!moved) throw this.outdated();
        await this.reports.insertHistory(em, { reportId, action, from: report.status, to, snapshotId: report.snapshotId, reason: action === 'RETURN' ? (reason?.trim() ?? null) : null, userId: by, at });
        const subject = { reportId, unitId: report.unitId, periodId: report.periodId };
        if (action === 'REVIEW') await publishEvent(em, 'reports', 'report.reviewed', { ...subject, reviewedAt: at.toISOString() });
        if (action === 'APPROVE') {
          await publishEvent(em, 'reports', 'report.approved', {
            ...subject,
            approvedAt: at.toISOString(),
            scoreTotal: Number(report.scoreTotal),
            band: report.band ?? 'YEU',
          });
        }
        if (action === 'RETURN') await publishEvent(em, 'reports', 'report.returned', { ...subject, returnedAt: at.toISOString(), reason: (reason ?? '').trim() });
        await recordAudit(em, 'reports', {
          by: caller,
          as: REVIEWERS,
          within: report.unitId,
          action: ({ REVIEW: 'report.review', APPROVE: 'report.approve', RETURN: 'report.return' } as const)[action],
          objectId: reportId,
          before: { status: report.status },
          after: { status: to, ...(action === 'RETURN' && { reason: reason?.trim() }) },
        });
        return { report: moved, roles };
      },
      { write: true },
    );
  }

  // ---- building the document

  private async compile(em: EntityManager, unitId: string, period: PeriodRow, draft: Draft): Promise<Compiled> {
    const [unit, records, profile, selfScore] = await Promise.all([
      this.sources.unit(em, unitId),
      this.sources.records(em, unitId, period.windowStart, period.windowEnd),
      this.sources.profile(em, unitId, period.id),
      this.sources.selfScore(em, unitId, period.id),
    ]);
    const template = REPORT_TEMPLATES[draft.templateCode];
    const periodRef = { kind: period.kind, year: period.year };
    const score = selfScore && { total: selfScore.total, band: selfScore.band, criteria: selfScore.criteria };
    const document: OfficialDocument = buildReportDocument({
      template,
      period: periodRef,
      records,
      profile,
      selfScore: score,
      prose: draft.prose,
      placements: draft.placements,
      header: draft.header,
    });
    const content: SnapshotContent = {
      templateCode: draft.templateCode,
      period: { ...periodRef, windowStart: period.windowStart, windowEnd: period.windowEnd },
      unit: unit && { code: unit.code, name: unit.name },
      records,
      profile,
      selfScore: score,
      prose: draft.prose,
      placements: draft.placements,
      header: draft.header,
      document,
    };
    const requiredSections = templateSections(template).filter((s) => s.proseRequired);
    const problems = submissionProblems({
      leafCriteria: selfScore?.leafCriteria ?? [],
      scores: selfScore?.scores ?? {},
      requiredSections,
      prose: draft.prose,
      flags: [],
      signerName: draft.header.signature.name,
    });
    return { content, contentHash: sha256(canonicalJson(content)), problems, selfScore, draft };
  }

  /** The header the draft would start with, and its template, when none was saved. */
  private async proposal(
    em: EntityManager,
    unitId: string,
    period: PeriodRow,
    report: ReportRow | null,
    edits: ReportDraftFields | null,
  ): Promise<{ templateCode: ReportTemplateCode; header: ReportHeader }> {
    const templateCode = edits?.templateCode ?? report?.templateCode ?? defaultTemplateCode(period.year);
    if (report?.header) return { templateCode, header: report.header };
    const unit = await this.sources.unit(em, unitId);
    const header = proposedHeader({
      unitName: unit?.name ?? '',
      blocName: unit?.blocName ?? null,
      provinceName: unit?.provinceName ?? '',
      period,
      templateCode,
      today: vietnamToday(this.clock.now()),
    });
    return { templateCode, header };
  }

  private applyEdits(
    report: ReportRow | null,
    edits: ReportDraftFields | null,
    proposal: { templateCode: ReportTemplateCode; header: ReportHeader },
  ): Draft {
    const templateCode = proposal.templateCode;
    const prose = cleanProse(templateCode, { ...(report?.prose ?? {}), ...(edits?.prose ?? {}) });
    const placements = cleanPlacements(templateCode, { ...(report?.placements ?? {}), ...(edits?.placements ?? {}) });
    return { templateCode, prose, placements, header: edits?.header ?? proposal.header };
  }

  private async ensureReport(em: EntityManager, caller: Caller, unitId: string, periodId: string, draft: Draft): Promise<ReportRow> {
    const row =
      (await this.reports.insertDraft(em, { unitId, periodId, ...draft, header: null, userId: caller.userId, at: this.clock.now() })) ??
      (await this.reports.find(em, unitId, periodId));
    return row as ReportRow;
  }

  private fileStemOf(compiled: Compiled, period: PeriodRow, suffix: string): string {
    const unit = compiled.content['unit'] as { code: string } | null;
    return fileStem(['bao-cao', unit?.code ?? 'don-vi', period.year, period.kind === 'YEAR' ? 'nam' : '6-thang', suffix]);
  }

  // ---- access and refusals

  /** The caller's roles over the unit; NOT_FOUND outside the province, FORBIDDEN when none may read reports. */
  private async readerRoles(em: EntityManager, caller: Caller, unitId: string): Promise<Role[]> {
    assertReads(caller);
    const roles = await rolesOverUnit(em, caller, unitId);
    if (!roles.some((r) => READERS.includes(r))) throw forbidden();
    return roles;
  }

  private async period(em: EntityManager, periodId: string): Promise<PeriodRow> {
    const period = await this.periods.findById(em, periodId);
    if (!period) throw notFound('Không tìm thấy kỳ báo cáo.', 'The reporting period does not exist.', { field: 'periodId' });
    return period;
  }

  private noReport() {
    return notFound('Không tìm thấy báo cáo này. Vui lòng tải lại danh sách báo cáo.', 'There is no such report. Reload the list of reports.', {
      field: 'reportId',
    });
  }

  private frozen(status: ReportStatus) {
    return conflict(
      status === 'APPROVED'
        ? 'Báo cáo đã được duyệt nên không thể sửa.'
        : 'Báo cáo đã gửi nên không thể sửa. Nếu cần sửa, hãy đề nghị Khối/Ban chỉ đạo trả lại báo cáo.',
      status === 'APPROVED'
        ? 'The report is approved and cannot change.'
        : 'The report was submitted and cannot change. To correct it, ask the reviewer to return it.',
      { reason: 'REPORT_FROZEN', status },
    );
  }

  private versionMismatch(current: number) {
    return conflict(
      'Báo cáo vừa được lưu ở nơi khác (một thẻ hoặc người khác). Nội dung bạn đang sửa vẫn được giữ; hãy tải lại để xem bản mới rồi lưu lại.',
      'The report was just saved elsewhere (another tab or person). Your edits are kept; reload to see the newer version, then save again.',
      { reason: 'VERSION_MISMATCH', currentVersion: current },
    );
  }

  private outdated() {
    return conflict(
      'Trạng thái báo cáo vừa thay đổi (có người khác vừa thao tác). Vui lòng tải lại để xem trạng thái hiện tại.',
      "The report's status just changed (someone else acted on it). Reload to see its current status.",
      { reason: 'TRANSITION_NOT_ALLOWED' },
    );
  }

  private periodClosed(period: PeriodRow) {
    return badInput(
      'Kỳ báo cáo đã đóng, không nhận báo cáo. Vui lòng liên hệ Ban chỉ đạo tỉnh để được mở lại kỳ.',
      'The reporting period is closed and takes no reports. Contact the provincial committee to reopen it.',
      { field: 'periodId', reason: 'PERIOD_CLOSED', dueOn: period.dueOn, graceDays: period.graceDays },
    );
  }
}
