import { AppError } from '@qcdc/shared/contracts';
import { COUNT_UNITS, COUNT_UNIT_NAMES } from '../attendance';
import { ACTIVITY_TEXT_LIMITS } from '../limits';
import { ACTIVITY_KINDS, ACTIVITY_KIND_REGISTRY, type ActivityKind, checkFacts, figuresOf, summaryOf } from './index';
import { COMPLAINT_KINDS, COMPLAINT_KIND_NAMES, COMPLAINT_STATUSES, COMPLAINT_STATUS_NAMES } from './complaint-case';
import { CONSULTATION_METHODS, CONSULTATION_METHOD_NAMES } from './consultation';
import { DISCLOSURE_FORMS, DISCLOSURE_FORM_NAMES, DISCLOSURE_ITEMS, DISCLOSURE_ITEM_NAMES } from './disclosure';
import { INSPECTORS, INSPECTOR_NAMES } from './inspection';
import { CONFERENCE_TYPES, CONFERENCE_TYPE_NAMES } from './staff-conference';
import { PERSONNEL_DECISIONS, PERSONNEL_DECISION_NAMES } from './training-personnel';

/** "ok", or "CODE field" for a refusal. */
function verdict(kind: ActivityKind, facts: unknown, occurredOn: string): string {
  try {
    checkFacts(kind, facts, { occurredOn });
    return 'ok';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return `${error.code} ${String(error.details['field'])}`;
  }
}

// The facts of the 2006 report (/work/shared/examples/yearly-report-2006.txt), one record each, with the
// line a report writes for it and the figures it counts for. The report has no complaint and no vote
// count ("chưa có trường hợp nào bị khiếu nại, tố cáo"), so those two examples are made up.
const briefing2006 = {
  topic: 'Triển khai Nghị quyết đại hội X của Đảng, nghị quyết đại hội Đảng bộ tỉnh lần thứ VIII',
  documents: null,
  sessions: 2,
  present: 32,
  eligible: 32,
  countUnit: 'STAFF',
};
const conference2006 = {
  conferenceType: 'REGULAR',
  workYear: 2006,
  present: 16,
  eligible: 16,
  countUnit: 'STAFF',
  resolutions: 'Nội quy, quy chế của cơ quan được bổ sung và thống nhất thực hiện',
  boardsElected: [{ board: 'PEOPLES_INSPECTION', termFrom: 2006, termTo: 2008 }],
};
const consultation2006 = {
  subject: 'Nội quy, quy chế của cơ quan',
  method: 'MEETING',
  startsOn: '2006-01-20',
  endsOn: null,
  responses: null,
  adopted: null,
};
const decisionWithVotes = { subject: 'Bầu Ban thanh tra nhân dân nhiệm kỳ 2006-2008', votesFor: 15, votesTotal: 16, passed: true };
const complaintCase = {
  caseKind: 'COMPLAINT',
  subject: 'Việc xét nâng lương',
  receivedOn: '2006-05-02',
  inJurisdiction: true,
  status: 'RESOLVED',
  resolvedOn: '2006-05-30',
};

