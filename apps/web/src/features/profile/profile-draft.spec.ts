import { describe, expect, it } from '@jest/globals';
import type { UnitProfileFieldsFragment } from '../../gql/graphql';
import { draftFrom, inputOf, newPersonKey, refusalOfDraft, type ProfileDraft } from './profile-draft';

const UNIT = '7d3c1e0a-1111-4222-8333-444455556666';
const PERIOD = '7d3c1e0a-1111-4222-8333-444455557777';

const SAVED: UnitProfileFieldsFragment = {
  unitId: UNIT,
  periodId: PERIOD,
  version: 2,
  copiedFromPeriodId: null,
  staffCount: 16,
  partyMembers: 14,
  unionMembers: 16,
  people: [
    { key: 'p1', fullName: 'Nguyễn Văn An', title: 'Phó Chánh Văn phòng' },
    { key: 'p2', fullName: 'Trần Thị Bình', title: null },
  ],
  boards: [{ kind: 'PEOPLES_INSPECTION', termStart: '2025-01-01', termEnd: null, seats: [{ personKey: 'p1', role: 'HEAD', termStart: null, termEnd: null }] }],
  peopleOnSeveralBoards: [],
  updatedAt: '2026-06-20T02:00:00.000Z',
};

describe('the unit profile draft', () => {
  it('round-trips a saved profile into the same save, boards without members or term left out', () => {
    expect(inputOf(UNIT, PERIOD, draftFrom(SAVED))).toEqual({
      unitId: UNIT,
      periodId: PERIOD,
      expectedVersion: 2,
      staffCount: 16,
      partyMembers: 14,
      unionMembers: 16,
      people: [
        { key: 'p1', fullName: 'Nguyễn Văn An', title: 'Phó Chánh Văn phòng' },
        { key: 'p2', fullName: 'Trần Thị Bình', title: null },
      ],
      boards: [{ kind: 'PEOPLES_INSPECTION', termStart: '2025-01-01', termEnd: null, seats: [{ personKey: 'p1', role: 'HEAD', termStart: null, termEnd: null }] }],
    });
  });

  it.each<[string, (d: ProfileDraft) => void, string | null]>([
    ['nothing wrong', () => undefined, null],
    ['a count that is not a number', (d) => (d.staffCount = 'mười sáu'), 'staffCount'],
    ['a blank count', (d) => (d.unionMembers = ''), 'unionMembers'],
    ['a name left blank', (d) => (d.people[1].fullName = '  '), 'fullName'],
    [
      'the same person twice on a board',
      (d) => d.boards.PEOPLES_INSPECTION.seats.push({ personKey: 'p1', role: 'MEMBER', termStart: '', termEnd: '' }),
      'seats',
    ],
    ['a board term that ends before it starts', (d) => (d.boards.PEOPLES_INSPECTION.termEnd = '2024-01-01'), 'termEnd'],
  ])('%s', (_name, change, field) => {
    const draft = draftFrom(SAVED);
    change(draft);
    expect(refusalOfDraft(inputOf(UNIT, PERIOD, draft))?.field ?? null).toBe(field);
  });

  it.each([
    [[], 'p1'],
    [[{ key: 'p1' }, { key: 'p2' }], 'p3'],
    [[{ key: 'p3' }], 'p2'],
    [[{ key: 'p2' }, { key: 'p3' }], 'p4'],
  ])('a new person after %j is %s', (people, key) => {
    expect(newPersonKey(people.map((p) => ({ ...p, fullName: 'x', title: '' })))).toBe(key);
  });
});
