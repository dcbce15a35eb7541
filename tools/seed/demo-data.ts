/**
 * What the demo province contains, and every choice made from it, as pure data and pure functions (no I/O):
 * demo.ts only sends it through the gateway. Deterministic: the synthetic figures come from a seeded PRNG,
 * so two runs in the same year produce the same province.
 *
 * The one real unit is the office of the agency-bloc Party committee of Vĩnh Long, with the figures of its
 * 2006 yearly report (its structure is described in docs/DOMAIN.md); everything else is invented.
 */
import type { PeriodKind, Role, UnitType as AnyUnitType } from '@qcdc/shared/contracts';
import { Band, bandOf } from '@qcdc/scoring/domain';

export type { Band } from '@qcdc/scoring/domain';
export type { PeriodKind };
/** The unit types of reporting units (the committee and the blocs are COMMITTEE). */
export type UnitType = Exclude<AnyUnitType, 'COMMITTEE'>;

// ---------------------------------------------------------------------------------------------------
// The province, its tree and its people

export const PROVINCE = { code: 'vinh-long', name: 'Tỉnh Vĩnh Long' } as const;

export const PROVINCE_ADMIN = {
  username: 'admin.vinhlong',
  password: 'vinhlong-admin-2026',
  displayName: 'Quản trị hệ thống tỉnh Vĩnh Long',
} as const;

/** One password for every other demo account (printed at the end; this is a demo, not a real province). */
export const DEMO_PASSWORD = 'qcdc-demo-2026';

/** The year of the real report. */
export const REPORT_YEAR = 2006;

export interface BlocDef {
  code: string;
  name: string;
}

/** Blocs (khối) under the provincial committee; each is a BLOC of unit type COMMITTEE. */
export const BLOCS: readonly BlocDef[] = [
  { code: 'DUKCQ', name: 'Đảng ủy khối cơ quan tỉnh' },
  { code: 'DUKDN', name: 'Đảng ủy khối doanh nghiệp tỉnh' },
  { code: 'KHOI-SN', name: 'Khối đơn vị sự nghiệp tỉnh' },
  { code: 'KHOI-XP', name: 'Khối xã, phường' },
];

export interface UnitDef {
  code: string;
  name: string;
  unitType: UnitType;
  /** Code of the bloc it sits under. */
  bloc: string;
  /** Cán bộ, công chức, viên chức, người lao động: who is called to the unit's meetings. */
  staff: number;
}

/** The unit of the 2006 report: 16 cán bộ công chức (report, section I). */
export const REPORT_UNIT: UnitDef = {
  code: 'VP-DUKCQ',
  name: 'Văn phòng Đảng ủy khối cơ quan',
  unitType: 'AGENCY',
  bloc: 'DUKCQ',
  staff: 16,
};

