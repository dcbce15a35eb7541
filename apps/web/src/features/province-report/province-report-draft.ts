// The consolidated report's state as the committee types it: the prose of each section and the header form.
// Pure: what saveProvinceReport takes is derived here, the header checked with the domain's own schema (the
// unit report's header form, from features/reports/report-draft).
import type { ProvinceReportFieldsFragment, SaveProvinceReportInput } from '../../gql/graphql';
import { headerForm, headerInput, headerProblems, proseOf, type HeaderForm } from '../reports/report-draft';

export interface ProvinceDraft {
  /** The saved version these edits start from: saveProvinceReport's expectedVersion (0 before the first save). */
  version: number;
  prose: Record<string, string>;
  header: HeaderForm;
  /** Edits not yet accepted by the server. */
  unsaved: boolean;
  /**
   * What was edited since the version read: section keys, and "header". Only these are sent, so that saving
   * over a newer version (after a mismatch) keeps what the other official wrote elsewhere.
   */
  touched: string[];
}

export const HEADER = 'header';

/** The state of the report as the server has it (its header, or the one it proposes while none was saved). */
export function savedDraft(report: Pick<ProvinceReportFieldsFragment, 'version' | 'prose' | 'header'>): ProvinceDraft {
  return { version: report.version, prose: proseOf(report.prose), header: headerForm(report.header), unsaved: false, touched: [] };
}

/**
 * What the autosave sends: the text of the sections edited (a cleared one as null, so that it is cleared on
 * the server), and the header when it was edited and the domain's schema takes it (a header half filled in
 * stays on the device meanwhile).
 */
export function saveInput(periodId: string, draft: ProvinceDraft): SaveProvinceReportInput {
  const sections = draft.touched.filter((key) => key !== HEADER);
  const prose = Object.fromEntries(sections.map((key) => [key, draft.prose[key]?.trim() ? draft.prose[key] : null]));
  const input: SaveProvinceReportInput = { periodId, expectedVersion: draft.version, prose };
  if (draft.touched.includes(HEADER) && headerProblems(draft.header).length === 0) input.header = headerInput(draft.header);
  return input;
}

/** Whether everything edited is in `input` (a half-filled header is not): then the server's report is the draft. */
export const sendsAll = (draft: ProvinceDraft, input: SaveProvinceReportInput): boolean => !draft.touched.includes(HEADER) || Boolean(input.header);

/** The edits kept on the device when there are unsaved ones (whatever the server has), else the server's. */
export function resumed(kept: ProvinceDraft | null, saved: ProvinceDraft): ProvinceDraft {
  return kept?.unsaved ? kept : saved;
}
