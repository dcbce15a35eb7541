import { UUID_PATTERN, badInput } from '@qcdc/shared/contracts';

/** The platform's own tenant: its users are the platform admins. */
export const PLATFORM_TENANT_CODE = 'platform';

export function normaliseUsername(username: string): string {
  const u = username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,64}$/.test(u)) {
    throw badInput(
      'Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.',
      'A username has 3–64 characters: letters without diacritics, digits, ".", "-" or "_".',
      { field: 'username' },
    );
  }
  return u;
}

export function normaliseProvinceCode(code: string): string {
  const c = code.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]{1,31}$/.test(c)) {
    throw badInput(
      'Mã tỉnh gồm 2–32 ký tự: chữ thường không dấu, số hoặc gạch ngang, ví dụ "vinh-long".',
      'A province code has 2–32 characters: lower-case letters, digits or "-", e.g. "vinh-long".',
      { field: 'code' },
    );
  }
  return c;
}

/** A password must be long rather than clever: at least 10 characters, not only digits. */
export function assertPasswordAcceptable(password: string): void {
  if (password.length < 10 || /^\d+$/.test(password)) {
    throw badInput(
      'Mật khẩu cần ít nhất 10 ký tự và không chỉ gồm chữ số.',
      'A password needs at least 10 characters and not only digits.',
      { field: 'password' },
    );
  }
}

/**
 * A refresh token names its tenant and its row, so it can be checked under row-level security, plus a
 * random secret of which only a hash is stored: `<tenantId>.<tokenId>.<secret>`.
 */
export interface RefreshTokenParts {
  tenantId: string;
  tokenId: string;
  secret: string;
}

const REFRESH = new RegExp(`^(${UUID_PATTERN})\\.(${UUID_PATTERN})\\.([A-Za-z0-9_-]{43})$`);

export function formatRefreshToken(parts: RefreshTokenParts): string {
  return `${parts.tenantId}.${parts.tokenId}.${parts.secret}`;
}

export function parseRefreshToken(token: string): RefreshTokenParts | null {
  const m = REFRESH.exec(token);
  return m ? { tenantId: m[1], tokenId: m[2], secret: m[3] } : null;
}
