import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { GatewayClient, ProvinceScenario, buildProvinceScenario, eventually, ownerClient, submitUnitReport } from '@qcdc/shared/testing';

const SCHEDULE = `query($p: ID!) { reminderSchedule(periodId: $p) { periodId offsets isDefault milestones { offset name on kind optional } } }`;
const SAVE = `mutation($input: SaveReminderScheduleInput!) { saveReminderSchedule(input: $input) { offsets isDefault } }`;
const NOTIFICATIONS = `{ myNotifications { id title readAt } unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;
const PREFERENCES = `{ notificationPreferences { quietStart quietEnd optOut } }`;
const SAVE_PREFERENCES = `mutation($input: NotificationPreferencesInput!) { saveNotificationPreferences(input: $input) { quietStart quietEnd optOut } }`;

/**
 * The reminders through the gateway: the committee and the admin read and set a period's schedule (bad ones
 * refused with the reason, nothing saved); a person reads and marks only their own notifications; quiet
 * hours are both or neither; and a submission, through the outbox and the worker's `reminders` consumer,
 * marks the unit's reminders read.
 */
describe('deadline reminders through the gateway', () => {
  const client = new GatewayClient();
  let owner: Client;
  let a: ProvinceScenario;
  let b: ProvinceScenario;
  const userOf = async (token: string) => (await client.ok<{ me: { userId: string } }>(`{ me { userId } }`, {}, token)).me.userId;
  const notify = async (p: ProvinceScenario, userId: string, unitId: string, title: string): Promise<string> =>
    (
      await owner.query(
        `INSERT INTO reminders.notifications (tenant_id, user_id, period_id, unit_id, kind, milestone, title, body)
         VALUES ($1, $2, $3, $4, 'REMINDER', 'T-7', $5, 'Đơn vị chưa nộp báo cáo') RETURNING id`,
        [p.provinceId, userId, p.periodId, unitId, title],
      )
    ).rows[0].id;

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    a = await buildProvinceScenario(client, platform);
    b = await buildProvinceScenario(client, platform);
  });

  afterAll(() => owner.end());

  it('shows the default schedule until one is saved, and lets the committee set another', async () => {
    const { reminderSchedule } = await client.ok<{ reminderSchedule: { isDefault: boolean; offsets: number[]; milestones: { name: string; optional: boolean }[] } }>(
      SCHEDULE,
      { p: a.periodId },
      a.tokens.committee,
    );
    expect(reminderSchedule.isDefault).toBe(true);
    expect(reminderSchedule.milestones.map((m) => [m.name, m.optional])).toEqual([
      ['T-14', true],
      ['T-7', true],
      ['T-3', true],
      ['T-0', false],
      ['T+3', false],
    ]);
    expect(await client.ok(SAVE, { input: { periodId: a.periodId, offsets: [0, -10] } }, a.tokens.committee)).toEqual({
      saveReminderSchedule: { offsets: [-10, 0], isDefault: false },
    });
    expect((await client.ok<{ reminderSchedule: { offsets: number[] } }>(SCHEDULE, { p: b.periodId }, b.tokens.admin)).reminderSchedule.offsets).toEqual([-14, -7, -3, 0, 3]);
  });

  it.each([
    ['no milestone', [], 'NO_MILESTONES'],
    ['a milestone twice', [-7, -7], 'MILESTONE_REPEATED'],
    ['a milestone more than 90 days after the due date', [-7, 91], 'MILESTONE_TOO_LATE'],
  ])('refuses a schedule with %s, saying why, and keeps the saved one', async (_name, offsets, reason) => {
    const answer = await client.request(SAVE, { input: { periodId: a.periodId, offsets } }, a.tokens.admin);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offsets', reason });
    expect(answer.errors?.[0]?.message).toMatch(/mốc/);
    expect((await client.ok<{ reminderSchedule: { offsets: number[] } }>(SCHEDULE, { p: a.periodId }, a.tokens.admin)).reminderSchedule.offsets).toEqual([-10, 0]);
  });

  it('takes milestones long after the due date, and refuses any schedule for a closed period', async () => {
    expect(await client.ok(SAVE, { input: { periodId: a.periodId, offsets: [-10, 0, 3, 30] } }, a.tokens.admin)).toEqual({
      saveReminderSchedule: { offsets: [-10, 0, 3, 30], isDefault: false },
    });
    await client.ok(`mutation($periodId: ID!) { closeReportingPeriod(periodId: $periodId) { status } }`, { periodId: a.periodId }, a.tokens.admin);
    try {
      const answer = await client.request(SAVE, { input: { periodId: a.periodId, offsets: [-10, 0] } }, a.tokens.admin);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodId', reason: 'PERIOD_CLOSED' });
      expect(answer.errors?.[0]?.message).toMatch(/mở lại kỳ/);
      const shown = await client.ok<{ reminderSchedule: { period: { status: string; dueOn: string } } }>(
        `query($p: ID!) { reminderSchedule(periodId: $p) { period { status dueOn } } }`,
        { p: a.periodId },
        a.tokens.committee,
      );
      expect(shown.reminderSchedule.period.status).toBe('CLOSED');
    } finally {
      await client.ok(`mutation($periodId: ID!) { reopenReportingPeriod(periodId: $periodId) { status } }`, { periodId: a.periodId }, a.tokens.admin);
    }
    expect((await client.ok<{ reminderSchedule: { offsets: number[] } }>(SCHEDULE, { p: a.periodId }, a.tokens.admin)).reminderSchedule.offsets).toEqual([-10, 0, 3, 30]);
  });

  it('lets no unit reporter nor reviewer set the schedule', async () => {
    for (const token of [a.tokens.reporters[0], a.tokens.blocReviewer]) {
      const answer = await client.request(SAVE, { input: { periodId: a.periodId, offsets: [-1] } }, token);
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('shows a person only their own notifications, and marks only their own read', async () => {
    const mine = await userOf(a.tokens.reporters[0]);
    const theirs = await userOf(a.tokens.reporters[1]);
    const [first] = [await notify(a, mine, a.unitIds[0], 'Nhắc nộp 1'), await notify(a, mine, a.unitIds[0], 'Nhắc nộp 2')];
    const other = await notify(a, theirs, a.unitIds[1], 'Của người khác');
    const seen = await client.ok<{ myNotifications: { id: string; title: string }[]; unreadNotificationCount: number }>(NOTIFICATIONS, {}, a.tokens.reporters[0]);
    expect(seen.myNotifications.map((n) => n.title).sort()).toEqual(['Nhắc nộp 1', 'Nhắc nộp 2']);
    expect(seen.unreadNotificationCount).toBe(2);

    const foreign = await client.request(MARK, { ids: [first, other] }, a.tokens.reporters[0]);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'ids' });
    expect((await owner.query(`SELECT count(*)::int AS n FROM reminders.notifications WHERE id = ANY($1) AND read_at IS NOT NULL`, [[first, other]])).rows[0].n).toBe(0);

    expect(await client.ok(MARK, { ids: [first] }, a.tokens.reporters[0])).toEqual({ markNotificationsRead: 1 });
    expect(await client.ok(MARK, { all: true }, a.tokens.reporters[0])).toEqual({ markNotificationsRead: 0 });
    expect(await client.ok(`{ unreadNotificationCount }`, {}, a.tokens.reporters[1])).toEqual({ unreadNotificationCount: 1 });
  });

  it('keeps quiet hours both or neither, as HH:MM', async () => {
    expect(await client.ok(PREFERENCES, {}, a.tokens.heads[0])).toEqual({ notificationPreferences: { quietStart: null, quietEnd: null, optOut: false } });
    const half = await client.request(SAVE_PREFERENCES, { input: { quietStart: '22:00', quietEnd: null, optOut: false } }, a.tokens.heads[0]);
    expect(half.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quietEnd' });
    const wrong = await client.request(SAVE_PREFERENCES, { input: { quietStart: '25:00', quietEnd: '06:00', optOut: false } }, a.tokens.heads[0]);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quietStart' });
    expect(await client.ok(SAVE_PREFERENCES, { input: { quietStart: '22:00', quietEnd: '06:30', optOut: true } }, a.tokens.heads[0])).toEqual({
      saveNotificationPreferences: { quietStart: '22:00', quietEnd: '06:30', optOut: true },
    });
    expect(await client.ok(PREFERENCES, {}, a.tokens.heads[1])).toEqual({ notificationPreferences: { quietStart: null, quietEnd: null, optOut: false } });
  });

  it('marks a unit’s reminders read the moment it submits (the worker’s reminders consumer)', async () => {
    const reporter = await userOf(b.tokens.reporters[0]);
    await notify(b, reporter, b.unitIds[0], 'Nhắc nộp');
    expect(await client.ok(`{ unreadNotificationCount }`, {}, b.tokens.reporters[0])).toEqual({ unreadNotificationCount: 1 });
    await client.ok(
      `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total } }`,
      { input: { unitId: b.unitIds[0], periodId: b.periodId, scores: b.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints })), expectedVersion: 0 } },
      b.tokens.reporters[0],
    );
    await submitUnitReport(client, { reporter: b.tokens.reporters[0], head: b.tokens.heads[0] }, b.unitIds[0], b.periodId);
    await eventually(
      () => client.ok<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, b.tokens.reporters[0]),
      (r) => r.unreadNotificationCount === 0,
      15_000,
    );
  });
});
