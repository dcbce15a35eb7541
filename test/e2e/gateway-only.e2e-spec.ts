import { readFileSync } from 'node:fs';
import http from 'node:http';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@qcdc/shared/auth';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { GatewayClient, ProvinceScenario, buildProvinceScenario } from '@qcdc/shared/testing';

const SUBGRAPHS = ['TENANCY_URL', 'ACTIVITIES_URL', 'SCORING_URL', 'REPORTS_URL'] as const;

interface Answer {
  data?: unknown;
  errors?: { extensions?: { code?: string } }[];
}

/** A raw POST (node:http: fetch refuses some ports), answering the status and the parsed body. */
function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: Answer | null }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.once('error', reject);
    req.end(body);
  });
}

/**
 * Subgraphs answer the gateway only: a request that reaches a subgraph's port any other way (SDL,
 * `_entities`, any operation, with or without a valid user token) gets a refusal, never data.
 */
describe('subgraphs trust only the gateway', () => {
  const client = new GatewayClient();
  let province: ProvinceScenario;
  const secret = () => readFileSync(process.env['GATEWAY_SECRET_PATH'] as string, 'utf8').trim();
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    province = await buildProvinceScenario(client, platform, { units: 2 });
  });

  const attacks = (unitId: string) => [
    ['the SDL', JSON.stringify({ query: '{ _service { sdl } }' })],
    [
      'an entity outside the caller’s subtree',
      JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id name } } }',
        variables: { r: [{ __typename: 'OrgUnit', id: unitId }] },
      }),
    ],
    ['a plain query', JSON.stringify({ query: '{ __typename }' })],
  ];

  it.each(SUBGRAPHS)('%s refuses what did not come through the gateway, before any resolver', async (name) => {
    const url = process.env[name] as string;
    const reporter = province.tokens.reporters[0];
    for (const [what, body] of attacks(province.unitIds[1])) {
      for (const headers of <Record<string, string>[]>[
        { authorization: `Bearer ${reporter}` },
        { authorization: `Bearer ${reporter}`, [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest('a guessed secret that is long enough', body, now()) },
        { authorization: `Bearer ${reporter}`, [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(secret(), '{}', now()) },
        { authorization: `Bearer ${reporter}`, [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(secret(), body, now() - 3600) },
      ]) {
        const answer = await post(url, body, headers);
        expect({ what, status: answer.status, data: answer.body?.data, code: answer.body?.errors?.[0]?.extensions?.code }).toEqual({
          what,
          status: 403,
          data: undefined,
          code: 'FORBIDDEN',
        });
      }
    }
    // Health stays open for the process manager.
    const health = await new Promise<number>((resolve, reject) =>
      http.get(new URL('/health', url), (res) => (res.resume(), resolve(res.statusCode ?? 0))).once('error', reject),
    );
    expect(health).toBe(200);
  });

  it('answers a request signed with the gateway’s secret (the check is what refuses, not a closed port)', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const answer = await post(process.env['TENANCY_URL'] as string, body, { [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(secret(), body, now()) });
    expect(answer).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('still answers everything through the gateway, entities across subgraphs included', async () => {
    const { me } = await client.ok<{ me: { memberships: { orgUnit: { id: string } }[] } }>(
      `{ me { memberships { orgUnit { id } } } }`,
      {},
      province.tokens.reporters[0],
    );
    expect(me.memberships[0].orgUnit.id).toBe(province.unitIds[0]);
  });
});
