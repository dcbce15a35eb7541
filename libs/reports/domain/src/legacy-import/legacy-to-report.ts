import type { DocumentFormat, SigningMode } from '../official-document';
import type { ReportHeaderInput } from '../inputs';
import { DECREE_71_TEMPLATE, templateSections } from '../report-templates';
import type { LegacyReportDraft } from './parse-legacy-report';

/** What the report's header takes from the unit, not from the past report's text. */
export interface LegacyHeaderBase {
  format: DocumentFormat;
  issuerParent: string | null;
  issuer: string;
  place: string;
  issuedOn: string;
}

/** A past report as a draft of the DECREE_71_2006 template: its prose, its header, and the figures as read. */
export interface LegacyReportImport {
  templateCode: 'DECREE_71_2006';
  /** Template section key → the past report's text under that heading. */
  prose: Record<string, string>;
  /** Null until the header can be whole: the unit's part given and the signer read (title and name). */
  header: ReportHeaderInput | null;
  /** The figures the parser read, with where each came from, kept for a person to compare. */
  imported: Record<string, unknown>;
}

const SECTION_KEYS = new Set(templateSections(DECREE_71_TEMPLATE).map((s) => s.key));

/** The template section a past heading goes under: itself, or its nearest parent the template has ("A.III.3" → "A.III"). */
export function templateKeyOf(legacyKey: string): string | null {
  for (let key = legacyKey; key !== ''; key = key.split('.').slice(0, -1).join('.')) {
    if (SECTION_KEYS.has(key)) return key;
  }
  return null;
}

const SIGNING: Record<'T/M' | 'K/T', SigningMode> = { 'T/M': 'ON_BEHALF', 'K/T': 'DEPUTY' };

/**
 * Maps a parsed past report onto the DECREE_71_2006 template: each heading's text becomes the prose of the
 * section with the same key (a heading the template does not have is added to its nearest parent's, after a
 * line naming it), the title becomes the subject, "Nơi nhận" the recipients, and the T/M or K/T block the
 * signature. Nothing is invented: what was not read is left for the person (null header).
 */
export function legacyDraftToReport(draft: LegacyReportDraft, base: LegacyHeaderBase | null): LegacyReportImport {
  const prose: Record<string, string> = {};
  for (const [key, { heading, text }] of Object.entries(draft.sections)) {
    const target = templateKeyOf(key);
    const body = text.trim();
    if (!target || body === '') continue;
    const part = target === key ? body : `${heading || key}\n${body}`;
    prose[target] = prose[target] ? `${prose[target]}\n${part}` : part;
  }
  const signer = draft.signer;
  const header: ReportHeaderInput | null =
    base && signer?.title && signer.name
      ? {
          format: base.format,
          issuerParent: base.issuerParent,
          issuer: base.issuer,
          number: null,
          place: base.place,
          issuedOn: base.issuedOn,
          subject: draft.title.trim() || `Báo cáo thực hiện quy chế dân chủ${draft.year ? ` năm ${draft.year}` : ''}`,
          recipients: draft.recipients,
          signature: { mode: SIGNING[signer.mode], onBehalfOf: signer.body || null, title: signer.title, name: signer.name },
        }
      : null;
  const { sections: _sections, ...figures } = draft;
  return { templateCode: 'DECREE_71_2006', prose, header, imported: figures as unknown as Record<string, unknown> };
}
