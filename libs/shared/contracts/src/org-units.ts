/**
 * Levels of a province's org tree: the provincial committee (Ban chỉ đạo tỉnh) at the root, blocs and
 * sectors (khối, sở/ngành), reporting units (đơn vị). Shared, because scope checks and roll-ups read the
 * tree too; the placement rules are tenancy's (libs/tenancy/domain).
 */
export const ORG_UNIT_KINDS = ['PROVINCE_COMMITTEE', 'BLOC', 'UNIT'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/**
 * What a reporting unit is (loại hình), by the code of a type of its province's catalogue (tenancy.unit_types):
 * each province keeps its own list, seeded with DEFAULT_UNIT_TYPES. The committee and the blocs are COMMITTEE,
 * which is no type of the catalogue.
 */
export type UnitType = string;
export const COMMITTEE_UNIT_TYPE = 'COMMITTEE';

/** The types every province starts with (docs/DOMAIN.md); a province admin renames, adds and deactivates from there. */
export const DEFAULT_UNIT_TYPES: readonly { code: string; name: string; nameEn: string }[] = [
  { code: 'AGENCY', name: 'Cơ quan', nameEn: 'Agency' },
  { code: 'COMMUNE', name: 'Xã, phường, đặc khu', nameEn: 'Commune, ward or special zone' },
  { code: 'PUBLIC_UNIT', name: 'Đơn vị sự nghiệp công lập', nameEn: 'Public service unit' },
  { code: 'ENTERPRISE', name: 'Doanh nghiệp', nameEn: 'Enterprise' },
];
