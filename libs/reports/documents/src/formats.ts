// What differs between the two official formats, in one table: the header's right side, how the number is
// written, the mark under the issuer, and the signing prefixes. The page set-up (A4, margins, Times New Roman)
// is the same for both.
import type { DocumentFormat, SigningMode } from '@qcdc/reports/domain';

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

/** Page set-up shared by both formats (Nghị định 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW). */
export const PAGE = {
  /** A4 in millimetres. */
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  font: 'Times New Roman',
  /** Point sizes. */
  bodyPt: 14,
  headerPt: 13,
  /** The long header lines (the issuer's superior, the national name) at 12 pt keep to one line. */
  headerSmallPt: 12,
  recipientsHeadingPt: 12,
  recipientsPt: 11,
  tablePt: 12,
  /** First-line indent of body paragraphs, cm; space after, pt; line spacing, multiple. */
  firstLineIndentCm: 1.27,
  spaceAfterPt: 6,
  lineSpacing: 1.2,
} as const;

/** "ngày 05 tháng 02 năm 2026": days under 10 and months under 3 take a leading zero (Nghị định 30, Phụ lục I). */
export function placeAndDate(place: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`issuedOn must be YYYY-MM-DD, got "${isoDate}"`);
  const [, year, month, day] = match;
  const m = Number(month);
  const monthText = m < 3 ? month : String(m);
  return `${place}, ngày ${day} tháng ${monthText} năm ${year}`;
}

/** The number line: "Số: 12/BC-BTH", or the label alone with room for the clerk when there is no number yet. */
export function numberLine(rules: FormatRules, number: string | null): string {
  const bare = number?.replace(/^Số:?\s*/u, '').trim();
  return bare ? `${rules.numberLabel} ${bare}` : `${rules.numberLabel} ........`;
}
