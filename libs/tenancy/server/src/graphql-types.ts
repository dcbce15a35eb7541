import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BOARD_KINDS, BOARD_ROLES, BoardKind, BoardRole, ROLES, Role, TENANT_STATUSES, TenantStatus, enumObject } from '@qcdc/shared/contracts';
import { DOCUMENT_FORMATS, DocumentFormat, IMPORT_STATUSES, ImportStatus, ORG_UNIT_KINDS, OrgUnitKind, UnitType as UnitTypeCode } from '@qcdc/tenancy/domain';

export const RoleEnum = enumObject(ROLES);
export const OrgUnitKindEnum = enumObject(ORG_UNIT_KINDS);
export const TenantStatusEnum = enumObject(TENANT_STATUSES);
export const ImportStatusEnum = enumObject(IMPORT_STATUSES);
registerEnumType(ImportStatusEnum, {
  name: 'ImportStatus',
  description: 'CHECKING: the dry run is queued or running; CHECKED: done; APPLYING; APPLIED; FAILED: the apply found problems and changed nothing',
});
registerEnumType(RoleEnum, { name: 'Role', description: 'What a membership allows, over a subtree of the org tree' });
registerEnumType(OrgUnitKindEnum, { name: 'OrgUnitKind', description: 'Level of the org tree' });
registerEnumType(TenantStatusEnum, { name: 'TenantStatus' });
export const DocumentFormatEnum = enumObject(DOCUMENT_FORMATS);
registerEnumType(DocumentFormatEnum, {
  name: 'DocumentFormat',
  description: 'PARTY: Guidance 36-HD/VPTW; STATE: Decree 30/2020/NĐ-CP',
});

export const BoardKindEnum = enumObject(BOARD_KINDS);
registerEnumType(BoardKindEnum, {
  name: 'BoardKind',
  description: 'A board of a unit: its democracy team (Ban chỉ đạo/Tổ công tác QCDC), People’s Inspection Board, union executive',
});
export const BoardRoleEnum = enumObject(BOARD_ROLES);
registerEnumType(BoardRoleEnum, { name: 'BoardRole', description: 'A seat on a board: head (trưởng ban), deputy (phó ban), member (ủy viên)' });

/** A type of the province's catalogue (loại hình đơn vị) that its reporting units may have. */
@ObjectType()
export class UnitType {
  @Field({ description: 'Never changes: imports and roll-ups key on it' }) code: string;
  @Field({ description: 'Vietnamese' }) name: string;
  @Field() nameEn: string;
  @Field({ description: 'False: kept by the units that have it, offered for no new one' }) active: boolean;
  @Field(() => Int, { description: 'The open units that have it today' }) openUnits: number;
}

