import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { GatewayClient, GraphQLResult, ProvinceScenario, buildProvinceScenario, ownerClient, submitUnitReport, testYear } from '@qcdc/shared/testing';

/**
 * Activities of every kind through the gateway: each kind recorded as the 2006 report would have it and read
 * back with its facts as typed fields, its summary and figures; a failing input per rule with its code, field
 * and reason; corrections and deletions with their versions; the periods' windows, closed periods and
 * submitted reports; two provinces and the roles that may not record.
 *
 * Province A's year period of the test year is open (window 15/12 of the year before to 14/12), and today
 * (the test clock) is 20/06 of that year.
 */
const YEAR = testYear();
const FIELDS = `id unitId kind occurredOn summary facts figures version recordedAt updatedAt deletedAt deletionReason
  ... on Briefing { topic documents sessions present eligible countUnit }
  ... on Disclosure { item legalItem forms }
  ... on Consultation { subject method startsOn endsOn responses adopted }
  ... on StaffDecision { subject votesFor votesTotal passed }
  ... on Inspection { by subject findings closed seriousViolation }
  ... on StaffConference { conferenceType workYear present eligible countUnit resolutions boardsElected { board termFrom termTo } }
  ... on ComplaintCase { caseKind subject receivedOn inJurisdiction status resolvedOn }
  ... on TrainingPersonnel { decision what people }`;
