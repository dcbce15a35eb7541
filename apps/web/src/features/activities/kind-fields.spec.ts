import { describe, expect, it } from '@jest/globals';
import { ACTIVITY_KINDS, ACTIVITY_KIND_REGISTRY } from '@qcdc/activities/domain';
import { factErrors, formField, pastedFacts } from './check-facts';
import { KIND_FIELDS, draftOf, emptyFacts, factsOf } from './kind-fields';

const briefing = (patch: Record<string, string>) => ({ ...emptyFacts('BRIEFING', 2026), topic: 'Quán triệt Luật 10/2022/QH15', ...patch });
const messagesOf = (errors: ReturnType<typeof factErrors>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.vi]));

describe('the quick-entry forms', () => {
  it.each(ACTIVITY_KINDS)('%s: every field of the form is a fact of the kind’s schema', (kind) => {
    const shape = (ACTIVITY_KIND_REGISTRY[kind].facts as unknown as { shape: Record<string, unknown> }).shape;
    const known = KIND_FIELDS[kind].map((f) => f.name).filter((name) => name !== 'seriousViolation');
    expect(known.filter((name) => !(name in shape))).toEqual([]);
  });

  it.each([
    ['15/16 đ/c dự', { present: '15', eligible: '16', countUnit: 'COMRADES' }],
    ['03 cuộc, có 45/48 lượt người dự', { present: '45', eligible: '48', countUnit: 'ATTENDANCES', sessions: '3' }],
    ['100% CBCC dự', null],
  ])('a pasted "%s" fills %j', (text, patch) => {
    expect(pastedFacts('BRIEFING', text)).toEqual(patch);
  });

  it.each([
    ['a full briefing', briefing({ present: '15', eligible: '16' }), {}],
    ['present above eligible', briefing({ present: '17', eligible: '16' }), { present: 'Số người dự (17) không thể lớn hơn tổng số được triệu tập (16).' }],
    ['no topic', { ...briefing({ present: '1', eligible: '2' }), topic: ' ' }, { topic: 'Vui lòng nhập nội dung hội nghị.' }],
    ['present not a number', briefing({ present: 'mười', eligible: '16' }), { present: 'Giá trị của số người dự không hợp lệ.' }],
  ])('a briefing with %s', (_case, draft, expected) => {
    expect(messagesOf(factErrors('BRIEFING', draft, '2026-03-01'))).toEqual(expected);
  });

  it('names the rule’s field: votes for above the total', () => {
    const draft = { ...emptyFacts('STAFF_DECISION', 2026), subject: 'Quy chế chi tiêu nội bộ', votesFor: '9', votesTotal: '8', passed: 'true' };
    expect(Object.keys(factErrors('STAFF_DECISION', draft, '2026-03-01'))).toEqual(['votesFor']);
  });

  it('a disclosure needs a form of disclosure', () => {
    const draft = { ...emptyFacts('DISCLOSURE', 2026), item: 'Dự toán ngân sách 2026', legalItem: 'BUDGET' };
    expect(Object.keys(factErrors('DISCLOSURE', draft, '2026-03-01'))).toEqual(['forms']);
    expect(factErrors('DISCLOSURE', { ...draft, forms: ['POSTING'] }, '2026-03-01')).toEqual({});
  });

  it('stored facts come back as the draft they were typed from', () => {
    const facts = { conferenceType: 'REGULAR', workYear: 2025, present: 40, eligible: 42, countUnit: 'STAFF', resolutions: null, boardsElected: [{ board: 'PEOPLES_INSPECTION', termFrom: 2026, termTo: 2028 }] };
    const draft = draftOf('STAFF_CONFERENCE', facts, 2026);
    expect(draft).toEqual({ conferenceType: 'REGULAR', workYear: '2025', present: '40', eligible: '42', countUnit: 'STAFF', resolutions: '', boardsElected: [{ board: 'PEOPLES_INSPECTION', termFrom: '2026', termTo: '2028' }] });
    expect(factsOf('STAFF_CONFERENCE', draft)).toEqual({ ...facts, resolutions: '' });
  });

  it('strips the server’s "facts." from the field it names', () => {
    expect(formField('facts.present')).toBe('present');
    expect(formField('occurredOn')).toBe('occurredOn');
  });
});
