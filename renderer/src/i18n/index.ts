import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, languageSchema, type Language } from '../../../shared/i18n/languages';
import en from './locales/en.json';
import hu from './locales/hu.json';
import ru from './locales/ru.json';

export const resources = {
  en: { translation: en },
  ru: { translation: ru },
  hu: { translation: hu },
} as const;

/** The app's one i18next instance (React components reach it through react-i18next). */
export const i18n: I18n = i18next.createInstance();

/** The saved choice, else the first system language we speak, else English. */
export function startLanguage(saved: Language | undefined, systemLanguages: readonly string[]): Language {
  if (saved) return saved;
  for (const tag of systemLanguages) {
    const base = languageSchema.safeParse(tag.toLowerCase().split('-')[0]);
    if (base.success) return base.data;
  }
  return 'en';
}

function applyToDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Initialises translations synchronously (resources are bundled), before the first paint. */
export function startI18n(language: Language): void {
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyToDocument(language);
  i18n.on('languageChanged', applyToDocument);
}

/** The language the interface shows now. */
export function currentLanguage(): Language {
  const parsed = languageSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : 'en';
}
