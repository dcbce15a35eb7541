import { BANDS } from '@qcdc/shared/contracts';
import { round2 } from './points';
import { ACTIVITY_KIND_CODES, CriterionDefinition, MEASURES, SCORING_METHODS, ScoringMethod } from './rubric';
import { VetoRule } from './vetoes';

/** One thing that keeps a draft rubric from being published. */
export interface RubricProblem {
  code:
    | 'TOTAL_NOT_100'
    | 'DUPLICATE_CODE'
    | 'MAX_POINTS_INVALID'
    | 'PARENT_MISSING'
    | 'PARENT_NESTED'
    | 'PARENT_OTHER_GROUP'
    | 'PARENT_POINTS_MISMATCH'
    | 'PARENT_NOT_MANUAL'
    | 'METHOD_INVALID'
    | 'ACTIVITY_KIND_UNKNOWN'
    | 'PREVIOUS_CODE_UNKNOWN'
    | 'VETO_INVALID';
  /** The criterion (or veto rule) at fault, null for the rubric as a whole. */
  criterionCode: string | null;
  vi: string;
  en: string;
}

export interface RubricDraft {
  criteria: readonly CriterionDefinition[];
  vetoRules: readonly VetoRule[];
  /** The codes of last year's rubric, which `previousCode` must name; null when there was none. */
  previousYearCodes: readonly string[] | null;
}

/** Every problem of a draft rubric, in the rubric's order; none means it may be published. */
export function rubricProblems(draft: RubricDraft): RubricProblem[] {
  const { criteria } = draft;
  const problems: RubricProblem[] = [];
  const problem = (code: RubricProblem['code'], criterionCode: string | null, vi: string, en: string) =>
    problems.push({ code, criterionCode, vi, en });

  const top = round2(criteria.filter((c) => c.parentCode === null).reduce((sum, c) => sum + c.maxPoints, 0));
  if (top !== 100) {
    problem(
      'TOTAL_NOT_100',
      null,
      `Tổng điểm tối đa của các tiêu chí là ${top}, phải bằng 100.`,
      `The criteria’s maximum points add up to ${top}; they must add up to 100.`,
    );
  }

  const byCode = new Map<string, CriterionDefinition>();
  for (const c of criteria) {
    if (byCode.has(c.code)) {
      problem('DUPLICATE_CODE', c.code, `Mã tiêu chí ${c.code} bị trùng.`, `The criterion code ${c.code} is used twice.`);
    }
    byCode.set(c.code, c);
  }

  for (const c of criteria) {
    if (!Number.isFinite(c.maxPoints) || c.maxPoints <= 0) {
      problem('MAX_POINTS_INVALID', c.code, `Điểm tối đa của tiêu chí ${c.code} phải lớn hơn 0.`, `Criterion ${c.code} must be worth more than 0 points.`);
    }
    const children = criteria.filter((child) => child.parentCode === c.code);
    if (children.length > 0) {
      const sum = round2(children.reduce((s, child) => s + child.maxPoints, 0));
      if (sum !== c.maxPoints) {
        problem(
          'PARENT_POINTS_MISMATCH',
          c.code,
          `Các tiêu chí con của ${c.code} cộng lại ${sum} điểm, khác điểm tối đa ${c.maxPoints} của nó.`,
          `The sub-criteria of ${c.code} add up to ${sum} points, not its ${c.maxPoints}.`,
        );
      }
      if (c.method.kind !== 'MANUAL') {
        problem(
          'PARENT_NOT_MANUAL',
          c.code,
          `Tiêu chí ${c.code} được chấm qua các tiêu chí con, nên không có cách tính điểm riêng.`,
          `Criterion ${c.code} is scored through its sub-criteria, so it takes no method of its own.`,
        );
      }
    }
    if (c.parentCode !== null) {
      const parent = byCode.get(c.parentCode);
      if (!parent) {
        problem(
          'PARENT_MISSING',
          c.code,
          `Tiêu chí ${c.code} thuộc tiêu chí ${c.parentCode}, nhưng không có tiêu chí ${c.parentCode}.`,
          `Criterion ${c.code} belongs to ${c.parentCode}, which does not exist.`,
        );
      } else if (parent.parentCode !== null) {
        problem(
          'PARENT_NESTED',
          c.code,
          `Tiêu chí ${c.code} thuộc tiêu chí con ${c.parentCode}; chỉ được chia một cấp.`,
          `Criterion ${c.code} belongs to ${c.parentCode}, itself a sub-criterion; only one level is allowed.`,
        );
      } else if (parent.contentGroup !== c.contentGroup) {
        problem(
          'PARENT_OTHER_GROUP',
          c.code,
          `Tiêu chí ${c.code} phải cùng nhóm nội dung với tiêu chí ${c.parentCode}.`,
          `Criterion ${c.code} must be in the same content group as ${c.parentCode}.`,
        );
      }
    }
    for (const fault of methodFaults(c.method, c.maxPoints)) {
      problem('METHOD_INVALID', c.code, `Tiêu chí ${c.code}: ${fault.vi}`, `Criterion ${c.code}: ${fault.en}`);
    }
    for (const kind of c.activityKinds) {
      if (!isOneOf(ACTIVITY_KIND_CODES, kind)) {
        problem('ACTIVITY_KIND_UNKNOWN', c.code, `Tiêu chí ${c.code}: không có loại hoạt động ${kind}.`, `Criterion ${c.code}: there is no activity kind ${kind}.`);
      }
    }
    if (c.previousCode !== null && draft.previousYearCodes !== null && !draft.previousYearCodes.includes(c.previousCode)) {
      problem(
        'PREVIOUS_CODE_UNKNOWN',
        c.code,
        `Tiêu chí ${c.code} nối với tiêu chí ${c.previousCode} năm trước, nhưng bộ tiêu chí năm trước không có mã này.`,
        `Criterion ${c.code} continues last year’s ${c.previousCode}, which last year’s rubric does not have.`,
      );
    }
  }

  const vetoCodes = new Set<string>();
  for (const rule of draft.vetoRules) {
    const fault = vetoFault(rule, vetoCodes);
    if (fault) problem('VETO_INVALID', rule.code, `Điểm liệt ${rule.code}: ${fault.vi}`, `Veto rule ${rule.code}: ${fault.en}`);
    vetoCodes.add(rule.code);
  }
  return problems;
}