/** Invented reporting units with real-sounding names (sở after the 2025 mergers, schools, wards, companies). */
export const SYNTHETIC_UNITS: readonly UnitDef[] = [
  { code: 'SO-TC', name: 'Sở Tài chính', unitType: 'AGENCY', bloc: 'DUKCQ', staff: 86 },
  { code: 'SO-NV', name: 'Sở Nội vụ', unitType: 'AGENCY', bloc: 'DUKCQ', staff: 74 },
  { code: 'SO-TP', name: 'Sở Tư pháp', unitType: 'AGENCY', bloc: 'DUKCQ', staff: 38 },
  { code: 'SO-YT', name: 'Sở Y tế', unitType: 'AGENCY', bloc: 'DUKCQ', staff: 57 },
  { code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo', unitType: 'AGENCY', bloc: 'DUKCQ', staff: 65 },
  { code: 'SO-NNMT', name: 'Sở Nông nghiệp và Môi trường', unitType: 'AGENCY', bloc: 'DUKCQ', staff: 118 },
  { code: 'SO-XD', name: 'Sở Xây dựng', unitType: 'AGENCY', bloc: 'DUKCQ', staff: 79 },
  { code: 'SO-CT', name: 'Sở Công Thương', unitType: 'AGENCY', bloc: 'DUKCQ', staff: 52 },
  { code: 'TTR-TINH', name: 'Thanh tra tỉnh', unitType: 'AGENCY', bloc: 'DUKCQ', staff: 45 },
  { code: 'BV-DKT', name: 'Bệnh viện Đa khoa tỉnh Vĩnh Long', unitType: 'PUBLIC_UNIT', bloc: 'KHOI-SN', staff: 140 },
  { code: 'BV-YHCT', name: 'Bệnh viện Y học cổ truyền tỉnh Vĩnh Long', unitType: 'PUBLIC_UNIT', bloc: 'KHOI-SN', staff: 96 },
  { code: 'TT-KSBT', name: 'Trung tâm Kiểm soát bệnh tật tỉnh', unitType: 'PUBLIC_UNIT', bloc: 'KHOI-SN', staff: 88 },
  { code: 'THPT-LVL', name: 'Trường THPT Lưu Văn Liệt', unitType: 'PUBLIC_UNIT', bloc: 'KHOI-SN', staff: 104 },
  { code: 'THPT-NBK', name: 'Trường THPT chuyên Nguyễn Bỉnh Khiêm', unitType: 'PUBLIC_UNIT', bloc: 'KHOI-SN', staff: 92 },
  { code: 'THPT-VL', name: 'Trường THPT Vĩnh Long', unitType: 'PUBLIC_UNIT', bloc: 'KHOI-SN', staff: 87 },
  { code: 'CD-VL', name: 'Trường Cao đẳng Vĩnh Long', unitType: 'PUBLIC_UNIT', bloc: 'KHOI-SN', staff: 135 },
  { code: 'XSKT-VL', name: 'Công ty TNHH MTV Xổ số kiến thiết Vĩnh Long', unitType: 'ENTERPRISE', bloc: 'DUKDN', staff: 94 },
  { code: 'CTN-VL', name: 'Công ty Cổ phần Cấp thoát nước Vĩnh Long', unitType: 'ENTERPRISE', bloc: 'DUKDN', staff: 146 },
  { code: 'DP-CUULONG', name: 'Công ty Cổ phần Dược phẩm Cửu Long', unitType: 'ENTERPRISE', bloc: 'DUKDN', staff: 150 },
  { code: 'CTCC-VL', name: 'Công ty Cổ phần Công trình công cộng Vĩnh Long', unitType: 'ENTERPRISE', bloc: 'DUKDN', staff: 132 },
  { code: 'TL-VL', name: 'Công ty TNHH MTV Khai thác công trình thủy lợi Vĩnh Long', unitType: 'ENTERPRISE', bloc: 'DUKDN', staff: 71 },
  { code: 'P-THANHDUC', name: 'Phường Thanh Đức', unitType: 'COMMUNE', bloc: 'KHOI-XP', staff: 42 },
  { code: 'P-LONGCHAU', name: 'Phường Long Châu', unitType: 'COMMUNE', bloc: 'KHOI-XP', staff: 44 },
  { code: 'P-PHUOCHAU', name: 'Phường Phước Hậu', unitType: 'COMMUNE', bloc: 'KHOI-XP', staff: 39 },
  { code: 'P-TANNGAI', name: 'Phường Tân Ngãi', unitType: 'COMMUNE', bloc: 'KHOI-XP', staff: 37 },
  { code: 'P-CAIVON', name: 'Phường Cái Vồn', unitType: 'COMMUNE', bloc: 'KHOI-XP', staff: 40 },
  { code: 'X-LONGHO', name: 'Xã Long Hồ', unitType: 'COMMUNE', bloc: 'KHOI-XP', staff: 36 },
  { code: 'X-VUNGLIEM', name: 'Xã Vũng Liêm', unitType: 'COMMUNE', bloc: 'KHOI-XP', staff: 38 },
  { code: 'X-TAMBINH', name: 'Xã Tam Bình', unitType: 'COMMUNE', bloc: 'KHOI-XP', staff: 35 },
  { code: 'X-TRAON', name: 'Xã Trà Ôn', unitType: 'COMMUNE', bloc: 'KHOI-XP', staff: 34 },
];

export const ALL_UNITS: readonly UnitDef[] = [REPORT_UNIT, ...SYNTHETIC_UNITS];

export interface DemoUser {
  username: string;
  password: string;
  displayName: string;
  role: Exclude<Role, 'PLATFORM_ADMIN' | 'PROVINCE_ADMIN'>;
  /** Code of the org unit the membership is attached to ("BCD" is the province's root). */
  unitCode: string;
}

/** Code of the root the platform gives every province (the provincial committee). */
export const ROOT_CODE = 'BCD';

export const COMMITTEE_USER: DemoUser = {
  username: 'bcd.vinhlong',
  password: DEMO_PASSWORD,
  displayName: 'Trần Văn Bình (Ban Dân vận Tỉnh ủy)',
  role: 'PROVINCE_COMMITTEE',
  unitCode: ROOT_CODE,
};
export const BLOC_REVIEWER: DemoUser = {
  username: 'dukcq.thamdinh',
  password: DEMO_PASSWORD,
  displayName: 'Phạm Thị Thu Hà (Đảng ủy khối cơ quan tỉnh)',
  role: 'BLOC_REVIEWER',
  unitCode: 'DUKCQ',
};
export const REPORT_UNIT_REPORTER: DemoUser = {
  username: 'vanphong.baocao',
  password: DEMO_PASSWORD,
  displayName: 'Lê Thị Ngọc Hân (Văn phòng Đảng ủy khối)',
  role: 'UNIT_REPORTER',
  unitCode: REPORT_UNIT.code,
};
/** Signs the 2006 report: "T/M BAN THỰC HIỆN QCDC / TRƯỞNG BAN / Cao Danh Vọng". */
export const REPORT_UNIT_HEAD: DemoUser = {
  username: 'vanphong.truongban',
  password: DEMO_PASSWORD,
  displayName: 'Cao Danh Vọng',
  role: 'UNIT_HEAD',
  unitCode: REPORT_UNIT.code,
};

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_M = ['Văn', 'Hữu', 'Minh', 'Quốc', 'Thanh', 'Công'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Kim', 'Mỹ', 'Thanh'];
const GIVEN_M = ['Hùng', 'Dũng', 'Phước', 'Tài', 'Lộc', 'Khang', 'Tâm', 'Trung', 'Nghĩa', 'Thành', 'Hiếu', 'Toàn'];
const GIVEN_F = ['Lan', 'Hạnh', 'Trang', 'Thảo', 'Nhung', 'Diễm', 'Yến', 'Hương', 'Ngân', 'Phương', 'Tuyết', 'Loan'];

/** A unit's reporter logs in with the unit code in lower case ("SO-TP" -> "so-tp"). */
export const reporterUsername = (unitCode: string) => unitCode.toLowerCase();
/** A unit's head, who signs and submits its reports: "so-tp.thutruong". */
export const headUsername = (unitCode: string) => `${unitCode.toLowerCase()}.thutruong`;

/** Everyone the seed creates besides the province admin (who comes with the province). */
export function demoUsers(): DemoUser[] {
  const rng = mulberry32(20061231);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
  const reporters = SYNTHETIC_UNITS.map((unit): DemoUser => {
    const female = rng() < 0.5;
    const person = `${pick(FAMILY)} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(female ? GIVEN_F : GIVEN_M)}`;
    return {
      username: reporterUsername(unit.code),
      password: DEMO_PASSWORD,
      displayName: `${person} (${unit.name})`,
      role: 'UNIT_REPORTER',
      unitCode: unit.code,
    };
  });
  const heads = SYNTHETIC_UNITS.map((unit): DemoUser => {
    const person = `${pick(FAMILY)} ${pick(MIDDLE_M)} ${pick(GIVEN_M)}`;
    return { username: headUsername(unit.code), password: DEMO_PASSWORD, displayName: person, role: 'UNIT_HEAD', unitCode: unit.code };
  });
  return [COMMITTEE_USER, BLOC_REVIEWER, REPORT_UNIT_REPORTER, REPORT_UNIT_HEAD, ...reporters, ...heads];
}

// ---------------------------------------------------------------------------------------------------
// The calendar

export interface PeriodDef {
  year: number;
  kind: PeriodKind;
  windowStart: string;
  windowEnd: string;
  dueOn: string;
  graceDays: number;
}

/** Years that get the default rubric. */
export const rubricYears = (currentYear: number) => [...new Set([REPORT_YEAR, currentYear])];

/**
 * The periods to open: 2006's year-end review, and this year's year-end and 6-month reviews. Windows cut at
 * the 15th as the province does (15/12 → 14/12 and 15/12 → 14/6).
 */
export function periodsToOpen(currentYear: number): PeriodDef[] {
  const periods: PeriodDef[] = [
    { year: REPORT_YEAR, kind: 'YEAR', windowStart: '2005-12-15', windowEnd: '2006-12-14', dueOn: '2006-12-20', graceDays: 0 },
  ];
  if (currentYear !== REPORT_YEAR) {
    const prev = currentYear - 1;
    periods.push(
      {
        year: currentYear,
        kind: 'SIX_MONTH',
        windowStart: `${prev}-12-15`,
        windowEnd: `${currentYear}-06-14`,
        dueOn: `${currentYear}-06-20`,
        graceDays: 5,
      },
      {
        year: currentYear,
        kind: 'YEAR',
        windowStart: `${prev}-12-15`,
        windowEnd: `${currentYear}-12-14`,
        dueOn: `${currentYear}-12-20`,
        graceDays: 5,
      },
    );
  }
  return periods;
}

// ---------------------------------------------------------------------------------------------------
// Activities and scores

export interface BriefingDef {
  occurredOn: string;
  topic: string;
  documents: string | null;
  present: number;
  eligible: number;
}

export interface CriterionLike {
  id: string;
  code: string;
  maxPoints: number;
}

export interface ScoreEntry {
  criterionId: string;
  points: number;
  comment: string | null;
}

/** The 2006 self-score ("tự chấm 97 điểm"), with what the report says for each criterion. */
const EVIDENCE_2006: Record<string, string> = {
  '1.1': 'Ban thực hiện QCDC xây dựng định hướng hoạt động năm 2006, lồng ghép vào chương trình công tác của chi bộ, công đoàn.',
  '1.2': 'Quán triệt Chỉ thị 30, Nghị quyết 55, Nghị định 71: 01 cuộc, 15/16 đ/c dự; 05 cuộc triển khai nghị quyết, văn bản cấp trên.',
  '2.1': 'Kế hoạch công tác năm, quý gửi từng phòng ban; kinh phí hoạt động công khai trước tập thể CBCC tại hội nghị đầu năm.',
  '2.2': 'Tuyển dụng 01, nghỉ việc 01, nâng lương 08, bổ sung phụ cấp 01 đ/c, đều thông qua cấp ủy, Thường trực, Hội đồng lương.',
  '3.1': 'Mọi công việc của cơ quan đều được bàn bạc thống nhất; chưa có việc gì tự cá nhân, thủ trưởng quyết định.',
  '4.1': 'Kế hoạch công tác tháng, quý, năm; nội quy, quy chế đưa ra hội nghị CBCC đầu năm lấy ý kiến bổ sung.',
  '4.2': 'Thi đua: hàng tháng tự chấm điểm, cuối năm lấy phiếu kín; đào tạo lý luận chính trị 02 đ/c, bồi dưỡng 02 đ/c.',
  '5.1': 'Ban thanh tra nhân dân 03 đ/c, có chương trình công tác, sơ kết 6 tháng và tổng kết cuối năm.',
  '5.2': 'Công đoàn giám sát việc thực hiện nội quy, quy chế và chế độ chính sách; CBCC nghe báo cáo sử dụng tài sản, kinh phí.',
  '6.1': 'Hội nghị CBCC đầu năm, 16/16 CBCC dự; bầu Ban thanh tra nhân dân nhiệm kỳ 2006-2008.',
  '6.2': 'Nghị quyết hội nghị CBCC được lồng ghép vào chương trình công tác của chi bộ, công đoàn và cơ quan.',
  '7.1':
    'Trừ 3 điểm: Ban thực hiện quy chế dân chủ cơ quan không sơ kết 6 tháng đầu năm (báo cáo, mục IV.2 "Về hạn chế").',
  '7.2': 'Trong năm chưa có trường hợp nào bị khiếu nại, tố cáo.',
};

/** Criterion of the default rubric where the report names its own weakness. */
export const WEAK_CRITERION_2006 = { code: '7.1', deduction: 3 } as const;

/**
 * Full marks everywhere except "7.1" (no 6-month review held, the report's own "hạn chế"), which loses 3:
 * 97 on the default 100-point rubric.
 */
export function selfAssessment2006(criteria: readonly CriterionLike[]): ScoreEntry[] {
  const weak = criteria.find((c) => c.code === WEAK_CRITERION_2006.code);
  if (!weak || weak.maxPoints < WEAK_CRITERION_2006.deduction) {
    throw new Error(
      `the ${REPORT_YEAR} rubric has no criterion "${WEAK_CRITERION_2006.code}" worth at least ` +
        `${WEAK_CRITERION_2006.deduction} points; the seed expects the default rubric`,
    );
  }
  return criteria.map((c) => ({
    criterionId: c.id,
    points: c === weak ? c.maxPoints - WEAK_CRITERION_2006.deduction : c.maxPoints,
    comment: EVIDENCE_2006[c.code] ?? null,
  }));
}

/** Why a synthetic unit lost points on a criterion of the default rubric, as a committee would write it. */
const DEDUCTION_REASONS: Record<string, string> = {
  '1.1': 'Kế hoạch năm ban hành chậm.',
  '1.2': 'Chưa quán triệt đầy đủ cho cán bộ, công chức.',
  '2.1': 'Chưa công khai quyết toán ngân sách đúng hạn.',
  '2.2': 'Công khai nâng lương, khen thưởng chưa kịp thời.',
  '3.1': 'Một số nội dung chưa đưa ra biểu quyết.',
  '4.1': 'Chưa lấy ý kiến về quy chế chi tiêu nội bộ.',
  '4.2': 'Lấy ý kiến về thi đua, thực hành tiết kiệm chưa đầy đủ.',
  '5.1': 'Ban thanh tra nhân dân chưa có chương trình hoạt động.',
  '5.2': 'Chưa kiểm tra việc thực hiện quy chế dân chủ.',
  '6.1': 'Hội nghị cán bộ, công chức tổ chức chậm.',
  '6.2': 'Chưa báo cáo việc thực hiện nghị quyết hội nghị.',
  '7.1': 'Chưa sơ kết 6 tháng.',
  '7.2': 'Còn đơn thư giải quyết quá hạn.',
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Scores every criterion so that the total is exactly `target`: start from full marks and take the
 * difference away in chunks of 0.5 to 2 points from criteria picked at random. Criteria below their maximum
 * carry a reason.
 */
export function distributeScore(criteria: readonly CriterionLike[], target: number, rng: Rng): ScoreEntry[] {
  const max = round2(criteria.reduce((sum, c) => sum + c.maxPoints, 0));
  if (!(target >= 0 && target <= max)) throw new Error(`cannot score ${target} on a rubric of ${max} points`);
  const points = criteria.map((c) => c.maxPoints);
  let deficit = round2(max - target);
  while (deficit > 0) {
    const open = points.flatMap((p, i) => (p > 0 ? [i] : []));
    const i = open[Math.floor(rng() * open.length)];
    const chunk = Math.min(deficit, points[i], 0.5 * (1 + Math.floor(rng() * 4)));
    points[i] = round2(points[i] - chunk);
    deficit = round2(deficit - chunk);
  }
  return criteria.map((c, i) => ({
    criterionId: c.id,
    points: points[i],
    comment: points[i] < c.maxPoints ? (DEDUCTION_REASONS[c.code] ?? 'Chưa đạt điểm tối đa.') : null,
  }));
}

// ---------------------------------------------------------------------------------------------------
// This year's picture: who recorded, who scored, who submitted

export type Progress = 'SUBMITTED' | 'SCORED' | 'NOT_STARTED';

export interface UnitYearPlan {
  unit: UnitDef;
  progress: Progress;
  /** The self-score to save; null when NOT_STARTED. */
  target: number | null;
  band: Band | null;
  briefings: BriefingDef[];
}

/**
 * The committee dashboard should show every band among the submitted reports, and units that have not
 * reported: 20 of 30 submitted, 6 scored but not submitted, 4 not started.
 */
const SLOTS: readonly { progress: Progress; band: Band | null }[] = [
  ...slots('SUBMITTED', { TOT: 6, KHA: 8, TRUNG_BINH: 4, YEU: 2 }),
  ...slots('SCORED', { TOT: 1, KHA: 2, TRUNG_BINH: 2, YEU: 1 }),
  ...Array.from({ length: 4 }, () => ({ progress: 'NOT_STARTED' as const, band: null })),
];

function slots(progress: Progress, counts: Record<Band, number>) {
  return (Object.entries(counts) as [Band, number][]).flatMap(([band, n]) => Array.from({ length: n }, () => ({ progress, band })));
}

/** Score ranges per band, in half points. */
const BAND_RANGES: Record<Band, [number, number]> = {
  TOT: [90, 99],
  KHA: [70, 89.5],
  TRUNG_BINH: [50, 69.5],
  YEU: [32, 49.5],
};

/** Share of the staff at a meeting, by how well the unit does. */
const ATTENDANCE: Record<Band, [number, number]> = {
  TOT: [0.95, 1],
  KHA: [0.88, 0.98],
  TRUNG_BINH: [0.78, 0.92],
  YEU: [0.6, 0.8],
};

function topicsFor(unit: UnitDef, year: number): { topic: string; documents: string }[] {
  switch (unit.unitType) {
    case 'COMMUNE':
      return [
        {
          topic: 'Quán triệt Luật Thực hiện dân chủ ở cơ sở cho cán bộ, công chức',
          documents: 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15; Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị',
        },
        {
          topic: `Triển khai kế hoạch thực hiện dân chủ ở cơ sở năm ${year}`,
          documents: `Kế hoạch thực hiện dân chủ ở cơ sở năm ${year} của Ban Chỉ đạo tỉnh`,
        },
      ];
    case 'ENTERPRISE':
      return [
        {
          topic: `Hội nghị người lao động năm ${year}`,
          documents: 'Bộ luật Lao động năm 2019; Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ',
        },
        {
          topic: 'Phổ biến Quy chế dân chủ ở cơ sở tại nơi làm việc',
          documents: 'Nghị định số 145/2020/NĐ-CP; Quy chế dân chủ ở cơ sở tại nơi làm việc của công ty',
        },
      ];
    default:
      return [
        {
          topic: 'Quán triệt Luật Thực hiện dân chủ ở cơ sở và Nghị định 59/2023/NĐ-CP',
          documents:
            'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15; Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ',
        },
        {
          topic: `Hội nghị cán bộ, công chức, viên chức năm ${year}`,
          documents: 'Nghị định số 59/2023/NĐ-CP; Quy chế thực hiện dân chủ của cơ quan, đơn vị',
        },
      ];
  }
}

/**
 * Days on which this year's briefings may fall: from early January to the end of the data window, but
 * never today or later (a record of tomorrow's meeting would be odd). Early in January, the window's first
 * days (from 15/12 of last year) are used instead.
 */
export function briefingDays(year: number, today: string): { first: string; last: string } {
  const yesterday = addDays(today, -1);
  const windowEnd = `${year}-12-14`;
  const last = yesterday < windowEnd ? yesterday : windowEnd;
  const first = `${year}-01-05`;
  return last >= first ? { first, last } : { first: `${year - 1}-12-15`, last };
}

/**
 * What each synthetic unit has done this year. Deterministic for a given year (and, for the dates, today).
 */
export function planCurrentYear(units: readonly UnitDef[], year: number, today: string): UnitYearPlan[] {
  if (units.length !== SLOTS.length) throw new Error(`the plan has ${SLOTS.length} slots for ${units.length} units`);
  const rng = mulberry32(0x9cdc0000 + year);
  const slotsShuffled = shuffle([...SLOTS], rng);
  const { first, last } = briefingDays(year, today);
  const span = daysBetween(first, last) + 1;
  return units.map((unit, i) => {
    const { progress, band } = slotsShuffled[i];
    if (band === null) return { unit, progress, target: null, band: null, briefings: [] };
    const [lo, hi] = BAND_RANGES[band];
    const target = lo + 0.5 * Math.floor(rng() * ((hi - lo) / 0.5 + 1));
    const count = rng() < 0.5 ? 1 : 2;
    const [aLo, aHi] = ATTENDANCE[band];
    const briefings = topicsFor(unit, year)
      .slice(0, count)
      .map((t, k): BriefingDef => {
        // The first briefing falls in the first half of the days, the second in the second half.
        const part = Math.floor(span / count);
        const offset = k * part + Math.floor(rng() * Math.max(1, part));
        const present = Math.max(1, Math.min(unit.staff, Math.round(unit.staff * (aLo + rng() * (aHi - aLo)))));
        return { occurredOn: addDays(first, Math.min(offset, span - 1)), ...t, present, eligible: unit.staff };
      });
    return { unit, progress, target, band: bandOf(target), briefings };
  });
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

export type Rng = () => number;

/** mulberry32: a tiny seeded PRNG, good enough for demo data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], rng: Rng): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
