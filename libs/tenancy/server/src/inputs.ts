import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { BoardKind, BoardRole, Role } from '@qcdc/shared/contracts';
import { InputSchema } from '@qcdc/shared/subgraph';
import {
  OrgUnitKind,
  UnitType,
  createUnitTypeInput,
  updateUnitTypeInput,
  closeOrgUnitInput,
  endReportingLineInput,
  setReportingLineInput,
  splitOrgUnitInput,
  correctOrgUnitInput,
  createOrgUnitInput,
  mergeOrgUnitsInput,
  moveOrgUnitInput,
  orgUnitIdArgs,
  orgUnitsArgs,
  renameOrgUnitInput,
  createProvinceInput,
  acceptInvitationInput,
  createUserInput,
  inviteUserInput,
  linkTokenArgs,
  loginInput,
  membershipInput,
  requestPasswordResetInput,
  resetPasswordInput,
  userIdArgs,
  importIdArgs,
  provinceIdArgs,
  refreshTokenArgs,
  sessionIdArgs,
  updateProvinceSettingsInput,
  saveUnitProfileInput,
  unitProfileArgs,
  type DocumentFormat,
  type ProvinceLanguage,
  type ProvinceTimeZone,
} from '@qcdc/tenancy/domain';
import { BoardKindEnum, BoardRoleEnum, DocumentFormatEnum, OrgUnitKindEnum, RoleEnum } from './graphql-types';

// Each class is checked by its schema from @qcdc/tenancy/domain before the resolver runs (InputPipe).

@InputType()
@InputSchema(loginInput)
export class LoginInput {
  /** Province code; empty for platform admins. */
  @Field(() => String, { nullable: true }) province: string | null;
  @Field() username: string;
  @Field() password: string;
}

@ArgsType()
@InputSchema(refreshTokenArgs)
export class RefreshTokenArgs {
  @Field(() => String, { nullable: true, description: 'API clients only: a browser sends its cookie instead' })
  refreshToken?: string | null;
}

@ArgsType()
@InputSchema(sessionIdArgs)
export class SessionIdArgs {
  @Field(() => ID) sessionId: string;
}

@ArgsType()
@InputSchema(provinceIdArgs)
export class ProvinceIdArgs {
  @Field(() => ID) id: string;
}

/** Checked as part of the input that holds it (createProvince, updateProvinceSettings). */
@InputType()
export class ProvinceSettingsInput {
  @Field() documentParentBody: string;
  @Field() documentIssuer: string;
  @Field() documentSymbol: string;
  @Field() place: string;
  @Field(() => DocumentFormatEnum) documentFormat: DocumentFormat;
  @Field(() => String) timeZone: ProvinceTimeZone;
  @Field(() => String) language: ProvinceLanguage;
}

@InputType()
@InputSchema(updateProvinceSettingsInput)
export class UpdateProvinceSettingsInput {
  @Field(() => ID) id: string;
  @Field(() => ProvinceSettingsInput) settings: ProvinceSettingsInput;
}

@InputType()
@InputSchema(createProvinceInput)
export class CreateProvinceInput {
  @Field() code: string;
  @Field() name: string;
  @Field() adminUsername: string;
  @Field() adminPassword: string;
  @Field() adminDisplayName: string;
  @Field(() => ProvinceSettingsInput, { nullable: true, description: 'Left out: the defaults from the name' })
  settings?: ProvinceSettingsInput | null;
}

@InputType()
@InputSchema(createUnitTypeInput)
export class CreateUnitTypeInput {
  @Field({ description: 'Capital letters, digits and "_"; never changes' }) code: string;
  @Field({ description: 'Vietnamese' }) name: string;
  @Field() nameEn: string;
}

@InputType()
@InputSchema(updateUnitTypeInput)
export class UpdateUnitTypeInput {
  @Field() code: string;
  @Field({ description: 'Vietnamese' }) name: string;
  @Field() nameEn: string;
  @Field({ description: 'False: the units that have it keep it; no new unit may take it' }) active: boolean;
}

@InputType()
@InputSchema(createOrgUnitInput)
export class CreateOrgUnitInput {
  @Field(() => ID) parentId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => OrgUnitKindEnum) kind: OrgUnitKind;
  @Field(() => String, { description: "A code of the province's catalogue for a reporting unit; COMMITTEE for a bloc" }) unitType: UnitType;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; left out: the parent's (before the records under the root), so expected for every period" }) openedOn: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; the day it opened when not given' }) expectedFrom: string | null;
}

@InputType()
@InputSchema(renameOrgUnitInput)
export class RenameOrgUnitInput {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'YYYY-MM-DD: the first day of the new name' }) effectiveOn: string;
}

@InputType()
@InputSchema(correctOrgUnitInput)
export class CorrectOrgUnitInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'The current name, corrected (no history kept)' }) name: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) expectedFrom: string | null;
  @Field(() => String, { nullable: true, description: "A reporting unit's type, put right: a code of the province's catalogue" }) unitType: UnitType | null;
}

@InputType()
@InputSchema(closeOrgUnitInput)
export class CloseOrgUnitInput {
  @Field(() => ID) id: string;
  @Field({ description: 'YYYY-MM-DD: the first day it no longer exists as an open unit' }) closedOn: string;
}

