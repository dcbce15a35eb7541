import { z } from 'zod';
import { badInput, field, hasUnsafeCharacters } from '@qcdc/shared/contracts';
import { reportHeaderInput } from '../inputs';

/** The largest past report file taken (a DOCX of a yearly report is tens of kilobytes). */
export const LEGACY_FILE_MAX_BYTES = 2 * 1024 * 1024;

export type LegacyFileKind = 'DOCX' | 'TEXT';

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const WORD_ENTRY = new TextEncoder().encode('word/document.xml');

function holds(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * What a past report's file is, by its content (never its name): a Word document (a ZIP holding
 * word/document.xml) or plain UTF-8 text. Anything else (PDF, old .doc, pictures) is refused with what to do.
 */
export function legacyFileKind(bytes: Uint8Array): LegacyFileKind {
  if (bytes.length > LEGACY_FILE_MAX_BYTES) {
    throw badInput(
      `Tệp quá lớn (tối đa ${LEGACY_FILE_MAX_BYTES / 1024 / 1024} MB). Hãy chỉ giữ phần báo cáo năm hoặc dán nội dung báo cáo.`,
      `The file is too large (at most ${LEGACY_FILE_MAX_BYTES / 1024 / 1024} MB). Keep only the yearly report or paste its text.`,
      { field: 'file', reason: 'FILE_TOO_LARGE', maxBytes: LEGACY_FILE_MAX_BYTES },
    );
  }
  if (startsWith(bytes, ZIP) && holds(bytes, WORD_ENTRY)) return 'DOCX';
  // A PDF or an RTF may be plain ASCII, but their text is not the report's: refused like any other file.
  const documentOfAnotherKind = startsWith(bytes, [...new TextEncoder().encode('%PDF-')]) || startsWith(bytes, [...new TextEncoder().encode('{\\rtf')]);
  if (!documentOfAnotherKind && !bytes.includes(0)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return 'TEXT';
    } catch {
      // Not UTF-8: refused below.
    }
  }
  throw badInput(
    'Chỉ nhận tệp Word (.docx) hoặc văn bản thuần (.txt, mã UTF-8). Với tệp .doc hoặc PDF, hãy mở tệp, lưu thành .docx, hoặc sao chép nội dung rồi dán vào ô văn bản.',
    'Only Word (.docx) or plain text (.txt, UTF-8) files are taken. For a .doc or PDF, save it as .docx, or copy its text and paste it.',
    { field: 'file', reason: 'FILE_TYPE_NOT_ALLOWED', allowed: ['.docx', '.txt'] },
  );
}

const unitId = field.id({ vi: 'đơn vị', en: 'unit' });
const periodId = field.id({ vi: 'kỳ báo cáo', en: 'reporting period' });
const sectionKey = z.string().regex(/^[A-Z0-9.]{1,20}$/u, 'section key');
const proseText = field.optionalText({ vi: 'nội dung mục', en: 'the section text' }, { max: 20_000, multiline: true });

/** parseLegacyReport(text): the text as pasted (its own limits are the parser's: EMPTY_FILE, TOO_LARGE). */
export const parseLegacyReportArgs = z.object({ text: field.rule(assertPastedText, { field: 'text' }) });

/**
 * Pasted text fits in a request to /graphql (100 KB, some 40,000 Vietnamese characters); a longer report is
 * uploaded as a file. Control characters (NUL …) are not a report's.
 */
export const LEGACY_PASTE_MAX_CHARS = 40_000;
function assertPastedText(text: string): string {
  if (text.length > LEGACY_PASTE_MAX_CHARS) {
    throw badInput(
      `Nội dung dán quá dài (hơn ${LEGACY_PASTE_MAX_CHARS.toLocaleString('vi-VN')} ký tự). Hãy tải tệp báo cáo (.docx hoặc .txt) lên thay vì dán.`,
      `The pasted text is too long (over ${LEGACY_PASTE_MAX_CHARS} characters). Upload the report file (.docx or .txt) instead.`,
      { reason: 'TOO_LARGE', max: LEGACY_PASTE_MAX_CHARS },
    );
  }
  if (hasUnsafeCharacters(text.replace(/\f/g, '\n'), true)) {
    throw badInput(
      'Nội dung có ký tự điều khiển không đọc được. Hãy sao chép lại từ văn bản gốc hoặc tải tệp lên.',
      'The text holds control characters. Copy it again from the original or upload the file.',
      { reason: 'UNSAFE_CHARACTERS' },
    );
  }
  return text;
}

/** importLegacyReport: what the person confirmed. */
export const importLegacyReportInput = z.object({
  unitId,
  periodId,
  /** Blank sections are dropped: what is left is the text confirmed. */
  prose: z.record(sectionKey, proseText).transform((prose) => Object.fromEntries(Object.entries(prose).filter((e): e is [string, string] => e[1] !== null))),
  header: reportHeaderInput.nullish(),
  imported: z.record(z.string().max(40), z.unknown()).refine((v) => JSON.stringify(v).length <= 200_000, {
    message: 'Số liệu đọc được quá lớn; hãy đọc lại tệp.',
  }),
});
export type ImportLegacyReport = z.output<typeof importLegacyReportInput>;
