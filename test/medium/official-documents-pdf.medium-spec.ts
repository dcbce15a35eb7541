// The rendered DOCX of each official format converts to PDF with LibreOffice headless and reads back with
// pdftotext: the file opens, and its text keeps the header, every figure, the diacritics and the signature.
import { PdfConverter, convertDocxToPdf, renderDocx, sampleUnitReport } from '@qcdc/reports/documents';
import { DOCUMENT_FORMATS } from '@qcdc/reports/domain';
import { pdfText } from '@qcdc/shared/testing';

const squash = (text: string): string => text.replace(/\s+/g, ' ');

describe.each(DOCUMENT_FORMATS)('the %s document as PDF', (format) => {
  let text: string;
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await convertDocxToPdf(await renderDocx(sampleUnitReport(format)), { timeoutMs: 90_000 });
    text = squash(await pdfText(pdf));
  }, 120_000);

  it('is a PDF that pdftotext reads', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text.length).toBeGreaterThan(500);
  });

  it.each(['15/16 đ/c dự', '16/16 CBCC dự', '32/32 CBCC dự', '45/48 lượt người dự', '08 đ/c', '97 điểm'])('keeps "%s"', (figure) => {
    expect(text).toContain(figure);
  });

  it('keeps the headings, the header, the diacritics and the signature', () => {
    for (const heading of ['A/- KẾT QUẢ THỰC HIỆN NĂM 2006', 'III/- Kết quả thực hiện quy chế dân chủ', '2.8/- Ban thanh tra nhân dân', 'B/- HƯỚNG HOẠT ĐỘNG NĂM 2007']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(format === 'PARTY' ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Vĩnh Long, ngày 15 tháng 12 năm 2006');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain(format === 'PARTY' ? 'T/M BAN THỰC HIỆN QCDC' : 'TM. BAN THỰC HIỆN QCDC');
    expect(text).toContain('Trần Văn Đức');
  });
});

describe('convertDocxToPdf', () => {
  it('says what to install when soffice is missing', async () => {
    await expect(convertDocxToPdf(Buffer.from('x'), { soffice: '/nonexistent/soffice' })).rejects.toThrow(/libreoffice-writer-nogui/);
  });

  it('converts two documents at once, each with its own profile', async () => {
    const [a, b] = await Promise.all(
      DOCUMENT_FORMATS.map(async (format) => pdfText(await convertDocxToPdf(await renderDocx(sampleUnitReport(format)), { timeoutMs: 90_000 }))),
    );
    expect(squash(a)).toContain('45/48 lượt người dự');
    expect(squash(b)).toContain('45/48 lượt người dự');
  }, 120_000);
});

describe('PdfConverter', () => {
  it('shares one LibreOffice run among the documents asked for together, each getting its own PDF back', async () => {
    const converter = new PdfConverter({ timeoutMs: 90_000 });
    const documents = await Promise.all(DOCUMENT_FORMATS.map((format) => renderDocx(sampleUnitReport(format))));
    const texts = await Promise.all([...documents, documents[0]].map(async (docx) => squash(await pdfText(await converter.convert(docx)))));
    expect(texts.map((t) => t.includes('ĐẢNG CỘNG SẢN VIỆT NAM'))).toEqual([true, false, true]);
    expect(texts.map((t) => t.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toEqual([false, true, false]);
  }, 120_000);

  it('fails each document of a run that fails, and converts the next ones', async () => {
    const converter = new PdfConverter({ soffice: '/nonexistent/soffice' });
    await expect(converter.convert(Buffer.from('x'))).rejects.toThrow(/libreoffice-writer-nogui/);
    await expect(converter.convert(Buffer.from('y'))).rejects.toThrow(/libreoffice-writer-nogui/);
  });
});
