import { describe, expect, it } from '@jest/globals';
import { headerForm } from '../reports/report-draft';
import { activityRows, shareOf } from './figures';
import { provinceReportLabels } from './labels';
import { HEADER, resumed, saveInput, savedDraft, sendsAll, type ProvinceDraft } from './province-report-draft';

const header = {
  format: 'PARTY' as const,
  issuerParent: null,
  issuer: 'BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ TỈNH THỬ',
  number: null,
  place: 'Thử',
  issuedOn: '2026-12-31',
  subject: 'Tổng hợp kết quả thực hiện quy chế dân chủ ở cơ sở năm 2026',
  recipients: ['Thường trực Tỉnh ủy', 'Lưu VP'],
  signature: { mode: 'ON_BEHALF' as const, onBehalfOf: 'BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: 'Nguyễn Văn Thử' },
};

describe('the consolidated report draft', () => {
  it('starts from the server: its version, its text (what is not text left out), its header', () => {
    const draft = savedDraft({ version: 4, prose: { IV: 'Đánh giá', V: null }, header });
    expect(draft).toEqual({ version: 4, prose: { IV: 'Đánh giá' }, header: headerForm(header), unsaved: false, touched: [] });
  });

  it('sends the sections edited from the version read, a cleared one as null so that the server clears it', () => {
    const draft: ProvinceDraft = { ...savedDraft({ version: 2, prose: { I: 'Của người khác' }, header }), unsaved: true };
    draft.prose = { ...draft.prose, IV: 'Đánh giá', V: '  ' };
    draft.touched = ['IV', 'V'];
    const input = saveInput('p-1', draft);
    expect(input).toEqual({ periodId: 'p-1', expectedVersion: 2, prose: { IV: 'Đánh giá', V: null } });
    expect(sendsAll(draft, input)).toBe(true);
  });

  it('sends the header once edited; a half-filled one stays on the device, left out of the save', () => {
    const draft: ProvinceDraft = { ...savedDraft({ version: 1, prose: {}, header }), unsaved: true, touched: [HEADER] };
    const input = saveInput('p-1', draft);
    expect(input.header?.signature.name).toBe('Nguyễn Văn Thử');
    expect(sendsAll(draft, input)).toBe(true);
    draft.header = { ...draft.header, issuer: ' ' };
    const half = saveInput('p-1', draft);
    expect(half.header).toBeUndefined();
    expect(sendsAll(draft, half)).toBe(false);
  });

  it('resumes the edits kept on the device only while they are unsaved', () => {
    const saved = savedDraft({ version: 3, prose: { IV: 'Trên máy chủ' }, header });
    const kept = { ...saved, prose: { IV: 'Trên máy này' }, unsaved: true };
    expect(resumed(kept, saved).prose.IV).toBe('Trên máy này');
    expect(resumed({ ...kept, unsaved: false }, saved)).toBe(saved);
    expect(resumed(null, saved)).toBe(saved);
  });
});

describe('the figures', () => {
  it('lists the activity kinds in the activities’ order, an unknown kind last', () => {
    expect(activityRows({ NEW_KIND: 1, INSPECTION: 2, BRIEFING: 5, odd: 'x' })).toEqual([
      { kind: 'BRIEFING', count: 5 },
      { kind: 'INSPECTION', count: 2 },
      { kind: 'NEW_KIND', count: 1 },
    ]);
  });

  it('takes shares with one decimal, none of nothing', () => {
    expect(shareOf(2, 3)).toBe(66.7);
    expect(shareOf(0, 0)).toBeNull();
  });
});

describe('the labels', () => {
  it('has an English twin for every Vietnamese label, each with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();
    expect(Object.keys(provinceReportLabels.en).sort()).toEqual(Object.keys(provinceReportLabels.vi).sort());
    for (const [key, vi] of Object.entries(provinceReportLabels.vi)) {
      expect([key, placeholders(provinceReportLabels.en[key as keyof typeof provinceReportLabels.vi])]).toEqual([key, placeholders(vi)]);
    }
  });
});
