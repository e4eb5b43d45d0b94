import type { SettingsFile } from '../../../shared/ipc/contract';
import { settingsFileName, writeSettingsFile } from '../../services/settings-file';
import { defineHandlers, type HandlerGroup } from '../registry';

/** Mirrors the settings main needs (menu language, company name) into settings.json. */
export function settingsHandlers(deps: {
  dataFolder: string;
  onSettingsChanged?: (settings: SettingsFile) => void;
}): HandlerGroup {
  return defineHandlers('settings', {
    'settings:write': async (settings) => {
      await writeSettingsFile(deps.dataFolder, settings);
      deps.onSettingsChanged?.(settings);
      return { fileName: settingsFileName };
    },
  });
}
