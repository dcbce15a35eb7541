import type { Band, BoardKind, PeriodKind } from '@qcdc/shared/contracts';
import type { DocumentFormat, SigningMode } from './official-document';

/**
 * What a report is built from, as plain data: the reports domain does not import the activities domain, so
 * a record comes with its kind's code, its line as reports write it (`summary`), its figures, and its facts
 * as stored (read here only where a sentence needs them: a briefing's topic, a decision's kind, the boards
 * a conference elected).
 */
export interface ReportRecord {
  id: string;
  kind: string;
  /** "YYYY-MM-DD" */
  occurredOn: string;
  summary: string;
  figures: Readonly<Record<string, number>>;
  facts: Readonly<Record<string, unknown>>;
}

export interface ReportUnitProfile {
  staffCount: number | null;
  partyMembers: number | null;
  unionMembers: number | null;
  boards: readonly { kind: BoardKind; members: number; termFrom?: number | null; termTo?: number | null }[];
}

export interface ReportSelfScore {
  total: number;
  band: Band | null;
  criteria: readonly { code: string; title: string; maxPoints: number; points: number | null }[];
}

/** The blocks around the body (see OfficialDocument). */
export interface ReportHeader {
  format: DocumentFormat;
  issuerParent: string | null;
  issuer: string;
  number: string | null;
  place: string;
  issuedOn: string;
  subject: string;
  recipients: readonly string[];
  signature: { mode: SigningMode; onBehalfOf: string | null; title: string; name: string };
}

export interface ReportPeriodRef {
  kind: PeriodKind;
  year: number;
}
