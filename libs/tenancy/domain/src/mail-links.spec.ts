import { AppError } from '@qcdc/shared/contracts';
import { assertLinkUsable, formatLinkToken, parseLinkToken, proposeUsername } from './mail-links';

const now = new Date('2026-06-20T02:00:00Z');
const later = new Date('2026-06-27T02:00:00Z');
const codeOf = (f: () => void) => {
  try {
    f();
    return 'usable';
  } catch (error) {
    return (error as AppError).code;
  }
};

describe('links sent by mail', () => {
  it('round-trip their token and refuse anything else', () => {
    const parts = { tenantId: '0b6f1c1e-0000-4000-8000-000000000001', tokenId: '0b6f1c1e-0000-4000-8000-000000000002', secret: 'a'.repeat(43) };
    expect(parseLinkToken(formatLinkToken(parts))).toEqual(parts);
    expect(parseLinkToken(`${formatLinkToken(parts)}x`)).toBeNull();
    expect(parseLinkToken('moi')).toBeNull();
  });

  it.each([
    ['unknown', null, 'LINK_INVALID'],
    ['replaced by a newer one', { expiresAt: later, usedAt: null, revokedAt: now }, 'LINK_INVALID'],
    ['used', { expiresAt: later, usedAt: now, revokedAt: null }, 'LINK_USED'],
    ['used and expired: used is what helps', { expiresAt: now, usedAt: now, revokedAt: null }, 'LINK_USED'],
    ['expired at this very instant', { expiresAt: now, usedAt: null, revokedAt: null }, 'LINK_EXPIRED'],
    ['good until later', { expiresAt: later, usedAt: null, revokedAt: null }, 'usable'],
  ])('a link %s: %s', (_, link, expected) => {
    expect(codeOf(() => assertLinkUsable('INVITATION', link, now))).toBe(expected);
  });

  it('tell an invited person whom to ask for a new one', () => {
    expect(() => assertLinkUsable('INVITATION', { expiresAt: now, usedAt: null, revokedAt: null }, now)).toThrow(
      'Lời mời đã hết hạn. Hãy đề nghị quản trị viên của tỉnh gửi lời mời mới.',
    );
  });

  it.each([
    ['Nguyễn.Đức-Hoà@coquan.gov.vn', 'nguyen.duc-hoa'],
    ['an@x.vn', 'anuser'],
    ['ab+tag@x.vn', 'abtag'],
    [`${'a'.repeat(80)}@x.vn`, 'a'.repeat(56)],
  ])('propose a username from %s', (email, expected) => {
    expect(proposeUsername(email)).toBe(expected);
  });
});
