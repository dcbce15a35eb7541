import { randomUUID } from 'node:crypto';
import { ClsService, ClsServiceManager } from 'nestjs-cls';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig, roleDatabaseUrl } from '@qcdc/shared/config';
import { Caller, Role } from '@qcdc/shared/contracts';
import { TenantContext, TenantDb, standaloneTransactionHost } from '@qcdc/shared/db';
import { ProvinceFixture, createProvince, ownerClient } from '@qcdc/shared/testing';
import { OrgUnitRepository } from './org-unit.repository';
import { OrgUnitResolver } from './org-unit.resolver';
import { UnitTypeRepository } from '../unit-types/unit-type.repository';
import { OrgUnitService } from './org-unit.service';

/**
 * The org units other subgraphs reference (federation `_entities`), resolved as the tenancy role: only
 * those within the caller's subtrees, every reference of a request in one query, and nothing kept from one
 * request to the next.
 */
describe('OrgUnitResolver.resolveReference', () => {
  let owner: Client;
  let dataSource: DataSource;
  let cls: ClsService;
  let context: TenantContext;
  let repository: OrgUnitRepository;
  let resolver: OrgUnitResolver;
  let a: ProvinceFixture;
  let b: ProvinceFixture;

  beforeAll(async () => {
    owner = await ownerClient();
    dataSource = await new DataSource({ type: 'postgres', url: roleDatabaseUrl(loadConfig('worker'), 'tenancy') }).initialize();
    cls = ClsServiceManager.getClsService();
    context = new TenantContext(cls);
    repository = new OrgUnitRepository();
    resolver = new OrgUnitResolver(new OrgUnitService(new TenantDb(dataSource, context, standaloneTransactionHost(dataSource, 'org-unit-references')), repository, new UnitTypeRepository()), cls, context);
    [a, b] = [await createProvince(owner, { units: 3 }), await createProvince(owner)];
  });

  afterAll(async () => {
    await dataSource.destroy();
    await owner.end();
  });

  afterEach(() => jest.restoreAllMocks());

  const callerOn = (role: Role, orgUnitId: string): Caller => ({ userId: randomUUID(), tenantId: a.tenantId, memberships: [{ role, orgUnitId }] });

  /** One request: the caller's context, then every reference resolved at once, as `_entities` does. */
  const resolve = (caller: Caller, ids: string[]) =>
    cls.run(async () => {
      context.setCaller(caller);
      return (await Promise.all(ids.map((id) => resolver.resolveReference({ id })))).map((unit) => unit?.id ?? null);
    });

  it('answers a unit reporter its own unit only, for every reference of the request in one query', async () => {
    const queries = jest.spyOn(repository, 'findInSubtrees');
    const [own, sibling] = a.unitIds;
    const asked = [own, sibling, a.blocId, a.rootId, b.unitIds[0], 'not-a-uuid', own];
    expect(await resolve(callerOn('UNIT_REPORTER', own), asked)).toEqual([own, null, null, null, null, null, own]);
    expect(queries).toHaveBeenCalledTimes(1);
  });

  it('answers a bloc reviewer its bloc and the units beneath it, and the committee every unit', async () => {
    const all = [a.rootId, a.blocId, ...a.unitIds];
    expect(await resolve(callerOn('BLOC_REVIEWER', a.blocId), all)).toEqual([null, a.blocId, ...a.unitIds]);
    expect(await resolve(callerOn('PROVINCE_COMMITTEE', a.rootId), [...all, b.rootId])).toEqual([...all, null]);
  });

  it('keeps nothing from one request to the next', async () => {
    const queries = jest.spyOn(repository, 'findInSubtrees');
    expect(await resolve(callerOn('PROVINCE_COMMITTEE', a.rootId), [a.unitIds[1]])).toEqual([a.unitIds[1]]);
    expect(await resolve(callerOn('UNIT_REPORTER', a.unitIds[0]), [a.unitIds[1]])).toEqual([null]);
    expect(queries).toHaveBeenCalledTimes(2);
  });

  it('asks the database nothing for a caller without a unit or for ids that are not ids', async () => {
    const queries = jest.spyOn(repository, 'findInSubtrees');
    const platformAdmin: Caller = { userId: randomUUID(), tenantId: a.tenantId, memberships: [{ role: 'PLATFORM_ADMIN', orgUnitId: null }] };
    expect(await resolve(platformAdmin, [a.rootId])).toEqual([null]);
    expect(await resolve(callerOn('UNIT_REPORTER', a.unitIds[0]), ['', 'x'])).toEqual([null, null]);
    expect(queries).not.toHaveBeenCalled();
  });
});
