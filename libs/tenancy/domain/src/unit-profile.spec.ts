import { AppError, inputVerdict } from '@qcdc/shared/contracts';
import { ProfileBoard, ProfileContent, assertUnitProfile, peopleOnSeveralBoards, saveUnitProfileInput } from './unit-profile';

/** The code, field and reason of what `f` throws, or 'ok'. */
const outcome = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    const error = e as AppError;
    return `${error.code} ${String(error.details['field'])} ${String(error.details['reason'])}`;
  }
};

const PEOPLE = [
  { key: 'p1', fullName: 'Nguyễn Văn An', title: 'Chánh Văn phòng' },
  { key: 'p2', fullName: 'Trần Thị Bình', title: null },
  { key: 'p3', fullName: 'Lê Văn Cường', title: 'Chuyên viên' },
];
const seat = (personKey: string, role: 'HEAD' | 'DEPUTY' | 'MEMBER' = 'MEMBER', termStart: string | null = null, termEnd: string | null = null) => ({
  personKey,
  role,
  termStart,
  termEnd,
});
const board = (kind: ProfileBoard['kind'], seats: ProfileBoard['seats'], termStart: string | null = null, termEnd: string | null = null): ProfileBoard => ({
  kind,
  termStart,
  termEnd,
  seats,
});
const profile = (boards: ProfileBoard[], people = PEOPLE): ProfileContent => ({ people, boards });

describe('assertUnitProfile', () => {
  it.each<[string, ProfileContent, string]>([
    ['an empty profile', profile([]), 'ok'],
    [
      'one person on two boards (kiêm nhiệm is allowed, only shown)',
      profile([board('DEMOCRACY_TEAM', [seat('p1', 'HEAD'), seat('p2')]), board('PEOPLES_INSPECTION', [seat('p1', 'HEAD')])]),
      'ok',
    ],
    ['a person listed twice', profile([], [...PEOPLE, { key: 'p1', fullName: 'Nguyễn Văn An', title: null }]), 'BAD_USER_INPUT people DUPLICATE_PERSON'],
    ['two people with one name but two keys', profile([], [...PEOPLE, { key: 'p4', fullName: 'Nguyễn Văn An', title: null }]), 'ok'],
    ['a board kind given twice', profile([board('UNION_EXECUTIVE', []), board('UNION_EXECUTIVE', [])]), 'BAD_USER_INPUT boards DUPLICATE_BOARD'],
    ['a seat for nobody listed', profile([board('DEMOCRACY_TEAM', [seat('p9')])]), 'BAD_USER_INPUT personKey UNKNOWN_PERSON'],
    ['a member on the same board twice', profile([board('DEMOCRACY_TEAM', [seat('p1', 'HEAD'), seat('p1', 'MEMBER')])]), 'BAD_USER_INPUT seats DUPLICATE_SEAT'],
    ['two heads on one board', profile([board('PEOPLES_INSPECTION', [seat('p1', 'HEAD'), seat('p2', 'HEAD')])]), 'BAD_USER_INPUT role SECOND_HEAD'],
    ['two deputies on one board', profile([board('PEOPLES_INSPECTION', [seat('p1', 'DEPUTY'), seat('p2', 'DEPUTY')])]), 'ok'],
    ['a head of each of two boards', profile([board('DEMOCRACY_TEAM', [seat('p1', 'HEAD')]), board('UNION_EXECUTIVE', [seat('p2', 'HEAD')])]), 'ok'],
    ['a board term that ends before it starts', profile([board('UNION_EXECUTIVE', [], '2027-01-01', '2023-01-01')]), 'BAD_USER_INPUT termEnd TERM_ORDER'],
    ['a board term that ends the day it starts', profile([board('UNION_EXECUTIVE', [], '2023-01-01', '2023-01-01')]), 'BAD_USER_INPUT termEnd TERM_ORDER'],
    ['a board term with only a start', profile([board('UNION_EXECUTIVE', [], '2023-01-01', null)]), 'ok'],
    ['a seat term that ends before it starts', profile([board('DEMOCRACY_TEAM', [seat('p1', 'MEMBER', '2026-05-01', '2026-01-01')])]), 'BAD_USER_INPUT termEnd TERM_ORDER'],
    [
      'a seat term within the board term',
      profile([board('UNION_EXECUTIVE', [seat('p1', 'HEAD', '2024-03-01', '2027-12-31')], '2023-01-01', '2028-01-01')]),
      'ok',
    ],
    [
      'a seat that starts before the board term',
      profile([board('UNION_EXECUTIVE', [seat('p1', 'HEAD', '2022-12-31', null)], '2023-01-01', '2028-01-01')]),
      'BAD_USER_INPUT termStart OUTSIDE_BOARD_TERM',
    ],
    [
      'a seat that ends after the board term',
      profile([board('UNION_EXECUTIVE', [seat('p1', 'HEAD', null, '2028-01-02')], '2023-01-01', '2028-01-01')]),
      'BAD_USER_INPUT termEnd OUTSIDE_BOARD_TERM',
    ],
    [
      'a seat with dates on a board without a term',
      profile([board('UNION_EXECUTIVE', [seat('p1', 'HEAD', '2010-01-01', '2040-01-01')])]),
      'ok',
    ],
  ])('%s: %s', (_name, p, expected) => {
    expect(outcome(() => assertUnitProfile(p))).toBe(expected);
  });

  it('names the person and the board in Vietnamese', () => {
    expect(() => assertUnitProfile(profile([board('PEOPLES_INSPECTION', [seat('p1', 'HEAD'), seat('p1')])]))).toThrow(
      'Nguyễn Văn An được ghi hai lần trong Ban Thanh tra nhân dân',
    );
  });
});

