import { Server, createServer } from 'node:http';
import { buildSchema, graphql } from 'graphql';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { AppProcess, GatewayClient, TwoProvinces, WORLD_YEAR, buildTwoProvinces, freePort, waitForStatus } from '@qcdc/shared/testing';

/**
 * Org units are resolved by the tenancy subgraph for the other subgraphs (federation `_entities`), with the
 * caller's token. Tenancy answers a reference only when the unit lies within the caller's subtrees,
 * whatever the other subgraph named. To prove it through a real gateway, the activities subgraph is stood
 * in for by one that names whatever unit the query asks about, as a buggy or compromised subgraph would:
 * the gateway then asks the real tenancy subgraph for those units, and a unit reporter gets only its own.
 */
describe('org-unit references across subgraphs', () => {
  let w: TwoProvinces;
  let gateway: AppProcess;
  let standIn: Server;
  let client: GatewayClient;

  /** The activities subgraph's shape, answering one briefing of each unit named (comma-separated) in `unitId`. */
  const KINDS = ['Briefing', 'Disclosure', 'Consultation', 'StaffDecision', 'Inspection', 'StaffConference', 'ComplaintCase', 'TrainingPersonnel'];
  const schema = buildSchema(`
    type Query { activities(unitId: ID!, periodId: ID!, includeDeleted: Boolean): [Activity!]! }
    interface Activity { id: ID! unitId: ID! unit: OrgUnit! occurredOn: String! summary: String! }
    ${KINDS.map((kind) => `type ${kind} implements Activity { id: ID! unitId: ID! unit: OrgUnit! occurredOn: String! summary: String! }`).join('\n')}
    type OrgUnit { id: ID! }
  `);
  const rootValue = {
    activities: ({ unitId }: { unitId: string }) =>
      unitId
        .split(',')
        .map((id, i) => ({ __typename: 'Briefing', id: `hd-${i}`, unitId: id, unit: { id }, occurredOn: `${WORLD_YEAR}-03-01`, summary: 'x' })),
  };

  beforeAll(async () => {
    w = await buildTwoProvinces(new GatewayClient(), {
      username: PLATFORM_ADMIN_USERNAME,
      password: process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD,
    });
    standIn = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        const { query, variables } = JSON.parse(body);
        const result = await graphql({ schema, source: query, variableValues: variables, rootValue });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(result));
      });
    });
    const [standInPort, gatewayPort] = [await freePort(), await freePort()];
    await new Promise<void>((resolve) => standIn.listen(standInPort, '127.0.0.1', resolve));
    gateway = new AppProcess('gateway', {
      ...process.env,
      GATEWAY_PORT: String(gatewayPort),
      ACTIVITIES_URL: `http://127.0.0.1:${standInPort}/graphql`,
    });
    gateway.start();
    await waitForStatus(`http://127.0.0.1:${gatewayPort}/health`);
    client = new GatewayClient(`http://127.0.0.1:${gatewayPort}/graphql`);
  }, 60_000);

  afterAll(async () => {
    await gateway?.kill('SIGTERM');
    await new Promise((resolve) => standIn?.close(resolve));
  });

  /** Activities naming the units: the gateway then asks tenancy for all of them in one `_entities` call. */
  const unitsNamed = async (token: string, unitIds: string[]) => {
    const result = await client.request<{ activities: { unit: { id: string; code: string } }[] }>(
      `query($u: ID!, $p: ID!) { activities(unitId: $u, periodId: $p) { unit { id code } } }`,
      { u: unitIds.join(','), p: w.a.yearPeriodId },
      token,
    );
    return { units: result.data && result.data.activities.map((a) => a.unit.id), errors: result.errors ?? [] };
  };

  it('resolves every unit within the caller’s subtrees, many in one request', async () => {
    const a = w.a;
    const reporter = a.people.reporters[0];
    expect(await unitsNamed(reporter.accessToken, [reporter.orgUnitId as string, reporter.orgUnitId as string])).toEqual({
      units: [reporter.orgUnitId, reporter.orgUnitId],
      errors: [],
    });
    expect(await unitsNamed(a.people.committee.accessToken, a.orgUnitIds)).toEqual({ units: a.orgUnitIds, errors: [] });
    const bloc = a.blocs[1];
    expect(await unitsNamed(a.people.reviewers[1].accessToken, [bloc.id, ...bloc.unitIds])).toEqual({
      units: [bloc.id, ...bloc.unitIds],
      errors: [],
    });
  });

  it.each([
    ['its own unit and a sibling unit', (t: TwoProvinces) => `${t.a.blocs[0].unitIds[0]},${t.a.blocs[0].unitIds[1]}`],
    ['a sibling unit in the same bloc', (t: TwoProvinces) => t.a.blocs[0].unitIds[1]],
    ['a unit of another bloc', (t: TwoProvinces) => t.a.blocs[1].unitIds[0]],
    ['its own bloc', (t: TwoProvinces) => t.a.blocs[0].id],
    ['the provincial committee', (t: TwoProvinces) => t.a.rootId],
    ['a unit of another province', (t: TwoProvinces) => t.b.blocs[0].unitIds[0]],
    ['an id that is not an id', () => 'not-a-uuid'],
  ])('gives a unit reporter nothing of %s', async (_name, unitOf) => {
    // The unit is non-null in the schema: without it the gateway answers no data at all (and says why in
    // extensions.valueCompletion).
    expect(await unitsNamed(w.a.people.reporters[0].accessToken, unitOf(w).split(','))).toEqual({ units: null, errors: [] });
  });
});
