// The page set-up of both official formats (A4, margins, Times New Roman, sizes). What differs between the
// formats (FORMAT_RULES) and the lines both write alike are in the reports domain, shared with the web's preview.

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
