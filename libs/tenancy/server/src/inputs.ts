import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@qcdc/shared/contracts';
import { OrgUnitKind, UnitType } from '@qcdc/tenancy/domain';
import { OrgUnitKindEnum, RoleEnum, UnitTypeEnum } from './graphql-types';

@InputType()
export class LoginInput {
  /** Province code; empty for platform admins. */
  @Field(() => String, { nullable: true }) province?: string | null;
  @Field() username: string;
  @Field() password: string;
}

@InputType()
export class CreateProvinceInput {
  @Field() code: string;
  @Field() name: string;
  @Field() adminUsername: string;
  @Field() adminPassword: string;
  @Field() adminDisplayName: string;
}

@InputType()
export class CreateOrgUnitInput {
  @Field(() => ID) parentId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => OrgUnitKindEnum) kind: OrgUnitKind;
  @Field(() => UnitTypeEnum) unitType: UnitType;
}

@InputType()
export class CreateUserInput {
  @Field() username: string;
  @Field() password: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID) orgUnitId: string;
}
