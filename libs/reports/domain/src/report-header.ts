import type { PeriodKind } from '@qcdc/shared/contracts';
import type { ReportHeader } from './report-records';
import { nextPeriodText, periodText } from './report-phrases';
import type { ReportTemplateCode } from './report-templates';

/** The template a new draft starts from: the 2006 structure before the current law (Luật 10/2022), the law's after. */
export const defaultTemplateCode = (year: number): ReportTemplateCode => (year < 2023 ? 'DECREE_71_2006' : 'LAW_10_2022');

/** The place in the header: the province's name without "Tỉnh" / "Thành phố". */
export const placeName = (provinceName: string): string => provinceName.replace(/^(tỉnh|thành phố)\s+/iu, '').trim() || provinceName;

/**
 * The header a draft starts with until someone saves one: the unit as issuer under its bloc, the province's
 * place, today's date, the subject the template's period calls for, and a signature to complete (the
 * signer's name is left blank: the submission asks for it).
 */
export function proposedHeader(p: {
  unitName: string;
  blocName: string | null;
  provinceName: string;
  period: { kind: PeriodKind; year: number };
  templateCode: ReportTemplateCode;
  today: string;
}): ReportHeader {
  const period = periodText(p.period);
  const next = nextPeriodText(p.period);
  const review = p.period.kind === 'YEAR' ? 'Tổng kết' : 'Sơ kết';
  const subject =
    p.templateCode === 'DECREE_71_2006'
      ? `${review} thực hiện quy chế dân chủ ở cơ quan ${period} và định hướng thực hiện quy chế dân chủ ${next}`
      : `Kết quả thực hiện dân chủ ở cơ sở ${period} và phương hướng ${next}`;
  return {
    format: p.templateCode === 'DECREE_71_2006' ? 'PARTY' : 'STATE',
    issuerParent: p.blocName?.toLocaleUpperCase('vi') ?? null,
    issuer: p.unitName.toLocaleUpperCase('vi'),
    number: null,
    place: placeName(p.provinceName),
    issuedOn: p.today,
    subject,
    recipients: ['Ban chỉ đạo thực hiện dân chủ ở cơ sở tỉnh', 'Lưu'],
    signature: { mode: 'ON_BEHALF', onBehalfOf: p.unitName.toLocaleUpperCase('vi'), title: 'THỦ TRƯỞNG ĐƠN VỊ', name: '' },
  };
}

/** A file name stem in plain ASCII ("bao-cao-VP-DUKCQ-2006-nam-v1"): Vietnamese letters lose their marks. */
export function fileStem(parts: readonly (string | number)[]): string {
  return parts
    .map((part) =>
      String(part)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/gu, '')
        .replace(/[đĐ]/gu, (c) => (c === 'đ' ? 'd' : 'D'))
        .replace(/[^A-Za-z0-9._-]+/gu, '-')
        .replace(/^-+|-+$/gu, ''),
    )
    .filter(Boolean)
    .join('-')
    .slice(0, 120);
}
