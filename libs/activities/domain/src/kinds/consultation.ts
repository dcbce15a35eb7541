import { z } from 'zod';
import { type Bilingual, badInput, field, vietnameseDate } from '@qcdc/shared/contracts';
import { customaryCount } from '../attendance';
import type { ActivityKindDefinition } from './definition';
import { HEAD_COUNT_MAX, subject } from './fields';

/** How the staff's opinions were gathered. */
export const CONSULTATION_METHODS = ['MEETING', 'WRITTEN', 'SUGGESTION_BOX', 'INTERNAL_WEBSITE'] as const;
export type ConsultationMethod = (typeof CONSULTATION_METHODS)[number];

export const CONSULTATION_METHOD_NAMES: Record<ConsultationMethod, Bilingual> = {
  MEETING: { vi: 'tại hội nghị', en: 'at a meeting' },
  WRITTEN: { vi: 'bằng văn bản, phiếu lấy ý kiến', en: 'in writing or by questionnaire' },
  SUGGESTION_BOX: { vi: 'qua hòm thư góp ý', en: 'through a suggestion box' },
  INTERNAL_WEBSITE: { vi: 'trên trang thông tin nội bộ', en: 'on the internal website' },
};

/** Tham gia ý kiến: the staff give opinions before the head decides. */
export const consultationFacts = z.object({
  subject: subject({ vi: 'nội dung lấy ý kiến', en: 'what the staff were consulted on' }),
  method: field.oneOf({ vi: 'hình thức lấy ý kiến', en: 'how opinions were gathered' }, CONSULTATION_METHODS),
  startsOn: field.calendarDate(),
  /** Null when the opinions were taken on one day. */
  endsOn: field.calendarDate().nullish().transform((value) => value ?? null),
  responses: field.optionalInt({ vi: 'số ý kiến nhận được', en: 'the number of opinions received' }, { min: 0, max: HEAD_COUNT_MAX }),
  adopted: field.optionalInt({ vi: 'số ý kiến được tiếp thu', en: 'the number of opinions adopted' }, { min: 0, max: HEAD_COUNT_MAX }),
});
export type ConsultationFacts = z.output<typeof consultationFacts>;

export function assertEndsAfterStart({ startsOn, endsOn }: ConsultationFacts): void {
  if (endsOn !== null && endsOn < startsOn) {
    throw badInput(
      `Ngày kết thúc lấy ý kiến (${vietnameseDate(endsOn)}) phải từ ngày bắt đầu (${vietnameseDate(startsOn)}) trở đi; vui lòng sửa lại.`,
      `The consultation's end (${endsOn}) cannot come before its start (${startsOn}); correct it.`,
      { field: 'endsOn' },
    );
  }
}

export function assertAdoptedWithinResponses({ responses, adopted }: ConsultationFacts): void {
  if (responses !== null && adopted !== null && adopted > responses) {
    throw badInput(
      `Số ý kiến được tiếp thu (${adopted}) không thể lớn hơn số ý kiến nhận được (${responses}).`,
      `Opinions adopted (${adopted}) cannot exceed opinions received (${responses}).`,
      { field: 'adopted' },
    );
  }
}

export const consultation: ActivityKindDefinition<ConsultationFacts> = {
  code: 'CONSULTATION',
  name: { vi: 'Lấy ý kiến (tham gia ý kiến)', en: 'Consultation' },
  facts: consultationFacts,
  rules: [assertEndsAfterStart, assertAdoptedWithinResponses],
  figureNames: ['consultations', 'responses', 'adopted'],
  figures: ({ responses, adopted }) => ({
    consultations: 1,
    ...(responses !== null && { responses }),
    ...(adopted !== null && { adopted }),
  }),
  summary: ({ subject, method, responses, adopted }) =>
    [
      `Lấy ý kiến về ${subject} ${CONSULTATION_METHOD_NAMES[method].vi}`,
      ...(responses !== null ? [`${customaryCount(responses)} ý kiến`] : []),
      ...(adopted !== null ? [`tiếp thu ${customaryCount(adopted)}`] : []),
    ].join(', '),
};