const RECORD = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { ${FIELDS} } }`;
const CORRECT = `mutation($input: CorrectActivityInput!) { correctActivity(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($input: DeleteActivityInput!) { deleteActivity(input: $input) { ${FIELDS} } }`;
const LIST = `query($u: ID!, $p: ID!, $k: ActivityKind, $d: Boolean) { activities(unitId: $u, periodId: $p, kind: $k, includeDeleted: $d) { ${FIELDS} } }`;

type Activity = Record<string, unknown> & { id: string; version: number; facts: Record<string, unknown>; figures: Record<string, number> };

/** Each kind as the 2006 report tells it (dated in the test year): facts, the report's line, the figures. */
const EXAMPLES: [string, string, Record<string, unknown>, string, Record<string, number>][] = [
  [
    'BRIEFING',
    `${YEAR}-03-05`,
    {
      topic: 'Triển khai văn bản của cấp trên',
      documents: 'công văn số 337/LĐLĐ ngày 23/8/2006 của liên đoàn lao động tỉnh "V/v triển khai cuộc thi tìm hiểu Bộ luật dân sự"',
      sessions: 3,
      present: 45,
      eligible: 48,
      countUnit: 'ATTENDANCES',
    },
    '03 cuộc, có 45/48 lượt người dự',
    { sessions: 3, present: 45, eligible: 48 },
  ],
  [
    'DISCLOSURE',
    `${YEAR}-01-20`,
    { item: 'kinh phí hoạt động của cơ quan do ngân sách cấp', legalItem: 'BUDGET', forms: ['MEETING', 'POSTING'] },
    'Công khai kinh phí hoạt động của cơ quan do ngân sách cấp (tại hội nghị, niêm yết)',
    { disclosures: 1, planBudget: 1, personnel: 0 },
  ],
  [
    'CONSULTATION',
    `${YEAR}-01-20`,
    { subject: 'Nội quy, quy chế của cơ quan', method: 'MEETING', startsOn: `${YEAR}-01-20` },
    'Lấy ý kiến về Nội quy, quy chế của cơ quan tại hội nghị',
    { consultations: 1 },
  ],
  [
    'STAFF_DECISION',
    `${YEAR}-01-20`,
    { subject: `Bầu Ban thanh tra nhân dân nhiệm kỳ ${YEAR}-${YEAR + 2}`, votesFor: 15, votesTotal: 16, passed: true },
    `Bầu Ban thanh tra nhân dân nhiệm kỳ ${YEAR}-${YEAR + 2}: 15/16 phiếu tán thành, thông qua`,
    { decisions: 1, passed: 1, votesFor: 15, votesTotal: 16 },
  ],
  [
    'INSPECTION',
    `${YEAR}-05-15`,
    { by: 'UNION', subject: 'việc thực hiện nội quy, quy chế và chế độ chính sách đối với CBCC', findings: null, closed: true },
    'Công đoàn giám sát việc thực hiện nội quy, quy chế và chế độ chính sách đối với CBCC',
    { inspections: 1, closed: 1, open: 0, peoplesInspection: 0, seriousViolations: 0 },
  ],
  [
    'STAFF_CONFERENCE',
    `${YEAR}-01-20`,
    {
      conferenceType: 'REGULAR',
      workYear: YEAR,
      present: 16,
      eligible: 16,
      countUnit: 'STAFF',
      resolutions: 'Nội quy, quy chế của cơ quan được bổ sung và thống nhất thực hiện',
      boardsElected: [{ board: 'PEOPLES_INSPECTION', termFrom: YEAR, termTo: YEAR + 2 }],
    },
    `Hội nghị CBCCVC thường kỳ năm ${YEAR}: 16/16 CBCC dự; bầu Ban Thanh tra nhân dân nhiệm kỳ ${YEAR}-${YEAR + 2}`,
    { conferences: 1, regular: 1, present: 16, eligible: 16, boardsElected: 1 },
  ],
  [
    'COMPLAINT_CASE',
    `${YEAR}-04-02`,
    { caseKind: 'COMPLAINT', subject: 'Việc xét nâng lương', receivedOn: `${YEAR}-04-02`, inJurisdiction: true, status: 'RESOLVED', resolvedOn: `${YEAR}-04-30` },
    `Khiếu nại ngày 02/04/${YEAR} về Việc xét nâng lương: đã giải quyết`,
    { cases: 1, inJurisdiction: 1, resolved: 1, resolvedInJurisdiction: 1 },
  ],
  [
    'TRAINING_PERSONNEL',
    `${YEAR}-02-01`,
    { decision: 'TRAINING', what: 'Đào tạo lý luận chính trị (trung cấp 01, cao cấp 01)', people: 2 },
    'Đào tạo lý luận chính trị (trung cấp 01, cao cấp 01): 02 đ/c',
    { decisions: 1, people: 2 },
  ],
];

const briefing = (topic: string, present = 10, eligible = 12) => ({ topic, present, eligible });

describe('activities of every kind through the gateway', () => {
  const client = new GatewayClient();
  let owner: Client;
  let a: ProvinceScenario;
  let b: ProvinceScenario;
  /** A's six-month period of the test year (window 15/12–14/06), opened beside the year period. */
  let sixMonthPeriodId: string;

  const errorOf = (r: GraphQLResult<unknown>) => {
    const e = r.errors?.[0];
    return { code: e?.extensions?.code, field: e?.extensions?.field, reason: e?.extensions?.reason };
  };
  const record = (unitId: string, kind: string, occurredOn: string, facts: Record<string, unknown>, token = a.tokens.reporters[0]) =>
    client.request<{ recordActivity: Activity }>(RECORD, { input: { unitId, kind, occurredOn, facts } }, token);
  const recorded = async (unitId: string, kind: string, occurredOn: string, facts: Record<string, unknown>, token = a.tokens.reporters[0]) =>
    (await client.ok<{ recordActivity: Activity }>(RECORD, { input: { unitId, kind, occurredOn, facts } }, token)).recordActivity;
  const correct = (input: Record<string, unknown>, token = a.tokens.reporters[0]) =>
    client.request<{ correctActivity: Activity }>(CORRECT, { input }, token);
  const remove = (input: Record<string, unknown>, token = a.tokens.reporters[0]) =>
    client.request<{ deleteActivity: Activity }>(DELETE, { input }, token);
  const list = async (unitId: string, periodId: string, options: { kind?: string; includeDeleted?: boolean } = {}, token = a.tokens.reporters[0]) =>
    (await client.ok<{ activities: Activity[] }>(LIST, { u: unitId, p: periodId, k: options.kind ?? null, d: options.includeDeleted ?? false }, token))
      .activities;
  const submit = async (unitId: string, periodId: string, token: string) => {
    const scores = a.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints }));
    const { selfAssessment } = await client.ok<{ selfAssessment: { version: number } | null }>(
      `query($u: ID!, $p: ID!) { selfAssessment(unitId: $u, periodId: $p) { version } }`,
      { u: unitId, p: periodId },
      token,
    );
    const expectedVersion = selfAssessment?.version ?? 0;
    await client.ok(`mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { id } }`, { input: { unitId, periodId, scores, expectedVersion } }, token);
    await submitUnitReport(client, { reporter: token, head: a.tokens.heads[a.unitIds.indexOf(unitId)] }, unitId, periodId);
  };

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    [a, b] = [await buildProvinceScenario(client, platform, { units: 4 }), await buildProvinceScenario(client, platform)];
    const open = async (year: number, kind: string, windowEnd: string) =>
      (
        await client.ok<{ openReportingPeriod: { id: string } }>(
          `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
          { input: { year, kind, windowStart: `${year - 1}-12-15`, windowEnd, dueOn: windowEnd } },
          a.tokens.admin,
        )
      ).openReportingPeriod.id;
    sixMonthPeriodId = await open(YEAR, 'SIX_MONTH', `${YEAR}-06-14`);
    // Last year's period, closed: its window takes nothing new.
    const closed = await open(YEAR - 1, 'YEAR', `${YEAR - 1}-12-14`);
    await owner.query(`UPDATE reports.reporting_periods SET status = 'CLOSED' WHERE id = $1`, [closed]);
  });

  afterAll(() => owner.end());

  describe('each kind, recorded and read back', () => {
    const answers = new Map<string, Activity>();

    it.each(EXAMPLES)('%s on %s: its facts as typed fields, the report’s line and its figures', async (kind, occurredOn, facts, summary, figures) => {
      const activity = await recorded(a.unitIds[0], kind, occurredOn, facts);
      expect(activity).toMatchObject({ unitId: a.unitIds[0], kind, occurredOn, summary, figures, version: 1, updatedAt: null, deletedAt: null });
      expect(activity).toMatchObject(facts);
      expect(activity.facts).toMatchObject(facts);
      answers.set(kind, activity);
    });

    it('fills what the facts leave out: one session, no serious violation, no end date', () => {
      expect(answers.get('CONSULTATION')).toMatchObject({ endsOn: null, responses: null, adopted: null });
      expect(answers.get('INSPECTION')).toMatchObject({ seriousViolation: false, facts: expect.objectContaining({ seriousViolation: false }) });
    });

    it('lists them in the period whose window holds their dates, in date order, and by kind', async () => {
      const all = await list(a.unitIds[0], a.periodId);
      expect(all.map((x) => x.id).sort()).toEqual([...answers.values()].map((x) => x.id).sort());
      expect(all.map((x) => x.occurredOn)).toEqual([...all.map((x) => x.occurredOn)].sort());
      for (const activity of all) expect(activity).toEqual(answers.get(activity.kind as string));
      expect((await list(a.unitIds[0], a.periodId, { kind: 'INSPECTION' })).map((x) => x.id)).toEqual([answers.get('INSPECTION')?.id]);
      // The six-month window (to 14/06) holds them all too; the reviewer of the bloc reads them.
      expect(await list(a.unitIds[0], sixMonthPeriodId, {}, a.tokens.blocReviewer)).toHaveLength(EXAMPLES.length);
    });

    it('answers NOT_FOUND for a period that does not exist', async () => {
      const r = await client.request(LIST, { u: a.unitIds[0], p: randomUUID() }, a.tokens.reporters[0]);
      expect(errorOf(r)).toEqual({ code: 'NOT_FOUND', field: 'periodId', reason: undefined });
    });
  });

  describe('a failing input per rule: nothing recorded', () => {
    const conference = EXAMPLES.find(([kind]) => kind === 'STAFF_CONFERENCE')?.[2] as Record<string, unknown>;
    it.each<[string, string, string, Record<string, unknown>, { code: string; field: string; reason?: string }]>([
      ['more present than eligible', 'BRIEFING', `${YEAR}-03-01`, briefing('Phổ biến', 13, 12), { code: 'BAD_USER_INPUT', field: 'facts.present' }],
      ['a briefing without a topic', 'BRIEFING', `${YEAR}-03-01`, { present: 1, eligible: 2 }, { code: 'BAD_USER_INPUT', field: 'facts.topic' }],
      ['no form of disclosure', 'DISCLOSURE', `${YEAR}-03-01`, { item: 'kinh phí', legalItem: 'BUDGET', forms: [] }, { code: 'BAD_USER_INPUT', field: 'facts.forms' }],
      [
        'a consultation ending before it starts',
        'CONSULTATION',
        `${YEAR}-03-01`,
        { subject: 'Quy chế', method: 'WRITTEN', startsOn: `${YEAR}-03-01`, endsOn: `${YEAR}-02-28` },
        { code: 'BAD_USER_INPUT', field: 'facts.endsOn' },
      ],
      ['more votes for than votes', 'STAFF_DECISION', `${YEAR}-03-01`, { subject: 'Bầu', votesFor: 17, votesTotal: 16, passed: true }, { code: 'BAD_USER_INPUT', field: 'facts.votesFor' }],
      ['an unknown inspector', 'INSPECTION', `${YEAR}-03-01`, { by: 'POLICE', subject: 'x', closed: true }, { code: 'BAD_USER_INPUT', field: 'facts.by' }],
      [
        'a regular staff conference more than 3 months after its work year',
        'STAFF_CONFERENCE',
        `${YEAR}-04-01`,
        { ...conference, workYear: YEAR - 1 },
        { code: 'BAD_USER_INPUT', field: 'occurredOn' },
      ],
      [
        'a complaint resolved before it was received',
        'COMPLAINT_CASE',
        `${YEAR}-04-02`,
        { caseKind: 'COMPLAINT', subject: 'Nâng lương', receivedOn: `${YEAR}-04-02`, inJurisdiction: true, status: 'RESOLVED', resolvedOn: `${YEAR}-04-01` },
        { code: 'BAD_USER_INPUT', field: 'facts.resolvedOn' },
      ],
      ['a personnel decision about nobody', 'TRAINING_PERSONNEL', `${YEAR}-03-01`, { decision: 'TRAINING', what: 'Bồi dưỡng', people: 0 }, { code: 'BAD_USER_INPUT', field: 'facts.people' }],
      ['a date in the future', 'BRIEFING', `${YEAR}-06-21`, briefing('Phổ biến'), { code: 'BAD_USER_INPUT', field: 'occurredOn' }],
      ['a date in no period’s window', 'BRIEFING', `${YEAR - 3}-01-10`, briefing('Phổ biến'), { code: 'BAD_USER_INPUT', field: 'occurredOn', reason: 'OUTSIDE_OPEN_PERIODS' }],
      ['a date of a closed period', 'BRIEFING', `${YEAR - 1}-06-01`, briefing('Phổ biến'), { code: 'BAD_USER_INPUT', field: 'occurredOn', reason: 'OUTSIDE_OPEN_PERIODS' }],
    ])('%s', async (_name, kind, occurredOn, facts, expected) => {
      const before = (await list(a.unitIds[3], a.periodId, {}, a.tokens.reporters[3])).length;
      expect(errorOf(await record(a.unitIds[3], kind, occurredOn, facts, a.tokens.reporters[3]))).toEqual({ reason: undefined, ...expected });
      expect(await list(a.unitIds[3], a.periodId, {}, a.tokens.reporters[3])).toHaveLength(before);
    });

    it('names the open windows when a date lies outside them, and not the closed one', async () => {
      const r = await record(a.unitIds[3], 'BRIEFING', `${YEAR - 1}-06-01`, briefing('Phổ biến'), a.tokens.reporters[3]);
      const message = r.errors?.[0]?.message ?? '';
      expect(message).toContain(`15/12/${YEAR - 1}–14/12/${YEAR}`);
      expect(message).toContain(`15/12/${YEAR - 1}–14/06/${YEAR}`);
      expect(message).not.toContain(`15/12/${YEAR - 2}`);
      expect(message).toMatch(/^Ngày 01\/06\/\d{4} không thuộc kỳ báo cáo nào đang mở/);
    });
  });

  describe('corrections and deletions', () => {
    it('corrects from the version read: new facts, summary and figures, version 2; a stale version is refused with the current one', async () => {
      const first = await recorded(a.unitIds[0], 'BRIEFING', `${YEAR}-02-10`, briefing('Quán triệt Chỉ thị 30', 15, 16));
      const r = await correct({ id: first.id, expectedVersion: 1, occurredOn: `${YEAR}-02-11`, facts: briefing('Quán triệt Chỉ thị 30', 16, 16) });
      expect(r.errors).toBeUndefined();
      expect(r.data?.correctActivity).toMatchObject({ id: first.id, version: 2, occurredOn: `${YEAR}-02-11`, present: 16, summary: '01 cuộc, có 16/16 người dự', figures: { present: 16 } });
      expect(r.data?.correctActivity.updatedAt).toEqual(expect.any(String));
      const stale = await correct({ id: first.id, expectedVersion: 1, occurredOn: `${YEAR}-02-11`, facts: briefing('Quán triệt', 1, 16) });
      expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH' });
      expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
      expect(errorOf(await correct({ id: first.id, expectedVersion: 2, occurredOn: `${YEAR}-02-11`, facts: briefing('Quán triệt', 17, 16) }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'facts.present',
        reason: undefined,
      });
      // Moving the date into a closed period's window is refused like a new record there.
      expect(errorOf(await correct({ id: first.id, expectedVersion: 2, occurredOn: `${YEAR - 1}-06-01`, facts: briefing('Quán triệt') }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'OUTSIDE_OPEN_PERIODS',
      });
      const { rows } = await owner.query(`SELECT topic, payload FROM activities.outbox WHERE payload->>'activityId' = $1 ORDER BY id`, [first.id]);
      expect(rows.map((row) => row.topic)).toEqual(['activity.recorded', 'activity.corrected']);
      expect(rows[1].payload).toEqual({ activityId: first.id, unitId: a.unitIds[0], kind: 'BRIEFING', occurredOn: `${YEAR}-02-11`, figures: { sessions: 1, present: 16, eligible: 16 } });
      const audits = await owner.query(
        `SELECT payload->>'action' AS action FROM activities.outbox WHERE topic = 'audit.recorded' AND payload->'object'->>'id' = $1 ORDER BY id`,
        [first.id],
      );
      expect(audits.rows.map((row) => row.action)).toEqual(['activity.record', 'activity.correct']);
    });

    it('of two corrections sent at once from the same version, exactly one wins; the other gets VERSION_MISMATCH', async () => {
      const activity = await recorded(a.unitIds[0], 'TRAINING_PERSONNEL', `${YEAR}-02-15`, { decision: 'PAY_RISE', what: 'Xét nâng lương', people: 8 });
      const results = await Promise.all(
        [7, 9].map((people) => correct({ id: activity.id, expectedVersion: 1, occurredOn: `${YEAR}-02-15`, facts: { decision: 'PAY_RISE', what: 'Xét nâng lương', people } })),
      );
      const won = results.filter((r) => !r.errors);
      const lost = results.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost.map(errorOf)).toEqual([{ code: 'CONFLICT', field: undefined, reason: 'VERSION_MISMATCH' }]);
      expect(lost[0].errors?.[0]?.extensions?.currentVersion).toBe(2);
      const [now] = await list(a.unitIds[0], a.periodId, { kind: 'TRAINING_PERSONNEL' }).then((xs) => xs.filter((x) => x.id === activity.id));
      expect(now).toMatchObject({ version: 2, people: won[0].data?.correctActivity.people });
    });

    it('deletes with a reason: gone from the list, shown with includeDeleted; no blank reason, no correcting it afterwards', async () => {
      const activity = await recorded(a.unitIds[0], 'DISCLOSURE', `${YEAR}-03-10`, { item: 'kế hoạch công tác năm', legalItem: 'PLANS', forms: ['POSTING'] });
      expect(errorOf(await remove({ id: activity.id, expectedVersion: 1, reason: '   ' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason', reason: undefined });
      expect(errorOf(await remove({ id: activity.id, expectedVersion: 2, reason: 'Ghi trùng' }))).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH' });
      const r = await remove({ id: activity.id, expectedVersion: 1, reason: 'Ghi trùng với công khai ngày 05/01' });
      expect(r.errors).toBeUndefined();
      expect(r.data?.deleteActivity).toMatchObject({ id: activity.id, version: 2, deletionReason: 'Ghi trùng với công khai ngày 05/01', deletedAt: expect.any(String) });
      expect((await list(a.unitIds[0], a.periodId)).map((x) => x.id)).not.toContain(activity.id);
      expect((await list(a.unitIds[0], a.periodId, { includeDeleted: true })).find((x) => x.id === activity.id)).toMatchObject({
        deletionReason: 'Ghi trùng với công khai ngày 05/01',
      });
      expect(errorOf(await correct({ id: activity.id, expectedVersion: 2, occurredOn: `${YEAR}-03-10`, facts: activity.facts }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'DELETED',
      });
      expect(errorOf(await remove({ id: activity.id, expectedVersion: 2, reason: 'Lần nữa' }))).toMatchObject({ code: 'CONFLICT', reason: 'DELETED' });
      const { rows } = await owner.query(`SELECT topic, payload FROM activities.outbox WHERE payload->>'activityId' = $1 ORDER BY id`, [activity.id]);
      expect(rows.map((row) => row.topic)).toEqual(['activity.recorded', 'activity.deleted']);
      expect(rows[1].payload).toEqual({ activityId: activity.id, unitId: a.unitIds[0], kind: 'DISCLOSURE', occurredOn: `${YEAR}-03-10` });
    });
  });

  describe('a submitted report freezes its window', () => {
    it('refuses to record, correct or delete in the window of the unit’s submitted report: CONFLICT REPORT_FROZEN', async () => {
      const unit = a.unitIds[1];
      const token = a.tokens.reporters[1];
      const before = await recorded(unit, 'BRIEFING', `${YEAR}-03-01`, briefing('Trước khi nộp'), token);
      await submit(unit, a.periodId, token);
      const frozen = { code: 'CONFLICT', field: 'occurredOn', reason: 'REPORT_FROZEN' };
      const r = await record(unit, 'BRIEFING', `${YEAR}-03-02`, briefing('Sau khi nộp'), token);
      expect(errorOf(r)).toEqual(frozen);
      expect(r.errors?.[0]?.message).toMatch(/^Báo cáo kỳ tổng kết năm \d{4} .*đã nộp; .*đến khi báo cáo được trả lại\.$/);
      expect(errorOf(await correct({ id: before.id, expectedVersion: 1, occurredOn: `${YEAR}-03-01`, facts: briefing('Sửa', 1, 12) }, token))).toEqual(frozen);
      expect(errorOf(await remove({ id: before.id, expectedVersion: 1, reason: 'Xóa' }, token))).toEqual(frozen);
      // Another unit of the province records as before.
      expect((await record(a.unitIds[0], 'BRIEFING', `${YEAR}-03-02`, briefing('Đơn vị khác'))).errors).toBeUndefined();
    });

    it('checks the date an activity had and the date it moves to', async () => {
      const unit = a.unitIds[2];
      const token = a.tokens.reporters[2];
      // Only the six-month report is submitted: its window ends on 14/06, the year's goes on.
      const inFrozen = await recorded(unit, 'BRIEFING', `${YEAR}-03-01`, briefing('Trong sáu tháng'), token);
      await submit(unit, sixMonthPeriodId, token);
      const afterIt = await recorded(unit, 'BRIEFING', `${YEAR}-06-16`, briefing('Sau sáu tháng'), token);
      const facts = briefing('Dời ngày');
      expect(errorOf(await correct({ id: inFrozen.id, expectedVersion: 1, occurredOn: `${YEAR}-06-16`, facts }, token))).toMatchObject({ reason: 'REPORT_FROZEN' });
      expect(errorOf(await correct({ id: afterIt.id, expectedVersion: 1, occurredOn: `${YEAR}-03-01`, facts }, token))).toMatchObject({ reason: 'REPORT_FROZEN' });
      expect((await correct({ id: afterIt.id, expectedVersion: 1, occurredOn: `${YEAR}-06-17`, facts }, token)).errors).toBeUndefined();
    });
  });

  describe('who may record', () => {
    it('a bloc reviewer reads but may not record: FORBIDDEN', async () => {
      expect(errorOf(await record(a.unitIds[0], 'BRIEFING', `${YEAR}-03-01`, briefing('Khối ghi'), a.tokens.blocReviewer))).toMatchObject({ code: 'FORBIDDEN' });
      const [some] = await list(a.unitIds[0], a.periodId, {}, a.tokens.blocReviewer);
      expect(errorOf(await correct({ id: some.id, expectedVersion: some.version, occurredOn: some.occurredOn, facts: some.facts }, a.tokens.blocReviewer))).toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('a reporter of another unit: FORBIDDEN', async () =>
      expect(errorOf(await record(a.unitIds[0], 'BRIEFING', `${YEAR}-03-01`, briefing('Đơn vị khác'), a.tokens.reporters[3]))).toMatchObject({ code: 'FORBIDDEN' }));

    it('province B’s unit and activities are NOT_FOUND from A', async () => {
      expect(errorOf(await record(b.unitIds[0], 'BRIEFING', `${YEAR}-03-01`, briefing('Sang tỉnh khác')))).toMatchObject({ code: 'NOT_FOUND' });
      const ofB = await recorded(b.unitIds[0], 'BRIEFING', `${YEAR}-03-01`, briefing('Của tỉnh B'), b.tokens.reporters[0]);
      expect(errorOf(await correct({ id: ofB.id, expectedVersion: 1, occurredOn: `${YEAR}-03-01`, facts: briefing('x') }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await remove({ id: ofB.id, expectedVersion: 1, reason: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
      const r = await client.request(LIST, { u: b.unitIds[0], p: b.periodId }, a.tokens.committee);
      expect(errorOf(r)).toMatchObject({ code: 'NOT_FOUND' });
      expect((await list(b.unitIds[0], b.periodId, {}, b.tokens.reporters[0])).map((x) => x.id)).toEqual([ofB.id]);
    });
  });
});
