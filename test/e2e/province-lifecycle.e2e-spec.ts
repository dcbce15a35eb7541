// A province through its life, as the platform administrator runs it: made with its settings (or the
// defaults from its name), its settings changed, suspended (its people sign in and read, nobody writes),
// archived (nobody signs in), reactivated. Every step is in the platform's audit log; a step that its status
// does not allow is refused with CONFLICT and changes nothing.
import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  DEMO_PASSWORD,
  GatewayClient,
  ProvinceScenario,
  buildProvinceScenario,
  ownerClient,
  testYear,
  waitForRollups,
} from '@qcdc/shared/testing';

const SETTINGS_FIELDS = 'documentParentBody documentIssuer documentSymbol place documentFormat timeZone language';

describe('a province through its life', () => {
  const client = new GatewayClient();
  let owner: Client;
  let platform: string;
  let province: ProvinceScenario;

  const status = (action: 'suspendProvince' | 'archiveProvince' | 'reactivateProvince', id = province.provinceId) =>
    client.request<Record<string, { status: string }>>(`mutation($id: ID!) { ${action}(id: $id) { status } }`, { id }, platform);
  const recordBriefing = (token: string) =>
    client.request(
      `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
      {
        input: {
          unitId: province.unitIds[0],
          kind: 'BRIEFING',
          occurredOn: `${testYear()}-03-02`,
          facts: { topic: 'Quán triệt Kế hoạch năm', present: 10, eligible: 12 },
        },
      },
      token,
    );
  /** The platform's audit entries about the province, once the audit consumer has filed them all. */
  const auditActions = async (): Promise<string[]> => {
    const { rows: platformRows } = await owner.query<{ id: string }>(`SELECT id FROM tenancy.tenants WHERE kind = 'PLATFORM'`);
    await waitForRollups(owner, platformRows[0].id);
    const { rows } = await owner.query<{ action: string }>(`SELECT action FROM audit.entries WHERE object_id = $1`, [
      province.provinceId,
    ]);
    return rows.map((r) => r.action).sort();
  };

  beforeAll(async () => {
    owner = await ownerClient();
    platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    province = await buildProvinceScenario(client, platform);
  });

  afterAll(() => owner.end());

  it('a new province starts with the settings its name gives, and a platform admin changes them', async () => {
    const read = async () =>
      (
        await client.ok<{ provinces: { id: string; settings: Record<string, string> }[] }>(
          `{ provinces { id settings { ${SETTINGS_FIELDS} } } }`,
          {},
          platform,
        )
      ).provinces.find((p) => p.id === province.provinceId)?.settings;
    const code = province.code;
    expect(await read()).toEqual({
      documentParentBody: `TỈNH ỦY ${code.toUpperCase()}`,
      documentIssuer: 'BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ',
      documentSymbol: 'BCĐ',
      place: code,
      documentFormat: 'PARTY',
      timeZone: 'Asia/Ho_Chi_Minh',
      language: 'vi',
    });

    const settings = {
      documentParentBody: 'TỈNH ỦY VĨNH LONG',
      documentIssuer: 'BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ',
      documentSymbol: 'BCĐQCDC',
      place: 'Vĩnh Long',
      documentFormat: 'STATE',
      timeZone: 'Asia/Ho_Chi_Minh',
      language: 'vi',
    };
    await client.ok(
      `mutation($input: UpdateProvinceSettingsInput!) { updateProvinceSettings(input: $input) { id } }`,
      { input: { id: province.provinceId, settings } },
      platform,
    );
    expect(await read()).toEqual(settings);

    // A blank issuer and a time zone the provinces do not use: refused with the field named, nothing kept.
    const refused = await client.request(
      `mutation($input: UpdateProvinceSettingsInput!) { updateProvinceSettings(input: $input) { id } }`,
      { input: { id: province.provinceId, settings: { ...settings, documentIssuer: ' ', timeZone: 'Europe/Paris' } } },
      platform,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await read()).toEqual(settings);
    // The province's own admin may read its province but not set it up: that is the platform's.
    const byAdmin = await client.request(
      `mutation($input: UpdateProvinceSettingsInput!) { updateProvinceSettings(input: $input) { id } }`,
      { input: { id: province.provinceId, settings } },
      province.tokens.admin,
    );
    expect(byAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('suspended: its people sign in and read, nobody writes; archived: nobody signs in; reactivated: all again', async () => {
    expect((await recordBriefing(province.tokens.reporters[0])).errors).toBeUndefined();

    expect((await status('suspendProvince')).data).toEqual({ suspendProvince: { status: 'SUSPENDED' } });
    const reporter = await client.login(province.code, 'baocao1', DEMO_PASSWORD);
    const read = await client.request(`{ orgUnits { id } }`, {}, reporter);
    expect(read.errors).toBeUndefined();
    expect((await recordBriefing(reporter)).errors?.[0]?.extensions?.code).toBe('TENANT_SUSPENDED');

    // Suspending twice is refused with what it is now; nothing changes.
    const twice = await status('suspendProvince');
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toContain('đang tạm ngừng');

    expect((await status('archiveProvince')).data).toEqual({ archiveProvince: { status: 'ARCHIVED' } });
    const signIn = await client.request(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { province: province.code, username: 'baocao1', password: DEMO_PASSWORD } },
    );
    expect(signIn.errors?.[0]?.extensions?.code).toBeDefined();
    expect(signIn.data?.['login']).toBeFalsy();
    // A token issued before the archive stops altogether: its session ended with the province.
    expect((await recordBriefing(reporter)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await client.request(`{ me { userId } }`, {}, reporter)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The sign-in screen no longer offers it.
    const { provinceDirectory } = await client.ok<{ provinceDirectory: { code: string }[] }>(`{ provinceDirectory { code } }`);
    expect(provinceDirectory.map((p) => p.code)).not.toContain(province.code);

    expect((await status('reactivateProvince')).data).toEqual({ reactivateProvince: { status: 'ACTIVE' } });
    const again = await client.login(province.code, 'baocao1', DEMO_PASSWORD);
    expect((await recordBriefing(again)).errors).toBeUndefined();
    expect((await status('reactivateProvince')).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    expect(await auditActions()).toEqual(
      ['province.create', 'province.settings', 'province.suspend', 'province.archive', 'province.reactivate'].sort(),
    );
  });

  it('a province that does not exist, or the platform itself, is NOT_FOUND', async () => {
    const { rows } = await owner.query<{ id: string }>(`SELECT id FROM tenancy.tenants WHERE kind = 'PLATFORM'`);
    for (const id of ['00000000-0000-4000-8000-000000000000', rows[0].id]) {
      expect((await status('archiveProvince', id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
