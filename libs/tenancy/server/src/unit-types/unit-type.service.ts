import { Injectable } from '@nestjs/common';
import { Caller, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, recordAudit } from '@qcdc/shared/db';
import { CreateUnitType, UpdateUnitType, assertSomeTypeStaysActive, assertUnitTypeNamesFree } from '@qcdc/tenancy/domain';
import { UnitTypeRepository, UnitTypeRow } from './unit-type.repository';

const ADMIN = ['PROVINCE_ADMIN'] as const;

/** The province's catalogue of unit types: everyone of the province reads it; its admin adds, renames and (de)activates. */
@Injectable()
export class UnitTypeService {
  constructor(
    private readonly db: TenantDb,
    private readonly unitTypes: UnitTypeRepository,
  ) {}

  /** The caller's province's types in order (none for the platform, which has no units). */
  list(): Promise<UnitTypeRow[]> {
    return this.db.transaction((em) => this.unitTypes.list(em));
  }

  /** A new type at the end of the list; its code is checked at the edge (createUnitTypeInput), its names against the others here. */
  create(caller: Caller, input: CreateUnitType): Promise<UnitTypeRow> {
    assertRole(caller, [...ADMIN]);
    return this.db.transaction(
      async (em) => {
        const catalogue = await this.unitTypes.catalogue(em, { lock: true });
        assertUnitTypeNamesFree(input, catalogue);
        await this.unitTypes.insert(em, [input]);
        await recordAudit(em, 'tenancy', { by: caller, as: [...ADMIN], action: 'unit-type.create', objectId: input.code, after: { ...input, active: true } });
        return { ...input, active: true, openUnits: 0 };
      },
      { write: true },
    );
  }

  /** New names, or the type taken out of (or back into) use; the units that have it keep it either way. */
  update(caller: Caller, input: UpdateUnitType): Promise<UnitTypeRow> {
    assertRole(caller, [...ADMIN]);
    return this.db.transaction(
      async (em) => {
        const catalogue = await this.unitTypes.list(em, { lock: true });
        const type = catalogue.find((t) => t.code === input.code);
        if (!type) {
          throw notFound(`Không có loại hình mã "${input.code}" trong danh mục của tỉnh. Hãy tải lại trang.`, `There is no unit type "${input.code}" in the province's list. Reload the page.`, {
            field: 'code',
          });
        }
        assertUnitTypeNamesFree(input, catalogue);
        if (type.active && !input.active) assertSomeTypeStaysActive(input.code, catalogue);
        await this.unitTypes.update(em, input);
        const { code, openUnits, ...before } = type;
        const { code: _code, ...after } = input;
        await recordAudit(em, 'tenancy', { by: caller, as: [...ADMIN], action: 'unit-type.update', objectId: code, before, after });
        return { ...input, openUnits };
      },
      { write: true },
    );
  }
}
