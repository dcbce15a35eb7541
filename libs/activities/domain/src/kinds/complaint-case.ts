import { z } from 'zod';
import { type Bilingual, badInput, field, vietnameseDate } from '@qcdc/shared/contracts';
import type { ActivityKindDefinition } from './definition';
import { flag, subject } from './fields';

export const COMPLAINT_KINDS = ['COMPLAINT', 'DENUNCIATION', 'PETITION'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const COMPLAINT_KIND_NAMES: Record<ComplaintKind, Bilingual> = {
  COMPLAINT: { vi: 'Khiếu nại', en: 'Complaint' },
  DENUNCIATION: { vi: 'Tố cáo', en: 'Denunciation' },
  PETITION: { vi: 'Kiến nghị, phản ánh', en: 'Petition or feedback' },
};

export const COMPLAINT_STATUSES = ['PENDING', 'RESOLVED', 'TRANSFERRED', 'WITHDRAWN'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_STATUS_NAMES: Record<ComplaintStatus, Bilingual> = {
  PENDING: { vi: 'đang giải quyết', en: 'pending' },
  RESOLVED: { vi: 'đã giải quyết', en: 'resolved' },
  TRANSFERRED: { vi: 'đã chuyển cơ quan có thẩm quyền', en: 'transferred' },
  WITHDRAWN: { vi: 'đã rút đơn', en: 'withdrawn' },
};

/** Khiếu nại, tố cáo, kiến nghị, phản ánh: one case the unit received. */
export const complaintCaseFacts = z.object({
  caseKind: field.oneOf({ vi: 'loại đơn', en: 'the kind of case' }, COMPLAINT_KINDS),
  subject: subject({ vi: 'nội dung đơn', en: 'what the case is about' }),
  receivedOn: field.calendarDate(),
  inJurisdiction: flag({ vi: 'thẩm quyền giải quyết (thuộc hay không thuộc)', en: "whether it is in the unit's jurisdiction" }),
  status: field.oneOf({ vi: 'tình trạng giải quyết', en: 'the status' }, COMPLAINT_STATUSES),
  /** Set when, and only when, the case is resolved. */
  resolvedOn: field.calendarDate().nullish().transform((value) => value ?? null),
});
export type ComplaintCaseFacts = z.output<typeof complaintCaseFacts>;

export function assertResolvedDate({ status, receivedOn, resolvedOn }: ComplaintCaseFacts): void {
  if (status === 'RESOLVED' && resolvedOn === null) {
    throw badInput('Vui lòng nhập ngày giải quyết xong.', 'Enter the day the case was resolved.', { field: 'resolvedOn' });
  }
  if (status !== 'RESOLVED' && resolvedOn !== null) {
    throw badInput(
      `Đơn ${COMPLAINT_STATUS_NAMES[status].vi} chưa có ngày giải quyết xong; vui lòng để trống ngày này hoặc chọn tình trạng "đã giải quyết".`,
      `A case that is ${COMPLAINT_STATUS_NAMES[status].en} has no resolved date; leave it blank or set the status to resolved.`,
      { field: 'resolvedOn' },
    );
  }
  if (resolvedOn !== null && resolvedOn < receivedOn) {
    throw badInput(
      `Ngày giải quyết xong (${vietnameseDate(resolvedOn)}) không thể trước ngày nhận đơn (${vietnameseDate(receivedOn)}); vui lòng sửa lại.`,
      `The resolved date (${resolvedOn}) cannot come before the received date (${receivedOn}); correct it.`,
      { field: 'resolvedOn' },
    );
  }
}

export const complaintCase: ActivityKindDefinition<ComplaintCaseFacts> = {
  code: 'COMPLAINT_CASE',
  name: { vi: 'Khiếu nại, tố cáo, kiến nghị, phản ánh', en: 'Complaint case' },
  facts: complaintCaseFacts,
  rules: [assertResolvedDate],
  figureNames: ['cases', 'inJurisdiction', 'resolved', 'resolvedInJurisdiction'],
  figures: ({ inJurisdiction, status }) => ({
    cases: 1,
    inJurisdiction: inJurisdiction ? 1 : 0,
    resolved: status === 'RESOLVED' ? 1 : 0,
    resolvedInJurisdiction: inJurisdiction && status === 'RESOLVED' ? 1 : 0,
  }),
  summary: ({ caseKind, subject, receivedOn, status }) =>
    `${COMPLAINT_KIND_NAMES[caseKind].vi} ngày ${vietnameseDate(receivedOn)} về ${subject}: ${COMPLAINT_STATUS_NAMES[status].vi}`,
};
