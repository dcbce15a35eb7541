import type { ReportDocumentInput } from './build-report-document';
import type { ReportRecord } from './report-records';
import { DECREE_71_TEMPLATE } from './report-templates';

// A unit's year in the 2006 structure, in the tests' own wording (not a copy of any real report).

const record = (id: string, kind: string, occurredOn: string, summary: string, figures: Record<string, number>, facts: Record<string, unknown>): ReportRecord => ({
  id,
  kind,
  occurredOn,
  summary,
  figures,
  facts,
});

export const FIXTURE_RECORDS: readonly ReportRecord[] = [
  record('b-rules', 'BRIEFING', '2026-01-08', '01 cuộc, có 15/16 đ/c dự', { sessions: 1, present: 15, eligible: 16 }, {
    topic: 'Phổ biến quy chế dân chủ ở cơ quan',
    sessions: 1,
    present: 15,
    eligible: 16,
    countUnit: 'COMRADES',
  }),
  record('b-resolutions', 'BRIEFING', '2026-02-20', '02 cuộc, có 32/32 CBCC dự', { sessions: 2, present: 32, eligible: 32 }, {
    topic: 'Quán triệt nghị quyết của cấp trên',
    countUnit: 'STAFF',
  }),
  record('b-letters', 'BRIEFING', '2026-08-25', '01 cuộc, có 13/16 người dự', { sessions: 1, present: 13, eligible: 16 }, {
    topic: 'Triển khai công văn hưởng ứng tháng an toàn giao thông',
    countUnit: null,
  }),
  record('d-plan', 'DISCLOSURE', '2026-01-15', 'Công khai kế hoạch công tác năm (bằng văn bản)', { disclosures: 1, planBudget: 1 }, {
    item: 'kế hoạch công tác năm',
    legalItem: 'PLANS',
    forms: ['WRITTEN_NOTICE'],
  }),
  record('d-budget', 'DISCLOSURE', '2026-01-10', 'Công khai kinh phí hoạt động (tại hội nghị)', { disclosures: 1, planBudget: 1 }, {
    item: 'kinh phí hoạt động',
    legalItem: 'BUDGET',
    forms: ['MEETING'],
  }),
  record('p-recruit', 'TRAINING_PERSONNEL', '2026-03-01', 'Tuyển dụng chuyên viên: 01 đ/c', { decisions: 1, people: 1 }, { decision: 'RECRUITMENT', what: 'Tuyển dụng chuyên viên', people: 1 }),
  record('p-leave', 'TRAINING_PERSONNEL', '2026-05-01', 'Nghỉ việc theo đơn: 01 đ/c', { decisions: 1, people: 1 }, { decision: 'RESIGNATION', what: 'Nghỉ việc theo đơn', people: 1 }),
  record('p-pay-1', 'TRAINING_PERSONNEL', '2026-06-01', 'Nâng lương: 05 đ/c', { decisions: 1, people: 5 }, { decision: 'PAY_RISE', what: 'Nâng lương', people: 5 }),
  record('p-pay-2', 'TRAINING_PERSONNEL', '2026-11-01', 'Nâng lương: 03 đ/c', { decisions: 1, people: 3 }, { decision: 'PAY_RISE', what: 'Nâng lương', people: 3 }),
  record('p-politics', 'TRAINING_PERSONNEL', '2026-09-01', 'Đào tạo lý luận chính trị: 02 đ/c', { decisions: 1, people: 2 }, {
    decision: 'TRAINING',
    what: 'Đào tạo lý luận chính trị',
    people: 2,
  }),
  record('c-rules', 'CONSULTATION', '2026-01-12', 'Lấy ý kiến về nội quy cơ quan (tại hội nghị)', { consultations: 1 }, {}),
  record('i-union', 'INSPECTION', '2026-10-05', 'Công đoàn giám sát việc thực hiện chế độ chính sách', { inspections: 1, closed: 1 }, {}),
  record('sc-2026', 'STAFF_CONFERENCE', '2026-01-10', 'Hội nghị CBCCVC thường kỳ năm 2026: 16/16 CBCC dự', { conferences: 1, present: 16, eligible: 16 }, {
    conferenceType: 'REGULAR',
    countUnit: 'STAFF',
    boardsElected: [{ board: 'PEOPLES_INSPECTION', termFrom: 2026, termTo: 2028 }],
  }),
];

export const FIXTURE_INPUT: ReportDocumentInput = {
  template: DECREE_71_TEMPLATE,
  period: { kind: 'YEAR', year: 2026 },
  records: FIXTURE_RECORDS,
  placements: { 'b-rules': 'A.II' },
  profile: {
    staffCount: 16,
    partyMembers: 15,
    unionMembers: 16,
    boards: [
      { kind: 'DEMOCRACY_TEAM', members: 5 },
      { kind: 'PEOPLES_INSPECTION', members: 3, termFrom: 2026, termTo: 2028 },
      { kind: 'UNION_EXECUTIVE', members: 3 },
    ],
  },
  selfScore: { total: 97, band: 'TOT', criteria: [{ code: '1.1', title: 'Có kế hoạch thực hiện', maxPoints: 5, points: 5 }] },
  prose: {
    'A.I': 'Văn phòng là cơ quan tham mưu của khối.',
    'A.II': 'Cấp ủy phối hợp với lãnh đạo cơ quan quán triệt quy chế ngay từ đầu năm.',
    'A.III.1': 'Ban thực hiện quy chế dân chủ xây dựng định hướng hoạt động năm.',
    'A.III.2.1': 'Cán bộ nhận thức rõ hơn về quyền làm chủ.',
    'A.III.2.7': 'Các bộ phận niêm yết thủ tục tại công sở.',
    'A.IV.1': '- Nội bộ đoàn kết, mọi việc đều bàn bạc tập thể.',
    'A.IV.2': 'Ban chưa sơ kết 6 tháng đầu năm.',
    'A.IV.3': 'Đề nghị Ban chỉ đạo tỉnh mở lớp tập huấn.',
    B: '1. Tiếp tục quán triệt các văn bản về dân chủ ở cơ sở.\n2. Tổ chức sơ kết 6 tháng và tổng kết năm.',
  },
  header: {
    format: 'PARTY',
    issuerParent: 'ĐẢNG ỦY KHỐI CƠ QUAN TỈNH',
    issuer: 'BAN THỰC HIỆN QCDC',
    number: null,
    place: 'Thành phố Thử',
    issuedOn: '2026-12-15',
    subject: 'Tổng kết thực hiện quy chế dân chủ ở cơ quan năm 2026 và định hướng năm 2027',
    recipients: ['Ban chỉ đạo tỉnh', 'Lưu'],
    signature: { mode: 'ON_BEHALF', onBehalfOf: 'BAN THỰC HIỆN QCDC', title: 'TRƯỞNG BAN', name: 'Nguyễn Văn Thử' },
  },
};