const examples: [ActivityKind, string, Record<string, unknown>, string, Record<string, number>][] = [
    [
      'BRIEFING',
      '2006-01-10',
      { topic: 'Quán triệt Chỉ thị 30 của Bộ Chính trị, Nghị quyết 55/NQ/UBTVQH, Nghị định 71/1998/NĐ-CP', sessions: 1, present: 15, eligible: 16, countUnit: 'COMRADES' },
      '01 cuộc, có 15/16 đ/c dự',
      { sessions: 1, present: 15, eligible: 16 },
    ],
    ['BRIEFING', '2006-03-15', briefing2006, '02 cuộc, có 32/32 CBCC dự', { sessions: 2, present: 32, eligible: 32 }],
    [
      'BRIEFING',
      '2006-09-05',
      {
        topic: 'Triển khai văn bản của cấp trên',
        documents:
          'công văn số 337/LĐLĐ ngày 23/8/2006 của liên đoàn lao động tỉnh "V/v triển khai cuộc thi tìm hiểu Bộ luật dân sự"\ncông văn số 1042/UBND.TH ngày 05/7/2006\ncông văn số 35-CV/LĐLĐ ngày 31/8/2006',
        sessions: 3,
        present: 45,
        eligible: 48,
        countUnit: 'ATTENDANCES',
      },
      '03 cuộc, có 45/48 lượt người dự',
      { sessions: 3, present: 45, eligible: 48 },
    ],
    [
      'BRIEFING',
      '2006-08-23',
      { topic: 'Quán triệt Chỉ thị 30', documents: null, present: 15, eligible: 16 },
      '01 cuộc, có 15/16 người dự',
      { sessions: 1, present: 15, eligible: 16 },
    ],
    [
      'DISCLOSURE',
      '2006-01-20',
      { item: 'kinh phí hoạt động của cơ quan do ngân sách cấp và từ các nguồn tài chính khác', legalItem: 'BUDGET', forms: ['MEETING'] },
      'Công khai kinh phí hoạt động của cơ quan do ngân sách cấp và từ các nguồn tài chính khác (tại hội nghị)',
      { disclosures: 1, planBudget: 1, personnel: 0 },
    ],
    [
      'DISCLOSURE',
      '2006-01-05',
      { item: 'kế hoạch công tác hàng năm, hàng quý', legalItem: 'PLANS', forms: ['WRITTEN_NOTICE', 'WRITTEN_NOTICE'] },
      'Công khai kế hoạch công tác hàng năm, hàng quý (bằng văn bản)',
      { disclosures: 1, planBudget: 1, personnel: 0 },
    ],
    [
      'DISCLOSURE',
      '2006-02-01',
      { item: 'nội quy, quy chế của cơ quan', legalItem: 'INTERNAL_RULES', forms: ['POSTING'] },
      'Công khai nội quy, quy chế của cơ quan (niêm yết)',
      { disclosures: 1, planBudget: 0, personnel: 0 },
    ],
    ['CONSULTATION', '2006-01-20', consultation2006, 'Lấy ý kiến về Nội quy, quy chế của cơ quan tại hội nghị', { consultations: 1 }],
    [
      'CONSULTATION',
      '2006-11-01',
      { ...consultation2006, method: 'WRITTEN', startsOn: '2006-11-01', endsOn: '2006-11-10', responses: 12, adopted: 9 },
      'Lấy ý kiến về Nội quy, quy chế của cơ quan bằng văn bản, phiếu lấy ý kiến, 12 ý kiến, tiếp thu 09',
      { consultations: 1, responses: 12, adopted: 9 },
    ],
    [
      'STAFF_DECISION',
      '2006-12-20',
      { subject: 'Bình xét thi đua cuối năm, bỏ phiếu kín cho từng cá nhân', votesFor: null, votesTotal: null, passed: true },
      'Bình xét thi đua cuối năm, bỏ phiếu kín cho từng cá nhân: thông qua',
      { decisions: 1, passed: 1 },
    ],
    [
      'STAFF_DECISION',
      '2006-01-20',
      decisionWithVotes,
      'Bầu Ban thanh tra nhân dân nhiệm kỳ 2006-2008: 15/16 phiếu tán thành, thông qua',
      { decisions: 1, passed: 1, votesFor: 15, votesTotal: 16 },
    ],
    [
      'INSPECTION',
      '2006-12-15',
      { by: 'UNION', subject: 'việc thực hiện nội quy, quy chế và chế độ chính sách đối với CBCC', findings: null, closed: true },
      'Công đoàn giám sát việc thực hiện nội quy, quy chế và chế độ chính sách đối với CBCC',
      { inspections: 1, closed: 1, open: 0, peoplesInspection: 0, seriousViolations: 0 },
    ],
    [
      'INSPECTION',
      '2006-06-30',
      { by: 'PEOPLES_INSPECTION', subject: 'sơ kết 6 tháng đầu năm', findings: 'Chưa phát hiện sai phạm', closed: false },
      'Ban Thanh tra nhân dân giám sát sơ kết 6 tháng đầu năm (chưa kết thúc)',
      { inspections: 1, closed: 0, open: 1, peoplesInspection: 1, seriousViolations: 0 },
    ],
    [
      'STAFF_CONFERENCE',
      '2006-01-20',
      conference2006,
      'Hội nghị CBCCVC thường kỳ năm 2006: 16/16 CBCC dự; bầu Ban Thanh tra nhân dân nhiệm kỳ 2006-2008',
      { conferences: 1, regular: 1, present: 16, eligible: 16, boardsElected: 1 },
    ],
    [
      'COMPLAINT_CASE',
      '2006-05-02',
      complaintCase,
      'Khiếu nại ngày 02/05/2006 về Việc xét nâng lương: đã giải quyết',
      { cases: 1, inJurisdiction: 1, resolved: 1, resolvedInJurisdiction: 1 },
    ],
    [
      'TRAINING_PERSONNEL',
      '2006-09-01',
      { decision: 'TRAINING', what: 'Đào tạo lý luận chính trị (trung cấp 01, cao cấp 01)', people: 2 },
      'Đào tạo lý luận chính trị (trung cấp 01, cao cấp 01): 02 đ/c',
      { decisions: 1, people: 2 },
    ],
    ['TRAINING_PERSONNEL', '2006-07-01', { decision: 'PAY_RISE', what: 'Xét nâng lương', people: 8 }, 'Xét nâng lương: 08 đ/c', { decisions: 1, people: 8 }],
    ['TRAINING_PERSONNEL', '2006-03-01', { decision: 'RECRUITMENT', what: 'Tuyển dụng', people: 1 }, 'Tuyển dụng: 01 đ/c', { decisions: 1, people: 1 }],
    ['TRAINING_PERSONNEL', '2006-08-01', { decision: 'LEAVE', what: 'Đi phép về Bắc', people: 1 }, 'Đi phép về Bắc: 01 đ/c', { decisions: 1, people: 1 }],
];

