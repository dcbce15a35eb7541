import type { ReactNode } from 'react';
import { useLang } from '../../shared/i18n';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { MAIN_ID } from '../../shared/ui/SkipLink';

/** The province chosen last time on this PC: an office PC almost always serves one province. */
export const LAST_PROVINCE = 'qcdc.lastProvince';

/** Remembers the province, so the sign-in screen offers it (after accepting an invitation, say). */
export function rememberProvince(code: string): void {
  localStorage.setItem(LAST_PROVINCE, code);
}

/** The frame of the screens before sign-in: the sign-in screen, an invitation, a password reset. */
export function PublicPage({ children }: { children: ReactNode }) {
  const { t } = useLang();
  return (
    <main className="login" id={MAIN_ID} tabIndex={-1}>
      <div className="login-top">
        <LanguageSwitch />
      </div>
      <h1>{t('appTitle')}</h1>
      {children}
    </main>
  );
}
