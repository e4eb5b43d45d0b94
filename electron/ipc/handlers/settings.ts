import type { SettingsFile } from '../../../shared/ipc/contract';
import { ioFailure } from '../../services/io-failure';
import { settingsFileName, settingsFilePath, writeSettingsFile } from '../../services/settings-file';
import { defineHandlers, type HandlerGroup } from '../registry';

/** Mirrors the settings main needs (menu language, company name) into settings.json. */
export function settingsHandlers(deps: {
  dataFolder: string;
  onSettingsChanged?: (settings: SettingsFile) => void;
}): HandlerGroup {
  return defineHandlers('settings', {
    'settings:write': async (settings) => {
      try {
        await writeSettingsFile(deps.dataFolder, settings);
      } catch (error) {
        throw ioFailure(error, `Could not write ${settingsFilePath(deps.dataFolder)}`, settingsFileName);
      }
      deps.onSettingsChanged?.(settings);
      return { fileName: settingsFileName };
    },
  });
}