describe('the activity kinds on the 2006 report', () => {
  it('has an example of every kind', () => expect(new Set(examples.map(([kind]) => kind))).toEqual(new Set(ACTIVITY_KINDS)));

  it.each(examples)('%s on %s', (kind, occurredOn, input, summary, figures) => {
    const facts = checkFacts(kind, input, { occurredOn });
    expect(summaryOf(kind, facts)).toBe(summary);
    expect(figuresOf(kind, facts)).toEqual(figures);
  });

  it('stores facts that read back the same (the schema output is the jsonb)', () => {
    const facts = checkFacts('STAFF_CONFERENCE', conference2006, { occurredOn: '2006-01-20' });
    expect(checkFacts('STAFF_CONFERENCE', JSON.parse(JSON.stringify(facts)), { occurredOn: '2006-01-20' })).toEqual(facts);
  });
});

describe('the figures scoring counts', () => {
  const inspection = { by: 'UNION', subject: 'việc thực hiện quy chế chi tiêu nội bộ', findings: null, closed: true };
  const disclosureOf = (legalItem: string) => ({ item: 'nội dung', legalItem, forms: ['POSTING'] });
  it.each<[string, ActivityKind, Record<string, unknown>, Record<string, number>]>([
    ['plans', 'DISCLOSURE', disclosureOf('PLANS'), { planBudget: 1, personnel: 0 }],
    ['the budget', 'DISCLOSURE', disclosureOf('BUDGET'), { planBudget: 1, personnel: 0 }],
    ['public assets', 'DISCLOSURE', disclosureOf('PUBLIC_ASSETS'), { planBudget: 1, personnel: 0 }],
    ['recruitment', 'DISCLOSURE', disclosureOf('RECRUITMENT'), { planBudget: 0, personnel: 1 }],
    ['appointments', 'DISCLOSURE', disclosureOf('APPOINTMENTS'), { planBudget: 0, personnel: 1 }],
    ['pay rises', 'DISCLOSURE', disclosureOf('PAY_RISES'), { planBudget: 0, personnel: 1 }],
    ['rewards and discipline', 'DISCLOSURE', disclosureOf('REWARDS_DISCIPLINE'), { planBudget: 0, personnel: 1 }],
    ['policies', 'DISCLOSURE', disclosureOf('POLICIES'), { planBudget: 0, personnel: 0 }],
    ['an inspection without the serious-violation fact', 'INSPECTION', inspection, { open: 0, peoplesInspection: 0, seriousViolations: 0 }],
    ['an open inspection', 'INSPECTION', { ...inspection, closed: false }, { open: 1, closed: 0 }],
    ['a serious violation', 'INSPECTION', { ...inspection, seriousViolation: true }, { seriousViolations: 1 }],
    ['no serious violation (null)', 'INSPECTION', { ...inspection, seriousViolation: null }, { seriousViolations: 0 }],
    ["by the People's Inspection Board", 'INSPECTION', { ...inspection, by: 'PEOPLES_INSPECTION' }, { peoplesInspection: 1 }],
    ['a case resolved outside the jurisdiction', 'COMPLAINT_CASE', { ...complaintCase, inJurisdiction: false }, { resolved: 1, resolvedInJurisdiction: 0 }],
    ['a pending case in the jurisdiction', 'COMPLAINT_CASE', { ...complaintCase, status: 'PENDING', resolvedOn: null }, { inJurisdiction: 1, resolvedInJurisdiction: 0 }],
  ])('%s', (_name, kind, input, expected) =>
    expect(figuresOf(kind, checkFacts(kind, input, { occurredOn: '2006-06-01' }))).toEqual(expect.objectContaining(expected)));

  it.each(examples)('%s on %s counts only figures its kind names', (kind, occurredOn, input) => {
    const names = ACTIVITY_KIND_REGISTRY[kind].figureNames;
    for (const name of Object.keys(figuresOf(kind, checkFacts(kind, input, { occurredOn })))) expect(names).toContain(name);
  });

  it('refuses a serious-violation fact that is not yes or no, naming it under facts', () =>
    expect(verdict('INSPECTION', { ...inspection, seriousViolation: 'có' }, '2006-06-01')).toBe('BAD_USER_INPUT facts.seriousViolation'));
});

