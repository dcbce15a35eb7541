import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { TenantContext } from '@qcdc/shared/db';
import { OrgUnit } from '../graphql-types';
import { CreateOrgUnitInput } from '../inputs';
import { toOrgUnit } from '../to-graphql';
import { OrgUnitRow } from './org-unit.repository';
import { OrgUnitService } from './org-unit.service';

const REFERENCES = 'tenancy.orgUnitReferences';

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  constructor(
    private readonly service: OrgUnitService,
    private readonly cls: ClsService,
    private readonly context: TenantContext,
  ) {}

  @Query(() => [OrgUnit], { description: "The org units within the caller's subtrees, parents first" })
  async orgUnits(@CurrentCaller() caller: Caller): Promise<OrgUnit[]> {
    return (await this.service.list(caller)).map(toOrgUnit);
  }

  @Mutation(() => OrgUnit, { description: 'Province admin: adds a bloc or a reporting unit to the tree' })
  async createOrgUnit(@CurrentCaller() caller: Caller, @Args('input') input: CreateOrgUnitInput): Promise<OrgUnit> {
    return toOrgUnit(await this.service.create(caller, input));
  }

  /** A unit another subgraph references: null unless it lies within the caller's subtrees. */
  @ResolveReference()
  async resolveReference(reference: { id: string }): Promise<OrgUnit | null> {
    // Not an argument the input pipe sees: an id that is not a UUID is simply not found (null), in the loader.
    const unit = await this.references().load(reference.id);
    return unit && toOrgUnit(unit);
  }

  /**
   * The request's loader (kept in its CLS store, so never shared between requests or callers): every
   * reference of one `_entities` call is resolved with one query.
   */
  private references(): DataLoader<string, OrgUnitRow | null> {
    let loader = this.cls.get<DataLoader<string, OrgUnitRow | null> | undefined>(REFERENCES);
    if (!loader) {
      const caller = this.context.caller();
      loader = new DataLoader((ids: readonly string[]) => this.service.findInScope(caller, ids));
      this.cls.set(REFERENCES, loader);
    }
    return loader;
  }
}
