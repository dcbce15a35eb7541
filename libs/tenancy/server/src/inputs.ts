import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@qcdc/shared/contracts';
import { InputSchema } from '@qcdc/shared/subgraph';
import {
  OrgUnitKind,
  UnitType,
  createOrgUnitInput,
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
  provinceIdArgs,
  refreshTokenArgs,
} from '@qcdc/tenancy/domain';
import { OrgUnitKindEnum, RoleEnum, UnitTypeEnum } from './graphql-types';

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
  @Field() refreshToken: string;
}

@ArgsType()
@InputSchema(provinceIdArgs)
export class ProvinceIdArgs {
  @Field(() => ID) id: string;
}

@InputType()
@InputSchema(createProvinceInput)
export class CreateProvinceInput {
  @Field() code: string;
  @Field() name: string;
  @Field() adminUsername: string;
  @Field() adminPassword: string;
  @Field() adminDisplayName: string;
}

@InputType()
@InputSchema(createOrgUnitInput)
export class CreateOrgUnitInput {
  @Field(() => ID) parentId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => OrgUnitKindEnum) kind: OrgUnitKind;
  @Field(() => UnitTypeEnum) unitType: UnitType;
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
