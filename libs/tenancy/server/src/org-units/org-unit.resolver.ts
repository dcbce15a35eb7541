import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { TenantContext } from '@qcdc/shared/db';
import { OrgUnit, OrgUnitHistory } from '../graphql-types';
import {
  CloseOrgUnitInput,
  CorrectOrgUnitInput,
  CreateOrgUnitInput,
  EndReportingLineInput,
  MergeOrgUnitsInput,
  MoveOrgUnitInput,
  OrgUnitIdArgs,
  OrgUnitsArgs,
  RenameOrgUnitInput,
  SetReportingLineInput,
  SplitOrgUnitInput,
} from '../inputs';
import { toOrgUnit, toOrgUnitHistory } from '../to-graphql';
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

  @Query(() => [OrgUnit], { description: "The org units within the caller's subtrees, parents first, as the tree stood on a date" })
  async orgUnits(@CurrentCaller() caller: Caller, @Args() { asOf }: OrgUnitsArgs): Promise<OrgUnit[]> {
    return (await this.service.list(caller, asOf)).map(toOrgUnit);
  }

  @Query(() => OrgUnitHistory, { description: "One unit of the caller's subtrees: its names and places over time" })
  async orgUnitHistory(@CurrentCaller() caller: Caller, @Args() { id }: OrgUnitIdArgs): Promise<OrgUnitHistory> {
    const { unit, history } = await this.service.history(caller, id);
    return toOrgUnitHistory(unit, history);
  }

  @Mutation(() => OrgUnit, { description: 'Province admin: a new name from a date on (the old one stays in the history)' })
  async renameOrgUnit(@CurrentCaller() caller: Caller, @Args('input') input: RenameOrgUnitInput): Promise<OrgUnit> {
    return toOrgUnit(await this.service.rename(caller, input));
  }

  @Mutation(() => OrgUnit, { description: "Province admin: fixes a typo in the current name, or the day the unit is expected from; no history" })
  async correctOrgUnit(@CurrentCaller() caller: Caller, @Args('input') input: CorrectOrgUnitInput): Promise<OrgUnit> {
    return toOrgUnit(await this.service.correct(caller, input));
  }

  @Mutation(() => OrgUnit, { description: 'Province admin: the unit stops on a date; its reports stay where they are' })
  async closeOrgUnit(@CurrentCaller() caller: Caller, @Args('input') input: CloseOrgUnitInput): Promise<OrgUnit> {
    return toOrgUnit(await this.service.close(caller, input));
  }

  @Mutation(() => OrgUnit, { description: 'Province admin: the unit, with everything beneath it, under another parent from a date on' })
  async moveOrgUnit(@CurrentCaller() caller: Caller, @Args('input') input: MoveOrgUnitInput): Promise<OrgUnit> {
    return toOrgUnit(await this.service.move(caller, input));
  }

  @Mutation(() => OrgUnit, { description: 'Province admin: the sources close into the target on a date; answers the target' })
  async mergeOrgUnits(@CurrentCaller() caller: Caller, @Args('input') input: MergeOrgUnitsInput): Promise<OrgUnit> {
    return toOrgUnit(await this.service.merge(caller, input));
  }

  @Mutation(() => [OrgUnit], { description: 'Province admin: the unit closes on a date and two or more new units open that day, split from it; answers the new units' })
  async splitOrgUnit(@CurrentCaller() caller: Caller, @Args('input') input: SplitOrgUnitInput): Promise<OrgUnit[]> {
    return (await this.service.split(caller, input)).map(toOrgUnit);
  }

  @Mutation(() => OrgUnit, { description: 'Province admin: from a date on, the unit is reviewed by this bloc instead of its bloc in the tree' })
  async setReportingLine(@CurrentCaller() caller: Caller, @Args('input') input: SetReportingLineInput): Promise<OrgUnit> {
    return toOrgUnit(await this.service.setReportingLine(caller, input));
  }

  @Mutation(() => OrgUnit, { description: 'Province admin: from a date on, the unit is reviewed by its bloc in the tree again' })
  async endReportingLine(@CurrentCaller() caller: Caller, @Args('input') input: EndReportingLineInput): Promise<OrgUnit> {
    return toOrgUnit(await this.service.endReportingLine(caller, input));
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
