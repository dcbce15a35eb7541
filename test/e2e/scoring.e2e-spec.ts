import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  GatewayClient,
  GraphQLResult,
  TwoProvinces,
  WORLD_YEAR,
  buildTwoProvinces,
  deleteActivityRow,
  insertActivities,
  ownerClient,
  present,
} from '@qcdc/shared/testing';

/**
 * Scoring through the gateway (issue 9): a province drafts and publishes a rubric; a unit scores itself against
 * it with evidence, beside the scores its records suggest and the flags they raise; two saves from one version
 * cannot both win; a submitted report freezes the self-score; reviewers score beside it. Activities are stored
 * as the activities service stores them (`insertActivities`).
 */

const client = new GatewayClient();
let w: TwoProvinces;
let owner: Client;

const NEXT_YEAR = WORLD_YEAR + 1;
const RUBRIC_FIELDS = `id year status version publishedAt maxTotal problems { code criterionCode message }
  bands { band minTotal } vetoes { code measure tripsWhen count capsAt description }
  criteria { id code title contentGroup parentCode maxPoints method methodParams activityKinds evidenceHint legalReference previousCode }`;
const ASSESSMENT_FIELDS = `id total band version reviewVersion frozen vetoes { code }
  scores { criterionId points comment evidence { activityId evidenceFileId } reviewerPoints reviewerComment }`;
const SHEET = `query($u: ID!, $p: ID!) { scoringSheet(unitId: $u, periodId: $p) {
  unitId periodId frozen lastYearTotal measures rubric { year status }
  assessment { ${ASSESSMENT_FIELDS} }
  suggestions { criterionId points basis } flags { code criterionCode message messageEn } } }`;
