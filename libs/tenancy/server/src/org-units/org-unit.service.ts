import { Injectable } from '@nestjs/common';
import { Caller, badInput, requiredText } from '@qcdc/shared/contracts';
import { TenantDb, asUuid, assertUnitInScope, publishEvent, recordAudit } from '@qcdc/shared/db';
import { assertParentKind, assertUnitType, normaliseUnitCode } from '@qcdc/tenancy/domain';
import { OrgUnit } from '../graphql-types';
import { CreateOrgUnitInput } from '../inputs';
import { OrgUnitRepository } from './org-unit.repository';

/** The province's org tree: the province admin builds it; everyone reads their own subtrees. */
@Injectable()
export class OrgUnitService {
  constructor(
    private readonly db: TenantDb,
    private readonly orgUnits: OrgUnitRepository,
  ) {}

  list(caller: Caller): Promise<OrgUnit[]> {
    const roots = caller.memberships.map((m) => m.orgUnitId).filter((id): id is string => !!id);
    if (roots.length === 0) return Promise.resolve([]);
    return this.db.transaction((em) => this.orgUnits.listInSubtrees(em, roots));
  }

  /** For federation: other subgraphs reference units they have already checked access to. */
  findByIds(ids: string[]): Promise<OrgUnit[]> {
    return this.db.transaction((em) => this.orgUnits.findByIds(em, ids));
  }

  create(caller: Caller, input: CreateOrgUnitInput): Promise<OrgUnit> {
    const code = normaliseUnitCode(input.code);
    const name = requiredText(input.name, { field: 'name', label: { vi: 'tên đơn vị', en: 'the unit name' }, max: 200 });
    assertUnitType(input.kind, input.unitType);
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, asUuid(input.parentId), ['PROVINCE_ADMIN']);
        const parent = await this.orgUnits.findById(em, input.parentId);
        if (!parent) throw badInput('Không tìm thấy đơn vị cấp trên.', 'The parent unit does not exist.');
        assertParentKind(input.kind, parent.kind);
        const unit = await this.orgUnits.insert(em, {
          parentId: parent.id,
          code,
          name,
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
