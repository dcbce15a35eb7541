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

/**
 * What the unit wrote in its 2006 report, per section of the Decree 71 template (DECREE_71_TEMPLATE): the
 * prose around the figures its records and profile give (the members' counts come from the profile, so the
 * prose does not repeat them). Lines starting with "-" are bullets.
 */
export const PROSE_2006: Readonly<Record<string, string>> = {
  'A.I': [
    'Văn phòng Đảng ủy khối cơ quan là cơ quan thực hiện chức năng nhiệm vụ tham mưu giúp Tỉnh ủy lãnh chỉ đạo công tác xây dựng Đảng đối với các cơ quan, ban ngành đoàn thể tỉnh, đơn vị doanh nghiệp, sự nghiệp của Tỉnh.',
    'Cơ quan gồm 4 bộ phận là Văn phòng, Ban Tổ chức & BVCTNB, Ủy ban kiểm tra và Ban Tuyên giáo.',
    '- Có 01 chi bộ cơ sở, BCH chi bộ 03 đ/c.',
    '- 100% cán bộ công chức viên chức là công đoàn viên.',
    '- Hội Khuyến học gồm BCH là 03 với 16 hội viên.',
    '- Ban lãnh đạo cơ quan có Bí thư Đảng ủy khối, 01 Phó Bí thư thường trực và 01 Phó Bí thư phụ trách kiểm tra và các đoàn thể.',
  ].join('\n'),
  'A.II':
    'Cấp uỷ chi bộ phối hợp cùng với lãnh đạo cơ quan ngay từ đầu năm đã quán triệt tinh thần chỉ thị số 30 của Bộ chính trị "V/v xây dựng và thực hiện quy chế dân chủ ở cơ sở"; Nghị quyết số 55/NQ/UBTVQH ngày 30/8/1998 của Ủy ban Thường vụ quốc hội "về việc ban hành quy chế thực hiện dân chủ trong hoạt động của cơ quan", nghị định số 71/1998/NĐ-CP ngày 8/9/1998 của Chính phủ ban hành quy chế thực hiện dân chủ trong hoạt động của cơ quan gồm 4 chương, 36 điều. Đồng thời từng lúc cũng phổ biến các văn bản hướng dẫn thực hiện giáp tay 100% cán bộ công chức thông qua sinh hoạt lệ chi bộ, công đoàn và cơ quan.',
  'A.III.1': [
    'Đầu năm 2006 cơ quan đã sắp xếp Ban thực hiện quy chế dân chủ và ban vận động xây dựng nếp sống văn minh thành 01 ban (thực hiện quy chế dân chủ và xây dựng nếp sống văn minh nơi cơ quan) để duy trì việc thực hiện quy chế dân chủ trong hoạt động của cơ quan gồm có 5 đ/c (Đ/c Bí thư Đảng ủy khối cơ quan làm Trưởng ban, Đ/c Bí thư chi bộ cơ sở làm phó Ban, các đ/c Chủ tịch Công đoàn cơ sở, Trưởng ban Thanh tra nhân dân và 01 đ/c bộ phận văn phòng làm ủy viên). Nhưng do nghỉ việc 01 đồng chí, đi học dài hạn 01 đ/c nên chỉ còn 03 đồng chí (Trưởng ban, Phó ban và 01 ủy viên) hoạt động đến nay.',
    'Ban thực hiện quy chế dân chủ ở cơ quan đã xây dựng định hướng hoạt động năm 2006, lồng ghép vào chương trình công tác của chi bộ, công đoàn cơ sở và cơ quan trong từng lúc để tổ chức thực hiện.',
  ].join('\n'),
  'A.III.2.1':
    'Qua triển khai quán triệt các chỉ thị, nghị quyết, các văn bản hướng dẫn thực hiện quy chế dân chủ theo Nghị định 71 của Chính phủ đã giúp cho cấp ủy, đảng viên, cán bộ công chức nhận thức sâu sắc hơn về quyền làm chủ tập thể, thông suốt và nhất trí với chủ trương, chính sách của Đảng và Nhà nước, đưa chỉ thị, nghị quyết của Đảng và Nhà nước đi vào cuộc sống của từng cán bộ đảng viên, công chức trong cơ quan.',
  'A.III.2.3':
    '- Có tổ chức, theo dõi thực hiện tốt phong trào thi đua của cán bộ công chức, hàng tháng tự chấm điểm, quý phòng ban tổng hợp xem xét cuối năm đưa ra xét chung lấy phiếu kín của tập thể cho từng cá nhân làm cơ sở Hội đồng thi đua xét và đề nghị khen thưởng.',
  'A.III.2.5':
    'Hội nghị được tổ chức theo thông tư liên tịch số 09/1998/TTLT-TCCP-TLĐLĐ ngày 4/12/1998 của Ban Tổ chức cán bộ chính phủ, Tổng liên đoàn lao động Việt Nam và Nghị định số 99/2005/NĐ-CP ngày 28/7/2005 của Chính phủ, phát huy được dân chủ trong hội nghị.',
  'A.III.2.6':
    'Đảng ủy khối cơ quan là cơ quan Đảng nên bộ phận hành chính là nơi tiếp nhận những góp ý phê bình của cơ sở Đảng và quần chúng nhân dân.',
  'A.III.2.7':
    'Thủ trưởng cơ quan có trách nhiệm tổ chức, chỉ đạo và kiểm tra việc niêm yết công khai tại công sở để cá nhân, tổ chức biết liên hệ công tác (phần này chủ yếu từng bộ phận, phòng ban lưu giữ, cấp phát theo chuyên môn nghiệp vụ).',
  'A.III.2.8': 'Ban thanh tra nhân dân có xây dựng chương trình công tác, tổ chức thực hiện sơ kết 6 tháng đầu năm và tổng kết cuối năm.',
  'A.IV.1': [
    '- Năm 2006 đơn vị có xây dựng kế hoạch tổ chức thực hiện quy chế dân chủ của cơ quan. Việc thực hiện quy chế dân chủ ở cơ quan được nhận thức đúng từ cấp ủy cơ sở, lãnh đạo cơ quan, các đoàn thể và từng cán bộ công chức xem đây là việc phải làm và làm thường xuyên nên trong quá trình thực hiện có nhiều thuận lợi. Nội bộ thống nhất cao, mọi công việc của cơ quan đều được bàn bạc thống nhất, từ tập thể nhỏ đến tập thể lớn, chưa có việc gì tự cá nhân, thủ trưởng quyết định.',
    '- Vai trò của cấp ủy chi bộ và các đoàn thể cơ sở cũng được nâng lên để phối kết hợp cùng lãnh đạo cơ quan hoàn thành tốt nhiệm vụ chính trị, năm 2006 có nhiều chỉ tiêu đạt và vượt.',
  ].join('\n'),
  'A.IV.2': [
    'Hiện tại cơ sở bám vào kế hoạch tổ chức thực hiện nghị định 71 cụ thể của cơ quan để thực hiện nhưng Ban thực hiện quy chế dân chủ cơ quan không sơ kết 6 tháng đầu năm và xây dựng chương trình cụ thể, từng lúc chưa thực hiện được.',
    'Ban thực hiện quy chế dân chủ ở cơ sở còn ràng buộc bởi cơ cấu 01 người tham gia nhiều ban của cơ quan, do kiêm nhiệm không có thời gian đầu tư, lúng túng chưa chủ động hoạt động, nên chất lượng hoạt động còn hạn chế.',
  ].join('\n'),
  'A.IV.3':
    'Ban chỉ đạo tỉnh nên có tập huấn hoặc thường xuyên hướng dẫn cụ thể từng lĩnh vực cơ quan cần thực hiện thế nào cho phù hợp, có chỉ đạo thường xuyên để giúp cơ sở tháo gỡ những khó khăn. Có sơ tổng kết rút kinh nghiệm nhân điển hình.',
  B: [
    '1/- Tiếp tục triển khai quán triệt sâu Nghị định 71, các văn bản hướng dẫn thực hiện quy chế dân chủ ở cơ quan cho cán bộ công chức.',
    '2/- Củng cố nâng cao số lượng, chất lượng hoạt động của Ban thực hiện quy chế dân chủ ở cơ quan, có chương trình kế hoạch cụ thể.',
    '3/- Tổ chức sơ kết 6 tháng và tổng kết cuối năm có phát động phong trào thi đua thực hiện quy chế dân chủ trong cơ quan.',
    'Trên đây là báo cáo 01 năm thực hiện quy chế dân chủ ở cơ quan năm 2006 và định hướng năm 2007.',
  ].join('\n'),
};

