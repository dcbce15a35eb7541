import type { BoardKind } from '@qcdc/shared/contracts';

/**
 * Where a section's figures come from. Activity kinds are named by their codes (the reports domain does not
 * import the activities domain); `where` keeps only the records whose facts hold one of the listed values
 * (e.g. the personnel decisions a disclosure section reports). A record may also be placed in a section by
 * the person writing the report (the builder's `placements`), whatever the template says.
 */
export type SectionDraw =
  | { from: 'PROFILE' }
  | { from: 'BOARD'; board: BoardKind }
  | { from: 'SELF_SCORE'; perCriterion: boolean }
  | { from: 'ACTIVITIES'; kind: string; where?: Readonly<Record<string, readonly (string | boolean)[]>> };

export interface ReportSection {
  /** Stable key the draft's prose and placements use ("III.2.5"); unique within a template. */
  key: string;
  /** As the heading numbers it: "A", "I", "2.1" (written "I/- …"). */
  number: string;
  /** "{period}" and "{nextPeriod}" read "năm 2006" and "năm 2007" (or "6 tháng đầu năm 2006", "6 tháng cuối năm 2006"). */
  title: string;
  /** A person must write something here before the report is submitted. */
  proseRequired: boolean;
  /** The person's prose opens the section (before the figures) instead of closing it. */
  proseFirst?: boolean;
  draws: readonly SectionDraw[];
  children?: readonly ReportSection[];
}

export const REPORT_TEMPLATE_CODES = ['DECREE_71_2006', 'LAW_10_2022'] as const;
export type ReportTemplateCode = (typeof REPORT_TEMPLATE_CODES)[number];

export interface ReportTemplate {
  code: ReportTemplateCode;
  name: string;
  sections: readonly ReportSection[];
}

const activities = (kind: string, where?: Readonly<Record<string, readonly string[]>>): SectionDraw =>
  where ? { from: 'ACTIVITIES', kind, where } : { from: 'ACTIVITIES', kind };

/** Personnel decisions a head discloses; training and exams are what staff give opinions on. */
const DISCLOSED_DECISIONS = ['RECRUITMENT', 'RESIGNATION', 'PAY_RISE', 'ALLOWANCE', 'OTHER'];
const CONSULTED_DECISIONS = ['TRAINING', 'PROMOTION_EXAM', 'LEAVE'];

const section = (
  key: string,
  number: string,
  title: string,
  proseRequired: boolean,
  draws: readonly SectionDraw[] = [],
  more: Partial<Pick<ReportSection, 'children' | 'proseFirst'>> = {},
): ReportSection => ({ key, number, title, proseRequired, draws, ...more });

/** The structure of the yearly reports under Decree 71/1998 (the 2006 example's), in the product's words. */
export const DECREE_71_TEMPLATE: ReportTemplate = {
  code: 'DECREE_71_2006',
  name: 'Báo cáo thực hiện quy chế dân chủ ở cơ quan (Nghị định 71/1998/NĐ-CP)',
  sections: [
    section('A', 'A', 'Báo cáo tổng kết {period}', false, [], {
      children: [
        section('A.I', 'I', 'Đặc điểm tình hình', true, [{ from: 'PROFILE' }, { from: 'BOARD', board: 'UNION_EXECUTIVE' }], {
          proseFirst: true,
        }),
        section('A.II', 'II', 'Vai trò của cấp uỷ Đảng, chính quyền và đoàn thể trong lãnh đạo, tuyên truyền thực hiện quy chế dân chủ', true, [], {
          proseFirst: true,
        }),
        section('A.III', 'III', 'Kết quả thực hiện quy chế dân chủ', false, [], {
          children: [
            section('A.III.1', '1', 'Công tác tổ chức, tuyên truyền về thực hiện quy chế dân chủ', true, [
              { from: 'BOARD', board: 'DEMOCRACY_TEAM' },
            ], { proseFirst: true }),
            section('A.III.2', '2', 'Kết quả việc thực hiện trong kỳ', false, [], {
              children: [
                section('A.III.2.1', '2.1', 'Kết quả tuyên truyền', true),
                section('A.III.2.2', '2.2', 'Những việc thủ trưởng cơ quan công khai cho cán bộ, công chức biết', false, [
                  activities('BRIEFING'),
                  activities('DISCLOSURE'),
                  activities('TRAINING_PERSONNEL', { decision: DISCLOSED_DECISIONS }),
                ]),
                section('A.III.2.3', '2.3', 'Những việc cán bộ, công chức tham gia ý kiến trước khi thủ trưởng quyết định', false, [
                  activities('CONSULTATION'),
                  activities('TRAINING_PERSONNEL', { decision: CONSULTED_DECISIONS }),
                ]),
                section('A.III.2.4', '2.4', 'Những việc cán bộ, công chức kiểm tra, giám sát', false, [activities('INSPECTION')]),
                section('A.III.2.5', '2.5', 'Hội nghị cán bộ, công chức', false, [
                  activities('STAFF_CONFERENCE'),
                  activities('STAFF_DECISION'),
                ]),
                section('A.III.2.6', '2.6', 'Tiếp nhận góp ý và giải quyết khiếu nại, tố cáo', false, [activities('COMPLAINT_CASE')]),
                section('A.III.2.7', '2.7', 'Niêm yết công khai tại công sở', false),
                section('A.III.2.8', '2.8', 'Ban thanh tra nhân dân', false, [{ from: 'BOARD', board: 'PEOPLES_INSPECTION' }]),
              ],
            }),
          ],
        }),
        section('A.IV', 'IV', 'Nhận xét, đánh giá chung', false, [], {
          children: [
            section('A.IV.1', '1', 'Ưu điểm', true, [{ from: 'SELF_SCORE', perCriterion: false }], { proseFirst: true }),
            section('A.IV.2', '2', 'Hạn chế', true),
            section('A.IV.3', '3', 'Kiến nghị', false),
          ],
        }),
      ],
    }),
    section('B', 'B', 'Định hướng thực hiện quy chế dân chủ {nextPeriod}', true),
  ],
};