@InputType()
@InputSchema(moveOrgUnitInput)
export class MoveOrgUnitInput {
  @Field(() => ID) id: string;
  @Field(() => ID) parentId: string;
  @Field({ description: 'YYYY-MM-DD: the first day under the new parent' }) effectiveOn: string;
}

@InputType()
@InputSchema(mergeOrgUnitsInput)
export class MergeOrgUnitsInput {
  @Field(() => [ID]) sourceIds: string[];
  @Field(() => ID) targetId: string;
  @Field({ description: 'YYYY-MM-DD: the first day the sources are part of the target' }) effectiveOn: string;
}

/** Checked as part of the split that holds it (splitOrgUnit). */
@InputType()
export class SplitPartInput {
  @Field() code: string;
  @Field() name: string;
  @Field(() => String, { description: "A code of the province's catalogue" }) unitType: UnitType;
  @Field(() => ID) parentId: string;
}

@InputType()
@InputSchema(splitOrgUnitInput)
export class SplitOrgUnitInput {
  @Field(() => ID) id: string;
  @Field(() => [SplitPartInput], { description: 'Two or more new units; each opens on the effective date' }) parts: SplitPartInput[];
  @Field({ description: 'YYYY-MM-DD: the first day of the new units (the old one closes that day)' }) effectiveOn: string;
}

@InputType()
@InputSchema(setReportingLineInput)
export class SetReportingLineInput {
  @Field(() => ID, { description: 'A reporting unit' }) unitId: string;
  @Field(() => ID, { description: 'The bloc that reviews it from the effective date' }) reviewerId: string;
  @Field({ description: 'YYYY-MM-DD: the first day of the new reporting line' }) effectiveOn: string;
}

@InputType()
@InputSchema(endReportingLineInput)
export class EndReportingLineInput {
  @Field(() => ID) unitId: string;
  @Field({ description: 'YYYY-MM-DD: the first day its bloc in the tree reviews it again' }) effectiveOn: string;
}

@ArgsType()
@InputSchema(orgUnitsArgs)
export class OrgUnitsArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the tree as it stood that day; today when not given' })
  asOf: string | null;
}

@ArgsType()
@InputSchema(orgUnitIdArgs)
export class OrgUnitIdArgs {
  @Field(() => ID) id: string;
}

@InputType()
@InputSchema(createUserInput)
export class CreateUserInput {
  @Field() username: string;
  @Field() password: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID) orgUnitId: string;
}

@InputType()
@InputSchema(inviteUserInput)
export class InviteUserInput {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID) orgUnitId: string;
}

@ArgsType()
@InputSchema(linkTokenArgs)
export class LinkTokenArgs {
  @Field({ description: 'The token of the link in the mail' }) token: string;
}

@InputType()
@InputSchema(acceptInvitationInput)
export class AcceptInvitationInput {
  @Field() token: string;
  @Field() username: string;
  @Field() password: string;
}

@InputType()
@InputSchema(requestPasswordResetInput)
export class RequestPasswordResetInput {
  /** Province code; empty for platform admins. */
  @Field(() => String, { nullable: true }) province: string | null;
  @Field({ description: 'The username or the email address' }) login: string;
}

@InputType()
@InputSchema(resetPasswordInput)
export class ResetPasswordInput {
  @Field() token: string;
  @Field() password: string;
}

@ArgsType()
@InputSchema(userIdArgs)
export class UserIdArgs {
  @Field(() => ID) userId: string;
}

@InputType()
@InputSchema(membershipInput)
export class MembershipInput {
  @Field(() => ID) userId: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID) orgUnitId: string;
}

@ArgsType()
@InputSchema(unitProfileArgs)
export class UnitProfileArgs {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
}

/** Checked as part of SaveUnitProfileInput. */
@InputType()
export class ProfilePersonInput {
  @Field({ description: 'Names the person within the profile (any short text, e.g. "p1"); seats refer to it' }) key: string;
  @Field() fullName: string;
  @Field(() => String, { nullable: true, description: 'Position in the unit (chức vụ)' }) title: string | null;
}

/** Checked as part of SaveUnitProfileInput. */
@InputType()
export class BoardSeatInput {
  @Field({ description: 'The key of a person of the profile' }) personKey: string;
  @Field(() => BoardRoleEnum) role: BoardRole;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) termStart: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, after the start' }) termEnd: string | null;
}

/** Checked as part of SaveUnitProfileInput. */
@InputType()
export class ProfileBoardInput {
  @Field(() => BoardKindEnum) kind: BoardKind;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the board’s term starts' }) termStart: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the board’s term ends' }) termEnd: string | null;
  @Field(() => [BoardSeatInput]) seats: BoardSeatInput[];
}

@InputType()
@InputSchema(saveUnitProfileInput)
export class SaveUnitProfileInput {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => Int, { description: 'The version the profile was edited from (0: none saved yet); another is CONFLICT' })
  expectedVersion: number;
  @Field(() => Int) staffCount: number;
  @Field(() => Int) partyMembers: number;
  @Field(() => Int) unionMembers: number;
  @Field(() => [ProfilePersonInput]) people: ProfilePersonInput[];
  @Field(() => [ProfileBoardInput]) boards: ProfileBoardInput[];
}

@ArgsType()
@InputSchema(importIdArgs)
export class ImportIdArgs {
  @Field(() => ID) id: string;
}
