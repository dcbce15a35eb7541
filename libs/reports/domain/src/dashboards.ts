import { BANDS, Band } from '@qcdc/shared/contracts';
import { CONTENT_GROUP_NAMES } from './province-report';

export * from './dashboard-options';

/**
 * The committee's dashboards: what the roll-up cells' counts mean on screen. Pure rules; the figures come from
 * the roll-up read models (rollups.cell_view, rollups.unit_standing_view) and medians are taken at read time.
 */

/** The label of the province's cell. */
export const PROVINCE_LABEL = 'Toàn tỉnh';

/** A share in percent, 2 decimals; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? round2((100 * part) / whole) : null;
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Counts per band in the bands' order, 0 for a band absent from the counts. */
export function bandCountsOf(counts: Readonly<Record<string, number>> | null | undefined): { band: Band; count: number }[] {
  return BANDS.map((band) => ({ band, count: Number(counts?.[band] ?? 0) }));
}

/** The counters a roll-up cell keeps (rollups.cell_view), as numbers and objects. */
export interface CellCounts {
  unitsExpected: number;
  unitsSubmitted: number;
  unitsOnTime: number;
  unitsLate: number;
  unitsApproved: number;
  unitsReturned: number;
  scoreCount: number;
  scoreSum: number;
  activityCounts: Readonly<Record<string, number>>;
  figureSums: Readonly<Record<string, number>>;
  unitsWithKind: Readonly<Record<string, number>>;
}

/** The figures a cell shows, derived from its counters. Rates are percents; the average has 2 decimals. */
export interface CellFigures {
  unitsNotSubmitted: number;
  submissionRate: number | null;
  onTimeRate: number | null;
  averageScore: number | null;
  staffConferenceRate: number | null;
  /** Units whose People's Inspection Board was at work: at least one inspection by it in the window. */
  inspectionBoards: number;
  /** The People's Inspection Boards' sessions (INSPECTION.peoplesInspection). */
  inspectionSessions: number;
  disclosures: number;
  consultations: number;
  complaintsReceived: number;
  complaintsResolved: number;
  activityCounts: { kind: string; label: string; count: number }[];
}

const count = (values: Readonly<Record<string, number>>, key: string): number => Number(values[key] ?? 0);

export function cellFigures(c: CellCounts): CellFigures {
  const kinds = [...Object.keys(CONTENT_GROUP_NAMES), ...Object.keys(c.activityCounts).filter((k) => !(k in CONTENT_GROUP_NAMES)).sort()];
  return {
    unitsNotSubmitted: Math.max(0, c.unitsExpected - c.unitsSubmitted),
    submissionRate: percent(c.unitsSubmitted, c.unitsExpected),
    // On time among the units that submitted.
    onTimeRate: percent(c.unitsOnTime, c.unitsSubmitted),
    averageScore: c.scoreCount > 0 ? round2(c.scoreSum / c.scoreCount) : null,
    staffConferenceRate: percent(count(c.unitsWithKind, 'STAFF_CONFERENCE'), c.unitsExpected),
    inspectionBoards: count(c.unitsWithKind, 'INSPECTION.peoplesInspection'),
    inspectionSessions: count(c.figureSums, 'INSPECTION.peoplesInspection'),
    disclosures: count(c.activityCounts, 'DISCLOSURE'),
    consultations: count(c.activityCounts, 'CONSULTATION'),
    complaintsReceived: count(c.activityCounts, 'COMPLAINT_CASE'),
    complaintsResolved: count(c.figureSums, 'COMPLAINT_CASE.resolved'),
    activityCounts: kinds.map((kind) => ({ kind, label: CONTENT_GROUP_NAMES[kind] ?? kind, count: count(c.activityCounts, kind) })),
  };
}

/** Whole days from the due day to today when a unit has not submitted and the due day is past; else null. */
export function daysOverdue(today: string, dueOn: string, submitted: boolean): number | null {
  if (submitted) return null;
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000);
  return days > 0 ? days : null;
}

/**
 * Vietnamese letters with their marks, and the plain letter each folds to: what "accent-insensitive" means for
 * search (Đ/đ fold to d). Upper and lower case both, so the SQL side needs no locale for lower().
 */
const MARKED = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const PLAIN = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';
export const SEARCH_FOLD_FROM = `${MARKED}${MARKED.toUpperCase()}ABCDEFGHIJKLMNOPQRSTUVWXYZ`;
export const SEARCH_FOLD_TO = `${PLAIN}${PLAIN}abcdefghijklmnopqrstuvwxyz`;

const FOLD = new Map([...SEARCH_FOLD_FROM].map((ch, i) => [ch, SEARCH_FOLD_TO[i]]));

/** A text as search compares it: NFC, every Vietnamese mark and the case folded away ("Đông Hà" → "dong ha"). */
export function foldForSearch(text: string): string {
  return [...text.normalize('NFC')].map((ch) => FOLD.get(ch) ?? ch.toLowerCase()).join('');
}
