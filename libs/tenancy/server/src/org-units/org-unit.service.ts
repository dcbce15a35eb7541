import { Injectable } from '@nestjs/common';
import { Caller, badInput, isUuid } from '@qcdc/shared/contracts';
import { TenantDb, assertUnitInScope, publishEvent, recordAudit } from '@qcdc/shared/db';
import { CreateOrgUnit, assertParentKind, assertUnitType } from '@qcdc/tenancy/domain';
import { OrgUnitRepository, OrgUnitRow } from './org-unit.repository';


/** The province's org tree: the province admin builds it; everyone reads their own subtrees. */
@Injectable()
export class OrgUnitService {
  constructor(
    private readonly db: TenantDb,
    private readonly orgUnits: OrgUnitRepository,
  ) {}

  list(caller: Caller): Promise<OrgUnitRow[]> {
    const roots = caller.memberships.map((m) => m.orgUnitId).filter((id): id is string => !!id);
    if (roots.length === 0) return Promise.resolve([]);
    return this.db.transaction((em) => this.orgUnits.listInSubtrees(em, roots));
  }

  /**
   * For federation: the units other subgraphs reference, in the order asked, each only if it lies within
   * one of the caller's subtrees (null otherwise), whatever the other subgraph checked. One query.
   */
  findInScope(caller: Caller, ids: readonly string[]): Promise<(OrgUnitRow | null)[]> {
    const roots = caller.memberships.map((m) => m.orgUnitId).filter((id): id is string => !!id);
    const wanted = ids.filter(isUuid);
    if (roots.length === 0 || wanted.length === 0) return Promise.resolve(ids.map(() => null));
    return this.db.transaction(async (em) => {
      const found = new Map((await this.orgUnits.findInSubtrees(em, wanted, roots)).map((u) => [u.id, u]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  /** The input is checked at the edge (createOrgUnitInput); here, the level against the type and the parent. */
  create(caller: Caller, input: CreateOrgUnit): Promise<OrgUnitRow> {
    assertUnitType(input.kind, input.unitType);
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.parentId, ['PROVINCE_ADMIN']);
        const parent = await this.orgUnits.findById(em, input.parentId);
        if (!parent) throw badInput('Không tìm thấy đơn vị cấp trên.', 'The parent unit does not exist.');
        assertParentKind(input.kind, parent.kind);
        const unit = await this.orgUnits.insert(em, {
          parentId: parent.id,
          code: input.code,
          name: input.name,
          kind: input.kind,
          unitType: input.unitType,
        });
        const bloc = await this.orgUnits.nearestBloc(em, unit.id);
        await publishEvent(em, 'tenancy', 'org-unit.upserted', {
          unitId: unit.id,
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          unitType: unit.unitType,
          blocId: bloc?.id ?? null,
          blocName: bloc?.name ?? null,
        });
        const { id, ...after } = unit;
        await recordAudit(em, 'tenancy', { by: caller, as: ['PROVINCE_ADMIN'], within: parent.id, action: 'org-unit.create', objectId: id, after });
        return unit;
      },
      { write: true },
    );
  }
}
