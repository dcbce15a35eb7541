/**
 * The 2006 yearly report of the office of the agency-bloc Party committee of Vĩnh Long, as the records its
 * reporter enters through the app: the unit's profile (section I), each meeting with its attendance, each
 * disclosure, the consultations, the staff's decisions, the inspections, the staff conference with the board
 * it elected, and the training and personnel decisions (sections II and III). Pure data: demo.ts sends it.
 *
 * The report gives most facts without a day; those records carry a plausible day of 2006 inside the year's
 * data window (15/12/2005 – 14/12/2006), since a unit records the day it held the thing. The report's counts
 * are kept exactly: "01 cuộc có 15/16 đ/c dự", "02 cuộc có
 * 32/32 CBCC", "03 cuộc, có 45/48 lượt người dự", "16/16 CBCC", 01 recruited, 08 pay rises, and so on.
 * No complaint or denunciation was received ("chưa có trường hợp nào"): there is no COMPLAINT_CASE record.
 */

/** An activity as the reporter enters it: its kind, its day and its facts (the kind's schema in @qcdc/activities/domain). */
export interface ActivityDef {
  kind: string;
  occurredOn: string;
  facts: Record<string, unknown>;
}

const ND71 = 'Nghị định số 71/1998/NĐ-CP ngày 8/9/1998 của Chính phủ';

const briefing = (
  occurredOn: string,
  topic: string,
  documents: string | null,
  present: number,
  eligible: number,
  countUnit: 'COMRADES' | 'STAFF' | 'ATTENDANCES',
): ActivityDef => ({ kind: 'BRIEFING', occurredOn, facts: { topic, documents, sessions: 1, present, eligible, countUnit } });

/**
 * Section II and 2.2: "01 cuộc có 15/16 đ/c dự"; "02 cuộc có 32/32 CBCC"; "03 cuộc, có 45/48 lượt người dự".
 * The report dates only the documents briefed; the days here are plausible: the Decree 71 briefing and the
 * staff conference "đầu năm" (before Tết, 29/1/2006), the provincial congress resolution in February, the
 * 10th National Congress resolution (April 2006) in June, each công văn a week or so after it was issued.
 * The report's totals are split into meetings that add up to them: 32/32 as 16/16 + 16/16, 45/48 as
 * 15/16 + 14/16 + 16/16.
 */
const BRIEFINGS: ActivityDef[] = [
  briefing(
    '2006-01-10',
    'Quán triệt Chỉ thị số 30-CT/TW, Nghị quyết số 55/NQ/UBTVQH và Nghị định 71 về quy chế thực hiện dân chủ trong hoạt động của cơ quan (vắng 01 đ/c do bệnh)',
    `Chỉ thị số 30-CT/TW của Bộ Chính trị "V/v xây dựng và thực hiện quy chế dân chủ ở cơ sở"; Nghị quyết số 55/NQ/UBTVQH ngày 30/8/1998 của Ủy ban Thường vụ Quốc hội; ${ND71} (4 chương, 36 điều)`,
    15,
    16,
    'COMRADES',
  ),
  briefing(
    '2006-01-19',
    'Phổ biến tinh thần Nghị định 71 của Chính phủ tại Hội nghị cán bộ, công chức, viên chức đầu năm',
    ND71,
    16,
    16,
    'STAFF',
  ),
  briefing(
    '2006-02-16',
    'Triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ VIII, nghị quyết năm 2006 của Tỉnh ủy và Đảng ủy khối cơ quan',
    'Nghị quyết Đại hội Đảng bộ tỉnh Vĩnh Long lần thứ VIII; Nghị quyết năm 2006 của Tỉnh ủy; Nghị quyết năm 2006 của Đảng ủy khối cơ quan',
    16,
    16,
    'STAFF',
  ),
  briefing(
    '2006-06-08',
    'Triển khai Nghị quyết Đại hội đại biểu toàn quốc lần thứ X của Đảng',
    'Nghị quyết Đại hội đại biểu toàn quốc lần thứ X của Đảng Cộng sản Việt Nam',
    16,
    16,
    'STAFF',
  ),
  briefing(
    '2006-07-14',
    'Triển khai vận động xây dựng quỹ "Mái ấm công đoàn"',
    'công văn số 1042/UBND.TH ngày 05/7/2006 của Chủ tịch UBND tỉnh Vĩnh Long "V/v vận động xây dựng quỹ mái ấm công đoàn"',
    15,
    16,
    'ATTENDANCES',
  ),
  briefing(
    '2006-08-29',
    'Triển khai cuộc thi tìm hiểu Bộ luật Dân sự',
    'công văn số 337/LĐLĐ ngày 23/8/2006 của Liên đoàn lao động tỉnh "V/v triển khai cuộc thi tìm hiểu Bộ luật dân sự"',
    14,
    16,
    'ATTENDANCES',
  ),
  briefing(
    '2006-09-07',
    'Hưởng ứng tháng an toàn giao thông',
    'công văn số 35-CV/LĐLĐ ngày 31/8/2006 của Liên đoàn lao động tỉnh "V/v hưởng ứng thực hiện tháng an toàn giao thông"',
    16,
    16,
    'ATTENDANCES',
  ),
];

