import { describe, expect, it } from '@jest/globals';
import { draftInput, draftOf, headerForm, headerInput, headerProblems, resumedDraft, type EditorDraft } from './report-draft';

const header = {
  format: 'PARTY' as const,
  issuerParent: 'ĐẢNG ỦY KHỐI CƠ QUAN TỈNH',
  issuer: 'BAN THỰC HIỆN QCDC',
  number: null,
  place: 'Thành phố Thử',
  issuedOn: '2026-12-15',
  subject: 'Tổng kết thực hiện quy chế dân chủ ở cơ quan năm 2026 và định hướng năm 2027',
  recipients: ['Ban chỉ đạo tỉnh', 'Lưu'],
  signature: { mode: 'ON_BEHALF' as const, onBehalfOf: 'BAN THỰC HIỆN QCDC', title: 'TRƯỞNG BAN', name: 'Nguyễn Văn Thử' },
};

const saved = (): EditorDraft =>
  draftOf({ version: 3, templateCode: 'DECREE_71_2006', prose: { 'A.I': 'Đặc điểm', 'A.II': null, B: 7 }, header }, { ...header, issuer: 'ĐỀ XUẤT' });

describe('the header form', () => {
  it('goes back to the same header, recipients one a line', () => {
    const form = headerForm(header);
    expect(form.recipients).toBe('Ban chỉ đạo tỉnh\nLưu');
    expect(headerInput(form)).toEqual(header);
  });

  it('sends blank optional fields as null and leaves out blank recipient lines', () => {
    const form = { ...headerForm(header), issuerParent: '  ', number: '', recipients: '\n Ban chỉ đạo tỉnh \n\nLưu\n' };
    const input = headerInput(form);
    expect(input.issuerParent).toBeNull();
    expect(input.number).toBeNull();
    expect(input.recipients).toEqual(['Ban chỉ đạo tỉnh', 'Lưu']);
  });

  it('signs for no one in the own name, whatever was typed before', () => {
    const form = { ...headerForm(header), signatureMode: 'OWN' as const };
    expect(headerInput(form).signature.onBehalfOf).toBeNull();
  });

  it('names the fields the domain refuses, and none when complete', () => {
    expect(headerProblems(headerForm(header))).toEqual([]);
    const form = { ...headerForm(header), issuer: ' ', signatureName: '' };
    expect(headerProblems(form)).toEqual(expect.arrayContaining(['issuer', 'signature.name']));
  });
});

describe('the draft', () => {
  it('keeps only the sections written as text', () => {
    expect(saved().prose).toEqual({ 'A.I': 'Đặc điểm' });
  });

  it('starts from the proposed header while none was saved', () => {
    const draft = draftOf({ version: 0, templateCode: 'LAW_10_2022', prose: {}, header: null }, { ...header, issuer: 'ĐỀ XUẤT' });
    expect(draft.header.issuer).toBe('ĐỀ XUẤT');
    expect(saved().header.issuer).toBe('BAN THỰC HIỆN QCDC');
  });

  it('sends the header only when the domain takes it', () => {
    const draft = saved();
    expect(draftInput(draft).header).toEqual(header);
    const incomplete = { ...draft, header: { ...draft.header, subject: '' } };
    expect(draftInput(incomplete)).toEqual({ templateCode: 'DECREE_71_2006', prose: { 'A.I': 'Đặc điểm' } });
  });

  it('after a reload, shows the unsaved edits kept on the device over the server’s draft, and the server’s otherwise', () => {
    const server = saved();
    const mine = { ...server, prose: { 'A.I': 'Sửa chưa lưu' }, unsaved: true };
    expect(resumedDraft(mine, server)).toBe(mine);
    expect(resumedDraft({ ...mine, unsaved: false }, server)).toBe(server);
    expect(resumedDraft(null, server)).toBe(server);
  });
});
