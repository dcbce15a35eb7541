import { PeriodKind } from '@qcdc/shared/contracts';
import { ActivityKindCode, CriterionDefinition, Measures } from './rubric';

/** Something in a self-assessment a reviewer should look at twice; shown to the unit before it submits. */
export interface InconsistencyFlag {
  code:
    | 'FULL_MARKS_WITHOUT_EVIDENCE'
    | 'SCORED_WITHOUT_ACTIVITY'
    | 'EVIDENCE_OUTSIDE_WINDOW'
    | 'NO_SIX_MONTH_REVIEW'
    | 'JUMP_ON_FEWER_ACTIVITIES';
  criterionCode: string | null;
  vi: string;
  en: string;
}

/** A linked activity (its date) or file (the date it bears, null when it bears none). */
export interface Evidence {
  kind: 'ACTIVITY' | 'FILE';
  datedOn: string | null;
}

export interface ScoredWithEvidence {
  code: string;
  points: number;
  evidence: readonly Evidence[];
}

export interface FlagInput {
  criteria: readonly Pick<CriterionDefinition, 'code' | 'maxPoints' | 'method' | 'activityKinds'>[];
  scores: readonly ScoredWithEvidence[];
  /** The unit's activities in the period's data window, counted by kind. */
  activityCounts: Readonly<Partial<Record<ActivityKindCode, number>>>;
  measures: Measures;
  period: { kind: PeriodKind; windowStart: string; windowEnd: string };
  total: number;
  /** Last year's same period: its total and how many activities it rested on; null when there is none. */
  lastYear: { total: number; activityCount: number } | null;
  /** A rise of more than this many points over last year on fewer activities is flagged. */
  jumpPoints: number;
}

/** The default rise that raises JUMP_ON_FEWER_ACTIVITIES: a whole band's width. */
export const DEFAULT_JUMP_POINTS = 20;

/** Every flag a self-assessment raises, criterion by criterion in the rubric's order, then the whole. */
export function inconsistencyFlags(input: FlagInput): InconsistencyFlag[] {
  const flags: InconsistencyFlag[] = [];
  const flag = (code: InconsistencyFlag['code'], criterionCode: string | null, vi: string, en: string) =>
    flags.push({ code, criterionCode, vi, en });
  const scoreOf = new Map(input.scores.map((s) => [s.code, s]));
  const { windowStart, windowEnd } = input.period;

  for (const criterion of input.criteria) {
    const score = scoreOf.get(criterion.code);
    if (!score) continue;
    if (score.points > 0 && score.points >= criterion.maxPoints && score.evidence.length === 0) {
      flag(
        'FULL_MARKS_WITHOUT_EVIDENCE',
        criterion.code,
        `Tiêu chí ${criterion.code} đạt điểm tối đa nhưng chưa có minh chứng.`,
        `Criterion ${criterion.code} has full marks but no evidence.`,
      );
    }
    const noneIsGood = criterion.method.kind === 'RATIO' && criterion.method.whenNone === 'FULL';
    const activities = criterion.activityKinds.reduce((sum, kind) => sum + (input.activityCounts[kind] ?? 0), 0);
    if (score.points > 0 && criterion.activityKinds.length > 0 && activities === 0 && !noneIsGood) {
      flag(
        'SCORED_WITHOUT_ACTIVITY',
        criterion.code,
        `Tiêu chí ${criterion.code} được ${score.points} điểm nhưng kỳ này chưa ghi nhận hoạt động nào liên quan.`,
        `Criterion ${criterion.code} scores ${score.points} points but no related activity is recorded this period.`,
      );
    }
    const outside = score.evidence.filter((e) => e.datedOn !== null && (e.datedOn < windowStart || e.datedOn > windowEnd));
    if (outside.length > 0) {
      const dates = outside.map((e) => e.datedOn).join(', ');
      flag(
        'EVIDENCE_OUTSIDE_WINDOW',
        criterion.code,
        `Tiêu chí ${criterion.code} có minh chứng ngày ${dates}, ngoài khoảng số liệu ${windowStart} đến ${windowEnd} của kỳ.`,
        `Criterion ${criterion.code} has evidence dated ${dates}, outside the period’s data window ${windowStart} to ${windowEnd}.`,
      );
    }
  }

  if (input.period.kind === 'YEAR' && (input.measures.SIX_MONTH_REVIEW_HELD ?? 0) < 1) {
    const review = input.criteria.find((c) => c.method.kind === 'YES_NO' && c.method.measure === 'SIX_MONTH_REVIEW_HELD');
    flag(
      'NO_SIX_MONTH_REVIEW',
      review?.code ?? null,
      'Đơn vị chưa tổ chức sơ kết 6 tháng đầu năm.',
      'The unit held no six-month review this year.',
    );
  }

  const activityCount = Object.values(input.activityCounts).reduce((sum, n) => sum + (n ?? 0), 0);
  const { lastYear } = input;
  if (lastYear && input.total - lastYear.total > input.jumpPoints && activityCount < lastYear.activityCount) {
    flag(
      'JUMP_ON_FEWER_ACTIVITIES',
      null,
      `Tổng điểm tăng từ ${lastYear.total} lên ${input.total} so với năm trước, trong khi số hoạt động giảm từ ${lastYear.activityCount} xuống ${activityCount}.`,
      `The total rose from ${lastYear.total} to ${input.total} over last year while the activities fell from ${lastYear.activityCount} to ${activityCount}.`,
    );
  }
  return flags;
}
