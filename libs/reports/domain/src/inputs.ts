import { z } from 'zod';
import { BANDS, PERIOD_KINDS, field } from '@qcdc/shared/contracts';
import { RANKING_LIMIT, RANKING_SEARCH_MAX, RANKING_SORTS, ROLLUP_DIMENSIONS } from './dashboard-options';
import { GRACE_DAYS_MAX } from './deadline';
import { DOCUMENT_FORMATS, SIGNING_MODES } from './official-document';
import { REPORT_STATUSES } from './report-statuses';
import { REPORT_TEMPLATE_CODES } from './report-templates';

/**
 * One schema per input of the reports API, checked before any resolver work (and reusable by the web app).
 * Rules across fields (the window in order, due after it opens) stay in `assertPeriod`.
 */

const unitId = field.id({ vi: 'đơn vị', en: 'unit' });
const periodId = field.id({ vi: 'kỳ báo cáo', en: 'reporting period' });

export const openReportingPeriodInput = z.object({
  year: field.year(),
  kind: field.oneOf({ vi: 'loại kỳ', en: 'the period kind' }, PERIOD_KINDS),
  windowStart: field.calendarDate(),
  windowEnd: field.calendarDate(),
  dueOn: field.calendarDate(),
  graceDays: field.optionalInt({ vi: 'số ngày gia hạn', en: 'the grace days' }, { min: 0, max: GRACE_DAYS_MAX }),
});
export type OpenReportingPeriod = z.output<typeof openReportingPeriodInput>;

export const submitReportInput = z.object({ unitId, periodId });
export type SubmitReport = z.output<typeof submitReportInput>;

/** reportingPeriods(year) */
export const reportingPeriodsArgs = z.object({ year: field.year() });

/** report(unitId, periodId) */
export const reportArgs = z.object({ unitId, periodId });

/** provinceRollup(periodId), unitComparison(periodId) */
export const periodArgs = z.object({ periodId });

// ---- Report drafts, the workflow, rendering (issue 10)

const reportId = field.id({ vi: 'báo cáo', en: 'report' });
const proseText = field.optionalText({ vi: 'nội dung mục', en: 'the section text' }, { max: 20_000, multiline: true });
const sectionKey = z.string().regex(/^[A-Z0-9.]{1,20}$/u, 'section key');

/** The header, number, place and date, subject, recipients (Nơi nhận) and signature (T/M, K/T …) of a report. */
export const reportHeaderInput = z.object({
  format: field.oneOf({ vi: 'thể thức văn bản', en: 'the document format' }, DOCUMENT_FORMATS),
  issuerParent: field.optionalText({ vi: 'cơ quan chủ quản', en: 'the issuer’s superior' }, { max: 200 }),
  issuer: field.text({ vi: 'tên cơ quan ban hành', en: 'the issuing body' }, { max: 200 }),
  number: field.optionalText({ vi: 'số, ký hiệu văn bản', en: 'the document number' }, { max: 60 }),
  place: field.text({ vi: 'địa danh', en: 'the place' }, { max: 100 }),
  issuedOn: field.calendarDate(),
  subject: field.text({ vi: 'trích yếu', en: 'the subject' }, { max: 500, multiline: true }),
  recipients: field.list({ vi: 'nơi nhận', en: 'the recipients' }, field.text({ vi: 'nơi nhận', en: 'a recipient' }, { max: 200 }), { max: 30 }),
  signature: z.object({
    mode: field.oneOf({ vi: 'hình thức ký', en: 'the signing mode' }, SIGNING_MODES),
    onBehalfOf: field.optionalText({ vi: 'thay mặt / ký thay cho', en: 'on behalf of' }, { max: 200 }),
    title: field.text({ vi: 'chức vụ người ký', en: 'the signer’s title' }, { max: 200 }),
    name: field.text({ vi: 'họ tên người ký', en: 'the signer’s name' }, { max: 100 }),
  }),
});
export type ReportHeaderInput = z.output<typeof reportHeaderInput>;

/** What a person edits in a draft; absent fields stay as saved. */
export const reportDraftFields = z.object({
  templateCode: field.oneOf({ vi: 'mẫu báo cáo', en: 'the report template' }, REPORT_TEMPLATE_CODES).nullish(),
  /** Section key → text; null or blank clears the section's text. */
  prose: z.record(sectionKey, proseText).nullish(),
  /** Record id → section key: records a person moved to another section. */
  placements: z.record(z.uuid(), sectionKey).nullish(),
  header: reportHeaderInput.nullish(),
});
export type ReportDraftFields = z.output<typeof reportDraftFields>;

