import { OperationDefinitionNode, FieldNode, parse } from 'graphql';
import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  GatewayClient,
  IMPORT_UNIT_HEADERS,
  ProvinceScenario,
  buildProvinceScenario,
  gatewaySchema,
  importCsv,
  operationsOf,
  takesIds,
  ownerClient,
  submitUnitReport,
  tenantRowCounts,
  testYear,
  waitForRollups,
  present,
  tinyPdf,
  uploadEvidence,
} from '@qcdc/shared/testing';

/**
 * A token of province A, of every role A has, aimed at province B's ids through every operation of the
 * flow: each answer is FORBIDDEN or NOT_FOUND (or A's own data), never B's data, and B's rows stay as
 * they were.
 */
describe('province isolation through the gateway', () => {
  const client = new GatewayClient();
  let owner: Client;
  let a: ProvinceScenario;
  let b: ProvinceScenario;
  let before: Record<string, number>;
  /** A person of B (its first reporter), for the operations on a user. */
  let userOfB: string;
  /** The session of B’s reporter: A’s people must not be able to end it. */
  let sessionOfB: string;
  /** An import of B's admin (its dry run done). */
  let importOfB: string;
  /** A draft rubric of B. */
  let draftOfB: string;
  /** A unit type B added of its own. */
  const typeOfB = 'RIENG_CUA_B';
  /** An activity of B's second unit (whose report is not submitted), and an evidence file on it. */
  let activityOfB: string;
  let reportOfB: string;
  let renderJobOfB: string;
  let evidenceOfB: string;
  /** An in-app notification of B's first reporter. */
  let notificationOfB: string;

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(
      null,
      PLATFORM_ADMIN_USERNAME,
      process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD,
    );
    [a, b] = [await buildProvinceScenario(client, platform), await buildProvinceScenario(client, platform)];
    // B has a submitted report, so there is something worth stealing.
    await client.ok(
      `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total } }`,
      {
        input: {
          unitId: b.unitIds[0],
          periodId: b.periodId,
          scores: b.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints })),
          expectedVersion: 0,
        },
      },
      b.tokens.reporters[0],
    );
    await submitUnitReport(client, { reporter: b.tokens.reporters[0], head: b.tokens.heads[0] }, b.unitIds[0], b.periodId);
    activityOfB = (
      await client.ok<{ recordActivity: { id: string } }>(
        `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
        { input: { unitId: b.unitIds[1], kind: 'BRIEFING', occurredOn: `${testYear()}-03-01`, facts: { topic: 'Hội nghị của B', present: 5, eligible: 6 } } },
        b.tokens.reporters[1],
      )
    ).recordActivity.id;
    userOfB = (await client.ok<{ me: { userId: string } }>(`{ me { userId } }`, {}, b.tokens.reporters[0])).me.userId;
    notificationOfB = (
      await owner.query(
        `INSERT INTO reminders.notifications (tenant_id, user_id, period_id, unit_id, kind, milestone, title, body)
         VALUES ($1, $2, $3, $4, 'REMINDER', 'T-7', 'Nhắc nộp', 'Chưa nộp báo cáo') RETURNING id`,
        [b.provinceId, userOfB, b.periodId, b.unitIds[0]],
      )
    ).rows[0].id;
    const sessions = await client.ok<{ mySessions: { id: string; current: boolean }[] }>(`{ mySessions { id current } }`, {}, b.tokens.reporters[0]);
    sessionOfB = present(sessions.mySessions.find((x) => x.current)).id;
    importOfB = await client.importChecked(
      importCsv(IMPORT_UNIT_HEADERS, [['NHAP-B', 'Đơn vị nhập của B', 'Đơn vị', 'Cơ quan', 'KHONG-CO', '']]),
      b.tokens.admin,
    );
    await client.ok(
      `mutation($input: CreateUnitTypeInput!) { createUnitType(input: $input) { code } }`,
      { input: { code: typeOfB, name: 'Loại hình riêng của B', nameEn: "B's own type" } },
      b.tokens.admin,
    );
    draftOfB = (
      await client.ok<{ createRubricDraft: { id: string } }>(`mutation($y: Int!) { createRubricDraft(year: $y) { id } }`, { y: testYear() + 3 }, b.tokens.admin)
    ).createRubricDraft.id;
    const uploaded = await uploadEvidence(new URL('/', client.graphqlUrl).toString(), { activityId: activityOfB, file: { bytes: tinyPdf(), name: 'bien-ban.pdf' } }, b.tokens.reporters[1]);
    evidenceOfB = present(uploaded.body.file, `B's evidence file (${JSON.stringify(uploaded.body)})`).id;
    // Let the worker roll B's submission up first, so the snapshot below is B's settled state.
    await waitForRollups(owner, b.provinceId);
    const submitted = await owner.query(
      `SELECT r.id AS report, j.id AS job FROM reports.reports r JOIN reports.render_jobs j ON j.tenant_id = r.tenant_id AND j.report_id = r.id
        WHERE r.tenant_id = $1 AND r.unit_id = $2`,
      [b.provinceId, b.unitIds[0]],
    );
    [reportOfB, renderJobOfB] = [submitted.rows[0].report, submitted.rows[0].job];
    before = await tenantRowCounts(owner, b.provinceId);
  });

  afterAll(() => owner.end());

  const tokensOfA = () => ({
    admin: a.tokens.admin,
    committee: a.tokens.committee,
    blocReviewer: a.tokens.blocReviewer,
    reporter: a.tokens.reporters[0],
  });

  /**
   * Each operation of the flow, aimed at B's objects. A fourth element is what A's admin rightly gets
   * instead of a refusal: the audit log of its own province, where nothing of B is.
   */
  const attacks = (): [string, string, Record<string, unknown>, unknown?][] => [
    ['activities of B’s unit', `query($u: ID!, $p: ID!) { activities(unitId: $u, periodId: $p) { id } }`, { u: b.unitIds[0], p: b.periodId }],
    ['B’s self-assessment', `query($u: ID!, $p: ID!) { selfAssessment(unitId: $u, periodId: $p) { total } }`, { u: b.unitIds[0], p: b.periodId }],
    ['B’s report', `query($u: ID!, $p: ID!) { report(unitId: $u, periodId: $p) { status } }`, { u: b.unitIds[0], p: b.periodId }],
    ['B’s scoring sheet', `query($u: ID!, $p: ID!) { scoringSheet(unitId: $u, periodId: $p) { frozen } }`, { u: b.unitIds[0], p: b.periodId }],
    [
      'B’s draft rubric',
      `mutation($id: ID!) { saveRubricDraft(input: { id: $id, expectedVersion: 1, name: "Xâm nhập", criteria: [], bands: [{ band: TOT, minTotal: 90 }, { band: KHA, minTotal: 70 }, { band: TRUNG_BINH, minTotal: 50 }], vetoes: [] }) { id } }`,
      { id: draftOfB },
    ],
    ['publishing B’s draft rubric', `mutation($id: ID!) { publishRubric(id: $id, expectedVersion: 1) { id } }`, { id: draftOfB }],
    [
      'reviewing B’s submitted self-score',
      `mutation($u: ID!, $p: ID!) { saveReview(input: { unitId: $u, periodId: $p, expectedVersion: 0, scores: [] }) { id } }`,
      { u: b.unitIds[0], p: b.periodId },
    ],
    ['B’s roll-up', `query($p: ID!) { provinceRollup(periodId: $p) { unitsSubmitted } }`, { p: b.periodId }],
    ['B’s comparison', `query($p: ID!) { unitComparison(periodId: $p) { code } }`, { p: b.periodId }],
    ['B’s reminder schedule', `query($p: ID!) { reminderSchedule(periodId: $p) { offsets } }`, { p: b.periodId }],
    ['setting B’s reminder schedule', `mutation($p: ID!) { saveReminderSchedule(input: { periodId: $p, offsets: [-1] }) { offsets } }`, { p: b.periodId }],
    ['marking B’s notification read', `mutation($id: ID!) { markNotificationsRead(ids: [$id]) }`, { id: notificationOfB }],
    ['B’s roll-up cells', `query($p: ID!) { rollupCells(periodId: $p, dimension: PROVINCE) { unitsSubmitted } }`, { p: b.periodId }],
    ['B’s bloc cells', `query($p: ID!) { rollupCells(periodId: $p, dimension: BLOC) { value unitsSubmitted } }`, { p: b.periodId }],
    ['B’s completeness', `query($p: ID!) { completeness(periodId: $p) { code } }`, { p: b.periodId }],
    ['A’s period, B’s bloc’s completeness', `query($p: ID!, $b: ID!) { completeness(periodId: $p, blocId: $b) { code } }`, { p: a.periodId, b: b.blocId }],
    ['B’s ranking', `query($p: ID!) { unitRanking(input: { periodId: $p }) { total rows { code } } }`, { p: b.periodId }],
    ['A’s period, B’s bloc’s ranking', `query($p: ID!, $b: ID!) { unitRanking(input: { periodId: $p, blocId: $b }) { total rows { code } } }`, { p: a.periodId, b: b.blocId }],
    ['B’s heat map', `query($p: ID!) { criterionHeatmap(input: { periodId: $p }) { total rows { code } } }`, { p: b.periodId }],
    ['B’s year over year', `query($p: ID!) { yearOverYear(periodId: $p, dimension: BLOC) { value } }`, { p: b.periodId }],
    ['B’s unit’s standing', `query($p: ID!, $u: ID!) { unitStanding(periodId: $p, unitId: $u) { code } }`, { p: b.periodId, u: b.unitIds[0] }],
    ['B’s unit’s standing in A’s period', `query($p: ID!, $u: ID!) { unitStanding(periodId: $p, unitId: $u) { code } }`, { p: a.periodId, u: b.unitIds[0] }],
    [
      'a unit under B’s committee',
      `mutation($p: ID!) { createOrgUnit(input: { parentId: $p, code: "X1", name: "Xâm nhập", kind: BLOC, unitType: "COMMITTEE" }) { id } }`,
      { p: b.rootId },
    ],
    [
      'a user on B’s unit',
      `mutation($u: ID!) { createUser(input: { username: "xam.nhap", password: "mat-khau-dai-du", displayName: "X", role: UNIT_REPORTER, orgUnitId: $u }) { id } }`,
      { u: b.unitIds[0] },
    ],
    [
      'an invitation to B’s unit',
      `mutation($u: ID!) { inviteUser(input: { email: "xam.nhap@vd.vn", displayName: "X", role: UNIT_REPORTER, orgUnitId: $u }) { id } }`,
      { u: b.unitIds[0] },
    ],
    ['a new invitation for B’s person', `mutation($u: ID!) { resendInvitation(userId: $u) { id } }`, { u: userOfB }],
    ['a reset link for B’s person', `mutation($u: ID!) { sendPasswordReset(userId: $u) }`, { u: userOfB }],
    ['deactivating B’s person', `mutation($u: ID!) { deactivateUser(userId: $u) { id } }`, { u: userOfB }],
    ['reactivating B’s person', `mutation($u: ID!) { reactivateUser(userId: $u) { id } }`, { u: userOfB }],
    [
      'a role for B’s person on B’s bloc',
      `mutation($u: ID!, $o: ID!) { addMembership(input: { userId: $u, role: BLOC_REVIEWER, orgUnitId: $o }) { id } }`,
      { u: userOfB, o: b.blocId },
    ],
    [
      'taking B’s person’s role away',
      `mutation($u: ID!, $o: ID!) { removeMembership(input: { userId: $u, role: UNIT_REPORTER, orgUnitId: $o }) { id } }`,
      { u: userOfB, o: b.unitIds[0] },
    ],
    [
      'a briefing for B’s unit',
      `mutation($u: ID!) { recordActivity(input: { unitId: $u, kind: BRIEFING, occurredOn: "2026-03-01", facts: { topic: "x", present: 1, eligible: 2 } }) { id } }`,
      { u: b.unitIds[0] },
    ],
    [
      'a correction of B’s activity',
      `mutation($i: ID!) { correctActivity(input: { id: $i, expectedVersion: 1, occurredOn: "2026-03-02", facts: { topic: "x", present: 1, eligible: 2 } }) { id } }`,
      { i: activityOfB },
    ],
    ['a deletion of B’s activity', `mutation($i: ID!) { deleteActivity(input: { id: $i, expectedVersion: 1, reason: "x" }) { id } }`, { i: activityOfB }],
    [
      'a self-score for B’s unit',
      `mutation($u: ID!, $p: ID!, $c: ID!) { saveSelfAssessment(input: { unitId: $u, periodId: $p, scores: [{ criterionId: $c, points: 1 }], expectedVersion: 0 }) { total } }`,
      { u: b.unitIds[1], p: b.periodId, c: b.criteria[0].id },
    ],
    ['a submission for B’s unit', `mutation($u: ID!, $p: ID!) { submitReport(input: { unitId: $u, periodId: $p }) { id } }`, { u: b.unitIds[1], p: b.periodId }],
    ['the preview of B’s report', `query($u: ID!, $p: ID!) { reportPreview(unitId: $u, periodId: $p) { contentHash } }`, { u: b.unitIds[0], p: b.periodId }],
    ['the versions of B’s report compared', `query($r: ID!) { reportDiff(reportId: $r, from: 1, to: 1) { reportId } }`, { r: reportOfB }],
    ['the review queue of B’s period', `query($p: ID!) { reviewQueue(periodId: $p) { unitCode } }`, { p: b.periodId }],
    ['B’s consolidated report', `query($p: ID!) { provinceReport(periodId: $p) { periodId } }`, { p: b.periodId }],
    ['the rendering of B’s report', `query($id: ID!) { renderJob(id: $id) { id } }`, { id: renderJobOfB }],
    [
      'a draft for B’s unit',
      `mutation($u: ID!, $p: ID!) { saveReportDraft(input: { unitId: $u, periodId: $p, expectedVersion: 0, prose: { I: "x" } }) { id } }`,
      { u: b.unitIds[1], p: b.periodId },
    ],
    ['rendering B’s report', `mutation($u: ID!, $p: ID!) { requestReportRender(input: { unitId: $u, periodId: $p }) { id } }`, { u: b.unitIds[0], p: b.periodId }],
    ['reviewing B’s report', `mutation($r: ID!) { reviewReport(input: { reportId: $r }) { id } }`, { r: reportOfB }],
    ['approving B’s report', `mutation($r: ID!) { approveReport(input: { reportId: $r }) { id } }`, { r: reportOfB }],
    ['returning B’s report', `mutation($r: ID!) { returnReport(input: { reportId: $r, reason: "x" }) { id } }`, { r: reportOfB }],
    [
      'saving B’s consolidated report',
      `mutation($p: ID!) { saveProvinceReport(input: { periodId: $p, expectedVersion: 0, prose: { IV: "x" } }) { periodId } }`,
      { p: b.periodId },
    ],
    ['rendering B’s consolidated report', `mutation($p: ID!) { requestProvinceReportRender(periodId: $p) { id } }`, { p: b.periodId }],
    ['closing B’s period', `mutation($p: ID!) { closeReportingPeriod(periodId: $p) { id } }`, { p: b.periodId }],
    ['reopening B’s period', `mutation($p: ID!) { reopenReportingPeriod(periodId: $p) { id } }`, { p: b.periodId }],
    [
      'importing a past report into B’s unit',
      `mutation($u: ID!, $p: ID!) { importLegacyReport(input: { unitId: $u, periodId: $p, prose: { B: "x" }, imported: {} }) { id } }`,
      { u: b.unitIds[1], p: b.periodId },
    ],
    ['B’s unit profile', `query($u: ID!, $p: ID!) { unitProfile(unitId: $u, periodId: $p) { version } }`, { u: b.unitIds[0], p: b.periodId }],
    [
      'saving B’s unit profile',
      `mutation($u: ID!, $p: ID!) { saveUnitProfile(input: { unitId: $u, periodId: $p, expectedVersion: 0, staffCount: 1, partyMembers: 0, unionMembers: 0, people: [], boards: [] }) { version } }`,
      { u: b.unitIds[0], p: b.periodId },
    ],
    [
      'saving A’s unit profile under B’s period',
      `mutation($u: ID!, $p: ID!) { saveUnitProfile(input: { unitId: $u, periodId: $p, expectedVersion: 0, staffCount: 1, partyMembers: 0, unionMembers: 0, people: [], boards: [] }) { version } }`,
      { u: a.unitIds[0], p: b.periodId },
    ],
    ['the history of B’s unit', `query($id: ID!) { orgUnitHistory(id: $id) { unit { name } } }`, { id: b.unitIds[0] }],
    [
      'renaming B’s unit',
      `mutation($id: ID!) { renameOrgUnit(input: { id: $id, name: "Xâm nhập", effectiveOn: "${testYear() + 1}-01-01" }) { id } }`,
      { id: b.unitIds[0] },
    ],
    ['correcting B’s unit', `mutation($id: ID!) { correctOrgUnit(input: { id: $id, name: "Xâm nhập" }) { id } }`, { id: b.unitIds[0] }],
    [
      'closing B’s unit',
      `mutation($id: ID!) { closeOrgUnit(input: { id: $id, closedOn: "${testYear() + 1}-01-01" }) { id } }`,
      { id: b.unitIds[0] },
    ],
    [
      'moving B’s unit under A',
      `mutation($id: ID!, $p: ID!) { moveOrgUnit(input: { id: $id, parentId: $p, effectiveOn: "${testYear() + 1}-01-01" }) { id } }`,
      { id: b.unitIds[0], p: a.blocId },
    ],
    [
      'moving A’s unit under B',
      `mutation($id: ID!, $p: ID!) { moveOrgUnit(input: { id: $id, parentId: $p, effectiveOn: "${testYear() + 1}-01-01" }) { id } }`,
      { id: a.unitIds[0], p: b.blocId },
    ],
    [
      'merging B’s unit into A’s',
      `mutation($s: ID!, $t: ID!) { mergeOrgUnits(input: { sourceIds: [$s], targetId: $t, effectiveOn: "${testYear() + 1}-01-01" }) { id } }`,
      { s: b.unitIds[0], t: a.unitIds[1] },
    ],
    [
      'merging A’s unit into B’s',
      `mutation($s: ID!, $t: ID!) { mergeOrgUnits(input: { sourceIds: [$s], targetId: $t, effectiveOn: "${testYear() + 1}-01-01" }) { id } }`,
      { s: a.unitIds[1], t: b.unitIds[0] },
    ],
    [
      'splitting B’s unit into A’s bloc',
      `mutation($id: ID!, $p: ID!) { splitOrgUnit(input: { id: $id, parts: [{ code: "XN-1", name: "Xâm nhập 1", unitType: "AGENCY", parentId: $p }, { code: "XN-2", name: "Xâm nhập 2", unitType: "AGENCY", parentId: $p }], effectiveOn: "${testYear() + 1}-01-01" }) { id } }`,
      { id: b.unitIds[0], p: a.blocId },
    ],
    [
      'splitting A’s unit into B’s bloc',
      `mutation($id: ID!, $p: ID!) { splitOrgUnit(input: { id: $id, parts: [{ code: "XN-1", name: "Xâm nhập 1", unitType: "AGENCY", parentId: $p }, { code: "XN-2", name: "Xâm nhập 2", unitType: "AGENCY", parentId: $p }], effectiveOn: "${testYear() + 1}-01-01" }) { id } }`,
      { id: a.unitIds[0], p: b.blocId },
    ],
    [
      'B’s unit reviewed by A’s bloc',
      `mutation($u: ID!, $r: ID!) { setReportingLine(input: { unitId: $u, reviewerId: $r, effectiveOn: "${testYear() + 1}-01-01" }) { id } }`,
      { u: b.unitIds[0], r: a.blocId },
    ],
    [
      'A’s unit reviewed by B’s bloc',
      `mutation($u: ID!, $r: ID!) { setReportingLine(input: { unitId: $u, reviewerId: $r, effectiveOn: "${testYear() + 1}-01-01" }) { id } }`,
      { u: a.unitIds[0], r: b.blocId },
    ],
    [
      'ending the reporting line of B’s unit',
      `mutation($u: ID!) { endReportingLine(input: { unitId: $u, effectiveOn: "${testYear() + 1}-01-01" }) { id } }`,
      { u: b.unitIds[0] },
    ],
    ['B’s evidence files', `query($ids: [ID!]!) { evidenceFiles(activityIds: $ids) { id fileName } }`, { ids: [activityOfB] }],
    ['removing B’s evidence file', `mutation($id: ID!) { removeEvidenceFile(input: { id: $id, reason: "Xâm nhập" }) { id } }`, { id: evidenceOfB }],
    ['B’s import', `query($id: ID!) { importJob(id: $id) { problems { message } } }`, { id: importOfB }],
    [
      'renaming B’s own unit type',
      `mutation($c: String!) { updateUnitType(input: { code: $c, name: "Xâm nhập", nameEn: "Intrusion", active: false }) { code } }`,
      { c: typeOfB },
    ],
    ['applying B’s import', `mutation($id: ID!) { applyImport(id: $id) { status } }`, { id: importOfB }],
    ['suspending B', `mutation($id: ID!) { suspendProvince(id: $id) { status } }`, { id: b.provinceId }],
    ['reactivating B', `mutation($id: ID!) { reactivateProvince(id: $id) { status } }`, { id: b.provinceId }],
    ['archiving B', `mutation($id: ID!) { archiveProvince(id: $id) { status } }`, { id: b.provinceId }],
    ['ending the session of B’s reporter', `mutation($id: ID!) { endSession(sessionId: $id) }`, { id: sessionOfB }],
    [
      'setting B up',
      `mutation($id: ID!) { updateProvinceSettings(input: { id: $id, settings: { documentParentBody: "X", documentIssuer: "X", documentSymbol: "X", place: "X", documentFormat: STATE, timeZone: "Asia/Ho_Chi_Minh", language: "vi" } }) { id } }`,
      { id: b.provinceId },
    ],
    [
      'the audit of B’s unit',
      `query($u: ID!) { auditLog(filter: { objectId: $u }) { total entries { id } } }`,
      { u: b.unitIds[0] },
      { total: 0, entries: [] },
    ],
  ];

  it.each(['admin', 'committee', 'blocReviewer', 'reporter'] as const)(
    'refuses every operation on B’s ids with a token of A’s %s',
    async (role) => {
      const token = tokensOfA()[role];
      for (const [name, query, variables, adminAnswer] of attacks()) {
        const result = await client.request(query, variables, token);
        // A nullable field answers { field: null } beside its error; a non-null one nulls the whole data.
        const answer = result.data ? Object.values(result.data)[0] : null;
        expect({ name, answer, code: result.errors?.[0]?.extensions?.code }).toEqual(
          role === 'admin' && adminAnswer
            ? { name, answer: adminAnswer, code: undefined }
            : { name, answer: null, code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) },
        );
      }
    },
  );

  it('leaves B’s reporter signed in after every attempt on the session', async () => {
    expect(await client.ok(`{ me { userId } }`, {}, b.tokens.reporters[0])).toEqual({ me: { userId: userOfB } });
  });

  it('tries every operation of the supergraph that takes an id (a new one must be added above)', async () => {
    const tried = new Set(
      attacks().map(([, query]) => {
        const op = parse(query).definitions[0] as OperationDefinitionNode;
        return (op.selectionSet.selections[0] as FieldNode).name.value;
      }),
    );
    const withIds = operationsOf(gatewaySchema())
      .filter((op) => takesIds(op.field))
      .map((op) => op.name);
    expect(withIds.filter((name) => !tried.has(name))).toEqual([]);
  });

  it('lists only A’s own objects in the queries that take no ids', async () => {
    const { orgUnits } = await client.ok<{ orgUnits: { id: string }[] }>(`{ orgUnits { id } }`, {}, a.tokens.admin);
    expect(orgUnits.map((u) => u.id)).not.toEqual(expect.arrayContaining([b.rootId]));
    expect(orgUnits.map((u) => u.id)).toEqual(expect.arrayContaining([a.rootId, ...a.unitIds]));
    const year = testYear();
    const { reportingPeriods } = await client.ok<{ reportingPeriods: { id: string }[] }>(
      `query($y: Int!) { reportingPeriods(year: $y) { id } }`,
      { y: year },
      a.tokens.reporters[0],
    );
    expect(reportingPeriods).toEqual([{ id: a.periodId }]);
    const { rubric } = await client.ok<{ rubric: { criteria: { id: string }[] } }>(
      `query($y: Int!) { rubric(year: $y) { criteria { id } } }`,
      { y: year },
      a.tokens.reporters[0],
    );
    expect(rubric.criteria.map((c) => c.id)).toEqual(a.criteria.map((c) => c.id));
    const USERS = `{ users { id } }`;
    const usersOf = async (token: string) => (await client.ok<{ users: { id: string }[] }>(USERS, {}, token)).users.map((u) => u.id);
    const [usersOfA, usersOfB] = [await usersOf(a.tokens.admin), await usersOf(b.tokens.admin)];
    expect(usersOfA.length).toBeGreaterThan(0);
    expect(usersOfA.filter((id) => usersOfB.includes(id))).toEqual([]);
    const { unitTypes } = await client.ok<{ unitTypes: { code: string }[] }>(`{ unitTypes { code } }`, {}, a.tokens.admin);
    expect(unitTypes.map((t) => t.code)).toEqual(['AGENCY', 'COMMUNE', 'PUBLIC_UNIT', 'ENTERPRISE']);
    const { me } = await client.ok<{ me: { province: { code: string } } }>(`{ me { province { code } } }`, {}, a.tokens.committee);
    expect(me.province.code).toBe(a.code);
  });

  it('left every row of B as it was', async () => {
    await waitForRollups(owner, b.provinceId);
    expect(await tenantRowCounts(owner, b.provinceId)).toEqual(before);
    const { rows } = await owner.query(`SELECT status FROM tenancy.tenants WHERE id = $1`, [b.provinceId]);
    expect(rows[0].status).toBe('ACTIVE');
  });
});
