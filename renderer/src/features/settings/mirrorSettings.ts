import type { Language } from '../../../../shared/i18n/languages';
import { invoke } from '../../ipc/client';

/** Tells main the language and company name, so its menu and window title follow. */
export async function mirrorSettingsToMain(language: Language, companyName: string): Promise<void> {
  await invoke('settings:write', { language, companyName: companyName.slice(0, 200) });
}
