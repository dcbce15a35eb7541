import { ACTIVITY_KINDS, type ActivityKind, checkFacts, figuresOf, summaryOf } from '@qcdc/activities/domain';
import { saveUnitProfileInput } from '@qcdc/tenancy/domain';
import { ACTIVITIES_2006, PROFILE_2006 } from './demo-2006';
import { periodsToOpen } from './demo-data';

const [window2006] = periodsToOpen(2006).filter((p) => p.year === 2006 && p.kind === 'YEAR');

const checked = ACTIVITIES_2006.map((a) => {
  const kind = a.kind as ActivityKind;
  const facts = checkFacts(kind, a.facts, { occurredOn: a.occurredOn });
  return { ...a, kind, facts: facts as Readonly<Record<string, unknown>>, figures: figuresOf(kind, facts), summary: summaryOf(kind, facts) };
});
const ofKind = (kind: ActivityKind) => checked.filter((a) => a.kind === kind);
const total = (kind: ActivityKind, figure: string, where: (a: (typeof checked)[number]) => boolean = () => true) =>
  ofKind(kind)
    .filter(where)
    .reduce((sum, a) => sum + (a.figures[figure] ?? 0), 0);

describe('the 2006 report as records', () => {
  it('passes every kind’s schema and rules, inside the year’s data window', () => {
    for (const a of checked) {
      expect(ACTIVITY_KINDS).toContain(a.kind);
      expect(a.occurredOn >= window2006.windowStart && a.occurredOn <= window2006.windowEnd).toBe(true);
    }
  });

  it('holds the report’s meetings and their attendance', () => {
    const briefings = ofKind('BRIEFING');
    const [decree71] = briefings.filter((b) => String(b.facts.topic).startsWith('Quán triệt Chỉ thị số 30'));
    expect(decree71.summary).toBe('01 cuộc, có 15/16 đ/c dự');
    // "Triển khai Nghị quyết đại hội X, ... được 02 cuộc có 32/32 CBCC tham dự"
    const resolutions = briefings.filter((b) => /Nghị quyết Đại hội/.test(String(b.facts.topic)));
    expect([resolutions.length, sum(resolutions, 'present'), sum(resolutions, 'eligible')]).toEqual([2, 32, 32]);
    // "... tổng cộng được 03 cuộc, có 45/48 lượt người dự"
    const lượt = briefings.filter((b) => b.facts.countUnit === 'ATTENDANCES');
    expect([lượt.length, sum(lượt, 'present'), sum(lượt, 'eligible')]).toEqual([3, 45, 48]);
    const documents = lượt.map((b) => b.facts.documents).join('\n');
    for (const cv of ['337/LĐLĐ ngày 23/8/2006', '1042/UBND.TH ngày 05/7/2006', '35-CV/LĐLĐ ngày 31/8/2006']) {
      expect(documents).toContain(`công văn số ${cv}`);
    }
  });

  it('holds the staff conference, 16/16 CBCC, electing the People’s Inspection Board for 2006-2008', () => {
    const [conference] = ofKind('STAFF_CONFERENCE');
    expect(conference.summary).toMatch(/16\/16 CBCC dự/);
    expect(conference.facts.boardsElected).toEqual([{ board: 'PEOPLES_INSPECTION', termFrom: 2006, termTo: 2008 }]);
  });

  it('holds the personnel figures: 01 recruited, 01 resigned, 08 pay rises, 01 allowance, 02 political training, 01+01 courses, 01 exam', () => {
    const people = (decision: string) => total('TRAINING_PERSONNEL', 'people', (a) => a.facts.decision === decision);
    expect(['RECRUITMENT', 'RESIGNATION', 'PAY_RISE', 'ALLOWANCE', 'TRAINING', 'PROMOTION_EXAM', 'LEAVE'].map(people)).toEqual([
      1, 1, 8, 1, 4, 1, 1,
    ]);
  });

  it('has disclosures of plans and budget, of personnel, consultations, decisions and inspections, and no complaint', () => {
    expect(total('DISCLOSURE', 'planBudget')).toBeGreaterThanOrEqual(2);
    expect(total('DISCLOSURE', 'personnel')).toBeGreaterThanOrEqual(1);
    expect(ofKind('CONSULTATION').length).toBeGreaterThanOrEqual(2);
    expect(total('STAFF_DECISION', 'passed')).toBe(3);
    expect(total('INSPECTION', 'peoplesInspection')).toBe(2); // sơ kết 6 tháng, tổng kết cuối năm
    expect(ofKind('COMPLAINT_CASE')).toEqual([]); // "chưa có trường hợp nào bị khiếu nại, tố cáo"
  });

  it('has a profile the profile form accepts: 16 staff, 15 Party members, 16 union members, three boards of three', () => {
    const profile = saveUnitProfileInput.parse({ unitId: '00000000-0000-4000-8000-000000000001', periodId: '00000000-0000-4000-8000-000000000002', expectedVersion: 0, ...PROFILE_2006 });
    expect([profile.staffCount, profile.partyMembers, profile.unionMembers]).toEqual([16, 15, 16]);
    expect(profile.boards.map((b) => b.seats.length)).toEqual([3, 3, 3]);
  });
});

function sum(records: readonly { figures: Readonly<Record<string, number>> }[], figure: string): number {
  return records.reduce((s, r) => s + (r.figures[figure] ?? 0), 0);
}
