import { round2 } from './points';
import { CONTENT_GROUPS, ContentGroup, CriterionDefinition } from './rubric';

export interface Totals {
  byGroup: Record<ContentGroup, number>;
  total: number;
}

/**
 * The points per content group and overall, from points by criterion code. A criterion with sub-criteria
 * counts through them, so only criteria without sub-criteria are added; codes not in the rubric are left out.
 */
export function totalsOf(
  criteria: readonly Pick<CriterionDefinition, 'code' | 'contentGroup' | 'parentCode'>[],
  pointsByCode: Readonly<Record<string, number>>,
): Totals {
  const parents = new Set(criteria.map((c) => c.parentCode));
  const byGroup = Object.fromEntries(CONTENT_GROUPS.map((g) => [g, 0])) as Record<ContentGroup, number>;
  for (const criterion of criteria) {
    if (parents.has(criterion.code)) continue;
    byGroup[criterion.contentGroup] = round2(byGroup[criterion.contentGroup] + (pointsByCode[criterion.code] ?? 0));
  }
  return { byGroup, total: round2(CONTENT_GROUPS.reduce((sum, g) => sum + byGroup[g], 0)) };
}
