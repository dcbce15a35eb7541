import { canonicalJson, diffDocuments } from './report-diff';
import type { OfficialDocument } from './official-document';

const doc = (body: OfficialDocument['body'], number: string | null = '12-BC/BTHQCDC'): OfficialDocument => ({
  format: 'PARTY',
  issuerParent: 'ĐẢNG ỦY KHỐI CƠ QUAN',
  issuer: 'BAN THỰC HIỆN QCDC',
  number,
  place: 'Vĩnh Long',
  issuedOn: '2006-12-15',
  documentKind: 'BÁO CÁO',
  subject: 'Tổng kết năm 2006',
  body,
  recipients: ['Ban chỉ đạo tỉnh'],
  signature: { mode: 'ON_BEHALF', onBehalfOf: 'BAN THỰC HIỆN QCDC', title: 'TRƯỞNG BAN', name: 'Cao Danh Vọng' },
});

describe('diffDocuments', () => {
  const v1 = doc([
    { kind: 'heading', level: 1, text: 'I/- Đặc điểm tình hình' },
    { kind: 'paragraph', text: 'Tổng số cán bộ, công chức của đơn vị là 16 đ/c.' },
    { kind: 'heading', level: 1, text: 'II/- Kết quả' },
    { kind: 'bullet', text: 'Triển khai 01 cuộc có 15/16 đ/c dự.' },
    { kind: 'bullet', text: 'Hội nghị cán bộ, công chức có 16/16 đ/c dự.' },
  ]);

  it('finds nothing changed between equal versions', () => {
    expect(diffDocuments(v1, v1).every((l) => l.change === 'SAME')).toBe(true);
  });

  it('pairs a changed line, and places added and removed lines in their sections', () => {
    const v2 = doc(
      [
        { kind: 'heading', level: 1, text: 'I/- Đặc điểm tình hình' },
        { kind: 'paragraph', text: 'Tổng số cán bộ, công chức của đơn vị là 17 đ/c.' },
        { kind: 'heading', level: 1, text: 'II/- Kết quả' },
        { kind: 'bullet', text: 'Hội nghị cán bộ, công chức có 16/16 đ/c dự.' },
        { kind: 'bullet', text: 'Tổ chức 02 cuộc đối thoại.' },
      ],
      '13-BC/BTHQCDC',
    );
    const changed = diffDocuments(v1, v2).filter((l) => l.change !== 'SAME');
    expect(changed).toEqual([
      { section: 'Phần đầu văn bản', change: 'CHANGED', before: 'Số: 12-BC/BTHQCDC', after: 'Số: 13-BC/BTHQCDC' },
      {
        section: 'I/- Đặc điểm tình hình',
        change: 'CHANGED',
        before: 'Tổng số cán bộ, công chức của đơn vị là 16 đ/c.',
        after: 'Tổng số cán bộ, công chức của đơn vị là 17 đ/c.',
      },
      { section: 'II/- Kết quả', change: 'REMOVED', before: '- Triển khai 01 cuộc có 15/16 đ/c dự.', after: null },
      { section: 'II/- Kết quả', change: 'ADDED', before: null, after: '- Tổ chức 02 cuộc đối thoại.' },
    ]);
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, and different text for different values', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe(canonicalJson({ a: { c: 'x', d: [1, 2] }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: 1, skipped: undefined })).toBe('{"a":1}');
  });
});
