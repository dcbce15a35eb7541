import { AppError, UUID_PATTERN } from '@qcdc/shared/contracts';

/**
 * Links sent by mail: an invitation (accept it, choose a username and a password) and a password reset. The
 * token in the link names its tenant and its row, so it can be checked under row-level security, plus a random
 * secret of which only a hash is stored: `<tenantId>.<tokenId>.<secret>` (URL-safe as it is).
 */
export const LINK_PURPOSES = ['INVITATION', 'PASSWORD_RESET'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/** How long a link works: an invitation a week (people read mail late), a reset an hour (it opens an account). */
export const LINK_LIFETIME_MS: Record<LinkPurpose, number> = {
  INVITATION: 7 * 24 * 3600 * 1000,
  PASSWORD_RESET: 3600 * 1000,
};

/** The web app's screen each link opens, relative to WEB_PUBLIC_URL. */
export const LINK_PATH: Record<LinkPurpose, string> = {
  INVITATION: 'moi',
  PASSWORD_RESET: 'dat-lai-mat-khau',
};

export interface LinkTokenParts {
  tenantId: string;
  tokenId: string;
  secret: string;
}

const LINK = new RegExp(`^(${UUID_PATTERN})\\.(${UUID_PATTERN})\\.([A-Za-z0-9_-]{43})$`);

export function formatLinkToken(parts: LinkTokenParts): string {
  return `${parts.tenantId}.${parts.tokenId}.${parts.secret}`;
}

export function parseLinkToken(token: string): LinkTokenParts | null {
  const m = LINK.exec(token.trim());
  return m ? { tenantId: m[1], tokenId: m[2], secret: m[3] } : null;
}

/** What is known of a link's row when it is opened (null: no such row, or the secret does not match). */
export interface LinkState {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

const MESSAGES = {
  INVITATION: {
    LINK_INVALID: {
      vi: 'Liên kết mời không đúng hoặc đã được thay bằng lời mời mới hơn. Hãy mở liên kết trong thư mời mới nhất, hoặc đề nghị quản trị viên của tỉnh gửi lời mời mới.',
      en: 'This invitation link is wrong or was replaced by a newer one. Open the link in the latest invitation mail, or ask your province administrator to invite you again.',
    },
    LINK_USED: {
      vi: 'Lời mời này đã được dùng để đặt mật khẩu. Hãy đăng nhập bằng tên đăng nhập và mật khẩu đã đặt; nếu quên, hãy chọn "Quên mật khẩu".',
      en: 'This invitation was used already to set a password. Sign in with the username and password you chose; if you forgot them, choose "Forgot password".',
    },
    LINK_EXPIRED: {
      vi: 'Lời mời đã hết hạn. Hãy đề nghị quản trị viên của tỉnh gửi lời mời mới.',
      en: 'The invitation has expired. Ask your province administrator to invite you again.',
    },
  },
  PASSWORD_RESET: {
    LINK_INVALID: {
      vi: 'Liên kết đặt lại mật khẩu không đúng hoặc đã được thay bằng liên kết mới hơn. Hãy mở liên kết trong thư mới nhất, hoặc yêu cầu đặt lại mật khẩu một lần nữa.',
      en: 'This password reset link is wrong or was replaced by a newer one. Open the link in the latest mail, or ask for a password reset again.',
    },
    LINK_USED: {
      vi: 'Liên kết này đã được dùng để đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu mới, hoặc yêu cầu đặt lại mật khẩu một lần nữa.',
      en: 'This link was used already to set a new password. Sign in with it, or ask for a password reset again.',
    },
    LINK_EXPIRED: {
      vi: 'Liên kết đặt lại mật khẩu đã hết hạn. Hãy yêu cầu đặt lại mật khẩu một lần nữa.',
      en: 'The password reset link has expired. Ask for a password reset again.',
    },
  },
} as const;

/** The error for a link that cannot be used, saying what is wrong and what to do next. */
export function linkRefused(purpose: LinkPurpose, code: 'LINK_INVALID' | 'LINK_USED' | 'LINK_EXPIRED'): AppError {
  return new AppError(code, MESSAGES[purpose][code], { purpose });
}

/**
 * Checks a link when it is opened or used: unknown (or replaced) first, then used, then expired; a link that
 * was used says so even after its expiry, which is the more useful thing to hear.
 */
export function assertLinkUsable(purpose: LinkPurpose, link: LinkState | null, now: Date): void {
  if (!link || link.revokedAt) throw linkRefused(purpose, 'LINK_INVALID');
  if (link.usedAt) throw linkRefused(purpose, 'LINK_USED');
  if (link.expiresAt.getTime() <= now.getTime()) throw linkRefused(purpose, 'LINK_EXPIRED');
}

/**
 * A username to propose for an invited person, from their email's local part: lower-case, without
 * diacritics (đ as d), only the characters a username may have, 3–64 long.
 */
export function proposeUsername(email: string): string {
  const local = email.trim().split('@')[0] ?? '';
  const plain = local
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, '');
  // 56 leaves room for a number when the name is taken (`nguyen.van.a2`).
  return (plain.length >= 3 ? plain : `${plain}user`).slice(0, 56);
}