/** saveReportDraft: the draft's fields, with the version read (0 when no draft was saved yet). */
export const saveReportDraftInput = reportDraftFields.extend({
  unitId,
  periodId,
  expectedVersion: field.int({ vi: 'phiên bản', en: 'the version' }, { min: 0, max: 1_000_000 }),
});
export type SaveReportDraft = z.output<typeof saveReportDraftInput>;

/** reportPreview(unitId, periodId, draft): the document as it would compile, with unsaved edits applied. */
export const reportPreviewArgs = z.object({ unitId, periodId, draft: reportDraftFields.nullish() });

/** reviewReport, approveReport */
export const reportTransitionInput = z.object({ reportId });
/** returnReport: the reason is required (the domain refuses a blank one with REASON_REQUIRED). */
export const returnReportInput = z.object({
  reportId,
  reason: field.optionalText({ vi: 'lý do trả lại', en: 'the reason' }, { max: 2000, multiline: true }),
});

/** reportDiff(reportId, from, to): two submitted versions by number. */
export const reportDiffArgs = z.object({
  reportId,
  from: field.int({ vi: 'phiên bản trước', en: 'the earlier version' }, { min: 1, max: 10_000 }),
  to: field.int({ vi: 'phiên bản sau', en: 'the later version' }, { min: 1, max: 10_000 }),
});

/** reviewQueue(periodId, statuses) */
export const reviewQueueArgs = z.object({
  periodId,
  statuses: field.list({ vi: 'trạng thái', en: 'the statuses' }, field.oneOf({ vi: 'trạng thái', en: 'the status' }, REPORT_STATUSES), { max: 5 }).nullish(),
});

/** requestReportRender: compile the unit's draft (or its current snapshot, once submitted). */
export const requestReportRenderInput = z.object({ unitId, periodId });

/** renderJob(id) */
export const renderJobArgs = z.object({ id: field.id({ vi: 'yêu cầu xuất văn bản', en: 'render job' }) });

/** GET /report-files/<id> */
export const reportFileArgs = z.object({ id: field.id({ vi: 'tệp văn bản', en: 'report file' }) });

// ---- The committee's dashboards (issue 11)

const dimension = field.oneOf({ vi: 'cấp tổng hợp', en: 'the roll-up dimension' }, ROLLUP_DIMENSIONS);

/** rollupCells(periodId, dimension), yearOverYear(periodId, dimension) */
export const rollupCellsArgs = z.object({ periodId, dimension });

/** completeness(periodId, blocId) */
export const completenessArgs = z.object({
  periodId,
  blocId: field.id({ vi: 'khối', en: 'bloc' }).nullish().transform((v) => v ?? null),
});

/** unitRanking(input), criterionHeatmap(input): the filters, the sort and the page. */
export const unitRankingInput = z.object({
  periodId,
  blocId: field.id({ vi: 'khối', en: 'bloc' }).nullish().transform((v) => v ?? null),
  unitType: field.optionalText({ vi: 'loại hình đơn vị', en: 'the unit type' }, { max: 32 }),
  band: field.oneOf({ vi: 'xếp loại', en: 'the band' }, BANDS).nullish().transform((v) => v ?? null),
  search: field.optionalText({ vi: 'từ khoá tìm kiếm', en: 'the search text' }, { max: RANKING_SEARCH_MAX }),
  sort: field.oneOf({ vi: 'cách sắp xếp', en: 'the sort order' }, RANKING_SORTS).nullish().transform((v) => v ?? 'SCORE_DESC'),
  offset: field.int({ vi: 'vị trí bắt đầu', en: 'the offset' }, { min: 0, max: 1_000_000 }).nullish().transform((v) => v ?? 0),
  limit: field.int({ vi: 'số dòng mỗi trang', en: 'the page size' }, RANKING_LIMIT).nullish().transform((v) => v ?? RANKING_LIMIT.default),
});
export type UnitRankingQuery = z.output<typeof unitRankingInput>;

/** unitStanding(periodId, unitId) */
export const unitStandingArgs = z.object({ periodId, unitId });
