import { AppError } from '@qcdc/shared/contracts';
import { type ActivityPeriod, assertInOpenPeriod, reportFrozen } from './periods';

const year2026: ActivityPeriod = { year: 2026, kind: 'YEAR', windowStart: '2025-12-15', windowEnd: '2026-12-14' };
const six2026: ActivityPeriod = { year: 2026, kind: 'SIX_MONTH', windowStart: '2025-12-15', windowEnd: '2026-06-14' };

function refusal(date: string, open: ActivityPeriod[]): AppError | 'ok' {
  try {
    assertInOpenPeriod(date, open);
    return 'ok';
  } catch (error) {
    return error as AppError;
  }
}

describe('an activity date and the open periods', () => {
  it.each<[string, string, ActivityPeriod[], boolean]>([
    ['the first day of a window', '2025-12-15', [year2026], true],
    ['the last day of a window', '2026-12-14', [year2026], true],
    ['the day before a window', '2025-12-14', [year2026], false],
    ['the day after a window', '2026-12-15', [year2026], false],
    ['a day of the six-month window', '2026-03-01', [six2026], true],
    ['a day after the six-month window, in no other', '2026-07-01', [six2026], false],
    ['any day when no period is open', '2026-03-01', [], false],
  ])('%s (%s)', (_name, date, open, accepted) => {
    const answer = refusal(date, open);
    if (accepted) expect(answer).toBe('ok');
    else expect(answer).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'occurredOn', reason: 'OUTSIDE_OPEN_PERIODS' } });
  });

  it('names each open window once, as dd/mm/yyyy–dd/mm/yyyy', () => {
    const answer = refusal('2027-01-05', [year2026, six2026, { ...year2026 }]) as AppError;
    expect(answer.messages.vi).toBe(
      'Ngày 05/01/2027 không thuộc kỳ báo cáo nào đang mở. Vui lòng chọn ngày trong 15/12/2025–14/12/2026; 15/12/2025–14/06/2026.',
    );
  });

  it('says the report is submitted until it is returned', () =>
    expect(reportFrozen(six2026)).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'REPORT_FROZEN' },
      message: expect.stringMatching(/^Báo cáo kỳ sơ kết 6 tháng năm 2026 .* đã nộp; .* đến khi báo cáo được trả lại\.$/),
    }));
});