/** The structure for the current law (Luật 10/2022/QH15, Nghị định 59/2023/NĐ-CP): its four content groups. */
export const LAW_10_2022_TEMPLATE: ReportTemplate = {
  code: 'LAW_10_2022',
  name: 'Báo cáo thực hiện dân chủ ở cơ sở (Luật số 10/2022/QH15)',
  sections: [
    section('I', 'I', 'Tình hình chung', true, [
      { from: 'PROFILE' },
      { from: 'BOARD', board: 'UNION_EXECUTIVE' },
      { from: 'BOARD', board: 'DEMOCRACY_TEAM' },
    ], { proseFirst: true }),
    section('II', 'II', 'Kết quả thực hiện', false, [], {
      children: [
        section('II.1', '1', 'Công tác lãnh đạo, chỉ đạo, tuyên truyền', true, [activities('BRIEFING')], { proseFirst: true }),
        section('II.2', '2', 'Những nội dung công khai', false, [
          activities('DISCLOSURE'),
          activities('TRAINING_PERSONNEL', { decision: DISCLOSED_DECISIONS }),
        ]),
        section('II.3', '3', 'Những nội dung cán bộ, công chức, viên chức bàn và quyết định', false, [
          activities('STAFF_CONFERENCE'),
          activities('STAFF_DECISION'),
        ]),
        section('II.4', '4', 'Những nội dung cán bộ, công chức, viên chức tham gia ý kiến', false, [
          activities('CONSULTATION'),
          activities('TRAINING_PERSONNEL', { decision: CONSULTED_DECISIONS }),
        ]),
        section('II.5', '5', 'Những nội dung cán bộ, công chức, viên chức kiểm tra, giám sát', false, [
          activities('INSPECTION'),
          { from: 'BOARD', board: 'PEOPLES_INSPECTION' },
          activities('COMPLAINT_CASE'),
        ]),
      ],
    }),
    section('III', 'III', 'Đánh giá chung', false, [], {
      children: [
        section('III.1', '1', 'Ưu điểm', true, [{ from: 'SELF_SCORE', perCriterion: true }], { proseFirst: true }),
        section('III.2', '2', 'Hạn chế, nguyên nhân', true),
        section('III.3', '3', 'Kiến nghị, đề xuất', false),
      ],
    }),
    section('IV', 'IV', 'Phương hướng, nhiệm vụ {nextPeriod}', true),
  ],
};

export const REPORT_TEMPLATES: Record<ReportTemplateCode, ReportTemplate> = {
  DECREE_71_2006: DECREE_71_TEMPLATE,
  LAW_10_2022: LAW_10_2022_TEMPLATE,
};

/** Every section of a template, depth first, in reading order. */
export function templateSections(template: ReportTemplate): ReportSection[] {
  const walk = (sections: readonly ReportSection[]): ReportSection[] =>
    sections.flatMap((s) => [s, ...walk(s.children ?? [])]);
  return walk(template.sections);
}
