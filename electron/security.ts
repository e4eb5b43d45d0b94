import { pathToFileURL } from 'node:url';

/**
 * The window's security settings as plain data and small pure checks, so main.ts only
 * wires them and the unit tests assert them. The page is treated as untrusted: it gets
 * no Node, no navigation away from the app, no new windows and no permissions.
 */

/** BrowserWindow webPreferences for the app window; main adds the preload path. */
export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;

/** React sets inline styles, hence 'unsafe-inline' for styles only; scripts stay 'self'. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Response headers with our CSP replacing any the server sent (whatever its casing). */
export function withContentSecurityPolicy(
  headers: Record<string, string[] | string> | undefined,
): Record<string, string[] | string> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [contentSecurityPolicy] };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL the window loads: the built index.html, or a dev server given in
 * BACKOFFICE_DEV_URL — only when not packaged and only on this machine (loopback http),
 * so a stray environment variable cannot point a shipped app at a remote page.
 */
export function appEntryUrlFor(options: { indexHtmlPath: string; devUrl?: string; isPackaged: boolean }): string {
  const dev = options.devUrl && !options.isPackaged ? parseUrl(options.devUrl) : null;
  if (dev && dev.protocol === 'http:' && loopbackHosts.has(dev.hostname)) return dev.href;
  return pathToFileURL(options.indexHtmlPath).href;
}

/**
 * Whether a URL belongs to the app: the very file of the app's index.html, or the same
 * origin as the dev/harness server. Origins compare scheme, host and port exactly, so
 * lookalike hosts (localhost.evil.test, user@host tricks) and other files fail.
 */
export function isTrustedAppUrl(url: string, appEntryUrl: string): boolean {
  const candidate = parseUrl(url);
  const entry = parseUrl(appEntryUrl);
  if (!candidate || !entry) return false;
  if (entry.protocol === 'file:') {
    return candidate.protocol === 'file:' && candidate.host === entry.host && candidate.pathname === entry.pathname;
  }
  if (entry.protocol !== 'http:' && entry.protocol !== 'https:') return false;
  return candidate.origin === entry.origin;
}

/** Only the app page itself may be (re)loaded, e.g. with another #route; everything else is refused. */
export function navigationDecision(url: string, appEntryUrl: string): 'allow' | 'deny' {
  const candidate = parseUrl(url);
  const entry = parseUrl(appEntryUrl);
  if (!candidate || !entry || !isTrustedAppUrl(url, appEntryUrl)) return 'deny';
  return candidate.pathname === entry.pathname && candidate.search === entry.search ? 'allow' : 'deny';
}

/** The app never opens a second window from the page (window.open, target=_blank). */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** No camera, microphone, notifications, geolocation, ...: the back office needs none. */
export function permissionDecision(_permission: string): false {
  return false;
}
