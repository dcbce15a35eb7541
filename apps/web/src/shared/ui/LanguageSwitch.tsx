import { useLang } from '../i18n';

/** One button that names the other language in that language ("English" / "Tiếng Việt"). */
export function LanguageSwitch() {
  const { lang, setLang, t } = useLang();
  const other = lang === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="secondary"
      lang={other}
      title={t('language')}
      onClick={() => setLang(other)}
      data-testid="lang-switch"
    >
      {t('switchLanguage')}
    </button>
  );
}
