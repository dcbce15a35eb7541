import { defaultTemplateCode, fileStem, placeName, proposedHeader } from './report-header';

describe('a draft header', () => {
  it('proposes the unit under its bloc, the place, the date and the subject of the period', () => {
    const header = proposedHeader({
      unitName: 'Văn phòng Đảng ủy khối cơ quan',
      blocName: 'Đảng ủy khối cơ quan tỉnh',
      provinceName: 'Tỉnh Vĩnh Long',
      period: { kind: 'YEAR', year: 2006 },
      templateCode: defaultTemplateCode(2006),
      today: '2006-12-15',
    });
    expect(header).toMatchObject({
      format: 'PARTY',
      issuerParent: 'ĐẢNG ỦY KHỐI CƠ QUAN TỈNH',
      issuer: 'VĂN PHÒNG ĐẢNG ỦY KHỐI CƠ QUAN',
      place: 'Vĩnh Long',
      issuedOn: '2006-12-15',
      subject: 'Tổng kết thực hiện quy chế dân chủ ở cơ quan năm 2006 và định hướng thực hiện quy chế dân chủ năm 2007',
    });
    expect(header.signature.name).toBe('');
    expect(defaultTemplateCode(2026)).toBe('LAW_10_2022');
    expect(placeName('Thành phố Cần Thơ')).toBe('Cần Thơ');
  });

  it('names files in plain ASCII', () => {
    expect(fileStem(['bao-cao', 'VP-ĐUKCQ', 2006, 'năm', 'v1'])).toBe('bao-cao-VP-DUKCQ-2006-nam-v1');
    expect(fileStem(['Tổng hợp / tỉnh'])).toBe('Tong-hop-tinh');
  });
});
