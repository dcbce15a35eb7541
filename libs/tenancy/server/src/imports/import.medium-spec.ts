import { ClsServiceManager } from 'nestjs-cls';
import { Client } from 'pg';
import { loadConfig } from '@qcdc/shared/config';
import { Caller } from '@qcdc/shared/contracts';
import { TenantContext, TenantDb } from '@qcdc/shared/db';
import {
  IMPORT_UNIT_HEADERS,
  ProvinceFixture,
  createProvince,
  importCsv,
  importRows,
  importWorkbook,
  ownerClient,
  tenantDbFor,
  tenantRowCounts,
  testClock,
} from '@qcdc/shared/testing';
import { TenantRepository } from '../provinces/tenant.repository';
import { UserRepository } from '../users/user.repository';
import { ImportQueue } from './import.queue';
import { ImportRepository } from './import.repository';
import { UnitTypeRepository } from '../unit-types/unit-type.repository';
import { ImportService, ImportState } from './import.service';

/**
 * The import against the real database as the tenancy role, and the real queue in Redis (its jobs are run
 * here by calling the runner, as the tenancy process's worker would): the dry run names every problem by row
 * and column, and the apply writes all of a file or nothing.
 */
describe('imports (tenancy role, real PostgreSQL and Redis)', () => {
  let owner: Client;
  let tenancy: { db: TenantDb; close: () => Promise<void> };
  let queue: ImportQueue;
  let service: ImportService;
  let p: ProvinceFixture;
  let admin: Caller;

  beforeAll(async () => {
    owner = await ownerClient();
    tenancy = await tenantDbFor('tenancy');
    const config = loadConfig('tenancy');
    queue = new ImportQueue(config);
    service = new ImportService(config, testClock(), tenancy.db, new ImportRepository(), new UserRepository(), new TenantRepository(tenancy.db), queue, new UnitTypeRepository());
  });

  beforeEach(async () => {
    p = await createProvince(owner, { units: 1 });
    const {
      rows: [user],
    } = await owner.query(`INSERT INTO tenancy.users (tenant_id, username, display_name) VALUES ($1, 'quantri', 'Quản trị') RETURNING id`, [p.tenantId]);
    await owner.query(`INSERT INTO tenancy.memberships (tenant_id, user_id, role, org_unit_id) VALUES ($1, $2, 'PROVINCE_ADMIN', $3)`, [p.tenantId, user.id, p.rootId]);
    admin = { userId: user.id, tenantId: p.tenantId, memberships: [{ role: 'PROVINCE_ADMIN', orgUnitId: p.rootId }] };
  });

  afterAll(async () => {
    await queue.onApplicationShutdown();
    await tenancy.close();
    await owner.end();
  });

  /** Runs a service call as the caller of a request would. */
  const as = <T>(caller: Caller, work: () => Promise<T>): Promise<T> =>
    ClsServiceManager.getClsService().run(() => {
      TenantContext.current().setCaller(caller);
      return work();
    });

  /** Uploads the file and runs its dry run. */
  async function dryRun(file: Buffer): Promise<ImportState> {
    const uploaded = await as(admin, () => service.upload(admin, 'tep.xlsx', file));
    const steps: number[] = [];
    await service.runCheck(p.tenantId, uploaded.id, async ({ done }) => void steps.push(done));
    expect(steps.at(-1)).toBe(uploaded.rowCount);
    return as(admin, () => service.find(admin, uploaded.id));
  }

  const unitsOf = async () => (await owner.query(`SELECT count(*)::int AS n FROM tenancy.org_units WHERE tenant_id = $1`, [p.tenantId])).rows[0].n;

  it('applies a small file: units under units of the file, people invited, every step of progress reported', async () => {
    const rows = importRows({ rootCode: 'BCD', blocs: 2, unitsPerBloc: 3, users: 4 });
    const checked = await dryRun(await importWorkbook(rows));
    expect(checked).toMatchObject({ status: 'CHECKED', problemCount: 0, rowCount: 12, progress: { done: 12, total: 12 } });

    const applying = await as(admin, () => service.apply(admin, checked.id));
    expect(applying.status).toBe('APPLYING');
    const steps: number[] = [];
    await service.runApply(admin, checked.id, async ({ done }) => void steps.push(done));
    expect(steps).toEqual([0, 2, 8, 12, 12]);

    expect(await as(admin, () => service.find(admin, checked.id))).toMatchObject({ status: 'APPLIED', unitsCreated: 8, usersCreated: 4 });
    const units = await owner.query(
      `SELECT o.code, o.kind, o.unit_type, p.code AS parent, (SELECT count(*)::int FROM tenancy.org_unit_closure c WHERE c.unit_id = o.id) AS ancestors
         FROM tenancy.org_units o JOIN tenancy.org_units p ON p.id = o.parent_id WHERE o.tenant_id = $1 AND o.code LIKE 'NH-%' ORDER BY o.code`,
      [p.tenantId],
    );
    expect(units.rows[0]).toEqual({ code: 'NH-K001', kind: 'BLOC', unit_type: 'COMMITTEE', parent: 'BCD', ancestors: 2 });
    expect(units.rows[1]).toEqual({ code: 'NH-K001-D001', kind: 'UNIT', unit_type: 'COMMUNE', parent: 'NH-K001', ancestors: 3 });
    const people = await owner.query(
      `SELECT u.username, u.password_hash, m.role, o.code, (SELECT count(*)::int FROM tenancy.user_tokens t WHERE t.user_id = u.id AND t.purpose = 'INVITATION') AS links
         FROM tenancy.users u JOIN tenancy.memberships m ON m.user_id = u.id JOIN tenancy.org_units o ON o.id = m.org_unit_id
        WHERE u.tenant_id = $1 AND u.username LIKE 'nh.%' ORDER BY u.username`,
      [p.tenantId],
    );
    expect(people.rows[0]).toEqual({ username: 'nh.nguoi00001', password_hash: null, role: 'UNIT_REPORTER', code: 'NH-K001-D001', links: 1 });
    const events = await owner.query(
      `SELECT topic, count(*)::int AS n FROM tenancy.outbox WHERE tenant_id = $1 GROUP BY topic ORDER BY topic`,
      [p.tenantId],
    );
    // One entry per unit and person in the audit log (org-unit.create, user.invite), one mail per person.
    expect(events.rows).toEqual([
      { topic: 'audit.recorded', n: 12 },
      { topic: 'org-unit.upserted', n: 8 },
      { topic: 'user.invited', n: 4 },
    ]);
    const bloc = await owner.query(`SELECT payload FROM tenancy.outbox WHERE tenant_id = $1 AND topic = 'org-unit.upserted' AND payload->>'code' = 'NH-K002-D003'`, [p.tenantId]);
    expect(bloc.rows[0].payload).toMatchObject({ kind: 'UNIT', blocName: 'Khối nhập NH 002' });

    await expect(as(admin, () => service.apply(admin, checked.id))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('reads a CSV of units with English headers', async () => {
    const csv = importCsv(['code', 'name', 'level', 'type', 'parent code'], [['csv-1', 'Đơn vị CSV', 'unit', 'agency', 'khoi']]);
    const checked = await dryRun(csv);
    expect(checked).toMatchObject({ status: 'CHECKED', problemCount: 0, rowCount: 1 });
  });

  it('names exactly the three bad rows of 10,000 and applies nothing, by the mutation or by the job', async () => {
    const rows = importRows({ rootCode: 'BCD', blocs: 100, unitsPerBloc: 79, users: 2000 });
    expect(rows.units.length + rows.users.length).toBe(10_000);
    rows.units[1234][4] = 'KHOI-KHONG-CO'; // row 1236: an unknown parent
    rows.units[5678][3] = 'Trường học'; // row 5680: a unit type that does not exist
    rows.users[1500][2] = 'nguoi-1501-at-nhap.test'; // row 1502 of the people: not an email
    const before = await tenantRowCounts(owner, p.tenantId);

    const checked = await dryRun(await importWorkbook(rows));
    expect(checked.problemCount).toBe(3);
    expect(checked.problems.map((x) => [x.sheet, x.row, x.column])).toEqual([
      ['units', 1236, 'Mã đơn vị cấp trên'],
      ['units', 5680, 'Loại hình'],
      ['users', 1502, 'Email'],
    ]);
    expect(checked.problems[0].message).toBe('Không tìm thấy đơn vị cấp trên có mã "KHOI-KHONG-CO" trong tỉnh hay trong tệp.');

    await expect(as(admin, () => service.apply(admin, checked.id))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { reason: 'IMPORT_HAS_PROBLEMS' } });
    // Even a job that ran anyway checks again and writes nothing.
    await owner.query(`UPDATE tenancy.imports SET status = 'APPLYING' WHERE id = $1`, [checked.id]);
    await service.runApply(admin, checked.id);
    expect(await as(admin, () => service.find(admin, checked.id))).toMatchObject({ status: 'FAILED', problemCount: 3 });
    expect(await tenantRowCounts(owner, p.tenantId)).toEqual({ ...before, 'tenancy.imports': before['tenancy.imports'] + 1 });
  });

  it('refuses the whole apply when a code of the file was taken after the dry run, and writes nothing', async () => {
    const rows = importRows({ rootCode: 'BCD', blocs: 3, unitsPerBloc: 5, users: 5 });
    const checked = await dryRun(await importWorkbook(rows));
    expect(checked.problemCount).toBe(0);
    await as(admin, () => service.apply(admin, checked.id));
    await owner.query(
      `INSERT INTO tenancy.org_units (tenant_id, parent_id, code, name, kind, unit_type) VALUES ($1, $2, 'NH-K003-D005', 'Đơn vị khác', 'UNIT', 'AGENCY')`,
      [p.tenantId, p.blocId],
    );
    const before = await tenantRowCounts(owner, p.tenantId);
    const unitsBefore = await unitsOf();

    await service.runApply(admin, checked.id);

    const failed = await as(admin, () => service.find(admin, checked.id));
    expect(failed).toMatchObject({ status: 'FAILED', problemCount: 1, unitsCreated: 0, usersCreated: 0 });
    expect(failed.problems[0]).toMatchObject({ sheet: 'units', row: 19, column: 'Mã đơn vị' });
    expect(await unitsOf()).toBe(unitsBefore);
    expect(await tenantRowCounts(owner, p.tenantId)).toEqual(before);
  });

  it('lets only a province admin import, and shows another province nothing', async () => {
    const reporter: Caller = { ...admin, memberships: [{ role: 'UNIT_REPORTER', orgUnitId: p.unitIds[0] }] };
    const csv = importCsv(IMPORT_UNIT_HEADERS, [['X-1', 'Đơn vị X', 'Đơn vị', 'Cơ quan', 'KHOI', '']]);
    await expect(as(reporter, () => service.upload(reporter, 'x.csv', csv))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const mine = await as(admin, () => service.upload(admin, 'x.csv', csv));

    const other = await createProvince(owner, { units: 0 });
    const stranger: Caller = { userId: admin.userId, tenantId: other.tenantId, memberships: [{ role: 'PROVINCE_ADMIN', orgUnitId: other.rootId }] };
    await expect(as(stranger, () => service.find(stranger, mine.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(as(stranger, () => service.apply(stranger, mine.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])],
    ['a damaged workbook', Buffer.from('PK\u0003\u0004 not really a zip')],
    ['a binary that is not text', Buffer.from([0xff, 0xfe, 0x00, 0x41])],
    ['only a header', importCsv(IMPORT_UNIT_HEADERS, [])],
  ])('refuses %s as unreadable, keeping nothing', async (_case, bytes) => {
    const before = await tenantRowCounts(owner, p.tenantId);
    await expect(as(admin, () => service.upload(admin, 'x', bytes))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'file', reason: 'UNREADABLE_FILE' } });
    expect(await tenantRowCounts(owner, p.tenantId)).toEqual(before);
  });
});