const SAVE = `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;
const REVIEW = `mutation($input: SaveReviewInput!) { saveReview(input: $input) { ${ASSESSMENT_FIELDS} } }`;

interface CriterionView {
  id: string;
  code: string;
  title: string;
  contentGroup: string;
  parentCode: string | null;
  maxPoints: number;
  method: string;
  methodParams: Record<string, unknown>;
  activityKinds: string[];
  evidenceHint: string | null;
  legalReference: string | null;
  previousCode: string | null;
}
interface RubricView {
  id: string;
  status: string;
  version: number;
  publishedAt: string | null;
  problems: { code: string; criterionCode: string | null }[];
  bands: { band: string; minTotal: number }[];
  vetoes: { code: string; measure: string; tripsWhen: string; count: number; capsAt: string; description: string }[];
  criteria: CriterionView[];
}
interface Score {
  criterionId: string;
  points: number;
  comment: string | null;
  evidence: { activityId: string | null; evidenceFileId: string | null }[];
  reviewerPoints: number | null;
  reviewerComment: string | null;
}
interface Assessment {
  id: string;
  total: number;
  band: string;
  version: number;
  reviewVersion: number;
  frozen: boolean;
  vetoes: { code: string }[];
  scores: Score[];
}
interface Sheet {
  frozen: boolean;
  lastYearTotal: number | null;
  measures: Record<string, number>;
  rubric: { year: number; status: string };
  assessment: Assessment | null;
  suggestions: { criterionId: string; points: number; basis: string }[];
  flags: { code: string; criterionCode: string | null; message: string; messageEn: string }[];
}

const errorOf = (result: GraphQLResult<unknown>) => present(result.errors?.[0], 'an error').extensions ?? {};
const codeOf = (criteria: { id: string; code: string }[], id: string) => criteria.find((c) => c.id === id)?.code;
const idOf = (code: string) => present(w.a.criteria.find((c) => c.code === code), `criterion ${code}`).id;
/** Draft criteria as the API takes them back. */
const asInput = (c: CriterionView) => {
  const { id: _id, ...rest } = c;
  return rest;
};

beforeAll(async () => {
  owner = await ownerClient();
  w = await buildTwoProvinces(client, {
    username: PLATFORM_ADMIN_USERNAME,
    password: process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD,
  });
});

afterAll(() => owner.end());

describe('rubrics: a draft, its problems, publication, and no edit afterwards', () => {
  const admin = () => w.a.people.admin.accessToken;
  const draftMutation = `mutation($input: SaveRubricDraftInput!) { saveRubricDraft(input: $input) { ${RUBRIC_FIELDS} } }`;
  const publish = (id: string, v: number) =>
    client.request<{ publishRubric: RubricView }>(`mutation($id: ID!, $v: Int!) { publishRubric(id: $id, expectedVersion: $v) { ${RUBRIC_FIELDS} } }`, { id, v }, admin());
  // Last year's rubric (adopted as it stood) had no veto rules; this year's gets one.
  const vetoes = [
    { code: 'NO_STAFF_CONFERENCE', measure: 'STAFF_CONFERENCES_HELD', tripsWhen: 'BELOW', count: 1, capsAt: 'TRUNG_BINH', description: 'Không tổ chức hội nghị CBCCVC' },
  ];
  const save = (draft: RubricView, criteria: ReturnType<typeof asInput>[], version = draft.version) =>
    client.request<{ saveRubricDraft: RubricView }>(
      draftMutation,
      { input: { id: draft.id, expectedVersion: version, name: `Bộ tiêu chí ${NEXT_YEAR}`, criteria, bands: draft.bands, vetoes } },
      admin(),
    );

  it('copies last year’s rubric into a draft whose criteria continue last year’s, refused with its problems, then published once fixed', async () => {
    const { createRubricDraft: draft } = await client.ok<{ createRubricDraft: RubricView }>(
      `mutation($y: Int!, $from: Int) { createRubricDraft(year: $y, copyFromYear: $from) { ${RUBRIC_FIELDS} } }`,
      { y: NEXT_YEAR, from: WORLD_YEAR },
      admin(),
    );
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, publishedAt: null, problems: [] });
    expect(draft.criteria.map((c) => [c.code, c.previousCode])).toEqual(w.a.criteria.map((c) => [c.code, c.code]));
    expect(draft.criteria.find((c) => c.code === '1.2')).toMatchObject({
      method: 'RATIO',
      methodParams: { part: 'BRIEFING_PRESENT', whole: 'BRIEFING_ELIGIBLE', fullAt: 0.9, whenNone: 'ZERO' },
      activityKinds: ['BRIEFING'],
    });

    // Criterion 1.1 split in two sub-criteria (7 = 4 + 3), and 7.2 continuing a code last year never had.
    const criteria = draft.criteria.map(asInput).flatMap((c) => {
      if (c.code === '1.1') {
        return [
          c,
          { ...c, code: '1.1.a', title: 'Ban hành kế hoạch', parentCode: '1.1', maxPoints: 4, previousCode: null },
          { ...c, code: '1.1.b', title: 'Phân công thực hiện', parentCode: '1.1', maxPoints: 4, previousCode: null },
        ];
      }
      return c.code === '7.2' ? [{ ...c, previousCode: '9.9' }] : [c];
    });
    const saved = (await save(draft, criteria)).data?.saveRubricDraft;
    expect(saved?.version).toBe(2);
    expect(saved?.problems.map((p) => [p.code, p.criterionCode])).toEqual([
      ['PARENT_POINTS_MISMATCH', '1.1'],
      ['PREVIOUS_CODE_UNKNOWN', '7.2'],
    ]);
    const refused = await publish(draft.id, 2);
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RUBRIC_PROBLEMS' });
    expect((errorOf(refused)['problems'] as { code: string }[]).map((p) => p.code)).toEqual(['PARENT_POINTS_MISMATCH', 'PREVIOUS_CODE_UNKNOWN']);

    // A stale version is refused with the current one.
    expect(errorOf(await save(draft, criteria, 1))).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH', currentVersion: 2 });

    const fixed = criteria.map((c) =>
      c.code === '1.1.b' ? { ...c, maxPoints: 3 } : c.code === '7.2' ? { ...c, previousCode: '7.2' } : c,
    );
    const again = present((await save({ ...draft, version: 2 }, fixed)).data?.saveRubricDraft);
    expect(again).toMatchObject({ version: 3, problems: [], maxTotal: 100, vetoes });
    const published = present((await publish(draft.id, 3)).data?.publishRubric);
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 4, problems: [] });
    expect(published.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    // Published: never edited again, nor published twice; the year takes no second draft.
    expect(errorOf(await save(published, fixed))).toMatchObject({ code: 'CONFLICT', reason: 'RUBRIC_PUBLISHED' });
    expect(errorOf(await publish(draft.id, 4))).toMatchObject({ code: 'CONFLICT', reason: 'RUBRIC_PUBLISHED' });
    const second = await client.request(`mutation($y: Int!) { createRubricDraft(year: $y) { id } }`, { y: NEXT_YEAR }, admin());
    expect(errorOf(second)).toMatchObject({ code: 'CONFLICT', reason: 'RUBRIC_EXISTS' });

    // Another province sees none of it.
    const inB = await client.ok<{ rubric: unknown }>(`query($y: Int!) { rubric(year: $y) { id } }`, { y: NEXT_YEAR }, w.b.people.admin.accessToken);
    expect(inB.rubric).toBeNull();
  });

  it('starts a draft from the default rubric with its veto rules; units cannot score against a draft', async () => {
    const year = NEXT_YEAR + 1;
    const { createRubricDraft: draft } = await client.ok<{ createRubricDraft: RubricView }>(
      `mutation($y: Int!) { createRubricDraft(year: $y) { ${RUBRIC_FIELDS} } }`,
      { y: year },
      admin(),
    );
    expect(draft.criteria.every((c) => c.previousCode === null)).toBe(true);
    expect(draft.vetoes.map((v) => v.code)).toEqual(['NO_STAFF_CONFERENCE', 'SERIOUS_VIOLATION']);
    expect(draft.bands).toEqual([
      { band: 'TOT', minTotal: 90 },
      { band: 'KHA', minTotal: 70 },
      { band: 'TRUNG_BINH', minTotal: 50 },
      { band: 'YEU', minTotal: 0 },
    ]);

    const { openReportingPeriod } = await client.ok<{ openReportingPeriod: { id: string } }>(
      `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
      { input: { year, kind: 'SIX_MONTH', windowStart: `${year - 1}-12-15`, windowEnd: `${year}-06-14`, dueOn: `${year}-06-20` } },
      admin(),
    );
    const unitId = w.a.unitIds[2];
    const token = w.a.people.reporters[2].accessToken;
    const sheet = await client.request(SHEET, { u: unitId, p: openReportingPeriod.id }, token);
    expect(errorOf(sheet)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_PUBLISHED_RUBRIC' });
    const saved = await client.request(SAVE, { input: { unitId, periodId: openReportingPeriod.id, expectedVersion: 0, scores: [] } }, token);
    expect(errorOf(saved)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_PUBLISHED_RUBRIC' });
  });
});