/** A node of a province's org tree (Ban chỉ đạo tỉnh → khối/ngành → đơn vị). Other subgraphs reference it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class OrgUnit {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => OrgUnitKindEnum) kind: OrgUnitKind;
  @Field(() => String, { description: "The code of its type in the province's catalogue (unitTypes); COMMITTEE for the committee and the blocs" })
  unitType: UnitTypeCode;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => String, { nullable: true, description: 'The day it opened (YYYY-MM-DD); null: before the records' })
  openedOn: string | null;
  @Field(() => String, { nullable: true, description: 'The day it closed (merged, split or closed); null while open' })
  closedOn: string | null;
  @Field(() => ID, { nullable: true, description: 'The unit a merge closed it into' }) mergedIntoId: string | null;
  @Field(() => ID, { nullable: true, description: 'The unit a split made it from (that unit closed the day this one opened)' })
  splitFromId: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The first day a reporting period may start on and still expect its report; null: every period',
  })
  expectedFrom: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "The bloc that reviews it on the day asked, set by the admin over the tree's; null: its bloc in the tree",
  })
  reviewedById: string | null;
}

/** A name a unit carried, from a day (null: before the records) to a day (exclusive; null: still). */
@ObjectType()
export class OrgUnitNameSpan {
  @Field() name: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

/** A parent a unit sat under, from a day to a day (exclusive; null: still). */
@ObjectType()
export class OrgUnitPlacement {
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

/** A bloc the admin set to review a unit instead of its bloc in the tree, from a day to a day (exclusive; null: still). */
@ObjectType()
export class OrgUnitReportingLine {
  @Field(() => ID) reviewerId: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

/** One unit's names, places and reporting lines over time, oldest first, and the units a split of it opened. */
@ObjectType()
export class OrgUnitHistory {
  @Field(() => OrgUnit) unit: OrgUnit;
  @Field(() => [OrgUnitNameSpan]) names: OrgUnitNameSpan[];
  @Field(() => [OrgUnitPlacement]) placements: OrgUnitPlacement[];
  @Field(() => [OrgUnitReportingLine]) reportingLines: OrgUnitReportingLine[];
  @Field(() => [ID], { description: 'The units a split of this one opened' }) splitIntoIds: string[];
}

/** What the login screen may show of a province. */
@ObjectType()
export class ProvinceListing {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
}

/** What a province sets for itself: its documents' header and place, its clock and language. */
@ObjectType()
export class ProvinceSettings {
  @Field({ description: 'Top left of a State-format header: "TỈNH ỦY VĨNH LONG"' }) documentParentBody: string;
  @Field({ description: 'The issuing body: "BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ"' }) documentIssuer: string;
  @Field({ description: 'Its abbreviation in document numbers: "BCĐ" in "Số: 12/BC-BCĐ"' }) documentSymbol: string;
  @Field({ description: 'The place in "Vĩnh Long, ngày … tháng … năm …"' }) place: string;
  @Field(() => DocumentFormatEnum) documentFormat: DocumentFormat;
  @Field({ description: 'IANA time zone; Asia/Ho_Chi_Minh' }) timeZone: string;
  @Field({ description: 'The language its people see first: vi or en' }) language: string;
}

/** A province (tenant), as the platform admin sees it. */
@ObjectType()
export class Province {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => TenantStatusEnum) status: TenantStatus;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => ProvinceSettings) settings: ProvinceSettings;
}

@ObjectType()
export class Membership {
  @Field(() => RoleEnum) role: Role;
  @Field(() => OrgUnit, { nullable: true }) orgUnit: OrgUnit | null;
}

@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field() username: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field() active: boolean;
  @Field({ description: 'Invited by email and not accepted yet: no password, cannot sign in' }) invitationPending: boolean;
  @Field(() => [Membership]) memberships: Membership[];
}

/** What an invitation link shows before it is accepted. */
@ObjectType()
export class InvitationPreview {
  @Field() displayName: string;
  @Field() email: string;
  @Field({ description: 'Proposed from the email; the person may choose another' }) username: string;
  @Field(() => ProvinceListing) province: ProvinceListing;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
}

/** Where a person who has just set a password signs in. */
@ObjectType()
export class SignInHint {
  @Field() username: string;
  @Field(() => String, { nullable: true, description: 'Null for the platform’s own people' }) provinceCode: string | null;
}

/** The signed-in person. */
@ObjectType()
export class Viewer {
  @Field(() => ID) userId: string;
  @Field() username: string;
  @Field() displayName: string;
  @Field(() => ProvinceListing, { nullable: true }) province: ProvinceListing | null;
  @Field(() => [Membership]) memberships: Membership[];
}

@ObjectType({ description: 'Một phiên đăng nhập: one sign-in of the caller, on one browser' })
export class SessionInfo {
  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it was last renewed (used)' }) renewedAt: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it ends unless renewed' }) expiresAt: Date;
  @Field() clientAddress: string;
  @Field({ description: 'The browser’s User-Agent as it signed in' }) userAgent: string;
  @Field({ description: 'The session of this very request' }) current: boolean;
}

