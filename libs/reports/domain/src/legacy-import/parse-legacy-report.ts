import { badInput } from '@qcdc/shared/contracts';
export { LEGACY_SECTION_KEYS } from './legacy-sections';
import { normaliseLegacyText, splitSentences } from './normalise-text';
import { LEGACY_SECTION_KEYS, RECIPIENTS_LINE, splitLegacySections } from './legacy-sections';
import {
  FigureSource, LegacyBoardElected, LegacyDocumentCited, LegacyMeeting, LegacyPersonnelCount,
  readBoards, readDocuments, readMeetings, readPersonnel, readProfileFigure, readSelfScore,
} from './legacy-figures';

export const LEGACY_IMPORT_MAX_CHARS = 200_000;

export interface LegacyFigure { value: number; source: FigureSource }
export interface LegacyWarning { reason: string; message: string; section?: string }

/** A draft read from a past report, for a person to confirm; the parser never saves it. */
export interface LegacyReportDraft {
  year: number | null;
  title: string;
  /** Prose under each heading; a heading line that does not end in ":" is prose too (e.g. "2.5/- Đầu năm có tổ chức …"). */
  sections: Record<string, { heading: string; text: string }>;
  profile: { staff: LegacyFigure | null; partyMembers: LegacyFigure | null; unionMembers: LegacyFigure | null };
  meetings: LegacyMeeting[];
  documents: LegacyDocumentCited[];
  personnel: LegacyPersonnelCount[];
  boards: LegacyBoardElected[];
  selfScore: LegacyFigure | null;
  recipients: string[];
  signer: { mode: 'T/M' | 'K/T'; body: string; title: string | null; name: string | null } | null;
  warnings: LegacyWarning[];
}

export function parseLegacyReport(raw: string): LegacyReportDraft {
  if (raw.length > LEGACY_IMPORT_MAX_CHARS) {
    throw badInput(
      `Tệp quá dài (hơn ${LEGACY_IMPORT_MAX_CHARS.toLocaleString('vi-VN')} ký tự). Hãy tách báo cáo hoặc chỉ dán phần báo cáo năm.`,
      `The file is too long (over ${LEGACY_IMPORT_MAX_CHARS} characters). Split it or paste only the yearly report.`,
      { field: 'text', reason: 'TOO_LARGE' },
    );
  }
  const text = normaliseLegacyText(raw);
  if (text.trim() === '') {
    throw badInput('Tệp trống. Hãy chọn tệp báo cáo có nội dung hoặc dán nội dung báo cáo.', 'The file is empty. Choose a report with content or paste its text.', { field: 'text', reason: 'EMPTY_FILE' });
  }
  const { title, sections, tail } = splitLegacySections(text.split('\n'));
  const known = sections.filter((s) => (LEGACY_SECTION_KEYS as readonly string[]).includes(s.key));
  const saysReport = /BÁO CÁO/iu.test(text);
  if (known.length < 2 && !(saysReport && known.length >= 1)) {
    throw badInput(
      'Nội dung không phải là báo cáo theo mẫu năm 2006 (không thấy "BÁO CÁO" và các mục A/- I/- 1/-). Hãy chọn đúng tệp báo cáo.',
      'This is not a report in the 2006 structure (no "BÁO CÁO" and no A/- I/- 1/- headings). Choose the report file.',
      { field: 'text', reason: 'NOT_A_REPORT' },
    );
  }
  const warnings: LegacyWarning[] = [];
  if (!saysReport) warnings.push({ reason: 'NO_TITLE', message: 'Không thấy tiêu đề "BÁO CÁO".' });

  const titleText = title.filter((l) => !/^BÁO CÁO$/iu.test(l)).join(' ');
  const yearMatch = titleText.match(/năm\s+(\d{4})/u);
  if (!yearMatch) warnings.push({ reason: 'NO_YEAR', message: 'Không đọc được năm báo cáo trong tiêu đề; hãy nhập năm.' });

  const draft: LegacyReportDraft = {
    year: yearMatch ? Number(yearMatch[1]) : null,
    title: titleText,
    sections: {},
    profile: { staff: null, partyMembers: null, unionMembers: null },
    meetings: [], documents: [], personnel: [], boards: [],
    selfScore: null, recipients: [], signer: null, warnings,
  };

  for (const s of sections) {
    const paragraphs = [s.heading, ...s.paragraphs].filter((p) => p !== '');
    const body = /:\s*$/u.test(s.heading) || s.heading === '' ? s.paragraphs : paragraphs;
    draft.sections[s.key] = { heading: s.heading, text: body.join('\n') };
    for (const paragraph of paragraphs) {
      for (const sentence of splitSentences(paragraph)) readSentence(draft, s.key, sentence);
    }
  }
  for (const key of LEGACY_SECTION_KEYS) {
    if (!sections.some((s) => s.key === key)) warnings.push({ reason: 'MISSING_SECTION', section: key, message: `Không thấy mục ${key}; hãy kiểm tra hoặc bổ sung.` });
  }
  for (const k of ['staff', 'partyMembers', 'unionMembers'] as const) {
    if (!draft.profile[k]) warnings.push({ reason: 'MISSING_FIGURE', section: 'A.I', message: `Không đọc được số liệu ${k} ở mục I; hãy nhập tay.` });
  }
  if (!draft.selfScore) warnings.push({ reason: 'MISSING_FIGURE', message: 'Không thấy điểm tự chấm ("tự chấm … điểm").' });
  readTail(draft, tail);
  return draft;
}

