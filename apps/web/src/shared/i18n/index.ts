// i18next with the app's two catalogues: Vietnamese first, English second. The choice is kept in
// localStorage (`qcdc.lang`); the page's lang attribute and title follow it. The English catalogue is loaded
// when first chosen: the first visit, on a slow line, downloads only the Vietnamese one.
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Bilingual } from '@qcdc/shared/contracts';
import { reportsVi } from '../../features/reports/labels.vi';
import { vi } from './vi';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'qcdc.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

function followLanguage(lang: string) {
  document.documentElement.lang = lang;
  document.title = i18n.t('appTitle');
}

void i18n.use(initReactI18next).init({
  // The report screens' labels are a namespace of their own ("reports", typed in features/reports/labels.ts):
  // one catalogue of every label would grow past what TypeScript checks the keys of.
  resources: { vi: { translation: vi, reports: reportsVi } },
  ns: ['translation', 'reports'],
  defaultNS: 'translation',
  lng: 'vi',
  fallbackLng: 'vi',
  supportedLngs: LANGS,
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});
i18n.on('languageChanged', followLanguage);
followLanguage(i18n.language);

/** Shows the app in `lang`, loading the English catalogue the first time it is asked for. */
async function showIn(lang: Lang) {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    try {
      const [{ en }, { reportsEn }] = await Promise.all([import('./en'), import('../../features/reports/labels.en')]);
      i18n.addResourceBundle('en', 'translation', en);
      i18n.addResourceBundle('en', 'reports', reportsEn);
    } catch {
      return; // No line: the app stays in Vietnamese, and choosing English again fetches it again.
    }
  }
  await i18n.changeLanguage(lang);
}
if (localStorage.getItem(STORAGE_KEY) === 'en') void showIn('en');

export type T = ReturnType<typeof useTranslation>['t'];

/** The labels in the chosen language, the language, a way to change it, and a server or domain message in it. */
export function useLang() {
  const { t, i18n: instance } = useTranslation();
  const lang: Lang = instance.language === 'en' ? 'en' : 'vi';
  const setLang = (next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    void showIn(next);
  };
  /** A message that comes in both languages (a domain rule's refusal), in the chosen one. */
  const say = (message: Bilingual) => (lang === 'vi' ? message.vi : message.en);
  return { t, lang, setLang, say };
}

export type Key = keyof typeof vi;

/** The catalogue key for a code the server sends as free text (an activity's kind, "BRIEFING"); null for a new one. */
export function knownKey(prefix: string, code: string): Key | null {
  const key = `${prefix}_${code}`;
  return key in vi ? (key as Key) : null;
}
