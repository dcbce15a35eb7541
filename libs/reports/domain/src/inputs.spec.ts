import { z } from 'zod';
import { inputVerdict, parseInput } from '@qcdc/shared/contracts';
import { openReportingPeriodInput, periodArgs, reportArgs, reportingPeriodsArgs, submitReportInput } from './inputs';

const verdict = inputVerdict;

const UUID = '2e6b1bf7-8010-4cfd-bf82-b8925025df74';
const period = { year: 2026, kind: 'YEAR', windowStart: '2025-12-15', windowEnd: '2026-12-14', dueOn: '2026-12-20' };

describe('reports input schemas', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a period', openReportingPeriodInput, period, 'ok'],
    ['a period with grace days', openReportingPeriodInput, { ...period, graceDays: 90 }, 'ok'],
    ['the year 2147483647', openReportingPeriodInput, { ...period, year: 2_147_483_647 }, 'BAD_USER_INPUT year'],
    ['an unknown kind', openReportingPeriodInput, { ...period, kind: 'QUARTER' }, 'BAD_USER_INPUT kind'],
    ['a start that is no date', openReportingPeriodInput, { ...period, windowStart: '15/12/2025' }, 'BAD_USER_INPUT windowStart'],
    ['an end in the year 9999', openReportingPeriodInput, { ...period, windowEnd: '9999-12-14' }, 'BAD_USER_INPUT windowEnd'],
    ['a due date with a NUL', openReportingPeriodInput, { ...period, dueOn: '2026-12-20\u0000' }, 'BAD_USER_INPUT dueOn'],
    ['91 grace days', openReportingPeriodInput, { ...period, graceDays: 91 }, 'BAD_USER_INPUT graceDays'],
    ['negative grace days', openReportingPeriodInput, { ...period, graceDays: -1 }, 'BAD_USER_INPUT graceDays'],
    ['a submission', submitReportInput, { unitId: UUID, periodId: UUID }, 'ok'],
    ['a submission for no unit', submitReportInput, { unitId: 'x', periodId: UUID }, 'NOT_FOUND unitId'],
    ['a year', reportingPeriodsArgs, { year: 2100 }, 'ok'],
    ['the year -1', reportingPeriodsArgs, { year: -1 }, 'BAD_USER_INPUT year'],
    ['a report', reportArgs, { unitId: UUID, periodId: UUID }, 'ok'],
    ['a report of no period', reportArgs, { unitId: UUID, periodId: '' }, 'NOT_FOUND periodId'],
    ['a period', periodArgs, { periodId: UUID }, 'ok'],
    ['no period', periodArgs, { periodId: 'x' }, 'NOT_FOUND periodId'],
  ])('%s: %#', (_name, schema, value, expected) => expect(verdict(schema, value)).toBe(expected));

  it('leaves absent grace days null for the service to default', () =>
    expect(parseInput(openReportingPeriodInput, period).graceDays).toBeNull());
});