function readSentence(draft: LegacyReportDraft, section: string, sentence: string): void {
  const source = { section, sentence };
  if (section === 'A.I') {
    for (const k of ['staff', 'partyMembers', 'unionMembers'] as const) {
      const v = draft.profile[k] ? null : readProfileFigure(k, sentence);
      if (v !== null) draft.profile[k] = { value: v, source };
    }
  } else {
    const { meetings, unread } = readMeetings(sentence, section);
    for (const m of meetings) {
      draft.meetings.push(m);
      if (m.attended > m.eligible) {
        draft.warnings.push({ reason: 'ATTENDED_OVER_ELIGIBLE', section, message: `Số dự ${m.attended} lớn hơn số được mời ${m.eligible}; hãy kiểm tra.` });
      }
      if (!m.unit) draft.warnings.push({ reason: 'UNIT_UNREAD', section, message: `Không rõ đơn vị tính của ${m.attended}/${m.eligible}.` });
    }
    for (const u of unread) draft.warnings.push({ reason: 'PAIR_UNREAD', section, message: `Không hiểu số "${u}" trong câu: ${sentence}` });
  }
  draft.documents.push(...readDocuments(sentence, section));
  // Personnel decisions are what a head discloses or consults on (III.2.x); elsewhere (the board's members in
  // III.1) a resignation is told again as a cause, and counting it there read the 2006 resignation twice.
  if (section.startsWith('A.III.2.')) draft.personnel.push(...readPersonnel(sentence, section));
  draft.boards.push(...readBoards(sentence, section));
  const score = readSelfScore(sentence);
  if (score !== null && !draft.selfScore) draft.selfScore = { value: score, source };
}

const SIGN_MODE = /^(T\/M|TM\.?|K\/T|KT\.?)\s*(.+)$/u;

function readTail(draft: LegacyReportDraft, tail: string[]): void {
  if (tail.length === 0 || !RECIPIENTS_LINE.test(tail[0])) {
    draft.warnings.push({ reason: 'NO_RECIPIENTS', message: 'Không thấy phần "Nơi nhận:".' });
  }
  let i = 1;
  for (; i < tail.length; i++) {
    const line = tail[i];
    if (line === '') continue;
    if (!/^[-+•]/u.test(line)) break;
    draft.recipients.push(line.replace(/^[-+•]\s*/u, '').replace(/[.;]$/u, ''));
  }
  const rest = tail.slice(i).filter((l) => l !== '');
  const at = rest.findIndex((l) => SIGN_MODE.test(l));
  const m = at < 0 ? null : rest[at].match(SIGN_MODE);
  if (!m) {
    draft.warnings.push({ reason: 'NO_SIGNER', message: 'Không đọc được phần ký (T/M hoặc K/T); hãy nhập người ký.' });
    return;
  }
  const after = rest.slice(at + 1);
  draft.signer = {
    mode: m[1].startsWith('K') ? 'K/T' : 'T/M',
    body: m[2].trim(),
    title: after.length > 1 ? after[0] : null,
    name: after.length > 0 ? after[after.length - 1] : null,
  };
}
