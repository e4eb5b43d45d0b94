import type { Language } from '../../../../shared/i18n/languages';
import { preferencesRepository } from '../../db/repositories';
import { i18n } from '../../i18n';
import { mirrorSettingsToMain } from './mirrorSettings';

/**
 * Saves the interface language, applies it at once, then tells main (for its menu).
 * Resolves with main's failure, if any: the saved choice stands either way.
 */
export async function changeLanguage(language: Language, companyName: string): Promise<{ menuError: unknown }> {
  await preferencesRepository.setLanguage(language);
  await i18n.changeLanguage(language);
  try {
    await mirrorSettingsToMain(language, companyName);
    return { menuError: undefined };
  } catch (error) {
    return { menuError: error ?? new Error('settings:write failed') };
  }
}