const disclosure = (occurredOn: string, item: string, legalItem: string, forms: string[]): ActivityDef => ({
  kind: 'DISCLOSURE',
  occurredOn,
  facts: { item, legalItem, forms },
});

/** Section 2.2 and 2.7: what the head made known, and how. */
const DISCLOSURES: ActivityDef[] = [
  disclosure(
    '2006-02-16',
    'nghị quyết Đại hội X của Đảng, nghị quyết Đại hội Đảng bộ tỉnh lần thứ VIII, nghị quyết năm 2006 của Tỉnh ủy và Đảng ủy khối cơ quan',
    'POLICIES',
    ['MEETING'],
  ),
  disclosure('2006-01-05', 'kế hoạch công tác năm 2006 và quý I của cơ quan, gửi văn bản cho từng phòng ban', 'PLANS', ['WRITTEN_NOTICE']),
  disclosure('2006-04-03', 'kế hoạch công tác quý II năm 2006 của cơ quan', 'PLANS', ['WRITTEN_NOTICE']),
  disclosure('2006-07-03', 'kế hoạch công tác quý III năm 2006 của cơ quan', 'PLANS', ['WRITTEN_NOTICE']),
  disclosure('2006-10-02', 'kế hoạch công tác quý IV năm 2006 của cơ quan', 'PLANS', ['WRITTEN_NOTICE']),
  disclosure(
    '2006-01-19',
    'kinh phí hoạt động của cơ quan do ngân sách cấp và từ các nguồn tài chính khác, trước tập thể CBCC tại hội nghị đầu năm',
    'BUDGET',
    ['MEETING'],
  ),
  disclosure(
    '2006-06-29',
    'việc sử dụng và quản lý tài sản, kinh phí hoạt động 6 tháng đầu năm: Thường trực Đảng ủy khối báo cáo tại kỳ họp công đoàn',
    'PUBLIC_ASSETS',
    ['MEETING'],
  ),
  disclosure(
    '2006-12-07',
    'việc sử dụng và quản lý tài sản, kinh phí hoạt động 6 tháng cuối năm: Thường trực Đảng ủy khối báo cáo tại kỳ họp công đoàn',
    'PUBLIC_ASSETS',
    ['MEETING'],
  ),
  disclosure('2006-03-15', 'việc tuyển dụng 01 đ/c, thông qua cấp ủy và Thường trực', 'RECRUITMENT', ['MEETING']),
  disclosure(
    '2006-10-10',
    'việc xét nâng lương cho 08 đ/c và bổ sung phụ cấp cho 01 đ/c, thông qua cấp ủy, Thường trực và Hội đồng lương cơ quan',
    'PAY_RISES',
    ['MEETING'],
  ),
  disclosure('2006-01-19', 'quy chế làm việc và bảng nội quy của cơ quan', 'INTERNAL_RULES', ['POSTING', 'MEETING']),
  disclosure(
    '2006-01-05',
    'thủ tục liên hệ công tác tại công sở để cá nhân, tổ chức biết (từng bộ phận, phòng ban lưu giữ, cấp phát theo chuyên môn)',
    'OTHER',
    ['POSTING'],
  ),
];

const consultation = (occurredOn: string, subject: string, method: string, endsOn: string | null = null): ActivityDef => ({
  kind: 'CONSULTATION',
  occurredOn,
  facts: { subject, method, startsOn: occurredOn, endsOn, responses: null, adopted: null },
});

