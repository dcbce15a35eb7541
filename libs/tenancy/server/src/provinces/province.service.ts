import { Injectable } from '@nestjs/common';
import { COMMITTEE_UNIT_TYPE, Caller, DEFAULT_UNIT_TYPES, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, publishEvent, recordAudit } from '@qcdc/shared/db';
import {
  CreateProvince,
  ProvinceStatusAction,
  UpdateProvinceSettings,
  defaultProvinceSettings,
  provinceSettingsOf,
  statusAfter,
} from '@qcdc/tenancy/domain';
import { OrgUnitRepository } from '../org-units/org-unit.repository';
import { UnitTypeRepository } from '../unit-types/unit-type.repository';
import { PasswordHasher } from '../auth/password-hasher';
import { UserRepository } from '../users/user.repository';
import { TenantRepository, TenantRow } from './tenant.repository';

/** The platform admin's side: provinces (tenants) and their first administrator. */
@Injectable()
export class ProvinceService {
  constructor(
    private readonly db: TenantDb,
    private readonly tenants: TenantRepository,
    private readonly orgUnits: OrgUnitRepository,
    private readonly unitTypes: UnitTypeRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /** The provinces one can sign in to. */
  directory(): Promise<TenantRow[]> {
    return this.tenants.listProvinces(true);
  }

  async list(caller: Caller): Promise<TenantRow[]> {
    assertRole(caller, ['PLATFORM_ADMIN']);
    return this.tenants.listProvinces(false);
  }

  /**
   * Creates the province, its provincial committee (the root of its org tree), its default unit types and its first admin in
   * one transaction: a province never exists half made. The input is checked at the edge (createProvinceInput).
   */
  async create(caller: Caller, input: CreateProvince): Promise<TenantRow> {
    assertRole(caller, ['PLATFORM_ADMIN']);
    const { code, name, adminUsername, adminDisplayName } = input;
    const settings = input.settings ?? defaultProvinceSettings(name);
    const passwordHash = await this.hasher.hash(input.adminPassword);
    const tenantId = await this.db.forNewTenant(
      (em) => this.tenants.insertProvince(em, code, name, settings),
      async (em, id) => {
        const root = await this.orgUnits.insert(em, {
          parentId: null,
          code: 'BCD',
          name: `Ban Chỉ đạo thực hiện dân chủ ở cơ sở ${name}`,
          kind: 'PROVINCE_COMMITTEE',
          unitType: COMMITTEE_UNIT_TYPE,
          // The province's root stands from before any date the records hold.
          openedOn: null,
          expectedFrom: null,
        });
        await this.unitTypes.insert(em, DEFAULT_UNIT_TYPES);
        const admin = await this.users.insert(em, {
          username: adminUsername,
          displayName: adminDisplayName,
          email: null,
          passwordHash,
        });
        await this.users.addMembership(em, admin.id, 'PROVINCE_ADMIN', root.id);
        await publishEvent(em, 'tenancy', 'org-unit.upserted', {
          unitId: root.id,
          code: root.code,
          name: root.name,
          kind: root.kind,
          unitType: root.unitType,
          blocId: null,
          blocName: null,
          expectedFrom: null,
          closedOn: null,
          effectiveOn: null,
        });
        // The province's lifecycle is the platform's business: the entry lands in the platform's log.
        const after = { code, name, status: 'ACTIVE', adminUsername, ...settings };
        await recordAudit(em, 'tenancy', { by: caller, as: ['PLATFORM_ADMIN'], action: 'province.create', objectId: id, after });
        return id;
      },
    );
    return (await this.tenants.findById(tenantId)) as TenantRow;
  }

  /**
   * Suspends (read-only; its people still sign in and read), reactivates or archives (nobody signs in) a
   * province, as statusAfter allows from where it is. In the platform's tenant (the caller's), so the change
   * and its audit entry commit together.
   */
  async changeStatus(caller: Caller, id: string, action: ProvinceStatusAction): Promise<TenantRow> {
    assertRole(caller, ['PLATFORM_ADMIN']);
    return this.db.transaction(async (em) => {
      const province = await this.tenants.lockProvince(em, id);
      if (!province) throw noSuchProvince(id);
      const status = statusAfter(action, province.status);
      const changed = (await this.tenants.setStatus(em, id, status)) as TenantRow;
      const [before, after] = [{ status: province.status }, { status }];
      await recordAudit(em, 'tenancy', { by: caller, as: ['PLATFORM_ADMIN'], action: `province.${action}`, objectId: id, before, after });
      return changed;
    });
  }

  /** New settings for a province (its documents' header and place, its clock and language), audited field by field. */
  async updateSettings(caller: Caller, input: UpdateProvinceSettings): Promise<TenantRow> {
    assertRole(caller, ['PLATFORM_ADMIN']);
    return this.db.transaction(async (em) => {
      const province = await this.tenants.lockProvince(em, input.id);
      if (!province) throw noSuchProvince(input.id);
      const before = provinceSettingsOf(province.name, province.settings);
      const updated = await this.tenants.setSettings(em, input.id, input.settings);
      await recordAudit(em, 'tenancy', {
        by: caller,
        as: ['PLATFORM_ADMIN'],
        action: 'province.settings',
        objectId: input.id,
        before,
        after: input.settings,
      });
      return updated;
    });
  }
}

const noSuchProvince = (id: string) => notFound('Không tìm thấy tỉnh này.', 'No such province.', { id });