interface Fault {
  vi: string;
  en: string;
}

function methodFaults(method: ScoringMethod, maxPoints: number): Fault[] {
  if (!isOneOf(SCORING_METHODS, method.kind)) return [{ vi: 'cách tính điểm không hợp lệ.', en: 'the scoring method is not valid.' }];
  const faults: Fault[] = [];
  const measures = method.kind === 'MANUAL' ? [] : method.kind === 'RATIO' ? [method.part, method.whole] : [method.measure];
  for (const measure of measures) {
    if (!isOneOf(MEASURES, measure)) faults.push({ vi: `không có số liệu ${measure}.`, en: `there is no measure ${measure}.` });
  }
  switch (method.kind) {
    case 'MANUAL':
    case 'YES_NO':
      break;
    case 'RATIO':
      if (method.part === method.whole) faults.push({ vi: 'tử số và mẫu số phải khác nhau.', en: 'the part and the whole must differ.' });
      if (!(method.fullAt > 0 && method.fullAt <= 1)) {
        faults.push({ vi: 'tỷ lệ đạt điểm tối đa phải lớn hơn 0 và không quá 1.', en: 'the ratio for full points must be above 0 and at most 1.' });
      }
      break;
    case 'COUNT_AT_LEAST':
      if (!(Number.isInteger(method.atLeast) && method.atLeast >= 1)) {
        faults.push({ vi: 'số lần tối thiểu phải là số nguyên từ 1 trở lên.', en: 'the count must be a whole number of 1 or more.' });
      }
      break;
    case 'DEDUCTION':
      if (!(method.pointsEach > 0 && method.pointsEach <= maxPoints)) {
        faults.push({ vi: `điểm trừ mỗi lần phải lớn hơn 0 và không quá ${maxPoints}.`, en: `the points off each time must be above 0 and at most ${maxPoints}.` });
      }
      break;
  }
  return faults;
}

function vetoFault(rule: VetoRule, earlierCodes: ReadonlySet<string>): Fault | null {
  if (earlierCodes.has(rule.code)) return { vi: 'mã bị trùng.', en: 'the code is used twice.' };
  if (!isOneOf(MEASURES, rule.measure)) return { vi: `không có số liệu ${rule.measure}.`, en: `there is no measure ${rule.measure}.` };
  if (rule.tripsWhen !== 'BELOW' && rule.tripsWhen !== 'AT_LEAST') return { vi: 'điều kiện không hợp lệ.', en: 'the condition is not valid.' };
  if (!(Number.isInteger(rule.count) && rule.count >= 1)) return { vi: 'số lần phải là số nguyên từ 1 trở lên.', en: 'the count must be a whole number of 1 or more.' };
  if (!isOneOf(BANDS, rule.capsAt)) return { vi: 'xếp loại tối đa không hợp lệ.', en: 'the band it caps at is not valid.' };
  return null;
}

const isOneOf = (list: readonly string[], value: string) => list.includes(value);
