import { z } from 'zod';
import { BANDS, type Band, customaryCount as cc, field } from '@qcdc/shared/contracts';
import { reportHeaderInput } from './inputs';
import { proseBlocks } from './build-report-document';
import type { DocumentBlock, OfficialDocument } from './official-document';
import { BAND_NAMES, nextPeriodText, periodText, points } from './report-phrases';
import type { ReportHeader, ReportPeriodRef } from './report-records';
import type { ReportSection } from './report-templates';

/**
 * The province's consolidated report (báo cáo tổng hợp) of a period: the committee's prose around the figures
 * the roll-ups keep — how many units were expected, submitted, on time and approved, the bands, the records
 * of each content group, and the units that did not submit. Pure: the service reads the figures, this writes
 * the document.
 */

const section = (key: string, title: string, proseRequired: boolean): ReportSection => ({ key, number: key, title, proseRequired, draws: [] });

/** The consolidated report's structure; the prose of a section is keyed by its number. */
export const PROVINCE_REPORT_TEMPLATE = {
  name: 'Báo cáo tổng hợp kết quả thực hiện quy chế dân chủ của tỉnh',
  sections: [
    section('I', 'Tình hình chung', false),
    section('II', 'Kết quả thực hiện {period}', false),
    section('III', 'Đơn vị chưa nộp báo cáo', false),
    section('IV', 'Đánh giá chung', true),
    section('V', 'Phương hướng {nextPeriod}', true),
  ] as readonly ReportSection[],
};
export const PROVINCE_REPORT_SECTION_KEYS = PROVINCE_REPORT_TEMPLATE.sections.map((s) => s.key);

/** The content groups a consolidated report counts records by (the activity kinds' codes). */
export const CONTENT_GROUP_NAMES: Readonly<Record<string, string>> = {
  BRIEFING: 'Phổ biến, quán triệt',
  DISCLOSURE: 'Công khai',
  CONSULTATION: 'Lấy ý kiến',
  STAFF_DECISION: 'Quyết định về cán bộ',
  INSPECTION: 'Kiểm tra, giám sát',
  STAFF_CONFERENCE: 'Hội nghị cán bộ, công chức',
  COMPLAINT_CASE: 'Khiếu nại, tố cáo',
  TRAINING_PERSONNEL: 'Đào tạo, bồi dưỡng',
};

export interface NotSubmittedUnit {
  unitId: string;
  code: string;
  name: string;
  blocName: string | null;
}

/** The figures as read: counts of units, the average of the submitted scores, bands, records per kind. */
export interface ProvinceReportCounts {
  unitsExpected: number;
  unitsSubmitted: number;
  unitsOnTime: number;
  unitsApproved: number;
  averageScore: number | null;
  bandCounts: Readonly<Partial<Record<Band, number>>>;
  activityCounts: Readonly<Record<string, number>>;
  notSubmitted: readonly NotSubmittedUnit[];
}

export interface ProvinceReportFigures extends Omit<ProvinceReportCounts, 'bandCounts'> {
  /** Of the units expected, one decimal; null when none was expected. */
  submittedPercent: number | null;
  onTimePercent: number | null;
  approvedPercent: number | null;
  /** Every band, in order, with its count (0 when none). */
  bands: { band: Band; count: number }[];
}

/** `part` of `whole` as a percentage with one decimal; null of nothing. */
export const percentOf = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part * 1000) / whole) / 10 : null);

export function provinceReportFigures(counts: ProvinceReportCounts): ProvinceReportFigures {
  const { bandCounts, ...rest } = counts;
  return {
    ...rest,
    averageScore: counts.averageScore === null ? null : Math.round(counts.averageScore * 100) / 100,
    submittedPercent: percentOf(counts.unitsSubmitted, counts.unitsExpected),
    onTimePercent: percentOf(counts.unitsOnTime, counts.unitsExpected),
    approvedPercent: percentOf(counts.unitsApproved, counts.unitsExpected),
    bands: BANDS.map((band) => ({ band, count: bandCounts[band] ?? 0 })),
  };
}

/** "66,7%", or "-" when there is nothing to take a share of. */
export const percentText = (value: number | null): string => (value === null ? '-' : `${String(value).replace('.', ',')}%`);

export interface ProvinceReportInput {
  period: ReportPeriodRef;
  figures: ProvinceReportFigures;
  prose: Readonly<Record<string, string | null | undefined>>;
  header: ReportHeader;
}

