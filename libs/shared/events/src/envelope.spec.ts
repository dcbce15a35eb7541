import { randomUUID } from 'node:crypto';
import { CONSUMERS, EVENTS, EVENT_NAMES, subscribersOf } from './catalogue';
import { EventEnvelope, InvalidEventError, checkPayload, jobIdOf, parseEnvelope } from './envelope';

const submitted: EventEnvelope<'report.submitted'> = {
  eventId: randomUUID(),
  name: 'report.submitted',
  version: 1,
  tenantId: randomUUID(),
  occurredAt: '2026-12-01T03:00:00.000Z',
  payload: {
    reportId: randomUUID(),
    unitId: randomUUID(),
    periodId: randomUUID(),
    submittedAt: '2026-12-01T10:00:00+07:00',
    late: false,
    scoreTotal: 91,
    band: 'TOT',
    snapshotId: randomUUID(),
    number: 1,
    renderJobId: randomUUID(),
    criteria: {},
  },
};

describe('the event catalogue', () => {
  it('gives every event a version and every consumer only events it knows', () => {
    for (const name of EVENT_NAMES) expect(EVENTS[name].version).toBeGreaterThanOrEqual(1);
    for (const events of Object.values(CONSUMERS)) for (const name of events) expect(EVENT_NAMES).toContain(name);
    expect(subscribersOf('report.submitted')).toEqual(['rollups', 'documents']);
    expect(subscribersOf('audit.recorded')).toEqual(['audit']);
    expect(subscribersOf('user.invited')).toEqual(['mail']);
    expect(subscribersOf('nobody.listens')).toEqual([]);
    expect(subscribersOf('report.submitted', { rollups: ['report.submitted'], audit: ['report.submitted'], documents: [], mail: [] })).toEqual([
      'rollups',
      'audit',
    ]);
  });

  it('names a job after its consumer and event, without the ":" BullMQ refuses', () => {
    expect(jobIdOf('audit', submitted.eventId)).toBe(`audit.${submitted.eventId}`);
    expect(jobIdOf('audit', submitted.eventId)).not.toContain(':');
  });
});

describe('checkPayload (on publish)', () => {
  it('returns a valid payload as the schema outputs it, dropping unknown fields', () => {
    const extra = { ...submitted.payload, type: 'report.submitted', tenantId: submitted.tenantId };
    expect(checkPayload('report.submitted', extra)).toEqual(submitted.payload);
  });

  it('reads payloads written before a field was added with its default (criteria {}, effectiveOn null)', () => {
    const { criteria: _criteria, ...old } = submitted.payload;
    expect(checkPayload('report.submitted', old as typeof submitted.payload).criteria).toEqual({});
    const unit = { unitId: randomUUID(), code: 'DV1', name: 'Đơn vị 1', kind: 'UNIT', unitType: 'AGENCY', blocId: null, blocName: null };
    expect(checkPayload('org-unit.upserted', unit as EventEnvelope<'org-unit.upserted'>['payload'])).toMatchObject({ effectiveOn: null, expectedFrom: null });
  });

  it.each([
    ['criteria points that are text', { criteria: { '1.1': '4' } }, /criteria/],
    ['a score that is text', { scoreTotal: '91' }, /scoreTotal/],
    ['an unknown band', { band: 'XUAT_SAC' }, /band/],
    ['a unit id that is no UUID', { unitId: 'DV-1' }, /unitId/],
    ['a date without a time', { submittedAt: '2026-12-01' }, /submittedAt/],
    ['a missing field', { late: undefined }, /late/],
  ])('throws InvalidEventError for %s', (_, change, field) => {
    const payload = { ...submitted.payload, ...change } as EventEnvelope<'report.submitted'>['payload'];
    expect(() => checkPayload('report.submitted', payload)).toThrow(InvalidEventError);
    expect(() => checkPayload('report.submitted', payload)).toThrow(field);
  });

  it('refuses an audit entry whose object does not match its action', () => {
    const entry = {
      actor: { userId: randomUUID(), role: 'UNIT_REPORTER' as const, orgUnitId: randomUUID() },
      action: 'report.submit' as const,
      object: { type: 'user' as const, id: randomUUID() },
      before: null,
      after: { status: 'SUBMITTED' },
      requestId: 'req-1',
    };
    expect(() => checkPayload('audit.recorded', entry)).toThrow(/object.type: the object type does not match the action/);
    expect(checkPayload('audit.recorded', { ...entry, object: { ...entry.object, type: 'report' } }).object.type).toBe('report');
  });
});

describe('parseEnvelope (on consume)', () => {
  it('accepts a valid envelope of a subscribed event', () => {
    expect(parseEnvelope('rollups', submitted)).toEqual({ ok: true, envelope: submitted });
  });

  it.each([
    ['rollups', { ...submitted, name: 'report.deleted' }, 'unknown event "report.deleted"'],
    ['audit', submitted, 'audit does not subscribe to "report.submitted"'],
    ['rollups', { ...submitted, version: 3 }, '"report.submitted" v3 is unknown; the catalogue has v1'],
    ['rollups', { ...submitted, tenantId: undefined }, 'envelope: tenantId'],
    ['rollups', { ...submitted, eventId: '42' }, 'envelope: eventId'],
    ['rollups', { ...submitted, payload: { ...submitted.payload, late: 'no' } }, 'payload of "report.submitted" v1: late'],
    ['rollups', null, 'envelope: (root)'],
  ] as const)('refuses for %s: %j', (consumer, data, reason) => {
    const parsed = parseEnvelope(consumer, data);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.reason).toContain(reason);
  });
});
