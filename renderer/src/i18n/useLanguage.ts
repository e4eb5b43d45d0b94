import { useTranslation } from 'react-i18next';
import { languageSchema, type Language } from '../../../shared/i18n/languages';

/** The interface language; components using it re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const parsed = languageSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : 'en';
}
