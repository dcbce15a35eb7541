import { AppError } from '@qcdc/shared/contracts';
import {
  assertQuietHours,
  assertReminderOffsets,
  dueMilestone,
  isDigestDay,
  isMandatory,
  milestoneName,
  quietHoursEnd,
  reminderMilestones,
} from './reminder-schedule';
import { committeeDigestMessage, escalationMessage, reminderPeriodLabel, unitReminderMessage } from './reminder-mails';

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return [error.code, error.details['field'], error.details['reason']];
    throw error;
  }
  return null;
};

describe('the reminders rules', () => {
  const period = { dueOn: '2026-12-20', graceDays: 5, status: 'OPEN' };
  const milestones = reminderMilestones(period);

  it('names milestones T-14 … T-0, T+3', () => {
    expect(milestones.map((m) => milestoneName(m.offset))).toEqual(['T-14', 'T-7', 'T-3', 'T-0', 'T+3']);
  });

  it('sends on a day the latest milestone on or before it, nothing before the first', () => {
    expect(dueMilestone(milestones, '2026-12-05')).toBeNull();
    expect(dueMilestone(milestones, '2026-12-06')?.offset).toBe(-14);
    expect(dueMilestone(milestones, '2026-12-12')?.offset).toBe(-14);
    expect(dueMilestone(milestones, '2026-12-14')?.offset).toBe(-7);
    expect(dueMilestone(milestones, '2026-12-30')?.offset).toBe(3);
  });

  it('catches up a milestone missed for up to a week, and after that sends nothing more', () => {
    expect(dueMilestone(milestones, '2026-12-12')?.offset).toBe(-14); // six days after T-14, before T-7
    expect(dueMilestone(milestones, '2026-12-30')?.offset).toBe(3); // a week after T+3
    expect(dueMilestone(milestones, '2026-12-31')).toBeNull();
    expect(dueMilestone(reminderMilestones(period, [-30, 0]), '2026-11-28')).toBeNull(); // eight days after T-30
  });

  it('digests daily after the due day, through the later of the last milestone and the grace days', () => {
    const days = ['2026-12-20', '2026-12-21', '2026-12-23', '2026-12-25', '2026-12-26'];
    expect(days.map((d) => isDigestDay(period, milestones, d))).toEqual([false, true, true, true, false]);
    // No grace days: still the days after the due date, through T+3 (the default calendar has no grace days).
    expect(days.map((d) => isDigestDay({ ...period, graceDays: 0 }, milestones, d))).toEqual([false, true, true, false, false]);
    expect(days.map((d) => isDigestDay({ ...period, graceDays: 0 }, reminderMilestones(period, [-7, 0]), d))).toEqual([false, false, false, false, false]);
  });

  it('lets people opt out of the early reminders only', () => {
    expect(isMandatory('REMINDER', -7)).toBe(false);
    expect(isMandatory('REMINDER', 0)).toBe(true);
    expect(isMandatory('REMINDER', 3)).toBe(true);
    expect(isMandatory('ESCALATION', 3)).toBe(true);
    expect(isMandatory('DIGEST', null)).toBe(true);
  });

  it('holds email until the quiet hours end, in Vietnam time, across midnight', () => {
    const quiet = { start: 22 * 60, end: 6 * 60 };
    // 23:30 in Vietnam = 16:30Z; quiet ends 06:00 Vietnam = 23:00Z.
    expect(quietHoursEnd(new Date('2026-12-01T16:30:00Z'), quiet)?.toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(quietHoursEnd(new Date('2026-12-01T20:00:00Z'), quiet)?.toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(quietHoursEnd(new Date('2026-12-01T02:00:00Z'), quiet)).toBeNull();
    expect(quietHoursEnd(new Date('2026-12-01T02:00:00Z'), { start: 8 * 60, end: 12 * 60 })?.toISOString()).toBe('2026-12-01T05:00:00.000Z');
    expect(quietHoursEnd(new Date('2026-12-01T02:00:00Z'), null)).toBeNull();
  });

  it.each([
    ['too many milestones', Array.from({ length: 31 }, (_, i) => -i), 'TOO_MANY_MILESTONES'],
    ['a milestone half a year early', [-200], 'MILESTONE_TOO_EARLY'],
    ['no milestone', [], 'NO_MILESTONES'],
    ['a milestone more than 90 days after the due date', [91], 'MILESTONE_TOO_LATE'],
  ])('refuses a schedule with %s', (_name, offsets, why) => {
    expect(reason(() => assertReminderOffsets(period, offsets))).toEqual(['BAD_USER_INPUT', 'offsets', why]);
  });

  it('takes a schedule with milestones after the grace days, and refuses any schedule for a closed period', () => {
    expect(assertReminderOffsets(period, [0, 3, 30]).map((m) => m.kind)).toEqual(['REMINDER', 'ESCALATION', 'ESCALATION']);
    expect(reason(() => assertReminderOffsets({ ...period, status: 'CLOSED' }, [-7]))).toEqual(['BAD_USER_INPUT', 'periodId', 'PERIOD_CLOSED']);
  });

  it('reads quiet hours as both or neither, HH:MM, not empty', () => {
    expect(assertQuietHours(null, null)).toBeNull();
    expect(assertQuietHours('22:00', '06:30')).toEqual({ start: 1320, end: 390 });
    expect(reason(() => assertQuietHours('22:00', null))).toEqual(['BAD_USER_INPUT', 'quietEnd', 'QUIET_HOURS_INCOMPLETE']);
    expect(reason(() => assertQuietHours('25:00', '06:00'))).toEqual(['BAD_USER_INPUT', 'quietStart', 'NOT_A_TIME_OF_DAY']);
    expect(reason(() => assertQuietHours('06:00', '06:00'))).toEqual(['BAD_USER_INPUT', 'quietEnd', 'QUIET_HOURS_EMPTY']);
  });
});

describe('the reminders messages', () => {
  const period = { label: reminderPeriodLabel({ year: 2026, kind: 'YEAR' }), dueOn: '2026-12-20' };

  it('reminds a unit in Vietnamese with the due date and the link', () => {
    const m = unitReminderMessage({ displayName: 'Nguyễn Thị Hoà', unitName: 'UBND xã Tân Phú', period, offset: -7, link: 'https://qcdc.example.vn/bao-cao' });
    expect(m.subject).toBe('Nhắc nộp Báo cáo năm 2026 – hạn 20/12/2026');
    expect(m.text).toContain('còn 7 ngày nữa là đến hạn nộp (hạn nộp 20/12/2026)');
    expect(m.text).toContain('https://qcdc.example.vn/bao-cao');
    expect(m.html).toContain('lang="vi"');
    expect(unitReminderMessage({ displayName: 'A', unitName: 'B <x>', period, offset: 3, link: 'l' }).html).toContain('B &lt;x&gt;');
  });

  it('escalates to the bloc and digests for the committee, naming the units without email', () => {
    expect(escalationMessage({ displayName: 'Trần Văn Khối', unitName: 'Trường X', unitCode: 'TX', blocName: 'Khối Giáo dục', period, offset: 3 }).text).toContain(
      'thuộc Khối Giáo dục đã quá hạn nộp 3 ngày',
    );
    const digest = committeeDigestMessage({
      displayName: 'Lê Văn Ban',
      period,
      day: '2026-12-21',
      notSubmitted: [
        { code: 'DV1', name: 'Đơn vị 1', blocName: 'Khối A' },
        { code: 'DV2', name: 'Đơn vị 2', blocName: null },
      ],
      withoutEmail: [{ code: 'DV2', name: 'Đơn vị 2', blocName: null }],
    });
    expect(digest.subject).toBe('Tổng hợp 21/12/2026: 2 đơn vị chưa nộp Báo cáo năm 2026');
    expect(digest.text).toContain('- DV1 – Đơn vị 1 (Khối A)');
    expect(digest.text).toContain('1 đơn vị không có địa chỉ thư điện tử nên không nhận được thư nhắc:\n- DV2 – Đơn vị 2');
  });
});
