import {
  DEFAULT_PLATFORM_ADMIN_PASSWORD,
  PLATFORM_ADMIN_USERNAME,
} from '../../tools/seed/platform-admin';
import { GatewayClient, ProvinceScenario, buildProvinceScenario, eventually, submitUnitReport, testYear } from '@qcdc/shared/testing';

/**
 * The thin flow across every process, through the gateway: a province and its tree, a briefing, a
 * self-score, a submission, and the committee's roll-up updated by the worker from the outbox.
 */
describe('the thin flow through the gateway', () => {
  const client = new GatewayClient();
  let province: ProvinceScenario;

  beforeAll(async () => {
    const platform = await client.login(
      null,
      PLATFORM_ADMIN_USERNAME,
      process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD,
    );
    province = await buildProvinceScenario(client, platform, { units: 3 });
  });

  it('shows the reporter its unit and role', async () => {
    const { me } = await client.ok<{ me: { province: { code: string }; memberships: { role: string; orgUnit: { id: string } }[] } }>(
      `{ me { province { code } memberships { role orgUnit { id } } } }`,
      {},
      province.tokens.reporters[0],
    );
    expect(me.province.code).toBe(province.code);
    expect(me.memberships).toEqual([{ role: 'UNIT_REPORTER', orgUnit: { id: province.unitIds[0] } }]);
  });

  it('records a briefing with attendance, resolving its unit across subgraphs', async () => {
    const { recordActivity } = await client.ok<{ recordActivity: { summary: string; present: number; unit: { name: string } } }>(
      `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { summary unit { name } ... on Briefing { present } } }`,
      {
        input: {
          unitId: province.unitIds[0],
          kind: 'BRIEFING',
          occurredOn: `${testYear()}-03-01`,
          facts: { topic: 'Quán triệt Luật Thực hiện dân chủ ở cơ sở', documents: 'Luật số 10/2022/QH15', present: 15, eligible: 16 },
        },
      },
      province.tokens.reporters[0],
    );
    expect(recordActivity).toEqual({ summary: '01 cuộc, có 15/16 người dự', present: 15, unit: { name: 'Đơn vị DV-1' } });
  });

  it('scores, submits, and the committee sees the roll-up and the comparison', async () => {
    const scores = [97, 72, 45];
    for (let i = 0; i < scores.length; i += 1) {
      let remaining = 100 - scores[i];
      const entries = province.criteria.map((c) => {
        const cut = Math.min(c.maxPoints, remaining);
        remaining -= cut;
        return { criterionId: c.id, points: c.maxPoints - cut };
      });
      const { saveSelfAssessment } = await client.ok<{ saveSelfAssessment: { total: number; band: string } }>(
        `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total band } }`,
        { input: { unitId: province.unitIds[i], periodId: province.periodId, scores: entries, expectedVersion: 0 } },
        province.tokens.reporters[i],
      );
      expect(saveSelfAssessment.total).toBe(scores[i]);
    }
    for (const i of [0, 1]) {
      const submitReport = await submitUnitReport<{ status: string; late: boolean; scoreTotal: number }>(
        client,
        { reporter: province.tokens.reporters[i], head: province.tokens.heads[i] },
        province.unitIds[i],
        province.periodId,
        'status late scoreTotal',
      );
      expect(submitReport).toEqual({ status: 'SUBMITTED', late: false, scoreTotal: scores[i] });
    }

    const rollup = await eventually(
      () =>
        client.ok<{ provinceRollup: { unitsExpected: number; unitsSubmitted: number; unitsOnTime: number; averageScore: number; bands: { band: string; count: number }[] } }>(
          `query($p: ID!) { provinceRollup(periodId: $p) { unitsExpected unitsSubmitted unitsOnTime averageScore bands { band count } } }`,
          { p: province.periodId },
          province.tokens.committee,
        ),
      (r) => r.provinceRollup.unitsSubmitted === 2,
    );
    expect(rollup.provinceRollup).toEqual({
      unitsExpected: 3,
      unitsSubmitted: 2,
      unitsOnTime: 2,
      averageScore: 84.5,
      bands: [
        { band: 'TOT', count: 1 },
        { band: 'KHA', count: 1 },
        { band: 'TRUNG_BINH', count: 0 },
        { band: 'YEU', count: 0 },
      ],
    });

    const { unitComparison } = await client.ok<{ unitComparison: { code: string; submitted: boolean; scoreTotal: number | null; band: string | null; blocName: string }[] }>(
      `query($p: ID!) { unitComparison(periodId: $p) { code submitted scoreTotal band blocName } }`,
      { p: province.periodId },
      province.tokens.committee,
    );
    expect(unitComparison).toEqual([
      { code: 'DV-1', submitted: true, scoreTotal: 97, band: 'TOT', blocName: 'Đơn vị KHOI-CQ' },
      { code: 'DV-2', submitted: true, scoreTotal: 72, band: 'KHA', blocName: 'Đơn vị KHOI-CQ' },
      { code: 'DV-3', submitted: false, scoreTotal: null, band: null, blocName: 'Đơn vị KHOI-CQ' },
    ]);

    // The bloc reviewer compares the units of its own bloc.
    const { unitComparison: blocView } = await client.ok<{ unitComparison: unknown[] }>(
      `query($p: ID!) { unitComparison(periodId: $p) { code } }`,
      { p: province.periodId },
      province.tokens.blocReviewer,
    );
    expect(blocView).toHaveLength(3);
  });
});
