// What differs between the two official formats, in one table, and the lines both write the same way: the
// number, the place and date, the signature, the recipients. The DOCX renderer (libs/reports/documents) and
// the web's preview page read the same rules, so the preview reads like the file that will be downloaded.
import type { DocumentFormat, OfficialDocument, SigningMode } from './official-document';

export interface FormatRules {
  /** Upper right of the header, first line. */
  headerRight: string;
  /** The national motto under it (STATE only). */
  motto: string | null;
  /** The first header line on the right is underlined (PARTY) rather than ruled below the motto (STATE). */
  underlineHeaderRight: boolean;
  /** Under the issuer: a short rule (STATE) or a star (PARTY). */
  issuerMark: 'RULE' | 'STAR';
  /** "Số: 12/BC-BTH" (STATE) or "Số 12-BC/BTH" (PARTY). */
  numberLabel: string;
  /** The prefix written before the body signed for (T/M, K/T, T/L); none when signing in one's own name. */
  signingPrefix: Readonly<Record<SigningMode, string | null>>;
}

export const FORMAT_RULES: Readonly<Record<DocumentFormat, FormatRules>> = {
  STATE: {
    headerRight: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    underlineHeaderRight: false,
    issuerMark: 'RULE',
    numberLabel: 'Số:',
    signingPrefix: { ON_BEHALF: 'TM.', DEPUTY: 'KT.', BY_ORDER: 'TL.', OWN: null },
  },
  PARTY: {
    headerRight: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    motto: null,
    underlineHeaderRight: true,
    issuerMark: 'STAR',
    numberLabel: 'Số',
    signingPrefix: { ON_BEHALF: 'T/M', DEPUTY: 'K/T', BY_ORDER: 'T/L', OWN: null },
  },
};

/**
 * "Vĩnh Long, ngày 05 tháng 02 năm 2026": days under 10 and months under 3 take a leading zero (Nghị định 30,
 * Phụ lục I). A date not yet written (a draft's header being typed) leaves room: "ngày ... tháng ... năm ...".
 */
export function placeAndDate(place: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(isoDate);
  if (!match) return `${place}, ngày ... tháng ... năm ...`;
  const [, year, month, day] = match;
  const monthText = Number(month) < 3 ? month : String(Number(month));
  return `${place}, ngày ${day} tháng ${monthText} năm ${year}`;
}

/** The number line: "Số: 12/BC-BTH", or the label alone with room for the clerk when there is no number yet. */
export function numberLine(format: DocumentFormat, number: string | null): string {
  const bare = number?.replace(/^Số:?\s*/u, '').trim();
  return `${FORMAT_RULES[format].numberLabel} ${bare || '........'}`;
}

/** The signing lines, top to bottom: "T/M BAN …", "TRƯỞNG BAN", then (after room to sign) the name. */
export function signatureLines(doc: Pick<OfficialDocument, 'format' | 'signature'>): { above: string[]; name: string } {
  const { mode, onBehalfOf, title, name } = doc.signature;
  const prefix = FORMAT_RULES[doc.format].signingPrefix[mode];
  const above: string[] = [];
  if (prefix) above.push(onBehalfOf ? `${prefix} ${onBehalfOf.toLocaleUpperCase('vi')}` : prefix);
  above.push(title.toLocaleUpperCase('vi'));
  return { above, name };
}

/** A recipient line as written under "Nơi nhận:": "- Lưu". */
export const recipientLine = (recipient: string): string => (/^\s*-/u.test(recipient) ? recipient : `- ${recipient}`);
