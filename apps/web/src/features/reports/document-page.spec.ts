import { describe, expect, it } from '@jest/globals';
import { DECREE_71_TEMPLATE, buildReportDocument } from '@qcdc/reports/domain';
import { numberLine, placeAndDate, recipientLine, signatureLines } from '@qcdc/reports/domain';
import { asOfficialDocument } from './document-page';

describe('the preview page lines', () => {
  it('writes the place and date with the customary leading zeros', () => {
    expect(placeAndDate('Vĩnh Long', '2006-12-15')).toBe('Vĩnh Long, ngày 15 tháng 12 năm 2006');
    expect(placeAndDate('Vĩnh Long', '2026-02-05')).toBe('Vĩnh Long, ngày 05 tháng 02 năm 2026');
    expect(placeAndDate('Vĩnh Long', '2026-03-09')).toBe('Vĩnh Long, ngày 09 tháng 3 năm 2026');
  });

  it('writes the number in each format, with room for the clerk when there is none', () => {
    expect(numberLine('STATE', '12/BC-BCĐ')).toBe('Số: 12/BC-BCĐ');
    expect(numberLine('PARTY', 'Số: 12-BC/BCĐ')).toBe('Số 12-BC/BCĐ');
    expect(numberLine('STATE', null)).toBe('Số: ........');
  });

  it.each([
    ['STATE', 'ON_BEHALF', 'Ban X', ['TM. BAN X', 'TRƯỞNG BAN']],
    ['PARTY', 'ON_BEHALF', 'Ban X', ['T/M BAN X', 'TRƯỞNG BAN']],
    ['STATE', 'DEPUTY', 'Trưởng ban', ['KT. TRƯỞNG BAN', 'TRƯỞNG BAN']],
    ['STATE', 'BY_ORDER', null, ['TL.', 'TRƯỞNG BAN']],
    ['STATE', 'OWN', 'ignored', ['TRƯỞNG BAN']],
  ] as const)('%s %s signs as %j', (format, mode, onBehalfOf, above) => {
    const mapped = mode === 'OWN' ? null : onBehalfOf;
    expect(signatureLines({ format, signature: { mode, onBehalfOf: mapped, title: 'Trưởng ban', name: 'Nguyễn Văn Thử' } })).toEqual({
      above,
      name: 'Nguyễn Văn Thử',
    });
  });

  it('writes each recipient after a dash, once', () => {
    expect(recipientLine('Lưu')).toBe('- Lưu');
    expect(recipientLine('- Lưu')).toBe('- Lưu');
  });

  it('takes the document the domain builds, and nothing else', () => {
    const doc = buildReportDocument({
      template: DECREE_71_TEMPLATE,
      period: { kind: 'YEAR', year: 2026 },
      records: [],
      profile: { staffCount: 16, partyMembers: 15, unionMembers: 16, boards: [] },
      selfScore: null,
      prose: { 'A.I': 'Văn phòng là cơ quan tham mưu của khối.' },
      header: {
        format: 'STATE',
        issuerParent: null,
        issuer: 'VĂN PHÒNG',
        number: null,
        place: 'Thành phố Thử',
        issuedOn: '2026-12-15',
        subject: 'Tổng kết năm 2026',
        recipients: ['Lưu'],
        signature: { mode: 'OWN', onBehalfOf: null, title: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn Thử' },
      },
    });
    expect(doc.body.length).toBeGreaterThan(3);
    expect(asOfficialDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    expect(asOfficialDocument({ format: 'STATE' })).toBeNull();
    expect(asOfficialDocument(null)).toBeNull();
  });
});
