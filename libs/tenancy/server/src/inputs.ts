import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@qcdc/shared/contracts';
import { InputSchema } from '@qcdc/shared/subgraph';
import {
  OrgUnitKind,
  UnitType,
  createOrgUnitInput,
  createProvinceInput,
  createUserInput,
  loginInput,
  provinceIdArgs,
  refreshTokenArgs,
  updateProvinceSettingsInput,
  type DocumentFormat,
  type ProvinceLanguage,
  type ProvinceTimeZone,
} from '@qcdc/tenancy/domain';
import { DocumentFormatEnum, OrgUnitKindEnum, RoleEnum, UnitTypeEnum } from './graphql-types';

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
