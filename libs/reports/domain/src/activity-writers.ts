import { BOARD_KINDS, type BoardKind, type PeriodKind, customaryCount as cc, vietnameseDate } from '@qcdc/shared/contracts';
import type { DocumentBlock } from './official-document';
import { BOARD_NAMES, COUNTED_DECISIONS, attended, countUnitWord, inSentence, sentence, withinPeriod } from './report-phrases';
import type { ReportRecord } from './report-records';

/** Writes the records of one kind that fall in a section (possibly none), in date order. */
export type ActivityWriter = (records: readonly ReportRecord[], period: { kind: PeriodKind }) => DocumentBlock[];

const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text: sentence(text) });
const bullet = (text: string): DocumentBlock => ({ kind: 'bullet', text: sentence(text) });
const figure = (r: ReportRecord, name: string) => r.figures[name] ?? 0;
const fact = (r: ReportRecord, name: string): unknown => r.facts[name];
const text = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value.trim() : fallback);
const sum = (records: readonly ReportRecord[], name: string) => records.reduce((total, r) => total + figure(r, name), 0);

/** Each by its own line ("Công khai kế hoạch công tác (niêm yết)"). */
const summaries: ActivityWriter = (records) => records.map((r) => bullet(r.summary));

const sessionsOf = (records: readonly ReportRecord[]) => records.reduce((total, r) => total + (figure(r, 'sessions') || 1), 0);

/**
 * "<topic> (<documents>): tổ chức triển khai 01 cuộc có 15/16 đ/c dự" each; with several, the total
 * ("Tổng cộng được 05 cuộc, có 77/80 lượt người dự"), and when they are counted in different units (đ/c,
 * CBCC, lượt người) a subtotal per unit first, as reports write them: "02 cuộc có 32/32 CBCC dự".
 */
const briefings: ActivityWriter = (records) => {
  const lines = records.map((r) => {
    const documents = text(fact(r, 'documents'), '');
    const topic = text(fact(r, 'topic'), r.summary);
    const what = documents && !topic.includes(documents) ? `${topic} (${documents})` : topic;
    return bullet(
      `${what}: tổ chức triển khai ${cc(figure(r, 'sessions') || 1)} cuộc có ${attended(figure(r, 'present'), figure(r, 'eligible'), countUnitWord(fact(r, 'countUnit')))}`,
    );
  });
  if (records.length < 2) return lines;
  const byUnit = new Map<string, ReportRecord[]>();
  for (const r of records) byUnit.set(countUnitWord(fact(r, 'countUnit')), [...(byUnit.get(countUnitWord(fact(r, 'countUnit'))) ?? []), r]);
  const subtotals =
    byUnit.size < 2
      ? []
      : [...byUnit.entries()]
          .filter(([, group]) => group.length >= 2)
          .map(([word, group]) => paragraph(`Tính theo ${word}: được ${cc(sessionsOf(group))} cuộc có ${attended(sum(group, 'present'), sum(group, 'eligible'), word)}`));
  return [
    ...lines,
    ...subtotals,
    paragraph(`Tổng cộng được ${cc(sessionsOf(records))} cuộc, có ${attended(sum(records, 'present'), sum(records, 'eligible'), 'lượt người')}`),
  ];
};

/** "Trong năm có tuyển dụng 01 đ/c, nâng lương 08 đ/c", then training and the rest one by one ("đào tạo … 02 đ/c"). */
const personnel: ActivityWriter = (records, period) => {
  const counted = Object.entries(COUNTED_DECISIONS)
    .map(([decision, verb]) => [verb, sum(records.filter((r) => fact(r, 'decision') === decision), 'people')] as const)
    .filter(([, people]) => people > 0)
    .map(([verb, people]) => `${verb} ${cc(people)} đ/c`);
  const others = records
    .filter((r) => !(String(fact(r, 'decision')) in COUNTED_DECISIONS))
    .map((r) => `${inSentence(text(fact(r, 'what'), r.summary))} ${cc(figure(r, 'people'))} đ/c`);
  const phrases = [...counted, ...others];
  return phrases.length ? [bullet(`${withinPeriod(period.kind)} có ${phrases.join(', ')}`)] : [];
};

const isBoard = (value: unknown): value is BoardKind => (BOARD_KINDS as readonly unknown[]).includes(value);

/** "Ngày 10/01/2006 tổ chức hội nghị cán bộ, công chức có 16/16 CBCC dự; hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2006-2008" */
const staffConferences: ActivityWriter = (records) =>
  records.map((r) => {
    const elected = (Array.isArray(fact(r, 'boardsElected')) ? (fact(r, 'boardsElected') as unknown[]) : [])
      .map((b) => b as { board?: unknown; termFrom?: unknown; termTo?: unknown })
      .filter((b) => isBoard(b.board))
      .map((b) => `${BOARD_NAMES[b.board as BoardKind]} nhiệm kỳ ${String(b.termFrom)}-${String(b.termTo)}`);
    const kind = fact(r, 'conferenceType') === 'EXTRAORDINARY' ? 'bất thường' : 'thường kỳ';
    const date = vietnameseDate(r.occurredOn);
    const unit = countUnitWord(fact(r, 'countUnit') ?? 'STAFF');
    return paragraph(
      `Ngày ${date} đơn vị tổ chức hội nghị cán bộ, công chức ${kind} có ${attended(figure(r, 'present'), figure(r, 'eligible'), unit)}` +
        (elected.length ? `; hội nghị đã bầu ${elected.join(', ')}` : ''),
    );
  });

/** None: "chưa có trường hợp nào bị khiếu nại, tố cáo"; else the counts, then each case. */
const complaints: ActivityWriter = (records, period) => {
  if (records.length === 0) return [paragraph(`${withinPeriod(period.kind)} chưa có trường hợp nào bị khiếu nại, tố cáo`)];
  return [
    paragraph(
      `${withinPeriod(period.kind)} tiếp nhận ${cc(sum(records, 'cases'))} đơn khiếu nại, tố cáo, kiến nghị, phản ánh; đã giải quyết ${cc(
        sum(records, 'resolved'),
      )} đơn`,
    ),
    ...summaries(records, period),
  ];
};

const WRITERS: Readonly<Record<string, ActivityWriter>> = {
  BRIEFING: briefings,
  TRAINING_PERSONNEL: personnel,
  STAFF_CONFERENCE: staffConferences,
  COMPLAINT_CASE: complaints,
};

/** The writer for a kind; any other kind is written by its records' own lines. */
export const activityWriter = (kind: string): ActivityWriter => WRITERS[kind] ?? summaries;