describe('a unit’s self-assessment, its suggestions and flags', () => {
  // The first unit of bloc 1, its reporter, and the bloc's reviewer.
  const unitId = () => w.a.unitIds[0];
  const reporter = () => w.a.people.reporters[0].accessToken;
  const sheetOf = async (periodId: string, token = reporter(), unit = unitId()) =>
    (await client.ok<{ scoringSheet: Sheet }>(SHEET, { u: unit, p: periodId }, token)).scoringSheet;
  let activity: Record<string, string>;

  beforeAll(async () => {
    const by = w.a.people.reporters[0].userId;
    const [briefing, conference, complaint1, complaint2, complaint3, outside, deleted] = await insertActivities(owner, w.a.provinceId, by, [
      { unitId: unitId(), kind: 'BRIEFING', occurredOn: `${WORLD_YEAR}-04-10`, figures: { sessions: 3, present: 30, eligible: 32 } },
      { unitId: unitId(), kind: 'STAFF_CONFERENCE', occurredOn: `${WORLD_YEAR}-01-20`, figures: { conferences: 1, regular: 1, present: 20, eligible: 22, boardsElected: 1 } },
      { unitId: unitId(), kind: 'COMPLAINT_CASE', occurredOn: `${WORLD_YEAR}-02-01`, figures: { cases: 1, inJurisdiction: 1, resolved: 1, resolvedInJurisdiction: 1 } },
      { unitId: unitId(), kind: 'COMPLAINT_CASE', occurredOn: `${WORLD_YEAR}-02-02`, figures: { cases: 1, inJurisdiction: 1, resolved: 1, resolvedInJurisdiction: 1 } },
      { unitId: unitId(), kind: 'COMPLAINT_CASE', occurredOn: `${WORLD_YEAR}-02-03`, figures: { cases: 1, inJurisdiction: 1, resolved: 0, resolvedInJurisdiction: 0 } },
      // Before the windows: counted nowhere, and evidence dated outside the period.
      { unitId: unitId(), kind: 'BRIEFING', occurredOn: `${WORLD_YEAR - 1}-11-01`, figures: { sessions: 1, present: 5, eligible: 50 } },
      { unitId: unitId(), kind: 'DISCLOSURE', occurredOn: `${WORLD_YEAR}-03-03`, figures: { disclosures: 1, planBudget: 1, personnel: 0 } },
    ]);
    await deleteActivityRow(owner, w.a.provinceId, deleted, by);
    const [sibling] = await insertActivities(owner, w.a.provinceId, w.a.people.reporters[1].userId, [
      { unitId: w.a.unitIds[1], kind: 'BRIEFING', occurredOn: `${WORLD_YEAR}-04-11`, figures: { sessions: 1, present: 9, eligible: 10 } },
    ]);
    const [inB] = await insertActivities(owner, w.b.provinceId, w.b.people.reporters[0].userId, [
      { unitId: w.b.unitIds[0], kind: 'BRIEFING', occurredOn: `${WORLD_YEAR}-04-11`, figures: { sessions: 1, present: 9, eligible: 10 } },
    ]);
    activity = { briefing, conference, complaint1, complaint2, complaint3, outside, deleted, sibling, inB };
  });

  it('suggests scores from the records: attendance, the staff conference, complaints resolved, no six-month review yet', async () => {
    const sheet = await sheetOf(w.a.yearPeriodId);
    // The world's briefing (15/16) and this one (30/32); the one before the window is left out.
    expect(sheet.measures).toMatchObject({
      BRIEFING_PRESENT: 45,
      BRIEFING_ELIGIBLE: 48,
      STAFF_CONFERENCES_HELD: 1,
      COMPLAINTS_IN_JURISDICTION: 3,
      COMPLAINTS_RESOLVED: 2,
      PLAN_BUDGET_DISCLOSURES: 0,
      SIX_MONTH_REVIEW_HELD: 0,
    });
    const suggested = Object.fromEntries(sheet.suggestions.map((s) => [codeOf(w.a.criteria, s.criterionId), [s.points, s.basis]]));
    expect(suggested).toMatchObject({
      '1.2': [8, 'Tỷ lệ dự 45/48 (94%)'],
      '6.1': [10, 'Đã tổ chức hội nghị CBCCVC'],
      '7.1': [0, 'Chưa sơ kết 6 tháng'],
      '7.2': [3.33, 'Đã giải quyết 2/3 (67%)'],
    });
    expect(sheet.suggestions.map((s) => codeOf(w.a.criteria, s.criterionId))).not.toContain('1.1');
    expect(sheet.flags.filter((f) => f.code === 'NO_SIX_MONTH_REVIEW')).toEqual([
      { code: 'NO_SIX_MONTH_REVIEW', criterionCode: '7.1', message: 'Đơn vị chưa tổ chức sơ kết 6 tháng đầu năm.', messageEn: 'The unit held no six-month review this year.' },
    ]);
    // The year report was submitted when the world was built: frozen, with the world's self-score.
    expect(sheet).toMatchObject({ frozen: true, rubric: { year: WORLD_YEAR, status: 'PUBLISHED' }, assessment: { total: w.a.selfScore, frozen: true } });
  });

  it('saves scores with evidence of the unit’s own activities only, and raises each flag its fixture calls for', async () => {
    const period = w.a.sixMonthPeriodId;
    const before = present((await sheetOf(period)).assessment);
    const scores = [
      // Full marks without evidence.
      { criterionId: idOf('1.1'), points: 7, comment: 'Có kế hoạch' },
      // Full marks with evidence: no flag for it.
      { criterionId: idOf('1.2'), points: 8, evidence: [{ activityId: activity.briefing }, { activityId: activity.briefing }] },
      // Scored while no consultation is recorded; the evidence (a briefing) is dated before the window.
      { criterionId: idOf('4.1'), points: 4, evidence: [{ activityId: activity.outside }] },
    ];
    const saved = await client.ok<{ saveSelfAssessment: Assessment }>(
      SAVE,
      { input: { unitId: unitId(), periodId: period, expectedVersion: before.version, scores } },
      reporter(),
    );
    expect(saved.saveSelfAssessment).toMatchObject({ total: 19, band: 'YEU', version: before.version + 1, frozen: false });
    expect(saved.saveSelfAssessment.scores.find((s) => s.criterionId === idOf('1.2'))?.evidence).toEqual([{ activityId: activity.briefing, evidenceFileId: null }]);

    const flags = (await sheetOf(period)).flags.map((f) => [f.code, f.criterionCode]);
    expect(flags).toEqual([
      ['FULL_MARKS_WITHOUT_EVIDENCE', '1.1'],
      ['SCORED_WITHOUT_ACTIVITY', '4.1'],
      ['EVIDENCE_OUTSIDE_WINDOW', '4.1'],
    ]);

    const refusedLink = async (evidence: unknown[]) =>
      errorOf(
        await client.request(
          SAVE,
          { input: { unitId: unitId(), periodId: period, expectedVersion: before.version + 1, scores: [{ criterionId: idOf('1.2'), points: 8, evidence }] } },
          reporter(),
        ),
      );
    expect(await refusedLink([{ activityId: activity.sibling }])).toMatchObject({ code: 'NOT_FOUND', field: 'evidence', activityId: activity.sibling });
    expect(await refusedLink([{ activityId: activity.deleted }])).toMatchObject({ code: 'NOT_FOUND', activityId: activity.deleted });
    expect(await refusedLink([{ activityId: activity.inB }])).toMatchObject({ code: 'NOT_FOUND', activityId: activity.inB });
    expect(await refusedLink([{ activityId: activity.briefing, evidenceFileId: activity.briefing }])).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusedLink([{ evidenceFileId: activity.briefing }])).toMatchObject({ code: 'NOT_FOUND', field: 'evidence', evidenceFileId: activity.briefing });
    // Points above the criterion's maximum.
    const tooMany = await client.request(
      SAVE,
      { input: { unitId: unitId(), periodId: period, expectedVersion: before.version + 1, scores: [{ criterionId: idOf('1.2'), points: 9 }] } },
      reporter(),
    );
    expect(errorOf(tooMany)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'points' });
  });

  it('lets exactly one of two saves from the same version win, and of more saves than the pool has connections', async () => {
    const period = w.a.sixMonthPeriodId;
    const version = present((await sheetOf(period)).assessment).version;
    const saveAt = (points: number) =>
      client.request<{ saveSelfAssessment: Assessment }>(
        SAVE,
        { input: { unitId: unitId(), periodId: period, expectedVersion: version, scores: [{ criterionId: idOf('1.1'), points }] } },
        reporter(),
      );
    const pair = await Promise.all([saveAt(1), saveAt(2)]);
    expect(pair.filter((r) => r.data?.saveSelfAssessment).length).toBe(1);
    expect(pair.map((r) => r.errors?.[0]?.extensions).filter(Boolean)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', reason: 'VERSION_MISMATCH', currentVersion: version + 1 }),
    ]);

    // 25 at once on a pool of 10: one wins, the others are told the version that won, none is lost silently.
    const many = await Promise.all(Array.from({ length: 25 }, (_, i) => (i % 7) + 0).map((p) => saveAtVersion(version + 1, p)));
    const winners = many.filter((r) => r.data?.saveSelfAssessment);
    expect(winners.length).toBe(1);
    expect(new Set(many.filter((r) => r.errors).map((r) => JSON.stringify([r.errors?.[0]?.extensions?.reason, r.errors?.[0]?.extensions?.currentVersion])))).toEqual(
      new Set([JSON.stringify(['VERSION_MISMATCH', version + 2])]),
    );
    const kept = present((await sheetOf(period)).assessment);
    expect(kept.version).toBe(version + 2);
    expect(kept.total).toBe(present(winners[0].data).saveSelfAssessment.total);

    function saveAtVersion(v: number, points: number) {
      return client.request<{ saveSelfAssessment: Assessment }>(
        SAVE,
        { input: { unitId: unitId(), periodId: period, expectedVersion: v, scores: [{ criterionId: idOf('1.1'), points }] } },
        reporter(),
      );
    }
  });

  it('refuses a reviewer before submission; submitReport freezes the self-score and holds the six-month review', async () => {
    const period = w.a.sixMonthPeriodId;
    const reviewer = w.a.people.reviewers[0].accessToken;
    const early = await client.request(REVIEW, { input: { unitId: unitId(), periodId: period, expectedVersion: 0, scores: [] } }, reviewer);
    expect(errorOf(early)).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_NOT_SUBMITTED' });

    // Every criterion scored: a blank one would stop the submission.
    const partial = present((await sheetOf(period)).assessment);
    const scores = w.a.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints }));
    await client.ok(SAVE, { input: { unitId: unitId(), periodId: period, expectedVersion: partial.version, scores } }, reporter());
    const saved = present((await sheetOf(period)).assessment);
    const { submitReport } = await client.ok<{ submitReport: { status: string; scoreTotal: number } }>(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { status scoreTotal } }`,
      { input: { unitId: unitId(), periodId: period } },
      w.a.people.heads[0].accessToken,
    );
    expect(submitReport).toEqual({ status: 'SUBMITTED', scoreTotal: saved.total });

    const frozen = await client.request(
      SAVE,
      { input: { unitId: unitId(), periodId: period, expectedVersion: saved.version, scores: [] } },
      reporter(),
    );
    expect(errorOf(frozen)).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_FROZEN' });
    expect(await sheetOf(period)).toMatchObject({ frozen: true, assessment: { frozen: true, version: saved.version } });

    // The year's sheet: the six-month review is now held.
    const year = await sheetOf(w.a.yearPeriodId);
    expect(year.measures['SIX_MONTH_REVIEW_HELD']).toBe(1);
    expect(year.suggestions.find((s) => s.criterionId === idOf('7.1'))).toEqual({ criterionId: idOf('7.1'), points: 5, basis: 'Đã sơ kết 6 tháng' });
    expect(year.flags.map((f) => f.code)).not.toContain('NO_SIX_MONTH_REVIEW');
  });

  it('keeps the reviewers’ scores beside the self-score, never over it, each review from its own version', async () => {
    const period = w.a.sixMonthPeriodId;
    const self = present((await sheetOf(period)).assessment);
    const review = (token: string, expectedVersion: number, points: number) =>
      client.request<{ saveReview: Assessment }>(
        REVIEW,
        { input: { unitId: unitId(), periodId: period, expectedVersion, scores: [{ criterionId: idOf('1.1'), points, comment: 'Minh chứng chưa đủ' }] } },
        token,
      );
    const first = present((await review(w.a.people.reviewers[0].accessToken, 0, 6)).data).saveReview;
    expect(first.reviewVersion).toBe(1);
    const selfPoints = present(self.scores.find((s) => s.criterionId === idOf('1.1'))).points;
    expect(first.scores.find((s) => s.criterionId === idOf('1.1'))).toMatchObject({ points: selfPoints, reviewerPoints: 6, reviewerComment: 'Minh chứng chưa đủ' });
    expect(errorOf(await review(w.a.people.committee.accessToken, 0, 5))).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH', currentVersion: 1 });
    const second = present((await review(w.a.people.committee.accessToken, 1, 5)).data).saveReview;
    expect(second.reviewVersion).toBe(2);
    // The other bloc's reviewer may not.
    expect(errorOf(await review(w.a.people.reviewers[1].accessToken, 2, 1))).toMatchObject({ code: 'FORBIDDEN' });

    const after = present((await sheetOf(period)).assessment);
    const selfScores = (a: Assessment) => a.scores.map((s) => ({ criterionId: s.criterionId, points: s.points, comment: s.comment, evidence: s.evidence }));
    expect(selfScores(after)).toEqual(selfScores(self));
    expect({ total: after.total, band: after.band, version: after.version }).toEqual({ total: self.total, band: self.band, version: self.version });
    expect(after.scores.find((s) => s.criterionId === idOf('1.1'))?.reviewerPoints).toBe(5);
  });

  it('shows a unit’s sheet to none of a sibling unit’s people, nor to another province', async () => {
    const sibling = w.a.people.reporters[1].accessToken;
    const bad = await client.request(SHEET, { u: unitId(), p: w.a.yearPeriodId }, sibling);
    expect(errorOf(bad)).toMatchObject({ code: 'FORBIDDEN' });
    const save = await client.request(SAVE, { input: { unitId: unitId(), periodId: w.a.sixMonthPeriodId, expectedVersion: 0, scores: [] } }, sibling);
    expect(errorOf(save)).toMatchObject({ code: 'FORBIDDEN' });
    const fromB = await client.request(SHEET, { u: unitId(), p: w.a.yearPeriodId }, w.b.people.committee.accessToken);
    expect(errorOf(fromB)).toMatchObject({ code: 'NOT_FOUND' });
    // B's own unit is untouched by all of the above.
    const bSheet = (await client.ok<{ scoringSheet: Sheet }>(SHEET, { u: w.b.unitIds[0], p: w.b.yearPeriodId }, w.b.people.committee.accessToken)).scoringSheet;
    expect(bSheet.measures).toMatchObject({ BRIEFING_PRESENT: 24, BRIEFING_ELIGIBLE: 26, STAFF_CONFERENCES_HELD: 0 });
  });
});

describe('a rise over last year on fewer activities', () => {
  it('is flagged against last year’s assessment of the same kind of period', async () => {
    const admin = w.a.people.admin.accessToken;
    // A new unit with a new reporter: nothing submitted yet, so both years can be scored.
    const { createOrgUnit } = await client.ok<{ createOrgUnit: { id: string } }>(
      `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
      { input: { parentId: w.a.blocs[1].id, code: 'DV-MOI', name: 'Đơn vị mới', kind: 'UNIT', unitType: 'AGENCY' } },
      admin,
    );
    const unitId = createOrgUnit.id;
    await client.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: 'baocao.moi', password: 'mat-khau-bao-cao-moi', displayName: 'Báo cáo mới', role: 'UNIT_REPORTER', orgUnitId: unitId } },
      admin,
    );
    const reporter = await client.signIn(w.a.code, 'baocao.moi', 'mat-khau-bao-cao-moi');
    const openReportingPeriod = { id: w.a.nextYearPeriodId }; // the world's open period of NEXT_YEAR
    await insertActivities(owner, w.a.provinceId, reporter.userId, [
      { unitId, kind: 'BRIEFING', occurredOn: `${WORLD_YEAR}-05-01`, figures: { sessions: 1, present: 10, eligible: 10 } },
      { unitId, kind: 'CONSULTATION', occurredOn: `${WORLD_YEAR}-05-02`, figures: { consultations: 1 } },
      { unitId, kind: 'DISCLOSURE', occurredOn: `${WORLD_YEAR}-05-03`, figures: { disclosures: 1, planBudget: 1, personnel: 0 } },
      { unitId, kind: 'BRIEFING', occurredOn: `${NEXT_YEAR}-01-10`, figures: { sessions: 1, present: 10, eligible: 10 } },
    ]);
    const allOf = (criteria: { id: string; maxPoints: number }[], share: number) =>
      criteria.map((c) => ({ criterionId: c.id, points: Math.round(c.maxPoints * share * 100) / 100 }));
    await client.ok(SAVE, { input: { unitId, periodId: w.a.yearPeriodId, expectedVersion: 0, scores: allOf(w.a.criteria, 0.5) } }, reporter.accessToken);

    const { rubric } = await client.ok<{ rubric: RubricView }>(`query($y: Int!) { rubric(year: $y) { ${RUBRIC_FIELDS} } }`, { y: NEXT_YEAR }, admin);
    const leaves = rubric.criteria.filter((c) => !rubric.criteria.some((child) => child.parentCode === c.code));
    // 1.1 is scored through its sub-criteria (this year's draft split it).
    const parent = present(rubric.criteria.find((c) => c.code === '1.1'));
    const onParent = await client.request(
      SAVE,
      { input: { unitId, periodId: openReportingPeriod.id, expectedVersion: 0, scores: [{ criterionId: parent.id, points: 7 }] } },
      reporter.accessToken,
    );
    expect(errorOf(onParent)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SCORED_THROUGH_SUB_CRITERIA' });
    const saved = await client.ok<{ saveSelfAssessment: Assessment }>(
      SAVE,
      { input: { unitId, periodId: openReportingPeriod.id, expectedVersion: 0, scores: allOf(leaves, 1) } },
      reporter.accessToken,
    );
    // No staff conference recorded: the 2026 rubric's default veto rule caps the band.
    expect(saved.saveSelfAssessment).toMatchObject({ total: 100, band: 'TRUNG_BINH', vetoes: [{ code: 'NO_STAFF_CONFERENCE' }] });

    const { scoringSheet } = await client.ok<{ scoringSheet: Sheet }>(SHEET, { u: unitId, p: openReportingPeriod.id }, reporter.accessToken);
    expect(scoringSheet.lastYearTotal).toBe(50);
    expect(scoringSheet.flags.filter((f) => f.code === 'JUMP_ON_FEWER_ACTIVITIES')).toEqual([
      {
        code: 'JUMP_ON_FEWER_ACTIVITIES',
        criterionCode: null,
        message: 'Tổng điểm tăng từ 50 lên 100 so với năm trước, trong khi số hoạt động giảm từ 3 xuống 1.',
        messageEn: 'The total rose from 50 to 100 over last year while the activities fell from 3 to 1.',
      },
    ]);
  });
});
