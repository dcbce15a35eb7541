import { Caller } from '@qcdc/shared/contracts';
import { AUDIT_PAGE_LIMITS, assertMayReadAuditLog, auditQueryOf } from './audit-query';

const caller = (...roles: Caller['memberships'][number]['role'][]): Caller => ({
  userId: '11111111-1111-4111-8111-111111111111',
  tenantId: '22222222-2222-4222-8222-222222222222',
  memberships: roles.map((role) => ({ role, orgUnitId: role === 'PLATFORM_ADMIN' ? null : '33333333-3333-4333-8333-333333333333' })),
});

describe('assertMayReadAuditLog', () => {
  it.each([
    [['PROVINCE_ADMIN'], true],
    [['PLATFORM_ADMIN'], true],
    [['UNIT_REPORTER', 'PROVINCE_ADMIN'], true],
    [['PROVINCE_COMMITTEE'], false],
    [['BLOC_REVIEWER'], false],
    [['UNIT_REPORTER'], false],
    [['UNIT_HEAD'], false],
    [[], false],
  ] as const)('%j may read: %s', (roles, allowed) => {
    const check = () => assertMayReadAuditLog(caller(...roles));
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('auditQueryOf', () => {
  it('defaults to the first page of 50, unfiltered', () => {
    expect(auditQueryOf(null, null)).toEqual({
      userId: null,
      objectType: null,
      objectId: null,
      since: null,
      until: null,
      size: AUDIT_PAGE_LIMITS.defaultSize,
      offset: 0,
    });
  });

  it('turns Vietnam calendar days into a half-open range of instants, the last day included', () => {
    const q = auditQueryOf({ from: '2026-12-31', to: '2026-12-31' }, { size: 100, offset: 10_000 });
    expect([q.since, q.until, q.size, q.offset]).toEqual(['2026-12-31T00:00:00+07:00', '2027-01-01T00:00:00+07:00', 100, 10_000]);
    expect(auditQueryOf({ to: '2028-02-28' }, null).until).toBe('2028-02-29T00:00:00+07:00');
  });

  it('trims the filter and treats blanks as absent', () => {
    const q = auditQueryOf({ userId: ' 11111111-1111-4111-8111-111111111111 ', objectType: ' report ', objectId: '  ', from: '' }, {});
    expect([q.userId, q.objectType, q.objectId, q.since]).toEqual(['11111111-1111-4111-8111-111111111111', 'report', null, null]);
  });

  it.each([
    [{ userId: 'admin' }, {}, 'userId'],
    [{ objectType: 'password-hash' }, {}, 'objectType'],
    [{ objectId: 'x'.repeat(101) }, {}, 'objectId'],
    [{ objectId: 'a\u0000b' }, {}, 'objectId'],
    [{ from: '2026-02-29' }, {}, 'from'],
    [{ to: '31/12/2026' }, {}, 'to'],
    [{ from: '1999-12-31' }, {}, 'from'],
    [{ from: '2026-05-02', to: '2026-05-01' }, {}, 'to'],
    [{}, { size: 0 }, 'size'],
    [{}, { size: 101 }, 'size'],
    [{}, { size: 2.5 }, 'size'],
    [{}, { offset: -1 }, 'offset'],
    [{}, { offset: 10_001 }, 'offset'],
  ])('refuses %j %j with BAD_USER_INPUT on %s', (filter, page, field) => {
    expect(() => auditQueryOf(filter, page)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field }) }));
  });
});