describe('peopleOnSeveralBoards', () => {
  it.each<[string, ProfileContent, { key: string; boards: string[] }[]]>([
    ['nobody seated', profile([]), []],
    ['one board each', profile([board('DEMOCRACY_TEAM', [seat('p1')]), board('UNION_EXECUTIVE', [seat('p2')])]), []],
    [
      'one person on two boards, listed in the registry’s order',
      profile([board('UNION_EXECUTIVE', [seat('p2'), seat('p1')]), board('DEMOCRACY_TEAM', [seat('p1', 'HEAD')])]),
      [{ key: 'p1', boards: ['DEMOCRACY_TEAM', 'UNION_EXECUTIVE'] }],
    ],
    [
      'two people, one on all three boards',
      profile([
        board('DEMOCRACY_TEAM', [seat('p1'), seat('p3')]),
        board('PEOPLES_INSPECTION', [seat('p3'), seat('p1')]),
        board('UNION_EXECUTIVE', [seat('p3')]),
      ]),
      [
        { key: 'p1', boards: ['DEMOCRACY_TEAM', 'PEOPLES_INSPECTION'] },
        { key: 'p3', boards: ['DEMOCRACY_TEAM', 'PEOPLES_INSPECTION', 'UNION_EXECUTIVE'] },
      ],
    ],
  ])('%s', (_name, p, expected) => {
    expect(peopleOnSeveralBoards(p).map(({ key, boards }) => ({ key, boards }))).toEqual(expected);
  });
});

describe('saveUnitProfileInput', () => {
  const valid = {
    unitId: '7d3c1e0a-1111-4222-8333-444455556666',
    periodId: '7d3c1e0a-1111-4222-8333-444455557777',
    expectedVersion: 0,
    staffCount: 16,
    partyMembers: 12,
    unionMembers: 16,
    people: [{ key: 'p1', fullName: ' Nguyễn Văn An ', title: '' }],
    boards: [{ kind: 'DEMOCRACY_TEAM', seats: [{ personKey: 'p1', role: 'HEAD' }] }],
  };
  it.each<[string, Record<string, unknown>, string]>([
    ['a whole profile', {}, 'ok'],
    ['a negative staff count', { staffCount: -1 }, 'BAD_USER_INPUT staffCount'],
    ['a fractional count of Party members', { partyMembers: 1.5 }, 'BAD_USER_INPUT partyMembers'],
    ['more Party members than staff (a commune counts its residents)', { partyMembers: 300 }, 'ok'],
    ['a negative version', { expectedVersion: -1 }, 'BAD_USER_INPUT expectedVersion'],
    ['an unknown board kind', { boards: [{ kind: 'BAN_KHAC', seats: [] }] }, 'BAD_USER_INPUT kind'],
    ['an unknown role', { boards: [{ kind: 'DEMOCRACY_TEAM', seats: [{ personKey: 'p1', role: 'BOSS' }] }] }, 'BAD_USER_INPUT role'],
    ['a blank name', { people: [{ key: 'p1', fullName: '\u200b ' }] }, 'BAD_USER_INPUT fullName'],
    ['a term that is not a date', { boards: [{ kind: 'DEMOCRACY_TEAM', termStart: '2026-02-30', seats: [] }] }, 'BAD_USER_INPUT termStart'],
    ['more boards than there are kinds', { boards: Array.from({ length: 4 }, () => ({ kind: 'DEMOCRACY_TEAM', seats: [] })) }, 'BAD_USER_INPUT boards'],
  ])('%s: %s', (_name, change, expected) => {
    expect(inputVerdict(saveUnitProfileInput, { ...valid, ...change })).toBe(expected);
  });

  it('cleans the texts: trimmed names, a blank title is none', () => {
    const parsed = saveUnitProfileInput.parse(valid);
    expect(parsed.people).toEqual([{ key: 'p1', fullName: 'Nguyễn Văn An', title: null }]);
    expect(parsed.boards[0]).toEqual({ kind: 'DEMOCRACY_TEAM', termStart: null, termEnd: null, seats: [{ personKey: 'p1', role: 'HEAD', termStart: null, termEnd: null }] });
  });
});