/** Section 2.3: what the staff gave opinions on before the head decided. */
const CONSULTATIONS: ActivityDef[] = [
  consultation(
    '2006-01-19',
    'Chủ trương, giải pháp thực hiện nghị quyết của Đảng, pháp luật của Nhà nước: từng cá nhân, phòng ban đề xuất chương trình, kế hoạch công tác tháng, quý, năm',
    'MEETING',
  ),
  consultation('2006-01-19', 'Nội quy, quy chế của cơ quan: đưa ra tập thể lấy ý kiến bổ sung tại hội nghị CBCC đầu năm', 'MEETING'),
  consultation(
    '2006-07-06',
    'Sơ kết 6 tháng công tác của cơ quan: biện pháp cải tiến lề lối làm việc, thực hành tiết kiệm, chống lãng phí, tham nhũng, quan liêu, phiền hà',
    'MEETING',
  ),
  consultation(
    '2006-12-08',
    'Tổng kết năm công tác của cơ quan: đánh giá mặt đạt được, chưa được, tìm ra nguyên nhân để tiếp tục thực hiện',
    'MEETING',
  ),
];

/** Section 2.3 and IV.1: what the staff settled themselves. */
const STAFF_DECISIONS: ActivityDef[] = [
  {
    kind: 'STAFF_DECISION',
    occurredOn: '2006-01-19',
    facts: { subject: 'Thống nhất thực hiện nội quy, quy chế của cơ quan đã bổ sung', votesFor: 16, votesTotal: 16, passed: true },
  },
  {
    kind: 'STAFF_DECISION',
    occurredOn: '2006-01-19',
    facts: { subject: 'Bầu Ban thanh tra nhân dân nhiệm kỳ 2006-2008 (03 đ/c)', votesFor: null, votesTotal: null, passed: true },
  },
  {
    kind: 'STAFF_DECISION',
    occurredOn: '2006-12-05',
    facts: {
      subject: 'Bình xét thi đua cuối năm: lấy phiếu kín của tập thể cho từng cá nhân làm cơ sở Hội đồng thi đua xét, đề nghị khen thưởng',
      votesFor: null,
      votesTotal: null,
      passed: true,
    },
  },
];

const inspection = (occurredOn: string, by: string, subject: string, findings: string | null): ActivityDef => ({
  kind: 'INSPECTION',
  occurredOn,
  facts: { by, subject, findings, closed: true },
});

/** Section 2.4 and 2.8: who watched over what. */
const INSPECTIONS: ActivityDef[] = [
  inspection(
    '2006-06-30',
    'PEOPLES_INSPECTION',
    'Sơ kết 6 tháng đầu năm chương trình công tác của Ban thanh tra nhân dân',
    'Ban thanh tra nhân dân 03 đ/c thực hiện chương trình công tác đã xây dựng.',
  ),
  inspection('2006-12-08', 'PEOPLES_INSPECTION', 'Tổng kết năm chương trình công tác của Ban thanh tra nhân dân', null),
  inspection(
    '2006-12-06',
    'UNION',
    'Giám sát việc thực hiện nội quy, quy chế của cơ quan và các chế độ chính sách của Nhà nước về quyền lợi của cán bộ, công chức',
    'Cơ bản thực hiện tốt.',
  ),
];

/** Section 2.5: the staff conference at the start of the year, which elected the People's Inspection Board. */
const STAFF_CONFERENCE: ActivityDef = {
  kind: 'STAFF_CONFERENCE',
  occurredOn: '2006-01-19',
  facts: {
    conferenceType: 'REGULAR',
    workYear: 2005,
    present: 16,
    eligible: 16,
    countUnit: 'STAFF',
    resolutions:
      'Theo Thông tư liên tịch số 09/1998/TTLT-TCCP-TLĐLĐ ngày 4/12/1998 và Nghị định số 99/2005/NĐ-CP ngày 28/7/2005: ' +
      'định hướng hoạt động năm 2006 của Ban thực hiện QCDC; nội quy, quy chế cơ quan được bổ sung và thống nhất thực hiện; ' +
      'công khai kinh phí hoạt động.',
    boardsElected: [{ board: 'PEOPLES_INSPECTION', termFrom: 2006, termTo: 2008 }],
  },
};

const personnel = (occurredOn: string, decision: string, what: string, people: number): ActivityDef => ({
  kind: 'TRAINING_PERSONNEL',
  occurredOn,
  facts: { decision, what, people },
});

