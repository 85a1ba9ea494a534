/**
 * i18n setup: i18next + react-i18next, Bahasa Indonesia by default, English second. The chosen
 * language is remembered in localStorage.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';
import { withFeatures } from './features';

/** The UI languages, default first. */
export const LANGUAGES = ['id', 'en'] as const;
/** A UI language code. */
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'rancang.lang';

function storedLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** Initialise i18next once and return the instance. */
export function initI18n(): I18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: {
        id: { translation: withFeatures(id, 'id') },
        en: { translation: withFeatures(en, 'en') },
      },
      lng: storedLanguage(),
      fallbackLng: 'id',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    document.documentElement.lang = i18next.language;
  }
  return i18next;
}

/** Switch the UI language and remember it. */
export function setLanguage(lang: Language): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    /* storage unavailable: the choice lasts for this session only */
  }
}
