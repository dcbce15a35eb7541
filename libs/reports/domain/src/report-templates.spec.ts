import { REPORT_TEMPLATES, REPORT_TEMPLATE_CODES, templateSections } from './report-templates';

const ACTIVITY_KINDS = ['BRIEFING', 'DISCLOSURE', 'CONSULTATION', 'STAFF_DECISION', 'INSPECTION', 'STAFF_CONFERENCE', 'COMPLAINT_CASE', 'TRAINING_PERSONNEL'];

describe.each(REPORT_TEMPLATE_CODES)('the %s template', (code) => {
  const sections = templateSections(REPORT_TEMPLATES[code]);

  it('keys each section once', () => expect(new Set(sections.map((s) => s.key)).size).toBe(sections.length));

  it('draws every kind of activity somewhere, the profile and the self-score', () => {
    const draws = sections.flatMap((s) => s.draws);
    const kinds = new Set(draws.flatMap((d) => (d.from === 'ACTIVITIES' ? [d.kind] : [])));
    expect([...kinds].sort()).toEqual([...ACTIVITY_KINDS].sort());
    expect(draws.map((d) => d.from)).toEqual(expect.arrayContaining(['PROFILE', 'SELF_SCORE', 'BOARD']));
  });

  it('draws a record from one section only: filtered kinds split their values', () => {
    const seen = new Map<string, string>();
    for (const s of sections) {
      for (const d of s.draws) {
        if (d.from !== 'ACTIVITIES') continue;
        const values = d.where ? Object.values(d.where).flat().map(String) : ['*'];
        for (const v of values) {
          const id = `${d.kind}:${v}`;
          expect([id, seen.get(id) ?? s.key]).toEqual([id, s.key]);
          seen.set(id, s.key);
        }
      }
    }
  });

  it('asks for the assessment and the orientation in prose', () =>
    expect(sections.filter((s) => s.proseRequired).length).toBeGreaterThanOrEqual(4));
});

it('the 2006 structure: A (I–IV, III with 1 and 2.1–2.8) and B', () => {
  expect(templateSections(REPORT_TEMPLATES.DECREE_71_2006).map((s) => s.number)).toEqual(
    ['A', 'I', 'II', 'III', '1', '2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', 'IV', '1', '2', '3', 'B'],
  );
});

it("the current law's structure: the four content groups", () => {
  const titles = templateSections(REPORT_TEMPLATES.LAW_10_2022).map((s) => s.title);
  for (const group of ['công khai', 'bàn và quyết định', 'tham gia ý kiến', 'kiểm tra, giám sát']) {
    expect(titles.some((t) => t.includes(group))).toBe(true);
  }
});
