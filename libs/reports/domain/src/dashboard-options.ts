/** The choices of the dashboards' queries (no imports: the input schemas read them). */

export const ROLLUP_DIMENSIONS = ['PROVINCE', 'BLOC', 'UNIT_TYPE'] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

/** How the ranking table sorts: best score first by default. Ties and units without a score go by code. */
export const RANKING_SORTS = ['SCORE_DESC', 'SCORE_ASC', 'CODE', 'NAME', 'SUBMITTED_AT'] as const;
export type RankingSort = (typeof RANKING_SORTS)[number];

export const RANKING_LIMIT = { min: 1, max: 500, default: 50 } as const;
export const RANKING_SEARCH_MAX = 100;
