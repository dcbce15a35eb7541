import { z } from 'zod';
import { inputVerdict } from '@qcdc/shared/contracts';
import { DELETION_REASON_MAX, activitiesArgs, correctActivityInput, deleteActivityInput, recordActivityInput } from './inputs';

const verdict = inputVerdict;

const UUID = '2e6b1bf7-8010-4cfd-bf82-b8925025df74';
const facts = { topic: 'Quán triệt Chỉ thị 30', present: 15, eligible: 16 };
const record = { unitId: UUID, kind: 'BRIEFING', occurredOn: '2006-08-23', facts };
const correct = { id: UUID, expectedVersion: 1, occurredOn: '2006-08-23', facts };
const remove = { id: UUID, expectedVersion: 2, reason: 'Ghi trùng' };

describe('activities input schemas', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a briefing', recordActivityInput, record, 'ok'],
    ['an unknown kind', recordActivityInput, { ...record, kind: 'PICNIC' }, 'BAD_USER_INPUT kind'],
    ['a unit that is not an id', recordActivityInput, { ...record, unitId: 'không-phải-mã' }, 'NOT_FOUND unitId'],
    ['31 February', recordActivityInput, { ...record, occurredOn: '2026-02-31' }, 'BAD_USER_INPUT occurredOn'],
    ['the year 0', recordActivityInput, { ...record, occurredOn: '0000-03-01' }, 'BAD_USER_INPUT occurredOn'],
    ['facts that are a list', recordActivityInput, { ...record, facts: [1, 2] }, 'BAD_USER_INPUT facts'],
    ['facts that are text', recordActivityInput, { ...record, facts: 'họp' }, 'BAD_USER_INPUT facts'],
    ['a correction', correctActivityInput, correct, 'ok'],
    ['a correction of version 0', correctActivityInput, { ...correct, expectedVersion: 0 }, 'BAD_USER_INPUT expectedVersion'],
    ['a correction of version 1.5', correctActivityInput, { ...correct, expectedVersion: 1.5 }, 'BAD_USER_INPUT expectedVersion'],
    ['a correction of no activity id', correctActivityInput, { ...correct, id: 'x' }, 'NOT_FOUND id'],
    ['a deletion', deleteActivityInput, remove, 'ok'],
    ['a deletion without a reason', deleteActivityInput, { ...remove, reason: '' }, 'BAD_USER_INPUT reason'],
    ['a deletion with a blank reason', deleteActivityInput, { ...remove, reason: ' \u200b ' }, 'BAD_USER_INPUT reason'],
    ['a deletion with too long a reason', deleteActivityInput, { ...remove, reason: 'x'.repeat(DELETION_REASON_MAX + 1) }, 'BAD_USER_INPUT reason'],
    ['a period', activitiesArgs, { unitId: UUID, periodId: UUID }, 'ok'],
    ['a period and a kind', activitiesArgs, { unitId: UUID, periodId: UUID, kind: 'INSPECTION', includeDeleted: true }, 'ok'],
    ['a period that is no id', activitiesArgs, { unitId: UUID, periodId: '2026' }, 'NOT_FOUND periodId'],
    ['an unknown kind to list', activitiesArgs, { unitId: UUID, periodId: UUID, kind: 'PICNIC' }, 'BAD_USER_INPUT kind'],
  ])('%s: %#', (_name, schema, value, expected) => expect(verdict(schema, value)).toBe(expected));

  it('lists without deleted activities and of every kind unless asked', () =>
    expect(activitiesArgs.parse({ unitId: UUID, periodId: UUID })).toEqual({ unitId: UUID, periodId: UUID, kind: null, includeDeleted: false }));
});