/** Section 2.2 and 2.3: recruitment, pay, training, leave. */
const TRAINING_PERSONNEL: ActivityDef[] = [
  personnel('2006-03-15', 'RECRUITMENT', 'Tuyển dụng', 1),
  personnel('2006-05-10', 'RESIGNATION', 'Giải quyết chính sách nghỉ việc theo đơn xin', 1),
  personnel('2006-10-10', 'PAY_RISE', 'Xét nâng lương', 8),
  personnel('2006-10-10', 'ALLOWANCE', 'Xét bổ sung phụ cấp', 1),
  personnel('2006-09-05', 'TRAINING', 'Đào tạo lý luận chính trị trung cấp', 1),
  personnel('2006-09-05', 'TRAINING', 'Đào tạo lý luận chính trị cao cấp', 1),
  personnel('2006-05-22', 'TRAINING', 'Bồi dưỡng kiến thức quốc phòng', 1),
  personnel('2006-08-14', 'TRAINING', 'Bồi dưỡng quản lý nhà nước', 1),
  personnel('2006-11-20', 'PROMOTION_EXAM', 'Thi nâng ngạch chuyên viên chính', 1),
  personnel('2006-07-20', 'LEAVE', 'Đi phép về Bắc', 1),
];

/** Every record of the 2006 unit, in the order of the report. */
export const ACTIVITIES_2006: readonly ActivityDef[] = [
  ...BRIEFINGS,
  ...DISCLOSURES,
  ...CONSULTATIONS,
  ...STAFF_DECISIONS,
  ...INSPECTIONS,
  STAFF_CONFERENCE,
  ...TRAINING_PERSONNEL,
];

/**
 * Section I: 16 cán bộ công chức, a Party cell of 15 members, a union of 16 members; the Ban thực hiện QCDC
 * (5 đ/c, 3 still active: the head, the deputy and 01 member), the People's Inspection Board (3 đ/c, 2006-2008)
 * and the union's executive (03 đ/c). The report names only the head; the other names are the demo's.
 */
export const PROFILE_2006 = {
  staffCount: 16,
  partyMembers: 15,
  unionMembers: 16,
  people: [
    { key: 'cdvong', fullName: 'Cao Danh Vọng', title: 'Bí thư Đảng ủy khối cơ quan' },
    { key: 'bithu-chibo', fullName: 'Nguyễn Văn Hòa', title: 'Bí thư chi bộ cơ sở' },
    { key: 'vanphong', fullName: 'Trần Thị Kim Loan', title: 'Chuyên viên bộ phận Văn phòng' },
    { key: 'ct-congdoan', fullName: 'Lê Minh Tâm', title: 'Chủ tịch Công đoàn cơ sở' },
    { key: 'truongban-ttnd', fullName: 'Phạm Văn Thành', title: 'Trưởng ban Thanh tra nhân dân' },
    { key: 'ttnd-2', fullName: 'Võ Thị Ngọc Hạnh', title: 'Ủy viên Ban Thanh tra nhân dân' },
    { key: 'ttnd-3', fullName: 'Huỳnh Quốc Dũng', title: 'Ủy viên Ban Thanh tra nhân dân' },
    { key: 'pct-congdoan', fullName: 'Đặng Thị Thu Trang', title: 'Phó Chủ tịch Công đoàn cơ sở' },
    { key: 'uv-congdoan', fullName: 'Bùi Văn Lộc', title: 'Ủy viên BCH Công đoàn cơ sở' },
  ],
  boards: [
    {
      kind: 'DEMOCRACY_TEAM',
      termStart: null,
      termEnd: null,
      seats: [
        { personKey: 'cdvong', role: 'HEAD', termStart: null, termEnd: null },
        { personKey: 'bithu-chibo', role: 'DEPUTY', termStart: null, termEnd: null },
        { personKey: 'vanphong', role: 'MEMBER', termStart: null, termEnd: null },
      ],
    },
    {
      kind: 'PEOPLES_INSPECTION',
      termStart: '2006-01-19',
      termEnd: '2008-12-31',
      seats: [
        { personKey: 'truongban-ttnd', role: 'HEAD', termStart: null, termEnd: null },
        { personKey: 'ttnd-2', role: 'MEMBER', termStart: null, termEnd: null },
        { personKey: 'ttnd-3', role: 'MEMBER', termStart: null, termEnd: null },
      ],
    },
    {
      kind: 'UNION_EXECUTIVE',
      termStart: null,
      termEnd: null,
      seats: [
        { personKey: 'ct-congdoan', role: 'HEAD', termStart: null, termEnd: null },
        { personKey: 'pct-congdoan', role: 'DEPUTY', termStart: null, termEnd: null },
        { personKey: 'uv-congdoan', role: 'MEMBER', termStart: null, termEnd: null },
      ],
    },
  ],
} as const;