@ObjectType()
export class AuthSession {
  @Field() accessToken: string;
  @Field(() => GraphQLISODateTime) accessTokenExpiresAt: Date;
  @Field(() => Viewer) viewer: Viewer;
}

/** A person of a unit's profile, listed once whatever boards they sit on. */
@ObjectType()
export class ProfilePerson {
  @Field({ description: 'Names the person within the profile; seats refer to it' }) key: string;
  @Field() fullName: string;
  @Field(() => String, { nullable: true, description: 'Position in the unit (chức vụ)' }) title: string | null;
}

/** A person's seat on a board, with its term (YYYY-MM-DD; null: not given). */
@ObjectType()
export class BoardSeat {
  @Field() personKey: string;
  @Field(() => BoardRoleEnum) role: BoardRole;
  @Field(() => String, { nullable: true }) termStart: string | null;
  @Field(() => String, { nullable: true }) termEnd: string | null;
}

/** One board of a unit, with its term (nhiệm kỳ) and its seats. */
@ObjectType()
export class ProfileBoard {
  @Field(() => BoardKindEnum) kind: BoardKind;
  @Field(() => String, { nullable: true }) termStart: string | null;
  @Field(() => String, { nullable: true }) termEnd: string | null;
  @Field(() => [BoardSeat]) seats: BoardSeat[];
}

/** A person who sits on several boards (kiêm nhiệm), and which. */
@ObjectType()
export class PersonOnSeveralBoards {
  @Field() key: string;
  @Field() fullName: string;
  @Field(() => [BoardKindEnum]) boards: BoardKind[];
}

/** A unit's profile for a reporting period (hồ sơ đơn vị): staff, Party and union members, boards and their members. */
@ObjectType()
export class UnitProfile {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => Int, { description: 'Counts the saves; 0 before the first. Send it back as expectedVersion.' }) version: number;
  @Field(() => ID, { nullable: true, description: 'Not saved yet: the earlier period this starting point was copied from' })
  copiedFromPeriodId: string | null;
  @Field(() => Int, { nullable: true, description: 'Cán bộ, công chức, viên chức, người lao động; null before anything is saved' })
  staffCount: number | null;
  @Field(() => Int, { nullable: true, description: 'Đảng viên' }) partyMembers: number | null;
  @Field(() => Int, { nullable: true, description: 'Đoàn viên công đoàn' }) unionMembers: number | null;
  @Field(() => [ProfilePerson]) people: ProfilePerson[];
  @Field(() => [ProfileBoard]) boards: ProfileBoard[];
  @Field(() => [PersonOnSeveralBoards], { description: 'People with seats on two boards or more' })
  peopleOnSeveralBoards: PersonOnSeveralBoards[];
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt: Date | null;
}

/** One problem of an import, where a person finds it in the file. */
@ObjectType()
export class ImportProblem {
  @Field({ description: '"units" or "users": the sheet (or the CSV file) of the row' }) sheet: string;
  @Field(() => Int, { description: 'The row number as the spreadsheet shows it' }) row: number;
  @Field({ description: 'The column header as written in the file' }) column: string;
  @Field() message: string;
  @Field() messageEn: string;
}

@ObjectType()
export class ImportProgress {
  @Field(() => Int, { description: 'Rows checked (CHECKING) or applied (APPLYING) so far' }) done: number;
  @Field(() => Int) total: number;
}

/** An import of org units and people from a spreadsheet: its dry run, then its apply, each a job with progress. */
@ObjectType()
export class ImportJob {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => ImportStatusEnum) status: ImportStatus;
  @Field(() => Int) rowCount: number;
  @Field(() => Int, { description: 'Every problem found; `problems` holds the first of them' }) problemCount: number;
  @Field(() => [ImportProblem]) problems: ImportProblem[];
  @Field(() => ImportProgress) progress: ImportProgress;
  @Field(() => Int) unitsCreated: number;
  @Field(() => Int) usersCreated: number;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
