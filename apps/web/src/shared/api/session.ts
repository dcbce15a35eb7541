// The signed-in session: tokens live in sessionStorage, so closing the browser signs the official out
// (shared office PCs) while a page reload keeps them signed in.
const ACCESS = 'qcdc.accessToken';
const REFRESH = 'qcdc.refreshToken';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export function loadTokens(): Tokens | null {
  const accessToken = sessionStorage.getItem(ACCESS);
  const refreshToken = sessionStorage.getItem(REFRESH);
  return accessToken && refreshToken ? { accessToken, refreshToken } : null;
}

export function saveTokens(tokens: Tokens): void {
  sessionStorage.setItem(ACCESS, tokens.accessToken);
  sessionStorage.setItem(REFRESH, tokens.refreshToken);
}

export function clearTokens(): void {
  sessionStorage.removeItem(ACCESS);
  sessionStorage.removeItem(REFRESH);
}
