/**
 * An official document (văn bản) as a renderer takes it: what it says, in order, and the blocks around the
 * body that both official formats have. Pure data: the reports domain builds it from a report's records and
 * prose; a renderer turns it into a DOCX in one of the two formats (and LibreOffice into a PDF).
 *
 * - PARTY: Hướng dẫn 36-HD/VPTW (the Party's organs: "ĐẢNG CỘNG SẢN VIỆT NAM" on the right of the header).
 * - STATE: Nghị định 30/2020/NĐ-CP (State organs and units: the national motto on the right of the header).
 */
export const DOCUMENT_FORMATS = ['PARTY', 'STATE'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** How the signer signs: T/M (thay mặt, TM.), K/T (ký thay, KT.), T/L (thừa lệnh, TL.), or in their own name. */
export const SIGNING_MODES = ['ON_BEHALF', 'DEPUTY', 'BY_ORDER', 'OWN'] as const;
export type SigningMode = (typeof SIGNING_MODES)[number];

/** A piece of the body, in reading order. `text` is plain; counts are already in their customary form ("01 đ/c"). */
export type DocumentBlock =
  /** "A/- BÁO CÁO TỔNG KẾT NĂM 2006", "I/- Đặc điểm tình hình", "2.1/- Kết quả tuyên truyền" */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  /** "- Có 01 chi bộ cơ sở gồm BCH chi bộ 03 đ/c với 15 đảng viên." */
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; header: readonly string[]; rows: readonly (readonly string[])[] };

export interface OfficialDocument {
  format: DocumentFormat;
  /** The issuing body's superior, upper left ("ĐẢNG ỦY KHỐI CƠ QUAN TỈNH"); null when there is none. */
  issuerParent: string | null;
  /** The issuing body, upper left, bold ("BAN THỰC HIỆN QCDC"). */
  issuer: string;
  /** "Số: 12-BC/BTHQCDC"; null leaves "Số:" for the clerk to fill. */
  number: string | null;
  /** Place and date, upper right, italic: "Vĩnh Long, ngày 15 tháng 12 năm 2006". Date as "YYYY-MM-DD". */
  place: string;
  issuedOn: string;
  /** "BÁO CÁO" */
  documentKind: string;
  /** Trích yếu: "Tổng kết thực hiện quy chế dân chủ ở cơ quan năm 2006 và định hướng năm 2007". */
  subject: string;
  body: readonly DocumentBlock[];
  /** Nơi nhận, one line each ("Ban chỉ đạo tỉnh (Ban DV)", "Lưu"). */
  recipients: readonly string[];
  signature: {
    mode: SigningMode;
    /** The body signed for under T/M ("BAN THỰC HIỆN QCDC"); null for the other modes. */
    onBehalfOf: string | null;
    /** "TRƯỞNG BAN" */
    title: string;
    /** "Cao Danh Vọng" */
    name: string;
  };
}
