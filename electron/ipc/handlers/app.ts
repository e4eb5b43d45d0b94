import { defineHandlers, type HandlerGroup } from '../registry';

/** Facts about the installation for the About box and support. */
export function appHandlers(info: { appVersion: string; platform: string; dataFolder: string }): HandlerGroup {
  return defineHandlers('app', {
    'app:info': async () => ({ version: info.appVersion, platform: info.platform, dataFolder: info.dataFolder }),
  });
}
