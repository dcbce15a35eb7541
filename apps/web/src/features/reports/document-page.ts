// The lines of an official document's header and signature as the preview page shows them. The DOCX renderer
// (libs/reports/documents, formats.ts and render-docx.ts: a server library the web may not import) writes
// the same lines; these follow its rules so that the preview reads like the file that will be downloaded.
import type { DocumentFormat, OfficialDocument, SigningMode } from '@qcdc/reports/domain';

interface PageRules {
  headerRight: string;
  motto: string | null;
  numberLabel: string;
  signingPrefix: Readonly<Record<SigningMode, string | null>>;
}

const RULES: Readonly<Record<DocumentFormat, PageRules>> = {
  STATE: {
    headerRight: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    numberLabel: 'Số:',
    signingPrefix: { ON_BEHALF: 'TM.', DEPUTY: 'KT.', BY_ORDER: 'TL.', OWN: null },
  },
  PARTY: {
    headerRight: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    motto: null,
    numberLabel: 'Số',
    signingPrefix: { ON_BEHALF: 'T/M', DEPUTY: 'K/T', BY_ORDER: 'T/L', OWN: null },
  },
};

export const pageRules = (format: DocumentFormat): PageRules => RULES[format];

/** "Vĩnh Long, ngày 05 tháng 02 năm 2026": days under 10 and months under 3 take a leading zero. */
export function placeAndDate(place: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(isoDate);
  if (!match) return `${place}, ngày ... tháng ... năm ...`;
  const [, year, month, day] = match;
  const monthText = Number(month) < 3 ? month : String(Number(month));
  return `${place}, ngày ${day} tháng ${monthText} năm ${year}`;
}

/** "Số: 12/BC-BTH" (STATE), "Số 12-BC/BTH" (PARTY), or the label with room for the clerk. */
export function numberLine(format: DocumentFormat, number: string | null): string {
  const bare = number?.replace(/^Số:?\s*/u, '').trim();
  return `${RULES[format].numberLabel} ${bare || '........'}`;
}

/** The lines above the signature ("TM. BAN THỰC HIỆN QCDC", "TRƯỞNG BAN") and the signer's name. */
export function signatureLines(doc: Pick<OfficialDocument, 'format' | 'signature'>): { above: string[]; name: string } {
  const { mode, onBehalfOf, title, name } = doc.signature;
  const prefix = RULES[doc.format].signingPrefix[mode];
  const above: string[] = [];
  if (prefix) above.push(onBehalfOf ? `${prefix} ${onBehalfOf.toLocaleUpperCase('vi')}` : prefix);
  above.push(title.toLocaleUpperCase('vi'));
  return { above, name };
}

/** A recipient line as written under "Nơi nhận:": "- Lưu". */
export const recipientLine = (recipient: string): string => (/^\s*-/u.test(recipient) ? recipient : `- ${recipient}`);

/** The document the server sent (JSON), as the domain's type, or null when it is not one (an older server). */
export function asOfficialDocument(json: Record<string, unknown> | null | undefined): OfficialDocument | null {
  if (!json || typeof json['format'] !== 'string' || !Array.isArray(json['body'])) return null;
  return json as unknown as OfficialDocument;
}
