import { buildReportDocument } from './build-report-document';
import { FIXTURE_INPUT, FIXTURE_RECORDS } from './build-report-document.fixture';
import type { DocumentBlock } from './official-document';
import { LAW_10_2022_TEMPLATE, templateSections } from './report-templates';

const blockText = (b: DocumentBlock) => (b.kind === 'table' ? [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n') : b.text);
const textOf = (body: readonly DocumentBlock[]) => body.map(blockText).join('\n');

/** The text of one section: from its heading to the next heading. */
function sectionText(body: readonly DocumentBlock[], heading: string): string {
  const start = body.findIndex((b) => b.kind === 'heading' && b.text.startsWith(heading));
  if (start < 0) throw new Error(`no heading ${heading}`);
  const end = body.findIndex((b, i) => i > start && b.kind === 'heading');
  return textOf(body.slice(start + 1, end < 0 ? undefined : end));
}

describe('buildReportDocument in the 2006 structure', () => {
  const doc = buildReportDocument(FIXTURE_INPUT);

  it('writes every section of the template as a heading, in order', () => {
    const headings = doc.body.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text.split('/-')[0]);
    expect(headings).toEqual(templateSections(FIXTURE_INPUT.template).map((s) => s.number));
    expect(doc.body[0]).toEqual({ kind: 'heading', level: 1, text: 'A/- Báo cáo tổng kết năm 2026' });
    expect(doc.body.some((b) => b.kind === 'heading' && b.text === 'B/- Định hướng thực hiện quy chế dân chủ năm 2027')).toBe(true);
  });

  it.each([
    ['I/-', 'Văn phòng là cơ quan tham mưu của khối.\nTổng số cán bộ, công chức của đơn vị là 16 đ/c.\nChi bộ có 15 đảng viên.\nCông đoàn cơ sở có 16 đoàn viên.\nBan Chấp hành Công đoàn cơ sở gồm 03 đ/c.'],
    ['II/-', 'Cấp ủy phối hợp với lãnh đạo cơ quan quán triệt quy chế ngay từ đầu năm.\nPhổ biến quy chế dân chủ ở cơ quan: tổ chức triển khai 01 cuộc có 15/16 đ/c dự.'],
    ['1/- Công tác tổ chức', 'Ban thực hiện quy chế dân chủ xây dựng định hướng hoạt động năm.\nBan thực hiện quy chế dân chủ gồm 05 đ/c.'],
    ['2.1/-', 'Cán bộ nhận thức rõ hơn về quyền làm chủ.'],
    [
      '2.2/-',
      [
        'Quán triệt nghị quyết của cấp trên: tổ chức triển khai 02 cuộc có 32/32 CBCC dự.',
        'Triển khai công văn hưởng ứng tháng an toàn giao thông: tổ chức triển khai 01 cuộc có 13/16 người dự.',
        'Tổng cộng được 03 cuộc, có 45/48 lượt người dự.',
        'Công khai kinh phí hoạt động (tại hội nghị).',
        'Công khai kế hoạch công tác năm (bằng văn bản).',
        'Trong năm có tuyển dụng 01 đ/c, giải quyết nghỉ việc 01 đ/c, nâng lương 08 đ/c.',
      ].join('\n'),
    ],
    ['2.3/-', 'Lấy ý kiến về nội quy cơ quan (tại hội nghị).\nTrong năm có đào tạo lý luận chính trị 02 đ/c.'],
    ['2.4/-', 'Công đoàn giám sát việc thực hiện chế độ chính sách.'],
    ['2.5/-', 'Ngày 10/01/2026 đơn vị tổ chức hội nghị cán bộ, công chức thường kỳ có 16/16 CBCC dự; hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026-2028.'],
    ['2.6/-', 'Trong năm chưa có trường hợp nào bị khiếu nại, tố cáo.'],
    ['2.7/-', 'Các bộ phận niêm yết thủ tục tại công sở.'],
    ['2.8/-', 'Ban Thanh tra nhân dân nhiệm kỳ 2026-2028 gồm 03 đ/c.'],
    ['1/- Ưu điểm', 'Nội bộ đoàn kết, mọi việc đều bàn bạc tập thể.\nKết quả năm 2026, đơn vị tự chấm 97 điểm, xếp loại Tốt.'],
    ['2/- Hạn chế', 'Ban chưa sơ kết 6 tháng đầu năm.'],
    ['3/- Kiến nghị', 'Đề nghị Ban chỉ đạo tỉnh mở lớp tập huấn.'],
    ['B/-', '1. Tiếp tục quán triệt các văn bản về dân chủ ở cơ sở.\n2. Tổ chức sơ kết 6 tháng và tổng kết năm.'],
  ])('section %s', (heading, expected) => expect(sectionText(doc.body, heading)).toBe(expected));

  it('carries the header, the recipients and the signature through', () => {
    expect([doc.documentKind, doc.issuer, doc.issuedOn, doc.recipients, doc.signature.name]).toEqual([
      'BÁO CÁO',
      'BAN THỰC HIỆN QCDC',
      '2026-12-15',
      ['Ban chỉ đạo tỉnh', 'Lưu'],
      'Nguyễn Văn Thử',
    ]);
  });

  it('follows a changed record: a third pay rise and an absent staff member', () => {
    const records = FIXTURE_RECORDS.map((r) =>
      r.id === 'p-pay-2' ? { ...r, figures: { ...r.figures, people: 4 } } : r.id === 'b-letters' ? { ...r, figures: { ...r.figures, present: 12 } } : r,
    );
    const changed = buildReportDocument({ ...FIXTURE_INPUT, records });
    const text = sectionText(changed.body, '2.2/-');
    expect(text).toContain('nâng lương 09 đ/c');
    expect(text).toContain('Tổng cộng được 03 cuộc, có 44/48 lượt người dự.');
    expect(text).not.toContain('45/48');
  });

  it('writes a complaint when there is one', () => {
    const complaint = {
      id: 'k-1',
      kind: 'COMPLAINT_CASE',
      occurredOn: '2026-04-02',
      summary: 'Khiếu nại ngày 02/04/2026 về chế độ phụ cấp: đã giải quyết',
      figures: { cases: 1, resolved: 1 },
      facts: {},
    };
    const text = sectionText(buildReportDocument({ ...FIXTURE_INPUT, records: [...FIXTURE_RECORDS, complaint] }).body, '2.6/-');
    expect(text).toBe(
      'Trong năm tiếp nhận 01 đơn khiếu nại, tố cáo, kiến nghị, phản ánh; đã giải quyết 01 đơn.\nKhiếu nại ngày 02/04/2026 về chế độ phụ cấp: đã giải quyết.',
    );
  });

  it('is the same document for the same input (a snapshot can be hashed)', () =>
    expect(JSON.stringify(buildReportDocument(FIXTURE_INPUT))).toBe(JSON.stringify(doc)));
});

describe("buildReportDocument in the current law's structure", () => {
  const doc = buildReportDocument({ ...FIXTURE_INPUT, template: LAW_10_2022_TEMPLATE, placements: {}, period: { kind: 'SIX_MONTH', year: 2026 } });
  const text = textOf(doc.body);

  it.each([
    'tổ chức triển khai 01 cuộc có 15/16 đ/c dự',
    'Tổng cộng được 04 cuộc, có 60/64 lượt người dự.',
    'Trong 6 tháng có tuyển dụng 01 đ/c',
    'hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026-2028',
    'Trong 6 tháng chưa có trường hợp nào bị khiếu nại, tố cáo.',
    'Kết quả 6 tháng đầu năm 2026, đơn vị tự chấm 97 điểm, xếp loại Tốt.',
    '1.1 | Có kế hoạch thực hiện | 5 | 5',
    'IV/- Phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
  ])('writes %p', (expected) => expect(text).toContain(expected));
});