describe('the rules of the activity kinds', () => {
  it.each<[string, ActivityKind, unknown, string, string]>([
    ['more present than eligible', 'BRIEFING', { ...briefing2006, present: 33 }, '2006-03-15', 'BAD_USER_INPUT facts.present'],
    ['no session', 'BRIEFING', { ...briefing2006, sessions: 0 }, '2006-03-15', 'BAD_USER_INPUT facts.sessions'],
    ['an unknown unit of count', 'BRIEFING', { ...briefing2006, countUnit: 'NGƯỜI' }, '2006-03-15', 'BAD_USER_INPUT facts.countUnit'],
    ['no form of disclosure', 'DISCLOSURE', { item: 'kinh phí', legalItem: 'BUDGET', forms: [] }, '2006-01-20', 'BAD_USER_INPUT facts.forms'],
    ['an unknown form of disclosure', 'DISCLOSURE', { item: 'kinh phí', legalItem: 'BUDGET', forms: ['RADIO'] }, '2006-01-20', 'BAD_USER_INPUT facts.forms'],
    ['a consultation ending before it starts', 'CONSULTATION', { ...consultation2006, endsOn: '2006-01-19' }, '2006-01-20', 'BAD_USER_INPUT facts.endsOn'],
    ['more opinions adopted than received', 'CONSULTATION', { ...consultation2006, responses: 3, adopted: 4 }, '2006-01-20', 'BAD_USER_INPUT facts.adopted'],
    ['more votes for than votes', 'STAFF_DECISION', { ...decisionWithVotes, votesFor: 17 }, '2006-01-20', 'BAD_USER_INPUT facts.votesFor'],
    ['votes for without a total', 'STAFF_DECISION', { ...decisionWithVotes, votesTotal: null }, '2006-01-20', 'BAD_USER_INPUT facts.votesTotal'],
    ['a total without votes for', 'STAFF_DECISION', { ...decisionWithVotes, votesFor: null }, '2006-01-20', 'BAD_USER_INPUT facts.votesFor'],
    ['a decision neither passed nor not', 'STAFF_DECISION', { ...decisionWithVotes, passed: null }, '2006-01-20', 'BAD_USER_INPUT facts.passed'],
    ['an unknown inspector', 'INSPECTION', { by: 'POLICE', subject: 'x', findings: null, closed: true }, '2006-01-20', 'BAD_USER_INPUT facts.by'],
    ['a conference with more present than eligible', 'STAFF_CONFERENCE', { ...conference2006, present: 17 }, '2006-01-20', 'BAD_USER_INPUT facts.present'],
    ['a regular conference before its work year', 'STAFF_CONFERENCE', conference2006, '2005-12-31', 'BAD_USER_INPUT occurredOn'],
    ['a regular conference on 1 April of the next year', 'STAFF_CONFERENCE', conference2006, '2007-04-01', 'BAD_USER_INPUT occurredOn'],
    ['a term ending before it starts', 'STAFF_CONFERENCE', { ...conference2006, boardsElected: [{ board: 'PEOPLES_INSPECTION', termFrom: 2008, termTo: 2006 }] }, '2006-01-20', 'BAD_USER_INPUT facts.boardsElected'],
    ['an unknown board', 'STAFF_CONFERENCE', { ...conference2006, boardsElected: [{ board: 'YOUTH', termFrom: 2006, termTo: 2008 }] }, '2006-01-20', 'BAD_USER_INPUT facts.board'],
    ['resolved before received', 'COMPLAINT_CASE', { ...complaintCase, resolvedOn: '2006-05-01' }, '2006-05-02', 'BAD_USER_INPUT facts.resolvedOn'],
    ['a resolved date on a pending case', 'COMPLAINT_CASE', { ...complaintCase, status: 'PENDING' }, '2006-05-02', 'BAD_USER_INPUT facts.resolvedOn'],
    ['resolved without a date', 'COMPLAINT_CASE', { ...complaintCase, resolvedOn: null }, '2006-05-02', 'BAD_USER_INPUT facts.resolvedOn'],
    ['a received date that is no date', 'COMPLAINT_CASE', { ...complaintCase, receivedOn: '2006-02-30' }, '2006-05-02', 'BAD_USER_INPUT facts.receivedOn'],
    ['nobody concerned', 'TRAINING_PERSONNEL', { decision: 'TRAINING', what: 'Bồi dưỡng', people: 0 }, '2006-01-20', 'BAD_USER_INPUT facts.people'],
  ])('refuses %s', (_name, kind, facts, occurredOn, expected) => expect(verdict(kind, facts, occurredOn)).toBe(expected));

  it.each<[string, ActivityKind, unknown, string]>([
    ['a regular conference on 1 January of its work year', 'STAFF_CONFERENCE', conference2006, '2006-01-01'],
    ['a regular conference on 31 March of the next year', 'STAFF_CONFERENCE', conference2006, '2007-03-31'],
    ['an extraordinary conference at any time', 'STAFF_CONFERENCE', { ...conference2006, conferenceType: 'EXTRAORDINARY' }, '2008-06-01'],
    ['a consultation ending on the day it starts', 'CONSULTATION', { ...consultation2006, endsOn: '2006-01-20' }, '2006-01-20'],
    ['a case resolved on the day it was received', 'COMPLAINT_CASE', { ...complaintCase, resolvedOn: '2006-05-02' }, '2006-05-02'],
    ['a pending case without a resolved date', 'COMPLAINT_CASE', { ...complaintCase, status: 'PENDING', resolvedOn: null }, '2006-05-02'],
    ['all votes for', 'STAFF_DECISION', { ...decisionWithVotes, votesFor: 16 }, '2006-01-20'],
  ])('takes %s', (_name, kind, facts, occurredOn) => expect(verdict(kind, facts, occurredOn)).toBe('ok'));
});

