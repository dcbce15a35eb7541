import { activityWriter } from './activity-writers';
import type { ReportRecord } from './report-records';

const briefing = (id: string, present: number, eligible: number, countUnit: string, documents: string | null = null): ReportRecord => ({
  id,
  kind: 'BRIEFING',
  occurredOn: `2006-0${id}-10`,
  summary: 'Phổ biến',
  figures: { sessions: 1, present, eligible },
  facts: { topic: `Cuộc ${id}`, documents, countUnit },
});

const texts = (records: ReportRecord[]) => activityWriter('BRIEFING')(records, { kind: 'YEAR' }).map((b) => ('text' in b ? b.text : ''));

describe('the briefings writer', () => {
  it('names the documents briefed beside the topic', () => {
    expect(texts([briefing('1', 14, 16, 'ATTENDANCES', 'công văn số 337/LĐLĐ ngày 23/8/2006')])).toEqual([
      'Cuộc 1 (công văn số 337/LĐLĐ ngày 23/8/2006): tổ chức triển khai 01 cuộc có 14/16 lượt người dự.',
    ]);
  });

  it('gives a subtotal per counting unit when the units differ, then the total', () => {
    const lines = texts([
      briefing('1', 16, 16, 'STAFF'),
      briefing('2', 16, 16, 'STAFF'),
      briefing('3', 15, 16, 'ATTENDANCES'),
      briefing('4', 14, 16, 'ATTENDANCES'),
      briefing('5', 16, 16, 'ATTENDANCES'),
    ]);
    expect(lines.slice(5)).toEqual([
      'Tính theo CBCC: được 02 cuộc có 32/32 CBCC dự.',
      'Tính theo lượt người: được 03 cuộc có 45/48 lượt người dự.',
      'Tổng cộng được 05 cuộc, có 77/80 lượt người dự.',
    ]);
  });

  it('gives only the total when every meeting is counted alike', () => {
    expect(texts([briefing('1', 15, 16, 'ATTENDANCES'), briefing('2', 14, 16, 'ATTENDANCES')]).slice(2)).toEqual([
      'Tổng cộng được 02 cuộc, có 29/32 lượt người dự.',
    ]);
  });
});
