import { customaryCount as cc } from '@qcdc/shared/contracts';
import { activityWriter } from './activity-writers';
import type { DocumentBlock, OfficialDocument } from './official-document';
import { BAND_NAMES, BOARD_NAMES, nextPeriodText, periodText, points, sentence } from './report-phrases';
import type { ReportHeader, ReportPeriodRef, ReportRecord, ReportSelfScore, ReportUnitProfile } from './report-records';
import { type ReportSection, type ReportTemplate, type SectionDraw, templateSections } from './report-templates';

export interface ReportDocumentInput {
  template: ReportTemplate;
  period: ReportPeriodRef;
  /** The unit's records in the period's data window. */
  records: readonly ReportRecord[];
  profile: ReportUnitProfile;
  selfScore: ReportSelfScore | null;
  /** What people wrote, per section key: lines starting with "-" or "+" become bullets. */
  prose: Readonly<Record<string, string | null | undefined>>;
  /** Records a person moved to another section (record id → section key); the template places the rest. */
  placements?: Readonly<Record<string, string>>;
  header: ReportHeader;
}

const matches = (draw: SectionDraw, record: ReportRecord): boolean =>
  draw.from === 'ACTIVITIES' &&
  draw.kind === record.kind &&
  Object.entries(draw.where ?? {}).every(([name, values]) => values.includes(record.facts[name] as string | boolean));

/** Each record's section: where a person placed it, else the first section drawing its kind; unplaced records are left out. */
function placeRecords(input: ReportDocumentInput, sections: readonly ReportSection[]): Map<string, ReportRecord[]> {
  const keys = new Set(sections.map((s) => s.key));
  const bySection = new Map<string, ReportRecord[]>();
  const ordered = [...input.records].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id));
  for (const record of ordered) {
    const placed = input.placements?.[record.id];
    const key = placed && keys.has(placed) ? placed : sections.find((s) => s.draws.some((d) => matches(d, record)))?.key;
    if (key) bySection.set(key, [...(bySection.get(key) ?? []), record]);
  }
  return bySection;
}

const bullet = (text: string): DocumentBlock => ({ kind: 'bullet', text: sentence(text) });

function profileBlocks(p: ReportUnitProfile): DocumentBlock[] {
  return [
    ...(p.staffCount !== null ? [{ kind: 'paragraph' as const, text: `Tổng số cán bộ, công chức của đơn vị là ${cc(p.staffCount)} đ/c.` }] : []),
    ...(p.partyMembers !== null ? [bullet(`Chi bộ có ${cc(p.partyMembers)} đảng viên`)] : []),
    ...(p.unionMembers !== null ? [bullet(`Công đoàn cơ sở có ${cc(p.unionMembers)} đoàn viên`)] : []),
  ];
}

function boardBlocks(p: ReportUnitProfile, kind: keyof typeof BOARD_NAMES): DocumentBlock[] {
  const board = p.boards.find((b) => b.kind === kind);
  if (!board) return [bullet(`Đơn vị chưa có ${BOARD_NAMES[kind]}`)];
  const term = board.termFrom && board.termTo ? ` nhiệm kỳ ${board.termFrom}-${board.termTo}` : '';
  return [bullet(`${BOARD_NAMES[kind]}${term} gồm ${cc(board.members)} đ/c`)];
}

function selfScoreBlocks(score: ReportSelfScore | null, period: ReportPeriodRef, perCriterion: boolean): DocumentBlock[] {
  if (!score) return [];
  const band = score.band ? `, xếp loại ${BAND_NAMES[score.band]}` : '';
  const blocks: DocumentBlock[] = [{ kind: 'paragraph', text: `Kết quả ${periodText(period)}, đơn vị tự chấm ${points(score.total)} điểm${band}.` }];
  if (perCriterion && score.criteria.length) {
    blocks.push({
      kind: 'table',
      header: ['Tiêu chí', 'Nội dung', 'Điểm tối đa', 'Tự chấm'],
      rows: score.criteria.map((c) => [c.code, c.title, points(c.maxPoints), c.points === null ? '' : points(c.points)]),
    });
  }
  return blocks;
}

/** A section's prose as blocks: lines starting with "-" or "+" become bullets, blank lines go. */
export function proseBlocks(text: string | null | undefined): DocumentBlock[] {
  return (text ?? '')
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/^[-+]\s*/u.test(line) ? { kind: 'bullet', text: line.replace(/^[-+]\s*/u, '') } : { kind: 'paragraph', text: line }));
}

function sectionBlocks(section: ReportSection, depth: number, input: ReportDocumentInput, placed: Map<string, ReportRecord[]>): DocumentBlock[] {
  const title = section.title.replace('{period}', periodText(input.period)).replace('{nextPeriod}', nextPeriodText(input.period));
  const level = Math.min(depth + 1, 3) as 1 | 2 | 3;
  const records = placed.get(section.key) ?? [];
  const drawnKinds = section.draws.flatMap((d) => (d.from === 'ACTIVITIES' ? [d.kind] : []));
  const kinds = [...new Set([...drawnKinds, ...records.map((r) => r.kind)])];
  const figures: DocumentBlock[] = [
    ...section.draws.flatMap((d) => {
      if (d.from === 'PROFILE') return profileBlocks(input.profile);
      if (d.from === 'BOARD') return boardBlocks(input.profile, d.board);
      if (d.from === 'SELF_SCORE') return selfScoreBlocks(input.selfScore, input.period, d.perCriterion);
      return [];
    }),
    ...kinds.flatMap((kind) => activityWriter(kind)(records.filter((r) => r.kind === kind), input.period)),
  ];
  const prose = proseBlocks(input.prose[section.key]);
  return [
    { kind: 'heading', level, text: `${section.number}/- ${title}` },
    ...(section.proseFirst ? [...prose, ...figures] : [...figures, ...prose]),
    ...(section.children ?? []).flatMap((child) => sectionBlocks(child, depth + 1, input, placed)),
  ];
}

/**
 * The official document of a unit's report: the template's sections in order, each with the figures its
 * records give (in the customary form) and the prose people wrote, between the header and the signature.
 * Pure: the same input gives the same document, so a snapshot's hash can be taken from it.
 */
export function buildReportDocument(input: ReportDocumentInput): OfficialDocument {
  const placed = placeRecords(input, templateSections(input.template));
  const { header } = input;
  return {
    format: header.format,
    issuerParent: header.issuerParent,
    issuer: header.issuer,
    number: header.number,
    place: header.place,
    issuedOn: header.issuedOn,
    documentKind: 'BÁO CÁO',
    subject: header.subject,
    body: input.template.sections.flatMap((section) => sectionBlocks(section, 0, input, placed)),
    recipients: header.recipients,
    signature: header.signature,
  };
}
