import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller, parseInput } from '@qcdc/shared/contracts';
import { orgUnitReference } from '@qcdc/tenancy/domain';
import { OrgUnit } from '../graphql-types';
import { CreateOrgUnitInput } from '../inputs';
import { OrgUnitService } from './org-unit.service';

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  constructor(private readonly service: OrgUnitService) {}

  @Query(() => [OrgUnit], { description: "The org units within the caller's subtrees, parents first" })
  orgUnits(@CurrentCaller() caller: Caller): Promise<OrgUnit[]> {
    return this.service.list(caller);
  }

  @Mutation(() => OrgUnit, { description: 'Province admin: adds a bloc or a reporting unit to the tree' })
  createOrgUnit(@CurrentCaller() caller: Caller, @Args('input') input: CreateOrgUnitInput): Promise<OrgUnit> {
    return this.service.create(caller, input);
  }

  /** A reference is not an argument the pipe sees: its schema is applied here. */
  @ResolveReference()
  async resolveReference(reference: { id: string }): Promise<OrgUnit | null> {
    const { id } = parseInput(orgUnitReference, reference);
    const [unit] = await this.service.findByIds([id]);
    return unit ?? null;
  }
}
