// The scoring screen's arithmetic, live as the unit types: the total, the band and the veto rules that cap it,
// by the scoring domain's own functions (the server's numbers, before saving). Pure.
import {
  DEFAULT_BAND_THRESHOLDS,
  bandWithVetoes,
  totalsOf,
  type Band,
  type BandResult,
  type BandThresholds,
  type ContentGroup,
  type Measure,
  type Measures,
  type VetoRule,
} from '@qcdc/scoring/domain';
import { parseDecimal } from '../../shared/format';

export interface SheetCriterion {
  id: string;
  code: string;
  contentGroup: string;
  maxPoints: number;
  parentCode: string | null;
}

export interface EvidenceLinkDraft {
  activityId?: string | null;
  evidenceFileId?: string | null;
}

/** Per criterion id, what the unit typed. */
export interface CriterionDraft {
  points: string;
  comment: string;
  evidence: EvidenceLinkDraft[];
}
export type ScoresDraft = Record<string, CriterionDraft>;

export const emptyCriterion: CriterionDraft = { points: '', comment: '', evidence: [] };

interface SavedScore {
  criterionId: string;
  points: number;
  comment: string | null;
  evidence: readonly EvidenceLinkDraft[];
}

export function draftFrom(scores: readonly SavedScore[] | undefined): ScoresDraft {
  const draft: ScoresDraft = {};
  for (const s of scores ?? []) {
    draft[s.criterionId] = {
      points: String(s.points),
      comment: s.comment ?? '',
      evidence: s.evidence.map((e) => (e.activityId ? { activityId: e.activityId } : { evidenceFileId: e.evidenceFileId })),
    };
  }
  return draft;
}

/** The points typed for a criterion: null when blank, NaN when not a number within 0..max. */
export function pointsOf(text: string | undefined, maxPoints: number): number | null {
  if (!text?.trim()) return null;
  const n = parseDecimal(text);
  return n !== null && n >= 0 && n <= maxPoints ? n : Number.NaN;
}

/** The rubric's bands as the domain's thresholds (the default's where the rubric names none). */
export function thresholdsOf(bands: readonly { band: Band; minTotal: number }[]): BandThresholds {
  const min = (band: Band, fallback: number) => bands.find((b) => b.band === band)?.minTotal ?? fallback;
  return {
    tot: min('TOT', DEFAULT_BAND_THRESHOLDS.tot),
    kha: min('KHA', DEFAULT_BAND_THRESHOLDS.kha),
    trungBinh: min('TRUNG_BINH', DEFAULT_BAND_THRESHOLDS.trungBinh),
  };
}

export interface SheetVeto {
  code: string;
  measure: string;
  tripsWhen: string;
  count: number;
  capsAt: Band;
  description: string;
}

export interface LiveResult extends BandResult {
  total: number;
  byGroup: Record<ContentGroup, number>;
  /** Criteria scored by hand (sub-criteria and criteria without them), and those still blank. */
  unscored: number;
  /** The first criterion whose points are not a number within its range. */
  invalid: SheetCriterion | null;
}

/** Total, band and vetoes of what is typed now, as the server will compute them once saved. */
export function liveResult(
  criteria: readonly SheetCriterion[],
  draft: ScoresDraft,
  rubric: { bands: readonly { band: Band; minTotal: number }[]; vetoes: readonly SheetVeto[] },
  measures: Readonly<Record<string, unknown>>,
): LiveResult {
  const parents = new Set(criteria.map((c) => c.parentCode));
  const scored = criteria.filter((c) => !parents.has(c.code));
  const pointsByCode: Record<string, number> = {};
  let unscored = 0;
  let invalid: SheetCriterion | null = null;
  for (const c of scored) {
    const p = pointsOf(draft[c.id]?.points, c.maxPoints);
    if (p === null) unscored += 1;
    else if (Number.isNaN(p)) invalid ??= c;
    else pointsByCode[c.code] = p;
  }
  const { total, byGroup } = totalsOf(
    criteria.map((c) => ({ code: c.code, contentGroup: c.contentGroup as ContentGroup, parentCode: c.parentCode })),
    pointsByCode,
  );
  const rules: VetoRule[] = rubric.vetoes.map((v) => ({
    code: v.code,
    measure: v.measure as Measure,
    tripsWhen: v.tripsWhen === 'AT_LEAST' ? 'AT_LEAST' : 'BELOW',
    count: v.count,
    capsAt: v.capsAt,
    vi: v.description,
    en: v.description,
  }));
  const numbers: Measures = Object.fromEntries(Object.entries(measures).filter(([, v]) => typeof v === 'number')) as Measures;
  return { total, byGroup, unscored, invalid, ...bandWithVetoes(total, rules, numbers, thresholdsOf(rubric.bands)) };
}

/** Whether a criterion's link list holds this activity or file. */
export const links = (evidence: readonly EvidenceLinkDraft[], link: EvidenceLinkDraft) =>
  evidence.some((e) => (link.activityId ? e.activityId === link.activityId : e.evidenceFileId === link.evidenceFileId));

const same = (a: CriterionDraft | undefined, b: CriterionDraft | undefined) =>
  JSON.stringify(a ?? emptyCriterion) === JSON.stringify(b ?? emptyCriterion);

/**
 * After someone else saved meanwhile: their version where this person changed nothing since `base` (what
 * they had loaded), this person's edits everywhere else. Nobody's work is lost silently: the edits kept here
 * show the saved value beside them.
 */
export function mergeDrafts(base: ScoresDraft, mine: ScoresDraft, theirs: ScoresDraft): ScoresDraft {
  const merged: ScoresDraft = {};
  for (const id of new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])) {
    const kept = same(mine[id], base[id]) ? theirs[id] : mine[id];
    if (kept) merged[id] = kept;
  }
  return merged;
}
