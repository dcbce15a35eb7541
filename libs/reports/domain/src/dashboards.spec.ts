import { inputVerdict } from '@qcdc/shared/contracts';
import { SEARCH_FOLD_FROM, SEARCH_FOLD_TO, bandCountsOf, cellFigures, daysOverdue, foldForSearch, percent } from './dashboards';
import { unitRankingInput } from './inputs';

describe('foldForSearch', () => {
  it.each([
    ['Xã Đông Hà', 'xa dong ha'],
    ['PHƯỜNG ÁNH DƯƠNG', 'phuong anh duong'],
    ['Sở Y tế', 'so y te'],
    ['Nghệ An', 'nghe an'],
    // Decomposed marks (NFD, as some keyboards send them) fold alike.
    ['Đông Hà'.normalize('NFD'), 'dong ha'],
    ['DV-12', 'dv-12'],
  ])('%s -> %s', (text, folded) => expect(foldForSearch(text)).toBe(folded));

  it('pairs every marked letter with one plain letter (the SQL translate() table)', () => {
    expect([...SEARCH_FOLD_FROM]).toHaveLength(SEARCH_FOLD_TO.length);
    for (const [i, ch] of [...SEARCH_FOLD_FROM].entries()) {
      const base = ch.normalize('NFD')[0].toLowerCase();
      expect([ch, SEARCH_FOLD_TO[i]]).toEqual([ch, base === 'đ' ? 'd' : base]);
    }
  });
});

describe('daysOverdue', () => {
  it.each([
    ['2026-06-20', '2025-12-20', false, 182],
    ['2026-12-21', '2026-12-20', false, 1],
    ['2026-12-20', '2026-12-20', false, null], // the due day itself is not overdue
    ['2026-06-20', '2026-12-20', false, null],
    ['2026-06-20', '2025-12-20', true, null],
  ])('today %s, due %s, submitted %p -> %p', (today, dueOn, submitted, days) => expect(daysOverdue(today, dueOn, submitted)).toBe(days));
});

describe('cellFigures', () => {
  const cell = {
    unitsExpected: 6,
    unitsSubmitted: 5,
    unitsOnTime: 4,
    unitsLate: 1,
    unitsApproved: 1,
    unitsReturned: 1,
    scoreCount: 5,
    scoreSum: 360,
    activityCounts: { BRIEFING: 3, DISCLOSURE: 2, COMPLAINT_CASE: 4, NEW_KIND: 1 },
    figureSums: { 'INSPECTION.peoplesInspection': 5, 'COMPLAINT_CASE.resolved': 3 },
    // Three units inspected, two of them (five times) by their People's Inspection Board.
    unitsWithKind: { STAFF_CONFERENCE: 3, INSPECTION: 3, 'INSPECTION.peoplesInspection': 2 },
  };

  it('derives the rates, the average and the activity figures from the counters', () => {
    const f = cellFigures(cell);
    expect(f).toMatchObject({
      unitsNotSubmitted: 1,
      submissionRate: 83.33,
      onTimeRate: 80,
      averageScore: 72,
      staffConferenceRate: 50,
      inspectionBoards: 2,
      inspectionSessions: 5,
      disclosures: 2,
      consultations: 0,
      complaintsReceived: 4,
      complaintsResolved: 3,
    });
    // Every kind, in the consolidated report's order, then kinds it does not know yet.
    expect(f.activityCounts.map((k) => [k.kind, k.count])).toEqual([
      ['BRIEFING', 3],
      ['DISCLOSURE', 2],
      ['CONSULTATION', 0],
      ['STAFF_DECISION', 0],
      ['INSPECTION', 0],
      ['STAFF_CONFERENCE', 0],
      ['COMPLAINT_CASE', 4],
      ['TRAINING_PERSONNEL', 0],
      ['NEW_KIND', 1],
    ]);
    expect(f.activityCounts[0].label).toBe('Phổ biến, quán triệt');
  });

  it('has no rate and no average when there is nothing to divide by', () => {
    expect(cellFigures({ ...cell, unitsExpected: 0, unitsSubmitted: 0, scoreCount: 0, scoreSum: 0 })).toMatchObject({
      submissionRate: null,
      onTimeRate: null,
      averageScore: null,
      staffConferenceRate: null,
      unitsNotSubmitted: 0,
    });
    expect(percent(1, 3)).toBe(33.33);
  });

  it('counts every band in the bands’ order', () => {
    expect(bandCountsOf({ KHA: 2 })).toEqual([
      { band: 'TOT', count: 0 },
      { band: 'KHA', count: 2 },
      { band: 'TRUNG_BINH', count: 0 },
      { band: 'YEU', count: 0 },
    ]);
  });
});

describe('unitRankingInput', () => {
  const periodId = '0b8e2a52-5f1e-4d0a-9d55-6b1b7b8f4c11';
  it.each([
    [{ periodId }, 'ok'],
    [{ periodId, limit: 500, offset: 0, sort: 'NAME', search: 'Đông', band: 'KHA' }, 'ok'],
    [{ periodId, limit: 0 }, 'BAD_USER_INPUT limit'],
    [{ periodId, limit: 501 }, 'BAD_USER_INPUT limit'],
    [{ periodId, offset: -1 }, 'BAD_USER_INPUT offset'],
    [{ periodId, search: 'x'.repeat(101) }, 'BAD_USER_INPUT search'],
    [{ periodId, search: 'a\u0000b' }, 'BAD_USER_INPUT search'],
    [{ periodId, sort: 'RANDOM' }, 'BAD_USER_INPUT sort'],
    [{ periodId: 'x' }, 'NOT_FOUND periodId'],
    [{ periodId, blocId: 'x' }, 'NOT_FOUND blocId'],
  ])('%j -> %s', (input, verdict) => expect(inputVerdict(unitRankingInput, input)).toBe(verdict));

  it('fills the defaults: best score first, from the top, 50 a page', () => {
    expect(unitRankingInput.parse({ periodId, sort: null, limit: null })).toMatchObject({ sort: 'SCORE_DESC', offset: 0, limit: 50, search: null, blocId: null });
  });
});