describe('the limits of the texts', () => {
  const inspection = { by: 'UNION', subject: 'x', findings: null, closed: true };
  it.each([
    ['subject', ACTIVITY_TEXT_LIMITS.subject],
    ['findings', ACTIVITY_TEXT_LIMITS.notes],
  ] as const)('takes a %s of %p characters, not one more', (key, max) => {
    expect(verdict('INSPECTION', { ...inspection, [key]: 'x'.repeat(max) }, '2006-01-20')).toBe('ok');
    expect(verdict('INSPECTION', { ...inspection, [key]: 'x'.repeat(max + 1) }, '2006-01-20')).toBe(`BAD_USER_INPUT facts.${key}`);
  });
});

describe('the registry', () => {
  it.each(ACTIVITY_KINDS)('%s has its code, names, a schema, rules, figures and a summary', (kind) => {
    const definition = ACTIVITY_KIND_REGISTRY[kind];
    expect(definition.code).toBe(kind);
    expect(definition.name.vi.trim()).not.toBe('');
    expect(definition.name.en.trim()).not.toBe('');
    expect(typeof definition.facts.safeParse).toBe('function');
    expect(Array.isArray(definition.rules)).toBe(true);
    expect(typeof definition.figures).toBe('function');
    expect(typeof definition.summary).toBe('function');
  });

  it('holds the eight kinds of the domain, briefings first', () =>
    expect(ACTIVITY_KINDS).toEqual(['BRIEFING', 'DISCLOSURE', 'CONSULTATION', 'STAFF_DECISION', 'INSPECTION', 'STAFF_CONFERENCE', 'COMPLAINT_CASE', 'TRAINING_PERSONNEL']));

  it.each<[string, readonly string[], Record<string, { vi: string; en: string }>]>([
    ['units of count', COUNT_UNITS, COUNT_UNIT_NAMES],
    ['disclosure items', DISCLOSURE_ITEMS, DISCLOSURE_ITEM_NAMES],
    ['disclosure forms', DISCLOSURE_FORMS, DISCLOSURE_FORM_NAMES],
    ['consultation methods', CONSULTATION_METHODS, CONSULTATION_METHOD_NAMES],
    ['inspectors', INSPECTORS, INSPECTOR_NAMES],
    ['conference types', CONFERENCE_TYPES, CONFERENCE_TYPE_NAMES],
    ['complaint kinds', COMPLAINT_KINDS, COMPLAINT_KIND_NAMES],
    ['complaint statuses', COMPLAINT_STATUSES, COMPLAINT_STATUS_NAMES],
    ['personnel decisions', PERSONNEL_DECISIONS, PERSONNEL_DECISION_NAMES],
  ])('names every one of the %s in both languages', (_name, codes, names) => {
    expect(Object.keys(names)).toEqual([...codes]);
    for (const code of codes) expect(names[code].vi && names[code].en).toBeTruthy();
  });
});
