import { useLang } from '../i18n';

/** The id of every screen's <main>: where the skip link goes. */
export const MAIN_ID = 'noi-dung-chinh';

/**
 * "Bỏ qua, đến nội dung chính": the first thing Tab reaches, shown only then, so a keyboard user need not pass
 * the header on every screen. It moves the focus itself (main has tabIndex -1) rather than changing the
 * address's #fragment, which the router would take for a navigation.
 */
export function SkipLink() {
  const { t } = useLang();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
      data-testid="skip-link"
    >
      {t('skipToMain')}
    </a>
  );
}