function figureBlocks(key: string, input: ProvinceReportInput): DocumentBlock[] {
  const f = input.figures;
  switch (key) {
    case 'I':
      return [
        {
          kind: 'paragraph',
          text:
            `Toàn tỉnh có ${cc(f.unitsExpected)} đơn vị phải báo cáo kết quả thực hiện quy chế dân chủ ${periodText(input.period)}; ` +
            `đã nộp ${cc(f.unitsSubmitted)} đơn vị (${percentText(f.submittedPercent)}), nộp đúng hạn ${cc(f.unitsOnTime)} đơn vị ` +
            `(${percentText(f.onTimePercent)}), đã được duyệt ${cc(f.unitsApproved)} đơn vị (${percentText(f.approvedPercent)}).`,
        },
      ];
    case 'II': {
      const rank = (kind: string) => (kind in CONTENT_GROUP_NAMES ? Object.keys(CONTENT_GROUP_NAMES).indexOf(kind) : Infinity);
      const kinds = Object.keys(f.activityCounts).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
      return [
        {
          kind: 'table',
          header: ['Chỉ tiêu', 'Số đơn vị', 'Tỷ lệ'],
          rows: [
            ['Phải báo cáo', String(f.unitsExpected), percentText(f.unitsExpected > 0 ? 100 : null)],
            ['Đã nộp báo cáo', String(f.unitsSubmitted), percentText(f.submittedPercent)],
            ['Nộp đúng hạn', String(f.unitsOnTime), percentText(f.onTimePercent)],
            ['Đã được duyệt', String(f.unitsApproved), percentText(f.approvedPercent)],
          ],
        },
        {
          kind: 'paragraph',
          text:
            f.averageScore === null
              ? 'Chưa có đơn vị nào nộp báo cáo nên chưa có điểm bình quân.'
              : `Điểm tự chấm bình quân của các đơn vị đã nộp là ${points(f.averageScore)} điểm; xếp loại như sau:`,
        },
        {
          kind: 'table',
          header: ['Xếp loại', 'Số đơn vị', 'Tỷ lệ'],
          rows: f.bands.map((b) => [BAND_NAMES[b.band], String(b.count), percentText(percentOf(b.count, f.unitsSubmitted))]),
        },
        ...(kinds.length
          ? [
              { kind: 'paragraph' as const, text: 'Các hoạt động đơn vị đã nộp ghi nhận trong kỳ, theo nhóm nội dung:' },
              {
                kind: 'table' as const,
                header: ['Nhóm nội dung', 'Số hoạt động'],
                rows: kinds.map((kind) => [CONTENT_GROUP_NAMES[kind] ?? kind, String(f.activityCounts[kind])]),
              },
            ]
          : []),
      ];
    }
    case 'III':
      if (f.notSubmitted.length === 0) return [{ kind: 'paragraph', text: 'Tất cả các đơn vị phải báo cáo đều đã nộp báo cáo.' }];
      return [
        { kind: 'paragraph', text: `Còn ${cc(f.notSubmitted.length)} đơn vị chưa nộp báo cáo:` },
        {
          kind: 'table',
          header: ['STT', 'Mã', 'Đơn vị', 'Khối'],
          rows: f.notSubmitted.map((u, i) => [String(i + 1), u.code, u.name, u.blocName ?? '']),
        },
      ];
    default:
      return [];
  }
}

/**
 * The header a consolidated report starts from when the committee never saved one: the province's steering
 * committee issues it in the Party format, dated the period's due day.
 */
export function proposedProvinceReportHeader(provinceName: string, period: ReportPeriodRef & { dueOn: string }): ReportHeader {
  return {
    format: 'PARTY',
    issuerParent: null,
    issuer: `BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ ${provinceName.toLocaleUpperCase('vi')}`,
    number: null,
    place: provinceName.replace(/^(Tỉnh|Thành phố)\s+/u, ''),
    issuedOn: period.dueOn,
    subject: `Tổng hợp kết quả thực hiện quy chế dân chủ ở cơ sở ${periodText(period)}`,
    recipients: ['Thường trực Tỉnh ủy', 'Các đơn vị trực thuộc', 'Lưu VP'],
    signature: { mode: 'ON_BEHALF', onBehalfOf: 'BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: '(họ và tên người ký)' },
  };
}

/** The consolidated report as an official document: each section's figures, then the committee's prose. */
export function buildProvinceReportDocument(input: ProvinceReportInput): OfficialDocument {
  const { header } = input;
  const title = (s: ReportSection) => s.title.replace('{period}', periodText(input.period)).replace('{nextPeriod}', nextPeriodText(input.period));
  return {
    format: header.format,
    issuerParent: header.issuerParent,
    issuer: header.issuer,
    number: header.number,
    place: header.place,
    issuedOn: header.issuedOn,
    documentKind: 'BÁO CÁO',
    subject: header.subject,
    body: PROVINCE_REPORT_TEMPLATE.sections.flatMap((s) => [
      { kind: 'heading' as const, level: 1 as const, text: `${s.number}/- ${title(s)}` },
      ...figureBlocks(s.key, input),
      ...proseBlocks(input.prose[s.key]),
    ]),
    recipients: header.recipients,
    signature: header.signature,
  };
}

/** saveProvinceReport: the prose of the template's sections and the header, from the version read (0 before the first save). */
export const saveProvinceReportInput = z.object({
  periodId: field.id({ vi: 'kỳ báo cáo', en: 'reporting period' }),
  expectedVersion: field.int({ vi: 'phiên bản', en: 'the version' }, { min: 0, max: 1_000_000 }),
  /** Section key ("IV") → text; null or blank clears the section's text. */
  prose: z
    .record(z.string(), field.optionalText({ vi: 'nội dung mục', en: 'the section text' }, { max: 20_000, multiline: true }))
    .superRefine((prose, ctx) => {
      const unknown = Object.keys(prose).find((key) => !PROVINCE_REPORT_SECTION_KEYS.includes(key));
      if (unknown === undefined) return;
      const known = PROVINCE_REPORT_SECTION_KEYS.join(', ');
      ctx.addIssue({
        code: 'custom',
        path: [unknown],
        message: `Báo cáo tổng hợp không có mục "${unknown}"; hãy dùng một trong các mục: ${known}.`,
        params: { en: `The consolidated report has no section "${unknown}"; use one of: ${known}.`, field: 'prose', reason: 'UNKNOWN_SECTION' },
      });
    })
    .nullish(),
  header: reportHeaderInput.nullish(),
});
export type SaveProvinceReport = z.output<typeof saveProvinceReportInput>;
