import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  GatewayClient,
  IMPORT_UNIT_HEADERS,
  ProvinceScenario,
  buildProvinceScenario,
  eventually,
  importCsv,
  importRows,
  importWorkbook,
  linkTokenIn,
  ownerClient,
  tenantRowCounts,
  waitForMail,
  waitForRollups,
} from '@qcdc/shared/testing';

const JOB = `query($id: ID!) { importJob(id: $id) { status rowCount problemCount problems { sheet row column message } progress { done total } unitsCreated usersCreated } }`;
const APPLY = `mutation($id: ID!) { applyImport(id: $id) { status } }`;

/**
 * The import through the gateway: the file goes to POST /imports (its own size limit, the same token), the
 * dry run and the apply run as jobs in the tenancy process, their state is read with importJob. Only a
 * province admin imports, into their own province; nobody else reaches the route or the import.
 */
describe('imports through the gateway', () => {
  const client = new GatewayClient();
  const gateway = new URL('/', client.graphqlUrl);
  let owner: Client;
  let a: ProvinceScenario;
  let b: ProvinceScenario;
  let blocCodeOfA: string;

  type Job = { status: string; rowCount: number; problemCount: number; problems: { sheet: string; row: number; column: string; message: string }[]; progress: { done: number; total: number }; unitsCreated: number; usersCreated: number };
  const job = async (id: string, token = a.tokens.admin) => (await client.ok<{ importJob: Job }>(JOB, { id }, token)).importJob;
  const settled = (id: string, token = a.tokens.admin) =>
    eventually(() => job(id, token), (j) => j.status !== 'CHECKING' && j.status !== 'APPLYING', 30_000);

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    [a, b] = [await buildProvinceScenario(client, platform), await buildProvinceScenario(client, platform)];
    blocCodeOfA = (await owner.query(`SELECT code FROM tenancy.org_units WHERE id = $1`, [a.blocId])).rows[0].code;
  });

  afterAll(() => owner.end());

  it('imports a workbook: dry run, apply with progress, the units in the tree and each person mailed an invitation', async () => {
    const rows = importRows({ rootCode: blocCodeOfA, blocs: 0, unitsPerBloc: 0, users: 0 });
    rows.units.push(['NHAP-1', 'Đơn vị nhập một', 'Đơn vị', 'Cơ quan', blocCodeOfA, ''], ['NHAP-2', 'Đơn vị nhập hai', 'Đơn vị', 'Xã, phường', blocCodeOfA, '']);
    const email = `nhap.${randomUUID().slice(0, 8)}@coquan.gov.vn`;
    rows.users.push(['nhap.mot', 'Trần Văn Nhập', email, 'Cán bộ báo cáo đơn vị', 'NHAP-1']);
    const id = await client.importChecked(await importWorkbook(rows), a.tokens.admin, 'danh-sach.xlsx');
    expect(await job(id)).toMatchObject({ status: 'CHECKED', rowCount: 3, problemCount: 0, progress: { done: 3, total: 3 } });

    expect((await client.ok<{ applyImport: { status: string } }>(APPLY, { id }, a.tokens.admin)).applyImport.status).toBe('APPLYING');
    expect(await settled(id)).toMatchObject({ status: 'APPLIED', unitsCreated: 2, usersCreated: 1, progress: { done: 3, total: 3 } });

    const { orgUnits } = await client.ok<{ orgUnits: { code: string; parentId: string }[] }>(`{ orgUnits { code parentId } }`, {}, a.tokens.admin);
    expect(orgUnits.filter((u) => u.code.startsWith('NHAP-'))).toEqual([
      { code: 'NHAP-1', parentId: a.blocId },
      { code: 'NHAP-2', parentId: a.blocId },
    ]);
    const [mail] = await waitForMail(email);
    expect(mail.subject).toContain('Lời mời');
    expect(linkTokenIn(mail, 'moi')).toMatch(/\./);
    // One audit entry per unit and person made, once the worker has filed them.
    await waitForRollups(owner, a.provinceId);
    const { auditLog } = await client.ok<{ auditLog: { entries: { action: string; objectId: string }[] } }>(
      `{ auditLog(page: { size: 100 }) { entries { action objectId } } }`,
      {},
      a.tokens.admin,
    );
    const made = orgUnits.filter((u) => u.code.startsWith('NHAP-')).length;
    expect(auditLog.entries.filter((e) => e.action === 'org-unit.create').length).toBeGreaterThanOrEqual(made);
    expect(auditLog.entries.filter((e) => e.action === 'user.invite')).toHaveLength(1);
  });

  it('lists every problem by row and column, and refuses to apply, writing nothing', async () => {
    const csv = importCsv(IMPORT_UNIT_HEADERS, [
      ['SAI-1', 'Đơn vị sai một', 'Đơn vị', 'Cơ quan', 'KHONG-CO', ''],
      ['SAI-2', 'Đơn vị sai hai', 'Đơn vị', 'Trường học', blocCodeOfA, ''],
    ]);
    const id = await client.importChecked(csv, a.tokens.admin, 'sai.csv');
    const checked = await job(id);
    expect(checked.problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['units', 2, 'Mã đơn vị cấp trên'],
      ['units', 3, 'Loại hình'],
    ]);
    const before = await tenantRowCounts(owner, a.provinceId);
    const refused = await client.request(APPLY, { id }, a.tokens.admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_HAS_PROBLEMS' });
    expect(await tenantRowCounts(owner, a.provinceId)).toEqual(before);
  });

  describe('the upload route', () => {
    const file = () => importCsv(IMPORT_UNIT_HEADERS, [['X-1', 'Đơn vị X', 'Đơn vị', 'Cơ quan', blocCodeOfA, '']]);
    const importsOf = async (provinceId: string) => (await owner.query(`SELECT count(*)::int AS n FROM tenancy.imports WHERE tenant_id = $1`, [provinceId])).rows[0].n;

    it.each([
      ['no token', () => null, 401, 'UNAUTHENTICATED'],
      ['a forged token', () => 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln', 401, 'UNAUTHENTICATED'],
      ['a unit reporter', () => a.tokens.reporters[0], 403, 'FORBIDDEN'],
      ['the committee', () => a.tokens.committee, 403, 'FORBIDDEN'],
      ['a bloc reviewer', () => a.tokens.blocReviewer, 403, 'FORBIDDEN'],
    ])('refuses %s, keeping nothing', async (_case, token, status, code) => {
      const before = await importsOf(a.provinceId);
      const answer = await client.uploadImport(file(), token());
      expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({ status, code });
      expect(await importsOf(a.provinceId)).toBe(before);
    });

    it('puts another province’s admin’s file into their own province only: A’s codes are unknown there and A’s import is not found', async () => {
      const onlyInA = `A-${randomUUID().slice(0, 6)}`.toUpperCase();
      await client.ok(
        `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
        { input: { parentId: a.rootId, code: onlyInA, name: `Khối riêng ${onlyInA}`, kind: 'BLOC', unitType: 'COMMITTEE' } },
        a.tokens.admin,
      );
      const id = await client.importChecked(importCsv(IMPORT_UNIT_HEADERS, [['X-1', 'Đơn vị X', 'Đơn vị', 'Cơ quan', onlyInA, '']]), b.tokens.admin);
      expect((await job(id, b.tokens.admin)).problems.map((p) => p.column)).toEqual(['Mã đơn vị cấp trên']);
      const fromA = await client.request(JOB, { id }, a.tokens.admin);
      expect(fromA.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const applyFromA = await client.request(APPLY, { id }, a.tokens.admin);
      expect(applyFromA.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('refuses a file over the limit with 413 REQUEST_TOO_LARGE, and an unreadable one with BAD_USER_INPUT', async () => {
      const huge = await client.uploadImport(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), a.tokens.admin);
      expect({ status: huge.status, code: huge.body.errors?.[0]?.extensions?.code }).toEqual({ status: 413, code: 'REQUEST_TOO_LARGE' });
      const broken = await client.uploadImport(Buffer.from('PK\u0003\u0004garbage'), a.tokens.admin);
      expect(broken.status).toBe(400);
      expect(broken.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'UNREADABLE_FILE' });
      expect(broken.body.errors?.[0]?.message).toMatch(/^Không đọc được tệp/);
    });

    it('is the tenancy service’s only through the gateway: a request straight to it is FORBIDDEN', async () => {
      const direct = await fetch(new URL('/imports', process.env['TENANCY_URL'] as string), {
        method: 'POST',
        headers: { authorization: `Bearer ${a.tokens.admin}`, 'content-type': 'application/octet-stream' },
        body: file(),
      });
      expect(direct.status).toBe(403);
    });

    it('hands the province admin the template workbook, with its two sheets and Vietnamese headers', async () => {
      const answer = await fetch(new URL('/imports/template', gateway), { headers: { authorization: `Bearer ${a.tokens.admin}` } });
      expect(answer.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await answer.arrayBuffer());
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Đơn vị', 'Người dùng', 'Hướng dẫn']);
      expect(workbook.getWorksheet('Đơn vị')?.getRow(1).getCell(1).text).toBe('Mã đơn vị *');
      const refused = await fetch(new URL('/imports/template', gateway), { headers: { authorization: `Bearer ${a.tokens.reporters[0]}` } });
      expect(refused.status).toBe(403);
    });
  });
});
