// The document the preview page shows. Its header and signature lines come from the reports domain
// (FORMAT_RULES, numberLine, placeAndDate, signatureLines, recipientLine), as the DOCX renderer's do.
import type { OfficialDocument } from '@qcdc/reports/domain';

/** The document the server sent (JSON), as the domain's type, or null when it is not one (an older server). */
export function asOfficialDocument(json: Record<string, unknown> | null | undefined): OfficialDocument | null {
  if (!json || typeof json['format'] !== 'string' || !Array.isArray(json['body'])) return null;
  return json as unknown as OfficialDocument;
}
