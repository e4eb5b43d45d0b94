import type { BackofficeBridge } from '../../shared/ipc/api';

declare global {
  interface Window {
    /**
     * Exposed by the preload (in Electron) or the test harness shim (in Playwright).
     * Missing when the page is opened in a plain browser.
     */
    readonly backoffice?: BackofficeBridge;
  }
}

export {};
