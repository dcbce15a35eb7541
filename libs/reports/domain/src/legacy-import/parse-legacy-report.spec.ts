import { AppError } from '@qcdc/shared/contracts';
import { LEGACY_REPORT_FIXTURE as REPORT } from './legacy-report.fixture';
import { LEGACY_REPORT_2006_FIXTURE } from './legacy-report-2006.fixture';
import { LEGACY_SECTION_KEYS, parseLegacyReport } from './parse-legacy-report';

const variants: [string, string][] = [
  ['as written', REPORT],
  ['Windows line ends', REPORT.replace(/\n/g, '\r\n')],
  ['decomposed (NFD) Vietnamese', REPORT.normalize('NFD')],
  ['non-breaking spaces', REPORT.replace(/ /g, '\u00a0')],
  ['bold markers everywhere', REPORT.replace(/^(\d\/-|[IV]+\/-)/gm, '**$1**')],
];

describe('parseLegacyReport reads every variant alike', () => {
  it.each(variants)('%s', (_name, text) => {
    const d = parseLegacyReport(text);
    expect(d.year).toBe(2011);
    expect(Object.keys(d.sections)).toEqual(expect.arrayContaining([...LEGACY_SECTION_KEYS]));
    expect(d.profile.staff?.value).toBe(24);
    expect(d.profile.partyMembers?.value).toBe(19);
    expect(d.profile.unionMembers?.value).toBe(22);
    expect(d.meetings.map((m) => [m.sessions, m.attended, m.eligible, m.unit])).toEqual([
      [2, 21, 24, 'đ/c'],
      [null, 23, 24, 'CBCC'],
      [4, 80, 96, 'lượt người'],
    ]);
    expect(d.personnel.map((p) => [p.action, p.count])).toEqual([['RECRUITED', 2], ['PAY_RISE', 5]]);
    expect(d.documents.find((x) => x.kind === 'công văn')).toMatchObject({ number: '512/SNN-TL', date: '2011-03-14', subject: 'V/v phòng chống lụt bão' });
    expect(d.boards).toMatchObject([{ board: 'Ban thanh tra nhân dân', termFrom: 2011, termTo: 2013 }]);
    expect(d.selfScore?.value).toBe(92);
    expect(d.recipients).toEqual(['Ban chỉ đạo tỉnh', 'Lưu VT']);
    expect(d.signer).toEqual({ mode: 'K/T', body: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Hạnh' });
    expect(d.warnings).toEqual([]);
  });
});

describe('parseLegacyReport keeps where each figure came from', () => {
  const d = parseLegacyReport(REPORT);
  it.each([
    ['staff', d.profile.staff?.source, 'A.I', 'là 24 đồng chí'],
    ['a meeting', d.meetings[0].source, 'A.II', '21/24 đ/c dự'],
    ['the self-score', d.selfScore?.source, 'A.IV.1', 'tự chấm 92 điểm'],
    ['a board', d.boards[0].source, 'A.III.2.5', 'nhiệm kỳ 2011-2013'],
  ])('%s', (_name, source, section, words) => {
    expect(source?.section).toBe(section);
    expect(source?.sentence).toContain(words);
  });
  it('a heading line holding prose keeps it as the section text', () => {
    expect(d.sections['A.III.2.6'].text).toBe('Không có đơn khiếu nại trong năm.');
    expect(d.sections['A.IV.1'].text).toBe('Đơn vị tự chấm 92 điểm.');
  });
});

describe('parseLegacyReport warns and leaves the figure for a person', () => {
  it.each([
    ['a missing section', REPORT.replace(/2\.7\/- .*\n/, ''), 'MISSING_SECTION', 'A.III.2.7'],
    ['more present than eligible', REPORT.replace('23/24', '25/24'), 'ATTENDED_OVER_ELIGIBLE', 'A.III.1'],
    ['no self-score', REPORT.replace('tự chấm 92 điểm', 'chưa chấm'), 'MISSING_FIGURE', undefined],
    ['no title year', REPORT.replace('năm 2011\n', '\n').replace('phương hướng năm 2012**', 'phương hướng**'), 'NO_YEAR', undefined],
    ['no signature block', REPORT.replace('K/T GIÁM ĐỐC', 'GIÁM ĐỐC'), 'NO_SIGNER', undefined],
  ])('%s', (_name, text, reason, section) => {
    const d = parseLegacyReport(text);
    expect(d.warnings).toEqual(expect.arrayContaining([expect.objectContaining(section ? { reason, section } : { reason })]));
  });
});

describe('parseLegacyReport refuses what is not a report', () => {
  it.each([
    ['empty text', ' \r\n \u00a0', 'EMPTY_FILE'],
    ['a letter', 'Kính gửi anh Nam,\nHẹn gặp lại vào tuần sau.\nThân mến.', 'NOT_A_REPORT'],
    ['too long', REPORT + 'x'.repeat(200_001), 'TOO_LARGE'],
  ])('%s', (_name, text, reason) => {
    let err: unknown;
    try {
      parseLegacyReport(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).details['reason']).toBe(reason);
    expect((err as AppError).message).toMatch(/Hãy|hãy/);
  });
});

describe('parseLegacyReport reads a 2006 report', () => {
  const d = parseLegacyReport(LEGACY_REPORT_2006_FIXTURE);
  it('with its attendance, profile and self-score', () => {
    expect(d.year).toBe(2006);
    expect(d.meetings.map((m) => [m.sessions, m.attended, m.eligible, m.unit, m.source.section])).toEqual([
      [1, 15, 16, 'đ/c', 'A.II'],
      [null, 16, 16, 'CBCC', 'A.III.1'],
      [2, 32, 32, 'CBCC', 'A.III.2.2'],
      [3, 45, 48, 'lượt người', 'A.III.2.2'],
    ]);
    expect([d.profile.staff?.value, d.profile.partyMembers?.value, d.profile.unionMembers?.value]).toEqual([16, 15, 16]);
    expect(d.selfScore?.value).toBe(97);
    expect(d.boards).toMatchObject([{ board: 'Ban thanh tra nhân dân', termFrom: 2006, termTo: 2008 }]);
    expect(d.signer).toEqual({ mode: 'T/M', body: 'BAN THỰC HIỆN QCDC', title: 'TRƯỞNG BAN', name: 'Nguyễn Văn Thử' });
    expect(d.warnings).toEqual([]);
  });
  it('counts the one resignation once (the board shrinking in III.1 tells it again as a cause)', () => {
    expect(d.personnel.map((p) => [p.action, p.count, p.source.section])).toEqual([
      ['RECRUITED', 1, 'A.III.2.2'],
      ['PAY_RISE', 8, 'A.III.2.2'],
      ['RESIGNED', 1, 'A.III.2.2'],
      ['ALLOWANCE', 1, 'A.III.2.2'],
      ['TRAINED', 2, 'A.III.2.3'],
    ]);
  });
});
