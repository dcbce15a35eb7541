import { type AppError, type PeriodKind, badInput, conflict, vietnameseDate } from '@qcdc/shared/contracts';

/** A reporting period as activities see it: its kind, year and data window ("YYYY-MM-DD", both days included). */
export interface ActivityPeriod {
  year: number;
  kind: PeriodKind;
  windowStart: string;
  windowEnd: string;
}

export const PERIOD_NAMES: Record<PeriodKind, { vi: string; en: string }> = {
  SIX_MONTH: { vi: 'sơ kết 6 tháng', en: 'six-month review' },
  YEAR: { vi: 'tổng kết', en: 'year-end review' },
};

/** "15/12/2025–14/12/2026" */
export const windowText = (p: Pick<ActivityPeriod, 'windowStart' | 'windowEnd'>) =>
  `${vietnameseDate(p.windowStart)}–${vietnameseDate(p.windowEnd)}`;

export const holds = (p: Pick<ActivityPeriod, 'windowStart' | 'windowEnd'>, date: string) => p.windowStart <= date && date <= p.windowEnd;

/**
 * An activity is saved only where a report will show it: its date lies in the window of an open period of
 * the province. Otherwise BAD_USER_INPUT OUTSIDE_OPEN_PERIODS, naming the open windows.
 */
export function assertInOpenPeriod(occurredOn: string, open: readonly ActivityPeriod[]): void {
  if (open.some((p) => holds(p, occurredOn))) return;
  const date = vietnameseDate(occurredOn);
  const windows = [...new Set(open.map(windowText))];
  const details = { field: 'occurredOn', reason: 'OUTSIDE_OPEN_PERIODS', openWindows: open.map((p) => ({ windowStart: p.windowStart, windowEnd: p.windowEnd })) };
  if (windows.length === 0) {
    throw badInput(
      `Ngày ${date} không thuộc kỳ báo cáo nào đang mở: tỉnh chưa mở kỳ báo cáo nào. Vui lòng liên hệ quản trị tỉnh.`,
      `${occurredOn} lies in no open reporting period: the province has none open. Contact the province administrator.`,
      details,
    );
  }
  throw badInput(
    `Ngày ${date} không thuộc kỳ báo cáo nào đang mở. Vui lòng chọn ngày trong ${windows.join('; ')}.`,
    `${occurredOn} lies in no open reporting period. Choose a date within ${windows.join('; ')}.`,
    details,
  );
}

/** The report of a period holding the date is submitted: nothing in its window changes until it is returned. */
export function reportFrozen(period: ActivityPeriod): AppError {
  const name = PERIOD_NAMES[period.kind];
  return conflict(
    `Báo cáo kỳ ${name.vi} năm ${period.year} (số liệu ${windowText(period)}) đã nộp; không thể ghi nhận, sửa hoặc xóa hoạt động trong kỳ này đến khi báo cáo được trả lại.`,
    `The ${name.en} report of ${period.year} (data ${period.windowStart} to ${period.windowEnd}) is submitted; activities in its window cannot be recorded, corrected or deleted until the report is returned.`,
    { reason: 'REPORT_FROZEN', field: 'occurredOn' },
  );
}
