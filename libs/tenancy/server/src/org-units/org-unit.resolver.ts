import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { TenantContext } from '@qcdc/shared/db';
import { OrgUnit } from '../graphql-types';
import { CreateOrgUnitInput } from '../inputs';
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
  orgUnits(@CurrentCaller() caller: Caller): Promise<OrgUnit[]> {
    return this.service.list(caller);
  }

  @Mutation(() => OrgUnit, { description: 'Province admin: adds a bloc or a reporting unit to the tree' })
  createOrgUnit(@CurrentCaller() caller: Caller, @Args('input') input: CreateOrgUnitInput): Promise<OrgUnit> {
    return this.service.create(caller, input);
  }

  /** A unit another subgraph references: null unless it lies within the caller's subtrees. */
  @ResolveReference()
  resolveReference(reference: { id: string }): Promise<OrgUnit | null> {
    // Not an argument the input pipe sees: an id that is not a UUID is simply not found (null), in the loader.
    return this.references().load(reference.id);
  }

  /**
   * The request's loader (kept in its CLS store, so never shared between requests or callers): every
   * reference of one `_entities` call is resolved with one query.
   */
  private references(): DataLoader<string, OrgUnit | null> {
    let loader = this.cls.get<DataLoader<string, OrgUnit | null> | undefined>(REFERENCES);
    if (!loader) {
      const caller = this.context.caller();
      loader = new DataLoader((ids: readonly string[]) => this.service.findInScope(caller, ids));
      this.cls.set(REFERENCES, loader);
    }
    return loader;
  }
}
