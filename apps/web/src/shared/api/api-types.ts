// The shapes this app reads from the gateway (a subset of the supergraph, as the contract states it).
export type Role =
  | 'PLATFORM_ADMIN'
  | 'PROVINCE_ADMIN'
  | 'PROVINCE_COMMITTEE'
  | 'BLOC_REVIEWER'
  | 'UNIT_REPORTER'
  | 'UNIT_HEAD';
export type Band = 'TOT' | 'KHA' | 'TRUNG_BINH' | 'YEU';
export type ReportStatus = 'DRAFT' | 'SUBMITTED';
export type OrgUnitKind = 'PROVINCE_COMMITTEE' | 'BLOC' | 'UNIT';
export type UnitType = 'COMMITTEE' | 'AGENCY' | 'COMMUNE' | 'PUBLIC_UNIT' | 'ENTERPRISE';
export type TenantStatus = 'ACTIVE' | 'SUSPENDED' | 'ARCHIVED';
export type PeriodKind = 'SIX_MONTH' | 'YEAR';

export interface ProvinceListing {
  id: string;
  code: string;
  name: string;
}
export interface OrgUnit {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  unitType: UnitType;
  parentId: string | null;
}
export interface Membership {
  role: Role;
  orgUnit: OrgUnit | null;
}
export interface Viewer {
  userId: string;
  username: string;
  displayName: string;
  province: ProvinceListing | null;
  memberships: Membership[];
}
/** A province, as the platform administrator sees it. */
export interface Province {
  id: string;
  code: string;
  name: string;
  status: TenantStatus;
  createdAt: string;
}
/** A user of the province, as the province administrator sees it. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  active: boolean;
  memberships: { role: Role; orgUnit: { id: string; name: string } | null }[];
}
export interface ReportingPeriod {
  id: string;
  year: number;
  kind: PeriodKind;
  windowStart: string;
  windowEnd: string;
  dueOn: string;
  graceDays: number;
  /** "OPEN" or "CLOSED". */
  status: string;
}
export interface Activity {
  id: string;
  unitId: string;
  kind: string;
  occurredOn: string;
  topic: string;
  documents: string | null;
  present: number | null;
  eligible: number | null;
  attendance: string | null;
}
export interface Criterion {
  id: string;
  code: string;
  title: string;
  contentGroup: string;
  maxPoints: number;
  evidenceHint: string | null;
}
export interface Rubric {
  id: string;
  year: number;
  name: string;
  maxTotal: number;
  criteria: Criterion[];
}
export interface CriterionScore {
  criterionId: string;
  points: number;
  comment: string | null;
}
export interface SelfAssessment {
  id: string;
  total: number;
  band: Band;
  scores: CriterionScore[];
  updatedAt: string;
}
export interface Report {
  id: string;
  status: ReportStatus;
  submittedAt: string | null;
  late: boolean | null;
  scoreTotal: number | null;
  band: Band | null;
}
export interface ProvinceRollup {
  periodId: string;
  unitsExpected: number;
  unitsSubmitted: number;
  unitsOnTime: number;
  averageScore: number | null;
  bands: { band: Band; count: number }[];
  updatedAt: string | null;
}
export interface UnitComparisonRow {
  unitId: string;
  code: string;
  name: string;
  blocName: string | null;
  submitted: boolean;
  submittedAt: string | null;
  late: boolean | null;
  scoreTotal: number | null;
  band: Band | null;
}

/** The fields of a Viewer this app asks for, shared by `me` and `login`. */
export const VIEWER_FIELDS = `
  userId username displayName
  province { id code name }
  memberships { role orgUnit { id code name kind unitType parentId } }
`;
