/**
 * Levels of a province's org tree: the provincial committee (Ban chỉ đạo tỉnh) at the root, blocs and
 * sectors (khối, sở/ngành), reporting units (đơn vị). Shared, because scope checks and roll-ups read the
 * tree too; the placement rules are tenancy's (libs/tenancy/domain).
 */
export const ORG_UNIT_KINDS = ['PROVINCE_COMMITTEE', 'BLOC', 'UNIT'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/**
 * What a reporting unit is (loại hình): cơ quan, xã/phường/đặc khu, đơn vị sự nghiệp, doanh nghiệp.
 * The committee and the blocs are COMMITTEE.
 */
export const UNIT_TYPES = ['COMMITTEE', 'AGENCY', 'COMMUNE', 'PUBLIC_UNIT', 'ENTERPRISE'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
