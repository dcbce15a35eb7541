import { AppError } from '@qcdc/shared/contracts';
import { EVIDENCE_FILE_KINDS, evidenceDisposition, evidenceFileName, evidenceKindOf, evidenceFilesArgs, removeEvidenceFileInput } from './evidence';

const kind = (label: string) => EVIDENCE_FILE_KINDS.find((k) => k.label === label) as (typeof EVIDENCE_FILE_KINDS)[number];

describe('evidenceKindOf', () => {
  it.each([
    ['application/pdf', 'PDF'],
    ['image/jpeg', 'JPEG'],
    ['image/png', 'PNG'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCX'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'],
    ['application/vnd.oasis.opendocument.text', 'ODT'],
  ])('%s is a %s', (type, label) => expect(evidenceKindOf(type).label).toBe(label));

  it.each([['application/x-msdownload'], ['image/gif'], ['application/zip'], [undefined]])('refuses %s, naming what is allowed', (type) => {
    let error: AppError | undefined;
    try {
      evidenceKindOf(type);
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.details).toEqual(expect.objectContaining({ field: 'file', reason: 'FILE_TYPE_NOT_ALLOWED' }));
    expect(error?.messages.vi).toContain('PDF, JPEG, PNG, DOCX, XLSX, ODT');
  });
});

describe('evidenceFileName', () => {
  it.each([
    ['Biên bản hội nghị.pdf', 'PDF', 'Biên bản hội nghị.pdf'],
    ['C:\\Users\\ke-toan\\Desktop\\bien-ban.PDF', 'PDF', 'bien-ban.pdf'],
    ['../../etc/passwd', 'PDF', 'passwd.pdf'],
    ['...hidden.png', 'PNG', 'hidden.png'],
    ['anh chup.jpeg', 'JPEG', 'anh chup.jpeg'],
    ['anh chup.png', 'JPEG', 'anh chup.png.jpg'],
    ['a\u0000b\u202Ec<>|?.docx', 'DOCX', 'a b c.docx'],
    ['  ', 'XLSX', 'minh-chung.xlsx'],
    ['', 'ODT', 'minh-chung.odt'],
    ['Bie\u0302\u0301n ba\u0309n.pdf', 'PDF', 'Biến bản.pdf'],
  ])('%j as %s -> %j', (given, label, expected) => expect(evidenceFileName(given, kind(label))).toBe(expected));

  it('keeps a long name within the limit, extension included', () => {
    const name = evidenceFileName(`${'ấ'.repeat(300)}.pdf`, kind('PDF'));
    expect(name.length).toBe(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('evidenceDisposition', () => {
  it.each([
    ['bien-ban.pdf', `attachment; filename="bien-ban.pdf"; filename*=UTF-8''bien-ban.pdf`],
    ['Biên bản (1).pdf', `attachment; filename="Bien ban (1).pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%281%29.pdf`],
    ['Đảng ủy 100%.png', `attachment; filename="Dang uy 100_.png"; filename*=UTF-8''%C4%90%E1%BA%A3ng%20%E1%BB%A7y%20100%25.png`],
  ])('%s', (name, expected) => expect(evidenceDisposition(name)).toBe(expected));
});

describe('the evidence inputs', () => {
  const id = '0b7a4f9e-6f2c-4c53-9d5e-2f1f1c0d3a11';
  it('takes up to 200 activities', () => {
    expect(evidenceFilesArgs.safeParse({ activityIds: Array(200).fill(id) }).success).toBe(true);
    expect(evidenceFilesArgs.safeParse({ activityIds: Array(201).fill(id) }).success).toBe(false);
  });
  it('needs a reason to remove a file', () => {
    expect(removeEvidenceFileInput.safeParse({ id, reason: '  ' }).success).toBe(false);
    expect(removeEvidenceFileInput.parse({ id, reason: ' Tải nhầm tệp ' })).toEqual({ id, reason: 'Tải nhầm tệp' });
  });
});
