import { z } from 'zod';
import { badInput, field } from '@qcdc/shared/contracts';
import { customaryCount } from '../attendance';
import type { ActivityKindDefinition } from './definition';
import { HEAD_COUNT_MAX, flag, subject } from './fields';

/** Bàn và quyết định: a matter the staff settle themselves, by vote (electing the People's Inspection Board is one). */
export const staffDecisionFacts = z.object({
  subject: subject({ vi: 'nội dung biểu quyết', en: 'what was decided' }),
  /** Both null when the report gives no count ("lấy phiếu kín của tập thể"). */
  votesFor: field.optionalInt({ vi: 'số phiếu tán thành', en: 'the votes for' }, { min: 0, max: HEAD_COUNT_MAX }),
  votesTotal: field.optionalInt({ vi: 'tổng số phiếu', en: 'the total of votes' }, { min: 1, max: HEAD_COUNT_MAX }),
  passed: flag({ vi: 'kết quả biểu quyết (thông qua hay không)', en: 'whether it passed' }),
});
export type StaffDecisionFacts = z.output<typeof staffDecisionFacts>;

export function assertVotesWithinTotal({ votesFor, votesTotal }: StaffDecisionFacts): void {
  if (votesFor === null && votesTotal !== null) {
    throw badInput('Vui lòng nhập số phiếu tán thành, hoặc để trống cả tổng số phiếu.', 'Enter the votes for, or leave the total blank too.', {
      field: 'votesFor',
    });
  }
  if (votesFor !== null && votesTotal === null) {
    throw badInput('Vui lòng nhập tổng số phiếu, hoặc để trống cả số phiếu tán thành.', 'Enter the total of votes, or leave the votes for blank too.', {
      field: 'votesTotal',
    });
  }
  if (votesFor !== null && votesTotal !== null && votesFor > votesTotal) {
    throw badInput(
      `Số phiếu tán thành (${votesFor}) không thể lớn hơn tổng số phiếu (${votesTotal}).`,
      `Votes for (${votesFor}) cannot exceed the total (${votesTotal}).`,
      { field: 'votesFor' },
    );
  }
}

export const staffDecision: ActivityKindDefinition<StaffDecisionFacts> = {
  code: 'STAFF_DECISION',
  name: { vi: 'Bàn và quyết định (biểu quyết)', en: 'Staff decision' },
  facts: staffDecisionFacts,
  rules: [assertVotesWithinTotal],
  figureNames: ['decisions', 'passed', 'votesFor', 'votesTotal'],
  figures: ({ votesFor, votesTotal, passed }) => ({
    decisions: 1,
    passed: passed ? 1 : 0,
    ...(votesFor !== null && votesTotal !== null && { votesFor, votesTotal }),
  }),
  summary: ({ subject, votesFor, votesTotal, passed }) =>
    `${subject}: ${votesFor !== null && votesTotal !== null ? `${customaryCount(votesFor)}/${customaryCount(votesTotal)} phiếu tán thành, ` : ''}${passed ? 'thông qua' : 'không thông qua'}`,
};
