// The report editor's state, as the official types it: the template, the text of each section and the header
// form (every field a string, recipients one per line). Pure: what is sent to the server (a draft input, for
// the preview and the autosave) is derived here, and checked with the domain's own header schema.
import { reportHeaderInput } from '@qcdc/reports/domain';
import type {
  DocumentFormat,
  ReportDetailFieldsFragment,
  ReportDraftInput,
  ReportHeaderFieldsFragment,
  ReportHeaderInput,
  ReportTemplateCode,
  SigningMode,
} from '../../gql/graphql';

export interface HeaderForm {
  format: DocumentFormat;
  issuerParent: string;
  issuer: string;
  number: string;
  place: string;
  issuedOn: string;
  subject: string;
  /** One recipient a line. */
  recipients: string;
  signatureMode: SigningMode;
  onBehalfOf: string;
  signatureTitle: string;
  signatureName: string;
}

export interface EditorDraft {
  /** The saved version these edits start from: saveReportDraft's expectedVersion (0 before the first save). */
  version: number;
  templateCode: ReportTemplateCode;
  prose: Record<string, string>;
  header: HeaderForm;
  /** Edits not yet accepted by the server. */
  unsaved: boolean;
}

export function headerForm(header: ReportHeaderFieldsFragment): HeaderForm {
  return {
    format: header.format,
    issuerParent: header.issuerParent ?? '',
    issuer: header.issuer,
    number: header.number ?? '',
    place: header.place,
    issuedOn: header.issuedOn,
    subject: header.subject,
    recipients: header.recipients.join('\n'),
    signatureMode: header.signature.mode,
    onBehalfOf: header.signature.onBehalfOf ?? '',
    signatureTitle: header.signature.title,
    signatureName: header.signature.name,
  };
}

const optional = (text: string): string | null => (text.trim() ? text.trim() : null);

/** The form as the API takes it: blank optional fields are null, recipients one a line without the blank ones. */
export function headerInput(form: HeaderForm): ReportHeaderInput {
  return {
    format: form.format,
    issuerParent: optional(form.issuerParent),
    issuer: form.issuer.trim(),
    number: optional(form.number),
    place: form.place.trim(),
    issuedOn: form.issuedOn,
    subject: form.subject.trim(),
    recipients: form.recipients
      .split(/\r?\n/u)
      .map((line) => line.trim())
      .filter(Boolean),
    signature: {
      mode: form.signatureMode,
      // Only T/M, K/T and T/L sign for someone.
      onBehalfOf: form.signatureMode === 'OWN' ? null : optional(form.onBehalfOf),
      title: form.signatureTitle.trim(),
      name: form.signatureName.trim(),
    },
  };
}

/** The header fields the domain's schema refuses as they stand (their paths, "issuer", "signature.name"); none when it may be sent. */
export function headerProblems(form: HeaderForm): string[] {
  const parsed = reportHeaderInput.safeParse(headerInput(form));
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))];
}

/** The text of each section, as saved (a section never written is absent). */
export function proseOf(saved: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(saved).flatMap(([key, text]) => (typeof text === 'string' ? [[key, text]] : [])));
}

/** The editor's state from the saved report; its header, or the one the server proposes while none was saved. */
export function draftOf(
  report: Pick<ReportDetailFieldsFragment, 'version' | 'templateCode' | 'prose' | 'header'>,
  proposed: ReportHeaderFieldsFragment,
): EditorDraft {
  return {
    version: report.version,
    templateCode: report.templateCode,
    prose: proseOf(report.prose),
    header: headerForm(report.header ?? proposed),
    unsaved: false,
  };
}

/**
 * What the preview and the autosave send: the template, the prose, and the header when the domain's schema
 * takes it (a header half filled in is kept on the device, and the server's proposal stands meanwhile).
 */
export function draftInput(draft: EditorDraft): ReportDraftInput {
  const input: ReportDraftInput = { templateCode: draft.templateCode, prose: draft.prose };
  if (headerProblems(draft.header).length === 0) input.header = headerInput(draft.header);
  return input;
}

/**
 * The draft to show after a reload: the edits kept on the device when there are unsaved ones (whatever the
 * server has), else the server's.
 */
export function resumedDraft(kept: EditorDraft | null, saved: EditorDraft): EditorDraft {
  return kept?.unsaved ? kept : saved;
}