/** The 2006 report's header, recipients ("Nơi nhận") and signature: "T/M BAN THỰC HIỆN QCDC / TRƯỞNG BAN / Cao Danh Vọng". */
export const HEADER_2006 = {
  format: 'PARTY',
  issuerParent: 'ĐẢNG ỦY KHỐI CƠ QUAN TỈNH',
  issuer: 'BAN THỰC HIỆN QCDC',
  number: null,
  place: 'Vĩnh Long',
  issuedOn: '2006-12-18',
  subject: 'Tổng kết thực hiện quy chế dân chủ ở cơ quan năm 2006 và định hướng thực hiện quy chế dân chủ năm 2007',
  recipients: ['Ban chỉ đạo tỉnh (Ban DV)', 'Ban chỉ đạo ĐUKCQ', 'Cấp ủy chi bộ', '02 Đoàn thể cơ sở', 'Lưu (MMBCCĐ)'],
  signature: { mode: 'ON_BEHALF', onBehalfOf: 'BAN THỰC HIỆN QCDC', title: 'TRƯỞNG BAN', name: 'Cao Danh Vọng' },
} as const;

/**
 * Records the report tells in another section than their kind's: the Decree 71 briefing in II (the role of
 * the Party cell), the staff conference's briefing in III.1. Matched by kind and date once recorded.
 */
export const PLACEMENTS_2006: readonly { kind: string; occurredOn: string; section: string }[] = [
  { kind: 'BRIEFING', occurredOn: '2006-01-10', section: 'A.II' },
  { kind: 'BRIEFING', occurredOn: '2006-01-19', section: 'A.III.1' },
];

/** The placements by record id, for records as the API lists them. */
export const placementsOf = (records: readonly { id: string; kind: string; occurredOn: string }[]): Record<string, string> =>
  Object.fromEntries(
    PLACEMENTS_2006.flatMap((p) => records.filter((r) => r.kind === p.kind && r.occurredOn === p.occurredOn).map((r) => [r.id, p.section])),
  );
