import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  GatewayClient,
  GraphQLResult,
  ProvinceScenario,
  buildProvinceScenario,
  ownerClient,
  tenantRowCounts,
  waitForRollups,
} from '@qcdc/shared/testing';

/** The bad inputs found on main, each answered BAD_USER_INPUT naming its field, and nothing written. */
describe('inputs checked at the edge', () => {
  const client = new GatewayClient();
  let owner: Client;
  let p: ProvinceScenario;

  const errorOf = (r: GraphQLResult<unknown>) => ({
    code: r.errors?.[0]?.extensions?.code,
    field: r.errors?.[0]?.extensions?.field,
  });

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    p = await buildProvinceScenario(client, platform);
  });

  afterAll(() => owner.end());

  async function writesNothing<T>(act: () => Promise<T>): Promise<T> {
    await waitForRollups(owner, p.provinceId);
    const before = await tenantRowCounts(owner, p.provinceId);
    const result = await act();
    await waitForRollups(owner, p.provinceId);
    expect(await tenantRowCounts(owner, p.provinceId)).toEqual(before);
    return result;
  }

  it.each([-1, 0, 2147483647])('activities(year: %p): BAD_USER_INPUT on year', async (year) => {
    const r = await client.request(`query($u: ID!, $y: Int!) { activities(unitId: $u, year: $y) { id } }`, { u: p.unitIds[0], y: year }, p.tokens.reporters[0]);
    expect(errorOf(r)).toEqual({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  const BRIEFING = `mutation($input: RecordBriefingInput!) { recordBriefing(input: $input) { id } }`;
  const briefing = (topic: string) => ({ input: { unitId: p.unitIds[0], occurredOn: '2026-01-02', topic, present: 1, eligible: 2 } });

  it.each([
    ['a NUL byte', 'Phổ biến\u0000 quy chế'],
    ['only zero-width characters', '\u200b\u200c\u200d\ufeff'],
  ])('a briefing topic with %s: BAD_USER_INPUT on topic, nothing written', async (_name, topic) => {
    const r = await writesNothing(() => client.request(BRIEFING, briefing(topic), p.tokens.reporters[0]));
    expect(errorOf(r)).toEqual({ code: 'BAD_USER_INPUT', field: 'topic' });
  });

  const SAVE = `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total } }`;
  const saving = (comment: string) => ({
    input: { unitId: p.unitIds[1], periodId: p.periodId, scores: [{ criterionId: p.criteria[0].id, points: 1, comment }] },
  });

  it.each([
    ['a NUL byte', 'Đạt\u0000'],
    ['100,000 characters', 'x'.repeat(100_000)],
  ])('an assessment comment with %s: BAD_USER_INPUT on comment, nothing written', async (_name, comment) => {
    const r = await writesNothing(() => client.request(SAVE, saving(comment), p.tokens.reporters[1]));
    expect(errorOf(r)).toEqual({ code: 'BAD_USER_INPUT', field: 'comment' });
  });

  it('a display name with a NUL byte: BAD_USER_INPUT on displayName, nothing written', async () => {
    const r = await writesNothing(() =>
      client.request(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { username: 'nul.byte', password: 'mat-khau-dai-du', displayName: 'Nguyễn\u0000Văn A', role: 'UNIT_REPORTER', orgUnitId: p.unitIds[0] } },
        p.tokens.admin,
      ),
    );
    expect(errorOf(r)).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
  });
});
