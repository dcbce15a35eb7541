import { AppError } from '@qcdc/shared/contracts';
import { reminderMilestones } from './reminder-schedule';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return [error.code, error.details['reason'], error.messages.vi];
    throw error;
  }
  return null;
};

describe('reminderMilestones', () => {
  it('gives T-14, T-7, T-3, T-0 and T+3 around the due date by default, escalating after it', () => {
    expect(reminderMilestones({ dueOn: '2026-12-20' })).toEqual([
      { offset: -14, on: '2026-12-06', kind: 'REMINDER' },
      { offset: -7, on: '2026-12-13', kind: 'REMINDER' },
      { offset: -3, on: '2026-12-17', kind: 'REMINDER' },
      { offset: 0, on: '2026-12-20', kind: 'REMINDER' },
      { offset: 3, on: '2026-12-23', kind: 'ESCALATION' },
    ]);
  });

  it('allows milestones after the due date whatever the grace days: a late unit is chased until the period is closed', () => {
    expect(reminderMilestones({ dueOn: '2026-12-31' }, [0, 3, 90]).map((m) => [m.on, m.kind])).toEqual([
      ['2026-12-31', 'REMINDER'],
      ['2027-01-03', 'ESCALATION'],
      ['2027-03-31', 'ESCALATION'],
    ]);
  });

  it('counts across months and a leap day, in date order whatever order the offsets come in', () => {
    expect(reminderMilestones({ dueOn: '2028-03-01' }, [0, -1]).map((m) => m.on)).toEqual(['2028-02-29', '2028-03-01']);
  });

  it.each([
    ['no milestone', [], 'NO_MILESTONES'],
    ['a milestone twice', [-7, -7], 'MILESTONE_REPEATED'],
    ['a milestone more than 90 days after the due date', [-7, 91], 'MILESTONE_TOO_LATE'],
    ['a fraction of a day', [-1.5], 'MILESTONE_NOT_WHOLE_DAYS'],
  ])('refuses %s, saying what to do', (_name, offsets, reason) => {
    const [code, why, message] = refusal(() => reminderMilestones({ dueOn: '2026-06-20' }, offsets)) ?? [];
    expect([code, why]).toEqual(['BAD_USER_INPUT', reason]);
    expect(message).toMatch(/Vui lòng|chỉ được|ví dụ/);
  });
});
