import { callerFromClaims, claimsFromCaller } from './access-token';

const SESSION = { id: '0b7f1c7e-9a39-4d47-9a3e-3b1d1c1f6a10', accessVersion: 3 };
const caller = {
  userId: 'u-1',
  tenantId: 't-1',
  memberships: [{ role: 'UNIT_REPORTER' as const, orgUnitId: 'unit-1' }],
};

describe('access token claims', () => {
  it('carry the caller, the session and the access version there and back', () => {
    expect(callerFromClaims(claimsFromCaller(caller, SESSION))).toEqual({ ...caller, session: SESSION });
  });

  it.each([
    ['no session', { sid: undefined }],
    ['a session that is not a UUID', { sid: 'phien-1' }],
    ['no access version', { av: undefined }],
    ['an access version that is not an integer', { av: 1.5 }],
    ['another type of token', { typ: 'refresh' }],
    ['an unknown role', { mem: [{ r: 'KING', u: null }] }],
  ])('refuse a token with %s (it could not be stopped, or is not ours)', (_name, change) => {
    expect(callerFromClaims({ ...claimsFromCaller(caller, SESSION), ...change } as never)).toBeNull();
  });
});
