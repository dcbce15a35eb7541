import { TenantRow } from './provinces/tenant.repository';
import { UserWithMemberships } from './users/user.repository';
import { toUser, toViewer } from './to-graphql';

const unit = { id: 'u1', code: 'DV1', name: 'Đơn vị 1', kind: 'UNIT', unitType: 'AGENCY', parentId: 'b1', openedOn: null, closedOn: null, mergedIntoId: null, splitFromId: null, expectedFrom: null, reviewedById: null } as const;
const user: UserWithMemberships = {
  id: 'user-1',
  username: 'baocao1',
  displayName: 'Nguyễn Văn A',
  email: null,
  active: true,
  passwordHash: '$argon2id$secret',
  accessVersion: 1,
  memberships: [{ role: 'UNIT_REPORTER', orgUnit: unit }],
};
const province: TenantRow = { id: 't1', code: 'quang-tri', name: 'Quảng Trị', kind: 'PROVINCE', status: 'ACTIVE', createdAt: new Date(0), settings: {} };

describe('tenancy rows as the API shows them', () => {
  it('a user: every field but the password hash, with the memberships', () => {
    const shown = toUser(user);
    expect(shown).not.toHaveProperty('passwordHash');
    expect(shown).toEqual({
      id: 'user-1',
      username: 'baocao1',
      displayName: 'Nguyễn Văn A',
      email: null,
      active: true,
      invitationPending: false,
      memberships: [{ role: 'UNIT_REPORTER', orgUnit: unit }],
    });
  });

  it('an invited user who has not accepted: pending, which the hash (none yet) says', () => {
    expect(toUser({ ...user, passwordHash: null }).invitationPending).toBe(true);
  });

  it('the viewer: the province as the login screen lists it (no status, no dates)', () => {
    const viewer = toViewer({ user, province, memberships: user.memberships });
    expect(viewer).toEqual({
      userId: 'user-1',
      username: 'baocao1',
      displayName: 'Nguyễn Văn A',
      province: { id: 't1', code: 'quang-tri', name: 'Quảng Trị' },
      memberships: user.memberships,
    });
  });
});
