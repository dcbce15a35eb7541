/** Where a figure was read: the web shows this as "where this came from". */
export interface FigureSource {
  section: string;
  sentence: string;
}

export interface LegacyMeeting {
  sessions: number | null;
  attended: number;
  eligible: number;
  unit: string | null;
  source: FigureSource;
}

export interface LegacyDocumentCited {
  kind: string;
  number: string;
  date: string | null;
  subject: string | null;
  source: FigureSource;
}

export type PersonnelAction = 'RECRUITED' | 'PAY_RISE' | 'RESIGNED' | 'ALLOWANCE' | 'TRAINED';

export interface LegacyPersonnelCount {
  action: PersonnelAction;
  count: number;
  source: FigureSource;
}

export interface LegacyBoardElected {
  board: string;
  termFrom: number;
  termTo: number;
  source: FigureSource;
}

const UNIT = String.raw`(đ\/c|đồng chí|CBCCVC|CBCC|CCVC|lượt người|lượt|người|đảng viên|công đoàn viên|đoàn viên|hội viên)`;
const PAIR = new RegExp(String.raw`(?<![\d/])(\d{1,4})\s*\/\s*(\d{1,4})(?![\d/]|\s*\/)(?:\s*${UNIT}(?![\p{L}]))?`, 'giu');
const SESSIONS = /(\d{1,3})\s*cuộc/giu;
const ATTENDANCE_WORDS = /dự|tham gia|có mặt/iu;

/** Attendance pairs "01 cuộc có 15/16 đ/c dự", "16/16 CBCC tham dự", with the session count before them. */
export function readMeetings(sentence: string, section: string): { meetings: LegacyMeeting[]; unread: string[] } {
  const meetings: LegacyMeeting[] = [];
  const unread: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(PAIR)) {
    const start = m.index ?? 0;
    const unit = m[3] ?? null;
    const before = sentence.slice(from, start);
    from = start + m[0].length;
    if (!unit && !ATTENDANCE_WORDS.test(sentence.slice(start, start + 40))) {
      unread.push(m[0].trim());
      continue;
    }
    const sessions = [...before.matchAll(SESSIONS)].pop();
    meetings.push({
      sessions: sessions ? Number(sessions[1]) : null,
      attended: Number(m[1]),
      eligible: Number(m[2]),
      unit,
      source: { section, sentence },
    });
  }
  return { meetings, unread };
}

const DOCUMENT = /(công văn|nghị quyết|nghị định|chỉ thị|thông tư liên tịch|thông tư|quyết định|kế hoạch|hướng dẫn)\s+số\s+([\p{L}\d][\p{L}\d/.-]*[\p{L}\d])(?:\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}))?/giu;

/** Documents cited: "công văn số 337/LĐLĐ ngày 23/8/2006 … "V/v …"". */
export function readDocuments(sentence: string, section: string): LegacyDocumentCited[] {
  const found: LegacyDocumentCited[] = [];
  for (const m of sentence.matchAll(DOCUMENT)) {
    const after = sentence.slice((m.index ?? 0) + m[0].length).split(/;|\s(?=công văn|nghị quyết|nghị định|chỉ thị|thông tư)/iu)[0];
    const quoted = after.match(/[“"]([^”"]+)[”"]/u);
    found.push({
      kind: m[1].toLowerCase(),
      number: m[2],
      date: m[5] ? `${m[5]}-${m[4].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null,
      subject: quoted ? quoted[1].trim() : null,
      source: { section, sentence },
    });
  }
  return found;
}

const PERSONNEL: [PersonnelAction, RegExp][] = [
  ['RECRUITED', /tuyển dụng[^\d.;,]{0,25}?(\d{1,3})\s*(?:đ\/c|đồng chí|người)/giu],
  ['PAY_RISE', /nâng lương[^\d.;,]{0,25}?(\d{1,3})\s*(?:đ\/c|đồng chí|người)/giu],
  ['RESIGNED', /nghỉ việc[^\d.;,]{0,25}?(\d{1,3})\s*(?:đ\/c|đồng chí|người)/giu],
  ['ALLOWANCE', /phụ cấp[^\d.;,]{0,25}?(\d{1,3})\s*(?:đ\/c|đồng chí|người)/giu],
  ['TRAINED', /đào tạo[^\d.;,]{0,40}?(\d{1,3})\s*(?:đ\/c|đồng chí|người)/giu],
];

/** Personnel counts: "tuyển dụng 01 đ/c", "nâng lương cho 08 đ/c" … */
export function readPersonnel(sentence: string, section: string): LegacyPersonnelCount[] {
  const found: LegacyPersonnelCount[] = [];
  for (const [action, re] of PERSONNEL) {
    for (const m of sentence.matchAll(re)) found.push({ action, count: Number(m[1]), source: { section, sentence } });
  }
  return found;
}

const BOARD = /((?:Ban|BCH|Ban chấp hành)\s[^,.;:()]{2,60}?)\s+nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})/gu;

/** Boards elected with their terms: "bầu Ban thanh tra nhân dân nhiệm kỳ 2006-2008". */
export function readBoards(sentence: string, section: string): LegacyBoardElected[] {
  return [...sentence.matchAll(BOARD)].map((m) => ({
    board: m[1].trim(),
    termFrom: Number(m[2]),
    termTo: Number(m[3]),
    source: { section, sentence },
  }));
}

const SELF_SCORE = /tự chấm\s*(?:được\s*)?(\d{1,3}(?:[.,]\d{1,2})?)\s*điểm/iu;

export function readSelfScore(sentence: string): number | null {
  const m = sentence.match(SELF_SCORE);
  return m ? Number(m[1].replace(',', '.')) : null;
}

const STAFF = /Tổng số (?:cán bộ|CBCC)[^.]*?là\s*(\d{1,4})\s*(?:đồng chí|đ\/c|người)/iu;
const PARTY = /(\d{1,4})\s*đảng viên/iu;
const UNION = /(\d{1,4})\s*(?:công )?đoàn viên/iu;

export function readProfileFigure(kind: 'staff' | 'partyMembers' | 'unionMembers', sentence: string): number | null {
  const m = sentence.match(kind === 'staff' ? STAFF : kind === 'partyMembers' ? PARTY : UNION);
  return m ? Number(m[1]) : null;
}
